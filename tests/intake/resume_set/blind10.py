"""Tenth blind group: eight NEW people (personas5.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (airline pilot, firefighter, optometrist,
joiner, insurance underwriter, event planner, IT support, zookeeper). The layouts: a DOCX whose
whole body is one two-column table (Hloom/Word "table" templates: shaded section names left,
"Role" bold / "Employer — City" / "Mar 2018 – Jan 2021" / bullets as paragraphs right); a
two-page PDF whose first page has a contact, skills and languages sidebar beside the start of the
experience, which continues at full width on page two under a running "Name — page 2" header;
a PDF where each entry is one small-caps line "ROLE | EMPLOYER | CITY | DATES" under headings
with an icon glyph and "–" bullets; and a functional PDF: "Relevant Skills" in two or three
themed groups carrying the bullets, then a short "Employment History" with one line per job,
dates first ("2019–present   Role, Employer, City"). Reported as group "blind10"; read its
totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.blind7 import _year
from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]


def _job_grid(j: Job) -> _Entry:  # "Role" / "Employer — City" / "Mar 2018 – Jan 2021"
    return {"a": j.role, "b": f"{j.employer} — {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_grid(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} — {s.city}", "dates": f"{s.start} – {s.end}"}


def _job_sidebar(j: Job) -> _Entry:  # role with dates right, "Employer, City" below
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_sidebar(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _job_pipes(j: Job) -> _Entry:  # one line: "Role | Employer | City | Mar 2018 – Present"
    return {"a": f"{j.role} | {j.employer} | {j.city} | {j.start} – {j.end}", "b": ""}


def _school_pipes(s: School) -> _Entry:
    return {"a": f"{s.degree} | {s.school} | {s.city} | {s.start} – {s.end}", "b": ""}


def _job_functional(j: Job) -> _Entry:  # "2019–present" then "Role, Employer, City"
    end = "present" if j.end == "Present" else _year(j.end)
    return {"a": f"{j.role}, {j.employer}, {j.city}", "b": "", "dates": f"{_year(j.start)}–{end}"}


def _school_functional(s: School) -> _Entry:
    return {"a": f"{s.degree}, {s.school}, {s.city}", "b": "", "dates": f"{s.start}–{s.end}"}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND10: tuple[Layout, ...] = (
    Layout(
        "docx_grid_table",
        "docx",
        _h(
            "Profile",
            "Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_grid,
        _school_grid,
        level="({})",
    ),
    Layout(
        "sidebar_page_two",
        "pdf",
        _h(
            "Profile",
            "Work Experience",
            "Education",
            "Expertise",
            "Languages",
            "Licences",
            "Contact",
        ),
        "•",
        _job_sidebar,
        _school_sidebar,
        level="– {}",
    ),
    Layout(
        "pipe_inline_header",
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
        "–",
        _job_pipes,
        _school_pipes,
        level="({})",
    ),
    Layout(
        "functional_skill_groups",
        "pdf",
        _h(
            "Summary of Qualifications",
            "Employment History",
            "Education",
            "Technical Skills",
            "Languages",
            "Licences & Certifications",
            "Contact",
        ),
        "•",
        _job_functional,
        _school_functional,
        level="({})",
    ),
)

# the themes a functional resume groups its bullets under (two or three a person), each with
# the indices of the bullets it takes, counted over all jobs in order; every bullet once
_THEMES: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {
    "Hamish MacLeod": (("Flight Operations", (0, 2, 3, 5)), ("Safety & Training", (1, 4))),
    "Liam O'Rourke": (("Emergency Response", (0, 3, 1)), ("Rescue & Community Safety", (2, 4))),
    "Marie-Claire Dubois": (
        ("Clinical Examination", (0, 1, 2)),
        ("Contact Lenses & Myopia Control", (3, 4)),
    ),
    "Tomasz Kowalczyk": (
        ("Workshop Joinery", (0, 1)),
        ("Site Carpentry", (3, 4, 5)),
        ("Supervision", (2,)),
    ),
    "María José Castillo Navarro": (
        ("Risk Selection & Pricing", (0, 1, 2, 3)),
        ("Broker & Client Work", (4,)),
    ),
    "Oluwaseun Adeyemi": (
        ("Event Delivery", (0, 2, 3)),
        ("Budgets & Suppliers", (1, 5)),
        ("Guest Experience", (4,)),
    ),
    "Trần Quốc Bảo": (("Service Desk", (0, 2, 3)), ("Devices & Deployment", (1, 4))),
    "Aroha Te Rangi": (
        ("Animal Care & Training", (0, 1, 3)),
        ("Visitor Education", (2,)),
        ("Veterinary Support", (4,)),
    ),
}


def _groups(d: dict[str, Any]) -> list[dict[str, Any]]:
    """Every job's bullets cut into the person's themed groups."""
    bullets = [b for e in d["exp"] for b in e["bullets"]]
    themes = _THEMES[d["name"]]
    assert sorted(i for _, ks in themes for i in ks) == list(range(len(bullets)))
    return [{"theme": t, "bullets": [bullets[i] for i in ks]} for t, ks in themes]


def extras(person: Person, data: dict[str, Any]) -> dict[str, Any]:
    """What the blind10 layouts show beyond the ground truth: themes, the page-one split."""
    first = -(-len(person.jobs) // 2)  # jobs on page one of the two-page layout
    return {"groups": _groups(data), "first": first}


TEMPLATES: dict[str, str] = {
    # two pages: page one a shaded sidebar (contact, expertise, languages, licences) beside
    # the name, the profile and the first jobs; page two the rest of the experience at full
    # width under a small running header with the name and "page 2"
    "sidebar_page_two": """
#set text(font: "Libertinus Serif", size: 10pt)
#let x = d.x
#let accent = rgb("#2b4c7e")
#let shade = rgb("#e8edf5")
#let ssec(t) = { v(10pt); text(size: 9.5pt, weight: "bold", fill: accent, tracking: 1pt,
  upper(t)); v(-5pt); line(length: 100%, stroke: 0.5pt + accent); v(1pt) }
#let msec(t) = { v(9pt); text(size: 12pt, weight: "bold", fill: accent, t); v(-6pt)
  line(length: 100%, stroke: 0.8pt + accent); v(2pt) }
#let jobs(xs) = for e in xs {
  grid(columns: (1fr, auto), text(weight: "bold", size: 10.5pt, e.a),
    text(fill: luma(100), e.dates))
  emph(e.b)
  bullets(e.bullets); v(5pt)
}
#set page(margin: 0pt)
#grid(columns: (62mm, 1fr),
  block(fill: shade, width: 100%, height: 100%, inset: (x: 6mm, y: 14mm), text(size: 9pt, {
    ssec(d.h.contact)
    d.email; linebreak(); d.phone; linebreak(); d.city
    ssec(d.h.skills)
    for s in d.skills { s; linebreak() }
    ssec(d.h.langs)
    for l in d.langs { l; linebreak() }
    if d.certs.len() > 0 { ssec(d.h.certs); for c in d.certs { c; linebreak() } }
  })),
  block(inset: (x: 9mm, y: 14mm), {
    text(size: 24pt, weight: "bold", fill: accent, d.name); linebreak()
    text(size: 12pt, d.headline)
    msec(d.h.summary); d.summary
    msec(d.h.exp); jobs(d.exp.slice(0, x.first))
  }))
#set page(margin: (x: 18mm, top: 22mm, bottom: 14mm), header: {
  set text(size: 8.5pt, fill: luma(110))
  grid(columns: (1fr, auto), d.name, "page 2")
  v(-5pt); line(length: 100%, stroke: 0.4pt + luma(160))
})
#jobs(d.exp.slice(x.first))
#msec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(fill: luma(100), e.dates))
  emph(e.b); v(4pt)
}
""",
    # every entry one small-caps line "ROLE | EMPLOYER | CITY | DATES"; headings behind an icon
    # glyph with a thin rule; bullets as en dashes; contact on one line under the name
    "pipe_inline_header": """
#set page(margin: (x: 16mm, y: 13mm))
#set text(font: "Libertinus Serif", size: 10pt)
#let accent = rgb("#7a3b12")
#let icons = (summary: "✦", exp: "⚑", edu: "✎", skills: "✱", langs: "❖", certs: "✔")
#let isec(key) = { v(8pt)
  text(fill: accent, size: 11.5pt, weight: "bold", icons.at(key) + "  " + d.h.at(key))
  v(-6pt); line(length: 100%, stroke: 0.5pt + accent); v(1pt) }
#align(center, {
  text(size: 22pt, smallcaps(d.name)); linebreak()
  text(size: 11pt, fill: accent, d.headline); linebreak()
  text(size: 9pt, [#d.email #h(5pt) | #h(5pt) #d.phone #h(5pt) | #h(5pt) #d.city])
})
#isec("summary")
#d.summary
#isec("exp")
#for e in d.exp {
  text(weight: "bold", smallcaps(e.a))
  bullets(e.bullets); v(4pt)
}
#isec("edu")
#for e in d.edu { block(below: 6pt, text(weight: "bold", smallcaps(e.a))) }
#isec("skills")
#d.skills.join(" · ")
#isec("langs")
#d.langs.join(" · ")
#if d.certs.len() > 0 { isec("certs"); bullets(d.certs) }
""",
    # functional: a summary, "Relevant Skills" as themed groups carrying the achievements,
    # then a short employment history with dates first, education and the rest
    "functional_skill_groups": """
#set page(margin: (x: 20mm, y: 15mm))
#set text(font: "New Computer Modern", size: 10.5pt)
#let x = d.x
#let fsec(t) = { v(8pt); text(size: 12pt, weight: "bold", t); v(-6pt)
  line(length: 100%, stroke: 1pt); v(2pt) }
#let dated(xs) = for e in xs {
  grid(columns: (30mm, 1fr), e.dates, e.a); v(1pt)
}
#text(size: 20pt, weight: "bold", d.name)
#linebreak()
#text(size: 12pt, d.headline)
#linebreak()
#d.contacts.join("  ·  ")
#fsec(d.h.summary)
#d.summary
#fsec("Relevant Skills")
#for g in x.groups {
  v(3pt); text(weight: "bold", g.theme)
  bullets(g.bullets)
}
#fsec(d.h.exp)
#dated(d.exp)
#fsec(d.h.edu)
#dated(d.edu)
#fsec(d.h.skills)
#d.skills.join(", ")
#fsec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 { fsec(d.h.certs); d.certs.join("; ") }
""",
}


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shd)


def _grid_table(d: dict[str, Any]) -> bytes:
    """The whole body one table: shaded section names left, their content right."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)
    widths = (Cm(4.2), Cm(13.2))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    def row(title: str) -> Any:
        left, right = table.add_row().cells
        for cell, width in zip((left, right), widths, strict=True):
            cell.width = width
        _shade(left, "DCE3EA")
        r = left.paragraphs[0].add_run(title)
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return right

    def para(cell: Any, text: str, *, bold: bool = False, italic: bool = False) -> None:
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic

    top = table.add_row().cells
    merged = top[0].merge(top[1])
    name = merged.paragraphs[0].add_run(d["name"])
    name.bold, name.font.size = True, Pt(22)
    merged.add_paragraph().add_run(d["headline"]).font.size = Pt(12)
    h = d["h"]
    cell = row(h["contact"])
    for value in (d["email"], d["phone"], d["city"]):
        para(cell, value)
    para(row(h["summary"]), d["summary"])
    cell = row(h["exp"])
    for i, e in enumerate(d["exp"]):
        if i:
            cell.add_paragraph()
        para(cell, e["a"], bold=True)
        para(cell, e["b"])
        para(cell, e["dates"], italic=True)
        for b in e["bullets"]:
            cell.add_paragraph(b, style="List Bullet")
    cell = row(h["edu"])
    for i, e in enumerate(d["edu"]):
        if i:
            cell.add_paragraph()
        para(cell, e["a"], bold=True)
        para(cell, e["b"])
        para(cell, e["dates"], italic=True)
    cell = row(h["skills"])
    for s in d["skills"]:
        cell.add_paragraph(s, style="List Bullet")
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)  # the empty first line
    cell = row(h["langs"])
    for lang in d["langs"]:
        para(cell, lang)
    if d["certs"]:
        cell = row(h["certs"])
        for c in d["certs"]:
            para(cell, c)
    doc.add_paragraph()  # Word always keeps a paragraph after a body-ending table
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_grid_table": _grid_table}
