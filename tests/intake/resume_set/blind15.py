"""Fifteenth blind group: eight NEW people (personas10.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (drone surveyor, paintings conservator,
railway signaller, pharmacy technician, audiologist, glazier, archivist, bike mechanic). The
layouts: a Markdown file printed to PDF by an editor's "Markdown PDF" export (the file name and
the print date in a small page header, "1 / 1" in the footer, GitHub-styled headings with
rules, "### Role — Employer" over an italic "City · dates" line, languages as a Markdown
table); an Enhancv-like PDF (name in capitals, contact behind icon glyphs, a wide left column
with the role bold over the employer in the accent colour and a "03/2019 – Present  City" line
behind calendar and pin glyphs, a narrow right column with skills as underlined tags and
languages with level dots); a centred minimalist PDF (spaced-capital name, headings centred
between two rules, every entry's role, "Employer · City" and dates centred over left-aligned
bullets); and a Europass DOCX of the 2010s (right-aligned grey labels in a left column, "Dates",
"Occupation or position held", "Name and address of employer", "Main activities and
responsibilities", a "Mother tongue(s)" row and a nested self-assessment grid of CEFR levels for
the other languages). Reported as group "blind15"; read its totals, never its errors, and never
tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _span(start: str, end: str, sep: str) -> str:  # a school of one year shows the year once
    return start if start == end else f"{start}{sep}{end}"


def _numeric(when: str) -> str:  # "Mar 2019" -> "03/2019"; "Present" and years stay
    parts = when.split()
    if len(parts) == 2 and parts[0] in _MONTHS:
        return f"{_MONTHS.index(parts[0]) + 1:02d}/{parts[1]}"
    return when


def _job_markdown(j: Job) -> _Entry:  # "### Role — Employer" / "*City · dates*"
    return {"a": f"{j.role} — {j.employer}", "b": j.city, "dates": f"{j.start} – {j.end}"}


def _school_markdown(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_enhancv(j: Job) -> _Entry:  # role bold / employer in colour / "03/2019 - Present  City"
    dates = f"{_numeric(j.start)} - {_numeric(j.end)}"
    return {"a": j.role, "b": j.employer, "city": j.city, "dates": dates}


def _school_enhancv(s: School) -> _Entry:
    return {"a": s.degree, "b": s.school, "city": s.city, "dates": _span(s.start, s.end, " - ")}


def _job_centred(j: Job) -> _Entry:  # role / "Employer · City" / dates, all centred
    return {"a": j.role, "b": f"{j.employer} · {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_centred(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} · {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_europass(j: Job) -> _Entry:  # label rows: dates, position, employer and address
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_europass(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND15: tuple[Layout, ...] = (
    Layout(
        "markdown_pdf_export",
        "pdf",
        _h("Summary", "Experience", "Education", "Skills", "Languages", "Certifications", ""),
        "•",
        _job_markdown,
        _school_markdown,
        level="{}",
    ),
    Layout(
        "enhancv_icons",
        "pdf",
        _h(
            "Summary",
            "Experience",
            "Education",
            "Skills",
            "Languages",
            "Certification",
            "Contact",
        ),
        "•",
        _job_enhancv,
        _school_enhancv,
        level="{}",
    ),
    Layout(
        "centred_minimal",
        "pdf",
        _h(
            "Profile",
            "Professional Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "·",
        _job_centred,
        _school_centred,
        level="({})",
    ),
    Layout(
        "docx_europass_grid",
        "docx",
        _h(
            "Personal statement",
            "Work experience",
            "Education and training",
            "Job-related skills",
            "Other language(s)",
            "Certificates",
            "Personal information",
        ),
        "▪",
        _job_europass,
        _school_europass,
        level="{}",
    ),
)

# the file each person printed from, and the day the editor printed it
_PRINTED = {
    "Bruno Carvalho Lima": ("curriculo_bruno.md", "9/14/2026"),
    "Eline Verbruggen": ("CV.md", "10/2/2026"),
    "Fiona MacLeod": ("resume.md", "11/21/2026"),
    "Maricel Dela Cruz": ("Maricel_DelaCruz_Resume.md", "8/30/2026"),
    "Ananya Krishnamurthy": ("resume-ananya.md", "11/3/2026"),
    "Piotr Zieliński": ("cv_en.md", "10/27/2026"),
    "Wanjiru Kamau-Otieno": ("README.md", "9/5/2026"),
    "Jonas Lindqvist": ("cv.md", "11/12/2026"),
}

# what the Europass grid writes for each self-assessed level (the same in all five columns
# except for "conversational", whose writing is a step lower)
_CEFR = {
    "C2": "C2",
    "C1": "C1",
    "fluent": "C1",
    "B2": "B2",
    "good": "B2",
    "B1": "B1",
    "intermediate": "B1",
    "conversational": "B1",
    "A2": "A2",
    "basic": "A2",
    "A1": "A1",
}


def extras(person: Person) -> dict[str, Any]:
    """The printed file's name and date (the export's page header); no label names them."""
    file, date = _PRINTED[person.name]
    return {"file": file, "date": date}


TEMPLATES: dict[str, str] = {
    # a Markdown file printed by an editor's "Markdown PDF" export with GitHub styling: the
    # file name and the date in the page header, page numbers in the footer
    "markdown_pdf_export": """
#set page(margin: (x: 20mm, top: 22mm, bottom: 20mm),
  header: text(size: 7pt, fill: luma(60))[#d.x.file #h(1fr) #d.x.date],
  footer: align(center, text(size: 7pt, fill: luma(60),
    context [#counter(page).display() / #counter(page).final().first()])))
#set text(font: "New Computer Modern", size: 10pt, fill: rgb("#24292f"))
#set par(leading: 0.6em, spacing: 1em)
#let h1(t) = { text(size: 22pt, weight: "bold", t); v(-8pt)
  line(length: 100%, stroke: 0.8pt + luma(215)); v(2pt) }
#let h2(t) = { v(10pt); text(size: 15pt, weight: "bold", t); v(-8pt)
  line(length: 100%, stroke: 0.8pt + luma(215)); v(2pt) }
#let h3(t) = { v(6pt); text(size: 11.5pt, weight: "bold", t); v(-4pt) }
#let ul(xs) = list(marker: [•], indent: 8pt, spacing: 0.6em, ..xs)
#h1(d.name)
*#d.headline* \\
#d.email · #d.phone · #d.city
#h2(d.h.summary)
#d.summary
#h2(d.h.exp)
#for e in d.exp {
  h3(e.a)
  emph[#e.b · #e.dates]
  v(-2pt)
  ul(e.bullets)
}
#h2(d.h.edu)
#for e in d.edu {
  h3(e.a)
  [#e.b · #e.dates]
}
#h2(d.h.skills)
#ul(d.skills)
#h2(d.h.langs)
#table(columns: 2, stroke: 0.6pt + luma(210), inset: (x: 9pt, y: 5pt),
  fill: (_, y) => if calc.odd(y) { luma(246) },
  table.header([*Language*], [*Level*]),
  ..d.lang_pairs.map(p => (p.at(0), upper(p.at(1).first()) + p.at(1).slice(1))).flatten())
#if d.certs.len() > 0 { h2(d.h.certs); ul(d.certs) }
""",
    # Enhancv-like: capitals name, icon contact row, a wide left column of entries whose
    # dates and place sit behind glyphs, a narrow right column of tags and level dots
    "enhancv_icons": """
#set page(margin: (x: 13mm, y: 12mm))
#set text(font: "Libertinus Serif", size: 9.5pt)
#let accent = rgb("#1a73a8")
#let sec(t) = { v(8pt); text(weight: "bold", size: 12pt, upper(t)); v(-6pt)
  line(length: 100%, stroke: 2pt + black); v(2pt) }
#let lvl = (native: 5, C2: 5, fluent: 4, C1: 4, good: 3, B2: 3, B1: 3, intermediate: 3,
  conversational: 2, A2: 2, basic: 1, A1: 1)
#let entry(e) = {
  text(size: 11pt, e.a); linebreak()
  text(fill: accent, weight: "bold", e.b); linebreak()
  text(size: 8pt, fill: luma(90))[▦ #e.dates #h(14pt) ⌖ #e.city]
  if e.bullets.len() > 0 { v(-3pt); bullets(e.bullets) }
  v(2pt)
  line(length: 100%, stroke: (paint: luma(200), dash: "dashed", thickness: 0.5pt))
}
#let tag(s) = box(inset: (x: 2pt, bottom: 3pt), stroke: (bottom: 1pt + luma(170)), s)
#text(size: 24pt, weight: "bold", upper(d.name)) \\
#text(size: 12pt, fill: accent, d.headline) \\
#text(size: 8.5pt)[☎ #d.phone #h(12pt) ✉ #d.email #h(12pt) ⌂ #d.city]
#v(4pt)
#grid(columns: (63%, 1fr), column-gutter: 7mm,
  {
    sec(d.h.summary); d.summary
    sec(d.h.exp); for e in d.exp { entry(e) }
    sec(d.h.edu); for e in d.edu { entry(e) }
  },
  {
    sec(d.h.skills)
    for s in d.skills { tag(s); h(4pt) }
    sec(d.h.langs)
    for p in d.lang_pairs {
      let n = lvl.at(p.at(1))
      grid(columns: (1fr, auto), [#p.at(0) #h(4pt) #text(fill: luma(110), size: 8.5pt,
        upper(p.at(1).first()) + p.at(1).slice(1))],
        text(fill: accent, "●" * n + text(fill: luma(200), "●" * (5 - n))))
      v(3pt)
    }
    if d.certs.len() > 0 {
      sec(d.h.certs)
      for c in d.certs { text(weight: "bold", c); v(2pt) }
    }
  })
""",
    # everything centred: spaced capitals for the name, headings between two rules, each entry
    # centred over a narrower block of left-aligned bullets
    "centred_minimal": """
#set page(margin: (x: 20mm, y: 16mm))
#set text(font: "Libertinus Serif", size: 10pt)
#let sec(t) = { v(10pt)
  grid(columns: (1fr, auto, 1fr), column-gutter: 8pt, align: horizon,
    line(length: 100%, stroke: 0.5pt), text(size: 10.5pt, tracking: 2pt, upper(t)),
    line(length: 100%, stroke: 0.5pt))
  v(3pt) }
#let entry(e) = {
  align(center, {
    text(weight: "bold", size: 10.5pt, e.a); linebreak()
    text(style: "italic", e.b); linebreak()
    text(size: 8.5pt, fill: luma(100), e.dates)
  })
  if e.bullets.len() > 0 {
    align(center, block(width: 86%, align(left, bullets(e.bullets))))
  }
  v(4pt)
}
#align(center)[
  #text(size: 22pt, tracking: 4pt, upper(d.name)) \\
  #v(-2pt)
  #text(size: 10.5pt, style: "italic", d.headline) \\
  #text(size: 9pt, d.contacts.join("   |   "))
]
#sec(d.h.summary)
#align(center, block(width: 90%, d.summary))
#sec(d.h.exp)
#for e in d.exp { entry(e) }
#sec(d.h.edu)
#for e in d.edu { entry(e) }
#sec(d.h.skills)
#align(center, d.skills.join("  ·  "))
#sec(d.h.langs)
#align(center, d.langs.join("  ·  "))
#if d.certs.len() > 0 { sec(d.h.certs); align(center, d.certs.join(linebreak())) }
""",
}


def _europass(d: dict[str, Any]) -> bytes:
    """The Europass CV of the 2010s: a label column, label rows, a CEFR language grid."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    from tests.intake.resume_set.blind10 import _shade
    from tests.intake.resume_set.blind14 import _bottom_border

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.5)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(9)
    blue, grey = RGBColor(0x0E, 0x41, 0x94), RGBColor(0x1F, 0x3A, 0x93)
    label_w, value_w = Cm(5.2), Cm(12.8)
    table = doc.add_table(rows=0, cols=2)

    def row(label: str = "", *, caps: bool = False) -> Any:
        left, right = table.add_row().cells
        left.width, right.width = label_w, value_w
        p = left.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(label.upper() if caps else label)
        r.font.size = Pt(9 if caps else 8)
        r.font.color.rgb = blue if caps else grey
        r.bold = caps
        return right

    def heading(label: str) -> None:
        row()
        cell = row(label, caps=True)
        _bottom_border(cell.paragraphs[0])

    def value(cell: Any, text: str, *, bold: bool = False, size: float = 9) -> None:
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)

    h = d["h"]
    logo = row()
    value(logo, "Europass")
    logo.paragraphs[0].runs[0].font.color.rgb = blue
    heading(h["contact"])
    value(row(), d["name"], size=13)
    value(row("Address"), d["city"])
    value(row("Telephone"), d["phone"])
    value(row("E-mail"), d["email"])
    value(row("Desired employment / Occupational field"), d["headline"], bold=True, size=10)
    heading(h["summary"])
    value(row(), d["summary"])
    heading(h["exp"])
    for e in d["exp"]:
        value(row("Dates"), e["dates"])
        value(row("Occupation or position held"), e["a"], bold=True, size=10)
        value(row("Name and address of employer"), e["b"])
        cell = row("Main activities and responsibilities")
        for b in e["bullets"]:
            value(cell, f"{d['bullet']} {b}")
        row()
    heading(h["edu"])
    for e in d["edu"]:
        value(row("Dates"), e["dates"])
        value(row("Title of qualification awarded"), e["a"], bold=True, size=10)
        value(row("Name and type of organisation providing education and training"), e["b"])
        row()
    heading("Personal skills")
    natives = [n for n, level in d["lang_pairs"] if level == "native"]
    others = [(n, level) for n, level in d["lang_pairs"] if level != "native"]
    value(row("Mother tongue(s)"), ", ".join(natives))
    if others:
        cell = row(h["langs"])
        grid = cell.add_table(rows=2, cols=6)
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.LEFT
        top, sub = grid.rows[0].cells, grid.rows[1].cells
        for k, (title, span) in enumerate((("UNDERSTANDING", 2), ("SPEAKING", 2), ("WRITING", 1))):
            first = 1 + 2 * k
            c = top[first].merge(top[first + span - 1]) if span > 1 else top[first]
            c.paragraphs[0].add_run(title).font.size = Pt(7)
            _shade(c, "ECECEC")
        for k, title in enumerate(
            ("Listening", "Reading", "Spoken interaction", "Spoken production", "Writing")
        ):
            sub[k + 1].paragraphs[0].add_run(title).font.size = Pt(7)
        for name, level in others:
            cells = grid.add_row().cells
            cells[0].paragraphs[0].add_run(name).bold = True
            code = _CEFR.get(level, level)
            for k in range(1, 6):
                written = "A2" if level == "conversational" and k == 5 else code
                cells[k].paragraphs[0].add_run(written).font.size = Pt(8)
                cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        note = cell.add_paragraph()
        note.add_run(
            "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: "
            "Proficient user\nCommon European Framework of Reference for Languages"
        ).font.size = Pt(7)
    skills = row(h["skills"])
    for s in d["skills"]:
        value(skills, f"{d['bullet']} {s}")
    if d["certs"]:
        certs = row(h["certs"])
        for c in d["certs"]:
            value(certs, c)
    for r in table.rows:
        _shade(r.cells[0], "FFFFFF")
    doc.add_paragraph()  # Word always keeps a paragraph after a body-ending table
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_europass_grid": _europass}
