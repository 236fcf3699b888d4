"""Thirteenth blind group: eight NEW people (personas8.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (air traffic controller, florist, mortgage
adviser, radiographer, tattoo artist, environmental health officer, marine engineer, copy
editor). The layouts: a two-page PDF whose first page is a cover letter (date, "Dear Hiring
Manager", three paragraphs naming the current employer and role in prose, "Yours sincerely",
the name) before a plain one-column resume; a PDF of two equal columns (experience left;
education, skills, languages and certifications right, so headings sit at different heights);
a PDF whose dates stand in a narrow right margin ("2019 –" over "Present") beside entries
with the employer bold, the role below and the city in grey after it; and a DOCX built from
one hand-made Word table with merged cells (section headings spanning both columns, each
entry's dates in a left cell merged down over its bullet rows).
Reported as group "blind13"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]


def _year(when: str) -> str:
    return when.split()[-1]


def _job_letter(j: Job) -> _Entry:  # role bold, dates right; "Employer, City" below
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_letter(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _job_columns(j: Job) -> _Entry:  # role bold / "Employer · City" / dates in grey
    return {"a": j.role, "b": f"{j.employer} · {j.city}", "dates": f"{j.start} - {j.end}"}


def _school_columns(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} - {s.end}"}


def _job_margin(j: Job) -> _Entry:  # employer bold / role, city in grey; "2019 –" over "Present"
    end = j.end if j.end == "Present" else _year(j.end)
    return {"a": j.employer, "b": j.role, "city": j.city, "from": f"{_year(j.start)} –", "to": end}


def _school_margin(s: School) -> _Entry:
    return {"a": s.school, "b": s.degree, "city": s.city, "from": f"{s.start} –", "to": s.end}


def _job_merged(j: Job) -> _Entry:  # dates in the merged left cell; role bold, employer below
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_merged(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND13: tuple[Layout, ...] = (
    Layout(
        "cover_letter_first",
        "pdf",
        _h("Profile", "Experience", "Education", "Skills", "Languages", "Certifications", ""),
        "•",
        _job_letter,
        _school_letter,
        level="({})",
    ),
    Layout(
        "two_equal_columns",
        "pdf",
        _h(
            "About Me",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "–",
        _job_columns,
        _school_columns,
        level="— {}",
    ),
    Layout(
        "dates_right_margin",
        "pdf",
        _h(
            "Summary",
            "Employment",
            "Education",
            "Expertise",
            "Languages",
            "Licences & Certifications",
            "Contact",
        ),
        "›",
        _job_margin,
        _school_margin,
        level="({})",
    ),
    Layout(
        "docx_merged_cells",
        "docx",
        _h(
            "Personal Statement",
            "Employment History",
            "Education & Qualifications",
            "Key Skills",
            "Languages",
            "Certifications",
            "Contact Details",
        ),
        "•",
        _job_merged,
        _school_merged,
        level="{}",
    ),
)

# the date each cover letter is signed on, and what the person says they want next
_LETTER = {
    "Siobhán O'Callaghan": ("14 October 2026", "an approach controller post at your unit"),
    "Nguyễn Thị Lan": ("3 November 2026", "the head florist role in your Marylebone studio"),
    "Oluwaseun Bakare": ("21 September 2026", "a senior adviser role in your brokerage"),
    "Anne-Sophie Lefèvre": ("7 November 2026", "the lead MRI post in your imaging department"),
    "Javier Morales Ibáñez": ("2 October 2026", "a resident artist chair at your studio"),
    "Deepika Raghunathan": ("18 August 2026", "the senior environmental health role"),
    "Konstantinos Papadakis": ("29 October 2026", "a Chief Engineer position with your fleet"),
    "Eleanor Brooks-Tanaka": ("10 November 2026", "the managing editor position"),
}


def extras(person: Person) -> dict[str, Any]:
    """The cover letter the first layout puts before the resume; no label names its words."""
    date, want = _LETTER[person.name]
    now, before = person.jobs[0], person.jobs[1]
    paras = [
        f"I am writing to apply for {want}, which I saw advertised last week. I have "
        f"followed your team's work for some time and would be glad to bring my experience "
        f"to it.",
        f"I currently work as {now.role} at {now.employer} in {now.city}, where I have been "
        f"since {now.start}. Before that I spent several years as {before.role} at "
        f"{before.employer}. Both posts taught me to work carefully, to keep good records "
        f"and to stay calm when the day gets busy.",
        "I have attached my resume, which sets out my experience and training in more "
        "detail. I would welcome the chance to discuss the role with you, and I am "
        "available for an interview at your convenience. Thank you for your time.",
    ]
    return {"date": date, "paras": paras}


TEMPLATES: dict[str, str] = {
    # page one a cover letter, page two a plain one-column resume
    "cover_letter_first": """
#set page(margin: (x: 25mm, y: 22mm))
#set text(font: "Libertinus Serif", size: 11pt)
#set par(leading: 0.7em, spacing: 1.2em)
#let x = d.x
#align(right)[#d.name \\ #d.city \\ #d.email \\ #d.phone]
#v(10pt)
#x.date
#v(8pt)
Dear Hiring Manager,
#for p in x.paras { par(p) }
Yours sincerely,
#v(18pt)
#d.name
#pagebreak()
#set page(margin: (x: 20mm, y: 18mm))
#set text(size: 10pt)
#set par(leading: 0.55em, spacing: 0.8em)
#let sec(t) = { v(8pt); text(weight: "bold", size: 12pt, t); v(-6pt)
  line(length: 100%, stroke: 0.6pt); v(0pt) }
#let entry(e) = {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.dates)
  v(-4pt); e.b
  if e.bullets.len() > 0 { v(-4pt); bullets(e.bullets) }
  v(2pt)
}
#text(size: 20pt, weight: "bold", d.name) \\
#d.headline \\
#d.contacts.join("  |  ")
#sec(d.h.summary)
#d.summary
#sec(d.h.exp)
#for e in d.exp { entry(e) }
#sec(d.h.edu)
#for e in d.edu { entry(e) }
#sec(d.h.skills)
#d.skills.join(", ")
#sec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 { sec(d.h.certs); bullets(d.certs) }
""",
    # the name and contacts across the top, then two columns of the same width
    "two_equal_columns": """
#set page(margin: (x: 15mm, y: 14mm))
#set text(font: "New Computer Modern", size: 9.5pt)
#let plum = rgb("#5b2a6e")
#let csec(t) = { v(6pt); text(fill: plum, weight: "bold", size: 11.5pt, upper(t)); v(-6pt)
  line(length: 100%, stroke: 0.8pt + plum); v(0pt) }
#let entry(e) = {
  text(weight: "bold", e.a); linebreak()
  e.b; linebreak()
  text(fill: luma(110), size: 8.5pt, e.dates)
  if e.bullets.len() > 0 { v(-3pt); bullets(e.bullets) }
  v(5pt)
}
#block(width: 100%, fill: rgb("#f1ebf4"), inset: 10pt)[
  #text(size: 22pt, fill: plum, d.name) \\
  #text(size: 11pt, d.headline) \\
  #d.contacts.join("   ◆   ")
]
#grid(columns: (1fr, 1fr), column-gutter: 8mm,
  {
    csec(d.h.exp)
    for e in d.exp { entry(e) }
  },
  {
    csec(d.h.summary)
    d.summary
    csec(d.h.edu)
    for e in d.edu { entry(e) }
    csec(d.h.skills)
    bullets(d.skills)
    csec(d.h.langs)
    for l in d.langs { l; linebreak() }
    if d.certs.len() > 0 { csec(d.h.certs); bullets(d.certs) }
  })
""",
    # headings and entries in the main column, the dates right-aligned in a narrow margin
    "dates_right_margin": """
#set page(margin: (x: 18mm, y: 16mm))
#set text(font: "Libertinus Serif", size: 10pt)
#let grey = luma(120)
#let rsec(t) = { v(8pt); text(weight: "bold", size: 11pt, tracking: 1.5pt, upper(t)); v(-2pt) }
#let row(main, side) = grid(columns: (1fr, 24mm), column-gutter: 6mm,
  main, align(right, text(fill: grey, size: 9pt, side)))
#let entry(e) = {
  row({
    text(weight: "bold", e.a); linebreak()
    e.b; h(6pt); text(fill: grey, e.city)
    if e.bullets.len() > 0 { v(-3pt); bullets(e.bullets) }
  }, [#e.from \\ #e.to])
  v(4pt)
}
#row({
  text(size: 22pt, weight: "bold", d.name); linebreak()
  text(size: 11pt, fill: grey, d.headline)
}, [#d.email \\ #d.phone \\ #d.city])
#line(length: 100%, stroke: 0.5pt + grey)
#rsec(d.h.summary)
#row(d.summary, [])
#rsec(d.h.exp)
#for e in d.exp { entry(e) }
#rsec(d.h.edu)
#for e in d.edu { entry(e) }
#rsec(d.h.skills)
#row(d.skills.join(" · "), [])
#rsec(d.h.langs)
#row(d.langs.join(" · "), [])
#if d.certs.len() > 0 { rsec(d.h.certs); row(d.certs.join(linebreak()), []) }
""",
}


def _merged_cells(d: dict[str, Any]) -> bytes:
    """One Word table: merged heading rows, each entry's dates in a cell merged down its rows."""
    from docx import Document
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Cm, Pt, RGBColor

    from tests.intake.resume_set.blind10 import _shade

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    widths = (Cm(3.6), Cm(13.4))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    green = RGBColor(0x1E, 0x5B, 0x3A)

    def cells() -> tuple[Any, Any]:
        left, right = table.add_row().cells
        left.width, right.width = widths
        return left, right

    def spanning(text: str, *, size: float = 11, shade: str = "") -> Any:
        left, right = cells()
        cell = left.merge(right)
        r = cell.paragraphs[0].add_run(text)
        r.font.size = Pt(size)
        if shade:
            _shade(cell, shade)
            r.bold, r.font.color.rgb = True, green
        return cell

    def entry(e: dict[str, Any]) -> None:
        first, right = cells()
        right.paragraphs[0].add_run(e["a"]).bold = True
        right.add_paragraph(e["b"]).runs[0].italic = True
        last = first
        for b in e["bullets"]:
            last, cell = cells()
            cell.paragraphs[0].add_run(f"{d['bullet']} {b}")
        dates = first.merge(last) if last is not first else first
        dates.paragraphs[0].add_run(e["dates"]).font.size = Pt(9)
        dates.vertical_alignment = WD_ALIGN_VERTICAL.TOP

    top = spanning(d["name"], size=20)
    top.paragraphs[0].runs[0].bold = True
    top.add_paragraph(d["headline"])
    h = d["h"]
    spanning(h["contact"], shade="E4EFE8")
    spanning(f"{d['email']}  |  {d['phone']}  |  {d['city']}")
    spanning(h["summary"], shade="E4EFE8")
    spanning(d["summary"], size=10)
    spanning(h["exp"], shade="E4EFE8")
    for e in d["exp"]:
        entry(e)
    spanning(h["edu"], shade="E4EFE8")
    for e in d["edu"]:
        entry(e)
    spanning(h["skills"], shade="E4EFE8")
    skills = d["skills"]
    for i in range(0, len(skills), 2):
        left, right = cells()
        left.merge(right)  # a pair of skills per row, side by side in one merged cell
        left.paragraphs[0].add_run(f"{d['bullet']} {skills[i]}")
        if i + 1 < len(skills):
            left.paragraphs[0].add_run(f"\t{d['bullet']} {skills[i + 1]}")
    spanning(h["langs"], shade="E4EFE8")
    for name, level in d["lang_pairs"]:
        left, right = cells()
        left.paragraphs[0].add_run(name).bold = True
        right.paragraphs[0].add_run(level.capitalize())
    if d["certs"]:
        spanning(h["certs"], shade="E4EFE8")
        for c in d["certs"]:
            spanning(c, size=10)
    doc.add_paragraph()  # Word always keeps a paragraph after a body-ending table
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_merged_cells": _merged_cells}
