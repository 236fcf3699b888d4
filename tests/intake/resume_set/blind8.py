"""Eighth blind group: eight NEW people (personas3.py) in four new layouts, never tuned on.

The people work in professions none of the other 24 has. The layouts differ from every earlier
one: a Google Docs "Coral"-like PDF (a huge name, the contact as an address block top right,
coloured small-caps headings, "Employer, City — Role" with "SEPTEMBER 2021 - PRESENT" under it,
certifications under "Awards"); an engineer's one-pager with "Technical Skills" first as
labelled rows ("Tools:", "Methods:", "Spoken:") and "Company — City" left of the dates with the
role in italics below; a long US federal-style resume where each job is labelled lines
("Employer:", "Title:", "Dates: 03/2019 - Present", "Hours per week:", a supervisor with a
phone of their own, "Duties:"); and a DOCX whose body flows in two newspaper columns (Word
section columns) with bordered headings and "Role" / "Employer, City" / "2019 - 2022"
paragraphs. Reported as group "blind8"; read its totals, never its errors, never tune on it.
"""

from __future__ import annotations

import io
import json
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, School
from tests.intake.resume_set.personas3 import PEOPLE8

_Entry = dict[str, object]

_MONTHS = {
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "May": "May",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}

# made-up supervisors for the federal layout: never the person, with the 555 test numbers
_SUPERVISORS = (
    "Patricia Lindqvist",
    "Robert Okonjo",
    "Helen Marchetti",
    "Gary Whitfield",
    "Sandra Kowalczyk",
    "Thomas Adeyinka",
    "Linda Castellanos",
)


def _long(when: str) -> str:  # "Mar 2019" -> "March 2019"
    month, _, year = when.partition(" ")
    return f"{_MONTHS[month]} {year}" if year else when


def _numeric(when: str) -> str:  # "Mar 2019" -> "03/2019"
    month, _, year = when.partition(" ")
    return f"{list(_MONTHS).index(month) + 1:02d}/{year}" if year else when


def _year(when: str) -> str:
    return when.split()[-1]


def _job_coral(j: Job) -> _Entry:  # "Employer, City — Role" / "SEPTEMBER 2021 - PRESENT"
    dates = f"{_long(j.start)} - {_long(j.end)}".upper()
    return {"a": f"{j.employer}, {j.city}", "b": j.role, "dates": dates}


def _school_coral(s: School) -> _Entry:
    return {"a": f"{s.school}, {s.city}", "b": s.degree, "dates": f"{s.start} - {s.end}"}


def _job_tech(j: Job) -> _Entry:  # "Company — City" bold, "Jan 2020 – Present" right, role below
    return {"a": f"{j.employer} — {j.city}", "b": j.role, "dates": f"{j.start} – {j.end}"}


def _school_tech(s: School) -> _Entry:
    return {"a": f"{s.school} — {s.city}", "b": s.degree, "dates": f"{s.start} – {s.end}"}


def _job_federal(j: Job) -> _Entry:  # labelled lines; a supervisor who is not the person
    n = sum(map(ord, j.employer))
    return {
        "a": j.employer,
        "b": j.role,
        "city": j.city,
        "dates": f"{_numeric(j.start)} - {_numeric(j.end)}",
        "hours": "40" if n % 3 else "45",
        "supervisor": f"{_SUPERVISORS[n % len(_SUPERVISORS)]}, (555) 555-01{n % 90 + 10:02d}",
        "contact": "may contact" if n % 4 else "contact me first",
    }


def _school_federal(s: School) -> _Entry:
    return {"a": s.degree, "b": s.school, "city": s.city, "dates": f"05/{s.end}"}


def _job_columns(j: Job) -> _Entry:  # "Role" / "Employer, City" / "2019 - 2022"
    end = j.end if j.end == "Present" else _year(j.end)
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{_year(j.start)} - {end}"}


def _school_columns(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} - {s.end}"}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND8: tuple[Layout, ...] = (
    Layout(
        "google_docs_coral",
        "pdf",
        _h("Profile", "Experience", "Education", "Skills", "Languages", "Awards", "Contact"),
        "•",
        _job_coral,
        _school_coral,
        level="({})",
    ),
    Layout(
        "tech_skills_first",
        "pdf",
        _h(
            "Summary",
            "Experience",
            "Education",
            "Technical Skills",
            "Spoken",
            "Certifications",
            "Contact",
        ),
        "–",
        _job_tech,
        _school_tech,
        level="({})",
    ),
    Layout(
        "federal_usa",
        "pdf",
        _h(
            "Summary of Qualifications",
            "Work Experience",
            "Education",
            "Additional Skills",
            "Language Skills",
            "Certifications and Licenses",
            "Contact Information",
        ),
        "•",
        _job_federal,
        _school_federal,
    ),
    Layout(
        "docx_two_columns",
        "docx",
        _h("Profile", "Experience", "Education", "Skills", "Languages", "Certificates", "Contact"),
        "•",
        _job_columns,
        _school_columns,
        level="– {}",
    ),
)

# the "Methods:" row of the engineer's one-pager: what the summary claims in [brackets]
_METHODS = {p.name: p.bracketed()[:2] for p in PEOPLE8}


def _typst_json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_FEDERAL_LEVELS = {
    "native": ("Advanced", "Advanced", "Advanced"),
    "fluent": ("Advanced", "Advanced", "Advanced"),
    "C2": ("Advanced", "Advanced", "Advanced"),
    "C1": ("Advanced", "Advanced", "Intermediate"),
    "good": ("Advanced", "Intermediate", "Intermediate"),
    "B2": ("Intermediate", "Intermediate", "Intermediate"),
    "B1": ("Intermediate", "Intermediate", "Novice"),
    "intermediate": ("Intermediate", "Intermediate", "Novice"),
    "conversational": ("Intermediate", "Novice", "Novice"),
    "A2": ("Novice", "Novice", "Novice"),
    "A1": ("Novice", "Novice", "Novice"),
    "basic": ("Novice", "Novice", "Novice"),
}

TEMPLATES: dict[str, str] = {
    # Google Docs "Coral": a huge name and the headline left, the contact as an address block
    # top right, the profile without a heading, coloured small-caps headings, entries
    # "Employer, City — Role" with the dates in capitals below; certifications under "Awards"
    "google_docs_coral": """
#set page(margin: (x: 22mm, y: 20mm))
#set text(font: "Libertinus Serif", size: 10.5pt, fill: luma(50))
#set par(leading: 0.6em)
#let coral = rgb("#ee6c4d")
#let csec(t) = { v(14pt); text(fill: coral, size: 13pt, weight: "bold", smallcaps(t)); v(3pt) }
#let entries(xs) = for e in xs {
  text(weight: "bold", e.a); [ — ]; emph(e.b); linebreak()
  text(size: 8.5pt, fill: luma(120), tracking: 0.6pt, e.dates)
  if e.bullets.len() > 0 { v(-2pt); bullets(e.bullets) }
  v(6pt)
}
#grid(columns: (1fr, auto), column-gutter: 10mm,
  { text(size: 34pt, fill: luma(20), d.name); linebreak()
    v(-4pt); text(size: 12pt, fill: coral, d.headline) },
  align(right, text(size: 9pt, fill: luma(90), { d.city; linebreak(); d.phone; linebreak()
    d.email })))
#v(10pt)
#d.summary
#csec(d.h.exp)
#entries(d.exp)
#csec(d.h.edu)
#entries(d.edu)
#csec(d.h.skills)
#grid(columns: (1fr, 1fr), column-gutter: 8mm,
  bullets(d.skills.slice(0, calc.ceil(d.skills.len() / 2))),
  bullets(d.skills.slice(calc.ceil(d.skills.len() / 2))))
#if d.certs.len() > 0 { csec(d.h.certs); d.certs.join(linebreak()) }
#csec(d.h.langs)
#d.langs.join(", ")
""",
    # an engineer's one-pager: the skills first as labelled rows, the spoken languages a row
    # among them; "Company — City" left of the dates, the role in italics below; no summary
    "tech_skills_first": "#let methods = json(bytes("
    + _typst_json(_METHODS)
    + """))
#set page(margin: (x: 16mm, y: 13mm))
#set text(font: "New Computer Modern", size: 10pt)
#let tsec(t) = { v(7pt); text(size: 11.5pt, weight: "bold", t); v(-6pt)
  line(length: 100%, stroke: 0.6pt); v(1pt) }
#let entries(xs) = for e in xs {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.dates)
  v(-3pt); emph(e.b)
  if e.bullets.len() > 0 { v(-2pt); bullets(e.bullets) } else { linebreak() }
  v(3pt)
}
#align(center, {
  text(size: 20pt, weight: "bold", d.name); linebreak()
  d.headline; linebreak()
  [#d.city | #d.phone | #link("mailto:" + d.email, d.email)]
})
#tsec(d.h.skills)
#grid(columns: (auto, 1fr), column-gutter: 6pt, row-gutter: 5pt,
  strong("Tools:"), d.skills.join(", "),
  strong("Methods:"), methods.at(d.name).join(", "),
  ..if d.lang_pairs.len() > 1 { (strong(d.h.langs + ":"), d.langs.join(", ")) })
#tsec(d.h.exp)
#entries(d.exp)
#tsec(d.h.edu)
#entries(d.edu)
#if d.certs.len() > 0 { tsec(d.h.certs); bullets(d.certs) }
""",
    # a US federal resume (USAJOBS style): long, every job as labelled lines with hours and a
    # supervisor (a made-up name and a 555 number), duties as a paragraph; education labelled;
    # languages with spoken / written / read levels
    "federal_usa": "#let flevels = json(bytes("
    + _typst_json(_FEDERAL_LEVELS)
    + """))
#set page(margin: (x: 25mm, y: 22mm), numbering: "1 of 1")
#set text(font: "Libertinus Serif", size: 11pt)
#set par(leading: 0.65em, justify: true)
#let fsec(t) = { v(12pt); text(size: 12pt, weight: "bold", upper(t)); v(-6pt)
  line(length: 100%, stroke: 1pt); v(4pt) }
#let row(k, v) = { strong(k + ": "); v; linebreak() }
#align(center, text(size: 16pt, weight: "bold", d.name))
#v(6pt)
#row("Address", d.city)
#row("Primary Phone", d.phone)
#row("Email", d.email)
#row("Availability", "Job Type: Permanent. Work Schedule: Full-time")
#row("Desired locations", d.city)
#fsec(d.h.summary)
#d.summary
#fsec(d.h.exp)
#for e in d.exp {
  row("Employer", e.a)
  row("Location", e.city)
  row("Title", e.b)
  row("Dates", e.dates)
  row("Hours per week", e.hours)
  row("Supervisor", e.supervisor + ", " + e.contact)
  strong("Duties:"); linebreak()
  e.bullets.slice(0, calc.max(1, e.bullets.len() - 1)).join(" ")
  if e.bullets.len() > 1 { parbreak(); strong("Key accomplishment: "); e.bullets.last() }
  v(10pt)
}
#fsec(d.h.edu)
#for e in d.edu {
  row("Degree", e.a)
  row("School", e.b)
  row("Location", e.city)
  row("Graduated", e.dates)
  v(6pt)
}
#if d.certs.len() > 0 {
  fsec(d.h.certs)
  for c in d.certs { row("Certification", c) }
}
#fsec(d.h.langs)
#for p in d.lang_pairs {
  let lv = flevels.at(p.at(1))
  row("Language", p.at(0))
  "Spoken: " + lv.at(0) + "; Written: " + lv.at(1) + "; Read: " + lv.at(2)
  v(4pt); linebreak()
}
#fsec(d.h.skills)
#d.skills.join("; ")
#fsec("References")
Available on request.
""",
}


def _border_bottom(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "444444")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _two_columns(d: dict[str, Any]) -> bytes:
    """Name and contact across the page; then a continuous section in two Word columns."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    first = doc.sections[0]
    first.page_width, first.page_height = Cm(21), Cm(29.7)
    first.left_margin = first.right_margin = Cm(1.8)
    name = doc.add_paragraph().add_run(d["name"])
    name.bold, name.font.size = True, Pt(24)
    doc.add_paragraph(d["headline"]).runs[0].font.size = Pt(13)
    doc.add_paragraph(f"{d['email']}  ·  {d['phone']}  ·  {d['city']}")
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")  # 1 cm between the columns

    def heading(title: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(title)
        r.bold, r.font.size = True, Pt(12)
        _border_bottom(p)

    h = d["h"]
    heading(h["summary"])
    doc.add_paragraph(d["summary"])
    heading(h["exp"])
    for e in d["exp"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(e["a"]).bold = True
        doc.add_paragraph(e["b"])
        doc.add_paragraph().add_run(e["dates"]).italic = True
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
    heading(h["edu"])
    for e in d["edu"]:
        doc.add_paragraph().add_run(e["a"]).bold = True
        doc.add_paragraph(e["b"])
        doc.add_paragraph().add_run(e["dates"]).italic = True
    heading(h["skills"])
    for s in d["skills"]:
        doc.add_paragraph(s, style="List Bullet")
    if d["certs"]:
        heading(h["certs"])
        for c in d["certs"]:
            doc.add_paragraph(c, style="List Bullet")
    heading(h["langs"])
    for lang in d["langs"]:
        doc.add_paragraph(lang)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_two_columns": _two_columns}
