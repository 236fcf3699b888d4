"""Sixth blind group: five layouts written before the seventh round of parser work, never tuned.

Each is a family no earlier group has: LinkedIn's "Save to PDF" profile (a narrow Contact /
Top Skills / Languages / Certifications column, employer above role above "March 2019 -
Present (7 years 10 months)"); a side-headed resume (section names in a left margin column on
the row of their content); an Awesome-CV-like PDF (coloured first letters, two-row entries,
"Category | skills" table); a Markdown file as pasted from GitHub; and a DOCX whose history is
a two-column table of split dates and "Role | Employer | City" cells. Reported as group
"blind6"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_SHORT = [m[:3] for m in _MONTHS]
TODAY = (2026, 12)  # what "Present" means for LinkedIn's durations


def _month(when: str) -> int | None:
    """1-12 for "Mar 2019", None for a bare year or "Present"."""
    head = when.split()[0]
    return _SHORT.index(head) + 1 if head in _SHORT else None


def _year_month(when: str) -> tuple[int, int]:
    if when == "Present":
        return TODAY
    return int(when.split()[-1]), _month(when) or 1


def _full(when: str) -> str:  # "Mar 2019" -> "March 2019"
    m = _month(when)
    return f"{_MONTHS[m - 1]} {when.split()[-1]}" if m else when


def _dotted(when: str) -> str:  # Awesome-CV's "Mar. 2019"; "May" keeps no dot
    m = _month(when)
    return when if m is None or m == 5 else when.replace(" ", ". ", 1)


def _numeric(when: str) -> str:  # "03/2019", "present"
    m = _month(when)
    if when == "Present":
        return "present"
    return f"{m:02d}/{when.split()[-1]}" if m else when


def _duration(start: str, end: str) -> str:
    """LinkedIn's "(5 years 11 months)": both months counted."""
    (y0, m0), (y1, m1) = _year_month(start), _year_month(end)
    months = (y1 - y0) * 12 + (m1 - m0) + 1
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    parts += [f"{rest} month{'s' * (rest != 1)}"] if rest else []
    return " ".join(parts)


def _job_linkedin(j: Job) -> _Entry:
    dates = f"{_full(j.start)} - {_full(j.end)} ({_duration(j.start, j.end)})"
    return {"role": j.role, "org": j.employer, "city": j.city, "dates": dates}


def _school_linkedin(s: School) -> _Entry:
    return {"role": s.degree, "org": s.school, "city": s.city, "dates": f"({s.start} - {s.end})"}


def _job_side(j: Job) -> _Entry:
    return {"role": j.role, "org": j.employer, "city": j.city, "dates": f"{j.start} — {j.end}"}


def _school_side(s: School) -> _Entry:
    return {"role": s.degree, "org": s.school, "city": s.city, "dates": f"{s.start} — {s.end}"}


def _job_awesome(j: Job) -> _Entry:
    dates = f"{_dotted(j.start)} - {_dotted(j.end)}"
    return {"role": j.role, "org": j.employer, "city": j.city, "dates": dates}


def _school_awesome(s: School) -> _Entry:
    return {"role": s.degree, "org": s.school, "city": s.city, "dates": f"{s.start} - {s.end}"}


def _job_md(j: Job) -> _Entry:
    return {"role": j.role, "org": j.employer, "city": j.city, "dates": f"{j.start} – {j.end}"}


def _school_md(s: School) -> _Entry:
    return {"role": s.degree, "org": s.school, "city": s.city, "dates": f"{s.start} – {s.end}"}


def _job_timeline(j: Job) -> _Entry:  # "03/2019 –" over "present"
    return {"role": j.role, "org": j.employer, "city": j.city,
            "dates": [f"{_numeric(j.start)} –", _numeric(j.end)]}  # fmt: skip


def _school_timeline(s: School) -> _Entry:  # "2011" over "2015"
    return {"role": s.degree, "org": s.school, "city": s.city, "dates": [s.start, s.end]}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names  # type: ignore[return-value]


BLIND6: tuple[Layout, ...] = (
    Layout(
        "linkedin_export",
        "pdf",
        _h(
            "Summary",
            "Experience",
            "Education",
            "Top Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "●",
        _job_linkedin,  # type: ignore[arg-type]
        _school_linkedin,  # type: ignore[arg-type]
    ),
    Layout(
        "side_heads",
        "pdf",
        _h(
            "Career Summary",
            "Experience",
            "Education",
            "Capabilities",
            "Languages",
            "Accreditations",
            "Contact",
        ),
        "‣",
        _job_side,  # type: ignore[arg-type]
        _school_side,  # type: ignore[arg-type]
    ),
    Layout(
        "awesome_cv",
        "pdf",
        _h(
            "Summary",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "•",
        _job_awesome,  # type: ignore[arg-type]
        _school_awesome,  # type: ignore[arg-type]
        level="({})",
    ),
    Layout(
        "markdown_txt",
        "md",
        _h("About", "Experience", "Education", "Skills", "Languages", "Certifications", "Contact"),
        "-",
        _job_md,  # type: ignore[arg-type]
        _school_md,  # type: ignore[arg-type]
    ),
    Layout(
        "docx_timeline",
        "docx",
        _h(
            "Personal Summary",
            "Work Experience",
            "Education & Training",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "➢",
        _job_timeline,  # type: ignore[arg-type]
        _school_timeline,  # type: ignore[arg-type]
    ),
)

# LinkedIn's proficiency names for the personas' levels
_LINKEDIN_LEVELS = """
#let lv = (
  "native": "Native or Bilingual", "fluent": "Full Professional", "C1": "Full Professional",
  "B2": "Professional Working", "conversational": "Professional Working",
  "intermediate": "Limited Working", "B1": "Limited Working", "A2": "Elementary",
  "basic": "Elementary",
)
"""

TEMPLATES: dict[str, str] = {
    # LinkedIn's "Save to PDF": a grey left column (Contact, Top Skills, Languages,
    # Certifications), the main column with employer / role / "dates (duration)" / city;
    # "Page 1 of 2" in the footer
    "linkedin_export": _LINKEDIN_LEVELS
    + """
#set page(margin: (x: 12mm, y: 14mm), footer: context align(center, text(size: 8pt,
  fill: luma(130), [Page #counter(page).display() of #counter(page).final().first()])))
#set text(size: 10.5pt)
#let side(t) = { v(8pt); text(size: 12pt, fill: rgb("#1d2226"), t); v(2pt) }
#let main(t) = { v(12pt); text(size: 16pt, fill: rgb("#1d2226"), t); v(3pt) }
#let slug = lower(d.name.replace(" ", "").replace("'", ""))
#grid(columns: (58mm, 1fr), column-gutter: 8mm,
  block(fill: rgb("#f3f2ef"), inset: 8pt, width: 100%, {
    side(d.h.contact)
    d.email; linebreak(); d.phone; linebreak(); d.city; linebreak()
    text(size: 8.5pt, [www.linkedin.com/in/#slug (LinkedIn)])
    side(d.h.skills)
    for s in d.skills [#s \\ ]
    side(d.h.langs)
    for p in d.lang_pairs [#p.at(0) (#lv.at(p.at(1))) \\ ]
    if d.certs.len() > 0 {
      side(d.h.certs)
      for c in d.certs [#c \\ ]
    }
  }),
  {
    block(below: 6pt, text(size: 26pt, d.name))
    text(size: 11pt, d.headline); linebreak()
    text(size: 9.5pt, fill: luma(110), d.city)
    main(d.h.summary)
    d.summary
    main(d.h.exp)
    for e in d.exp {
      text(size: 11pt, e.org); linebreak()
      text(size: 10pt, e.role); linebreak()
      text(fill: luma(110), e.dates); linebreak()
      text(fill: luma(110), e.city)
      bullets(e.bullets); v(6pt)
    }
    main(d.h.edu)
    for e in d.edu {
      text(size: 11pt, e.org); linebreak()
      text(fill: luma(90), [#e.role · #e.dates]); v(5pt)
    }
  })
""",
    # classic side-headed resume: each section one row, its name in a 30 mm margin column;
    # entries "Role, Employer" with the dates right, the city in italics below
    "side_heads": """
#set text(font: "Libertinus Serif", size: 10pt)
#let row(t, body) = {
  grid(columns: (30mm, 1fr), column-gutter: 6mm,
    text(weight: "bold", size: 10.5pt, fill: rgb("#2b4a6f"), t), body)
  v(4pt); line(length: 100%, stroke: 0.3pt + luma(170)); v(4pt)
}
#text(size: 20pt, weight: "bold", d.name) \\
#text(size: 11pt, d.headline)
#v(2pt)
#text(size: 9pt, [#d.email #h(8pt) #d.phone #h(8pt) #d.city])
#v(2pt)
#line(length: 100%, stroke: 1pt)
#v(4pt)
#row(d.h.summary, d.summary)
#row(d.h.exp, for e in d.exp {
  grid(columns: (1fr, auto), text(weight: "bold", [#e.role, #e.org]), e.dates)
  text(style: "italic", e.city)
  bullets(e.bullets); v(4pt)
})
#row(d.h.edu, for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", [#e.role, #e.org]), e.dates)
  text(style: "italic", e.city); v(3pt)
})
#row(d.h.skills, d.skills.join(" · "))
#row(d.h.langs, grid(columns: (35mm, auto), row-gutter: 4pt,
  ..d.lang_pairs.map(p => (p.at(0), emph(upper(p.at(1).first()) + p.at(1).slice(1)))).flatten()))
#if d.certs.len() > 0 { row(d.h.certs, d.certs.join(linebreak())) }
""",
    # Awesome-CV: centred header (light first name, bold surname), section titles whose first
    # three letters are coloured with a rule after them, entries on two rows, skills as
    # "Category | items" rows, a footer with the date, the name and the page
    "awesome_cv": """
#let accent = rgb("#dc3522")
#set page(footer: context text(size: 8pt, fill: luma(130), grid(columns: (1fr, 1fr, 1fr),
  [December 2026], align(center, [#d.name · Résumé]), align(right, counter(page).display()))))
#set text(font: "Libertinus Serif", size: 9.5pt)
#let parts = d.name.split(" ")
#let title(t) = {
  v(8pt)
  let cs = t.clusters()
  text(size: 14pt, weight: "bold",
    { text(fill: accent, cs.slice(0, 3).join()); cs.slice(3).join() })
  h(4pt); box(width: 1fr, line(length: 100%, stroke: 0.6pt + luma(100)))
  v(3pt)
}
#let entry(e) = {
  grid(columns: (1fr, auto), row-gutter: 3pt,
    text(weight: "bold", size: 10pt, e.org), text(style: "italic", fill: accent, e.city),
    text(size: 8.5pt, fill: luma(90), smallcaps(e.role)),
    text(style: "italic", fill: luma(110), e.dates))
}
#align(center, {
  text(size: 26pt, fill: luma(110), parts.slice(0, -1).join(" ")); h(5pt)
  text(size: 26pt, weight: "bold", parts.last()); linebreak()
  text(size: 9pt, fill: accent, smallcaps(d.headline)); linebreak()
  text(size: 8.5pt, [#d.city]); linebreak()
  text(size: 8.5pt, [#d.phone #h(4pt) | #h(4pt) #d.email])
})
#title(d.h.summary)
#d.summary
#title(d.h.exp)
#for e in d.exp { entry(e); bullets(e.bullets); v(5pt) }
#title(d.h.edu)
#for e in d.edu { entry(e); v(4pt) }
#title(d.h.skills)
#let half = calc.ceil(d.skills.len() / 2)
#grid(columns: (28mm, 1fr), column-gutter: 5mm, row-gutter: 5pt,
  align(right, text(weight: "bold", "Expertise")), d.skills.slice(0, half).join(", "),
  align(right, text(weight: "bold", "Tools & Methods")), d.skills.slice(half).join(", "),
  align(right, text(weight: "bold", d.h.langs)), d.langs.join(", "))
#if d.certs.len() > 0 {
  title(d.h.certs)
  for c in d.certs { grid(columns: (1fr, auto), text(weight: "bold", c), []); v(2pt) }
}
""",
}


def _markdown(d: dict[str, Any]) -> str:
    """A README-style resume: `# Name`, a contact line, `###` entries, `**Skills:**`."""
    h = d["h"]
    lines = [f"# {d['name']}", "", f"**{d['headline']}**", ""]
    lines += [f"{d['email']} | {d['phone']} | {d['city']}", ""]
    lines += [f"## {h['summary']}", "", d["summary"], "", f"## {h['exp']}", ""]
    for e in d["exp"]:
        lines += [f"### {e['role']} — {e['org']}", f"*{e['city']} · {e['dates']}*", ""]
        lines += [f"- {b}" for b in e["bullets"]] + [""]
    lines += [f"## {h['edu']}", ""]
    for e in d["edu"]:
        lines += [f"### {e['role']} — {e['org']}", f"*{e['city']} · {e['dates']}*", ""]
    lines += [f"## {h['skills']}", "", f"**{h['skills']}:** {', '.join(d['skills'])}", ""]
    lines += [f"## {h['langs']}", ""]
    lines += [f"- **{name}**: {level}" for name, level in d["lang_pairs"]] + [""]
    if d["certs"]:
        lines += [f"## {h['certs']}", ""] + [f"- {c}" for c in d["certs"]] + [""]
    return "\n".join(lines)


TEXT = {"markdown_txt": _markdown}


def _timeline(d: dict[str, Any]) -> bytes:
    """Experience and education as a two-column table: split dates left, the entry right."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    title = doc.add_paragraph()
    title.add_run(d["name"]).bold = True
    title.runs[0].font.size = Pt(22)
    doc.add_paragraph(d["headline"])
    doc.add_paragraph(f"{d['email']}  •  {d['phone']}  •  {d['city']}")
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 2")
    doc.add_paragraph(d["summary"])
    for heading, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        doc.add_paragraph(heading, style="Heading 2")
        table = doc.add_table(rows=0, cols=2)
        for e in entries:
            when, what = table.add_row().cells
            when.width, what.width = Cm(3), Cm(13)
            first, last = e["dates"]
            run = when.paragraphs[0].add_run(first)
            run.add_break()
            when.paragraphs[0].add_run(last)
            head = what.paragraphs[0]
            head.add_run(e["role"]).bold = True
            head.add_run(f" | {e['org']} | {e['city']}")
            for b in e["bullets"]:
                what.add_paragraph(f"{d['bullet']} {b}")
    doc.add_paragraph(h["skills"], style="Heading 2")
    doc.add_paragraph(" • ".join(d["skills"]))
    doc.add_paragraph(h["langs"], style="Heading 2")
    doc.add_paragraph(" | ".join(f"{n} – {lvl}" for n, lvl in d["lang_pairs"]))
    if d["certs"]:
        doc.add_paragraph(h["certs"], style="Heading 2")
        for c in d["certs"]:
            doc.add_paragraph(c)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_timeline": _timeline}
