"""Sixteenth blind group: eight NEW people (personas11.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (sign language teacher, fishmonger,
cartographer, perfumer, ophthalmic nurse, stonemason, brewer, park ranger). The layouts: a
contractor's DOCX CV whose "Career Summary" is a Word table with a shaded header row ("Period |
Employer | Position | Location", one row a job) before an "Employment Detail" that gives every
job again ("Role — Employer" bold, the dates on a right tab stop, the city in italics, bullets);
a LaTeX "Jake's Resume"-like PDF (Computer Modern, small-caps headings over a rule, education
first, every entry four corners: role bold left and dates right, employer italic left and city
italic right, skills, languages and certifications as bold-labelled lines at the end); a
card-style PDF (each job and school in a rounded box whose coloured title strip holds the role
and the dates, "Employer · City" inside above the bullets, skills as chips); and a plain-text
profile as a job board prints what was typed into its web form ("Position 1 of 3", "Position
held:", "Company name:", "Location:", "From:", "To:", "Description:"). Reported as group
"blind16"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _span(start: str, end: str, sep: str) -> str:  # a school of one year shows the year once
    return start if start == end else f"{start}{sep}{end}"


def _job_contractor(j: Job) -> _Entry:  # a table row, then "Role — Employer" + dates, city
    return {
        "a": f"{j.role} — {j.employer}",
        "b": j.city,
        "dates": f"{j.start} – {j.end}",
        "role": j.role,
        "employer": j.employer,
        "city": j.city,
    }


def _school_contractor(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_corners(j: Job) -> _Entry:  # role | dates / employer | city
    return {"a": j.role, "b": j.employer, "city": j.city, "dates": f"{j.start} – {j.end}"}


def _school_corners(s: School) -> _Entry:  # school | city / degree | dates
    return {"a": s.school, "b": s.degree, "city": s.city, "dates": _span(s.start, s.end, " – ")}


def _job_card(j: Job) -> _Entry:  # strip: role, dates; inside: "Employer · City"
    return {"a": j.role, "b": f"{j.employer} · {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_card(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} · {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_form(j: Job) -> _Entry:  # every field on its own labelled line
    return {
        "a": j.role,
        "b": j.employer,
        "city": j.city,
        "start": j.start,
        "end": j.end,
        "dates": "",
    }


def _school_form(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": s.school,
        "city": s.city,
        "start": s.start,
        "end": s.end,
        "dates": "",
    }


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND16: tuple[Layout, ...] = (
    Layout(
        "docx_career_summary",
        "docx",
        _h(
            "Profile",
            "Employment Detail",
            "Education & Qualifications",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_contractor,
        _school_contractor,
        level="– {}",
    ),
    Layout(
        "jakes_corners",
        "pdf",
        _h(
            "Summary",
            "Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_corners,
        _school_corners,
        level="({})",
    ),
    Layout(
        "cards",
        "pdf",
        _h(
            "About",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "›",
        _job_card,
        _school_card,
        level="· {}",
    ),
    Layout(
        "txt_web_form",
        "txt",
        _h(
            "Professional Summary",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications and Licences",
            "Contact Details",
        ),
        "-",
        _job_form,
        _school_form,
        level="{}",
    ),
)


TEMPLATES: dict[str, str] = {
    # Jake's Resume on Overleaf: education first, small-caps headings over a rule, each entry
    # in four corners (role and dates, then employer and city in italics)
    "jakes_corners": """
#set page(margin: (x: 15mm, y: 14mm))
#set text(font: "New Computer Modern", size: 10.5pt)
#set par(leading: 0.5em)
#let sec(t) = { v(7pt); text(size: 13pt, smallcaps(t)); v(-7pt)
  line(length: 100%, stroke: 0.5pt); v(0pt) }
#let corners(e) = {
  grid(columns: (1fr, auto), row-gutter: 5pt,
    text(weight: "bold", e.a), e.dates,
    text(style: "italic", size: 9.5pt, e.b), text(style: "italic", size: 9.5pt, e.city))
  if e.bullets.len() > 0 { v(1pt); pad(left: 10pt, bullets(e.bullets)) }
  v(5pt)
}
#align(center)[
  #text(size: 24pt, smallcaps(d.name)) \\
  #v(-3pt)
  #text(size: 9.5pt)[#d.phone #h(4pt) | #h(4pt) #underline(d.email) #h(4pt) | #h(4pt) #d.city]
]
#sec(d.h.summary)
#d.summary
#sec(d.h.edu)
#for e in d.edu { corners(e) }
#sec(d.h.exp)
#for e in d.exp { corners(e) }
#sec(d.h.skills)
#text(weight: "bold", d.h.skills + ":") #d.skills.join(", ") \\
#text(weight: "bold", d.h.langs + ":") #d.langs.join(", ")
#if d.certs.len() > 0 [ \\ #text(weight: "bold", d.h.certs + ":") #d.certs.join(", ")]
""",
    # Kickresume-like cards: a rounded box per entry with a coloured strip for role and dates
    "cards": """
#set page(margin: (x: 16mm, y: 14mm), fill: rgb("#f4f6f8"))
#set text(font: "Libertinus Serif", size: 10pt)
#let accent = rgb("#2e6f73")
#let sec(t) = { v(8pt); text(fill: accent, weight: "bold", size: 12.5pt, t); v(3pt) }
#let card(e) = block(width: 100%, radius: 5pt, clip: true, fill: white,
  stroke: 0.6pt + luma(200), below: 7pt, breakable: false, {
    block(width: 100%, fill: accent, inset: (x: 8pt, y: 5pt), below: 0pt,
      grid(columns: (1fr, auto), text(fill: white, weight: "bold", e.a),
        text(fill: white, size: 9pt, e.dates)))
    block(inset: (x: 8pt, top: 5pt, bottom: 6pt), above: 0pt, {
      text(fill: luma(60), style: "italic", e.b)
      if e.bullets.len() > 0 { v(1pt); bullets(e.bullets) }
    })
  })
#let chip(t) = box(fill: rgb("#d9ecec"), radius: 8pt, inset: (x: 6pt, y: 3pt), t)
#grid(columns: (1fr, auto), align: (left + bottom, right + bottom),
  [#text(size: 23pt, weight: "bold", fill: accent, d.name) \\ #text(size: 12pt, d.headline)],
  text(size: 9pt)[#d.email \\ #d.phone \\ #d.city])
#sec(d.h.summary)
#block(fill: white, radius: 5pt, inset: 8pt, width: 100%, d.summary)
#sec(d.h.exp)
#for e in d.exp { card(e) }
#sec(d.h.edu)
#for e in d.edu { card(e) }
#grid(columns: (1.3fr, 1fr), column-gutter: 8mm,
  { sec(d.h.skills); d.skills.map(chip).join(h(4pt)) },
  { sec(d.h.langs); for l in d.langs { l; linebreak() }
    if d.certs.len() > 0 { sec(d.h.certs); bullets(d.certs) } })
""",
}


def _career_summary(d: dict[str, Any]) -> bytes:
    """A contractor's CV: the jobs once as table rows, then again in detail."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    from tests.intake.resume_set.blind10 import _shade

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)
    right = Cm(17)
    navy = RGBColor(0x1F, 0x3A, 0x5F)

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(text.upper())
        r.bold, r.font.size, r.font.color.rgb = True, Pt(11), navy

    def tabbed(left: str, dates: str, bold: bool = True) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(left).bold = bold
        p.add_run(f"\t{dates}")

    def italic(text: str) -> None:
        p = doc.add_paragraph()
        p.add_run(text).italic = True
        p.paragraph_format.space_after = Pt(2)

    title = doc.add_paragraph()
    r = title.add_run(d["name"])
    r.bold, r.font.size, r.font.color.rgb = True, Pt(20), navy
    title.add_run().add_break()
    title.add_run(d["headline"]).font.size = Pt(12)
    doc.add_paragraph(f"{d['city']}  |  {d['phone']}  |  {d['email']}")
    h = d["h"]
    heading(h["summary"])
    doc.add_paragraph(d["summary"])
    heading("Career Summary")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    header = ("Period", "Employer", "Position", "Location")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    for e in d["exp"]:
        row = table.add_row().cells
        for cell, text in zip(row, (e["dates"], e["employer"], e["role"], e["city"]), strict=True):
            cell.text = text
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(3.6), Cm(5.4), Cm(4.8), Cm(3.2)), strict=True):
            cell.width = width
    heading(h["exp"])
    for e in d["exp"]:
        tabbed(e["a"], e["dates"])
        italic(e["b"])
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
    heading(h["edu"])
    for e in d["edu"]:
        tabbed(e["a"], e["dates"])
        italic(e["b"])
    heading(h["skills"])
    doc.add_paragraph(", ".join(d["skills"]))
    heading(h["langs"])
    doc.add_paragraph("; ".join(d["langs"]))
    if d["certs"]:
        heading(h["certs"])
        for c in d["certs"]:
            doc.add_paragraph(c, style="List Bullet")
    doc.add_paragraph("References available on request.").runs[0].italic = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_career_summary": _career_summary}


def _web_form(d: dict[str, Any]) -> str:
    """A job board's printout of its profile form: one labelled field a line."""
    h = d["h"]
    rule = "=" * 60
    lines = [
        "CANDIDATE PROFILE",
        rule,
        f"Full name: {d['name']}",
        f"Desired job title: {d['headline']}",
        "",
        h["contact"].upper(),
        f"Email address: {d['email']}",
        f"Phone number: {d['phone']}",
        f"Location: {d['city']}",
        "Willing to relocate: No",
        "",
        h["summary"].upper(),
        d["summary"],
        "",
        h["exp"].upper(),
    ]
    total = len(d["exp"])
    for n, e in enumerate(d["exp"], 1):
        lines += [
            f"Position {n} of {total}",
            f"Position held: {e['a']}",
            f"Company name: {e['b']}",
            f"Location: {e['city']}",
            f"From: {e['start']}",
            f"To: {e['end']}",
            f"I currently work here: {'Yes' if e['end'] == 'Present' else 'No'}",
            "Description:",
            *(f"{d['bullet']} {b}" for b in e["bullets"]),
            "",
        ]
    lines.append(h["edu"].upper())
    total = len(d["edu"])
    for n, e in enumerate(d["edu"], 1):
        lines += [
            f"Education {n} of {total}",
            f"School or university: {e['b']}",
            f"Qualification: {e['a']}",
            f"Location: {e['city']}",
            f"From: {e['start']}",
            f"To: {e['end']}",
            "",
        ]
    lines += [h["skills"].upper(), *d["skills"], ""]
    lines.append(h["langs"].upper())
    lines += [f"Language: {n}   Proficiency: {lvl}" for n, lvl in d["lang_pairs"]]
    if d["certs"]:
        lines += ["", h["certs"].upper()]
        lines += [f"Certification name: {c}" for c in d["certs"]]
    lines += ["", rule, "Profile last updated: 03/12/2026", ""]
    return "\n".join(lines)


TEXT = {"txt_web_form": _web_form}
