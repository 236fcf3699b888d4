"""Seventeenth blind group: eight NEW people (personas12.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (sound engineer, blacksmith, arborist,
maritime pilot, dietitian, speechwriter, funeral director, tailor). The layouts: an
Indian-style PDF resume ("RESUME" over the name, "Career Objective", "Academic Qualifications"
as a ruled table "Qualification | Institution | Place | Year of Passing", jobs as labelled lines
"Organisation:", "Designation:", "Duration:", "Roles & Responsibilities:", "Languages Known",
"Personal Details" and a signed "Declaration" with "Place:" and "Date:"); a West African DOCX CV
("PERSONAL DATA" label lines, "INSTITUTIONS ATTENDED WITH DATES" and "EDUCATIONAL
QUALIFICATIONS WITH DATES" apart, so a school and its degree sit in different sections, jobs as
"dates: Employer, City" then "Position:" and "Duties:", "HOBBIES" and "REFEREES"); a two-page
PDF whose first page is an application cover sheet (German "Deckblatt": "Application for the
position of ...", a photo box, the name and contact, a list of the enclosed documents) before a
one-column CV; and a British executive-style PDF whose jobs each hold a role summary paragraph
and a "Key achievements:" sub-block of bullets. Reported as group "blind17"; read its totals,
never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]


def _span(start: str, end: str, sep: str) -> str:  # a school of one year shows the year once
    return start if start == end else f"{start}{sep}{end}"


def _job_labelled(j: Job) -> _Entry:  # Organisation / Designation / Duration lines
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_table(s: School) -> _Entry:  # a table row; the year of passing is the last year
    return {"a": s.degree, "b": s.school, "city": s.city, "dates": s.end}


def _job_duties(j: Job) -> _Entry:  # "Mar 2019 – Present: Employer, City" / "Position: Role"
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_apart(s: School) -> _Entry:  # institution with its years; degree with its year
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_sheet(j: Job) -> _Entry:  # role bold, dates right / "Employer, City"
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_sheet(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_achievements(j: Job) -> _Entry:  # "Employer, City" bold, dates right / role italic
    return {"a": f"{j.employer}, {j.city}", "b": j.role, "dates": f"{j.start} – {j.end}"}


def _school_achievements(s: School) -> _Entry:
    return {"a": f"{s.school}, {s.city}", "b": s.degree, "dates": _span(s.start, s.end, " – ")}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND17: tuple[Layout, ...] = (
    Layout(
        "indian_declaration",
        "pdf",
        _h(
            "Career Objective",
            "Professional Experience",
            "Academic Qualifications",
            "Key Skills",
            "Languages Known",
            "Certifications",
            "Personal Details",
        ),
        "➢",
        _job_labelled,
        _school_table,
        level="– {}",
    ),
    Layout(
        "docx_west_african",
        "docx",
        _h(
            "Career Objective",
            "Work Experience",
            "Institutions Attended with Dates",
            "Skills",
            "Languages Spoken",
            "Professional Certifications",
            "Personal Data",
        ),
        "•",
        _job_duties,
        _school_apart,
        level="({})",
    ),
    Layout(
        "cover_sheet",
        "pdf",
        _h(
            "Profile",
            "Professional Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "–",
        _job_sheet,
        _school_sheet,
        level="({})",
    ),
    Layout(
        "achievement_blocks",
        "pdf",
        _h(
            "Professional Profile",
            "Career History",
            "Education",
            "Key Skills",
            "Languages",
            "Professional Qualifications",
            "Contact",
        ),
        "►",
        _job_achievements,
        _school_achievements,
        level="– {}",
    ),
)

# date of birth, nationality and hobbies: the personal details the Indian and West African CVs give
_BORN = {
    "Burak Aydın": ("12/04/1992", "Turkish", "Vinyl collecting, cycling, photography"),
    "Ingrid Holmberg": ("03/09/1988", "Swedish", "Cross-country skiing, knife making"),
    "Lachlan Murray": ("21/01/1993", "Australian", "Rock climbing, Australian rules football"),
    "Joost Verhoeven": ("08/06/1982", "Dutch", "Sailing, cycling, maritime history"),
    "Nur Aisyah binti Rahman": ("15/11/1994", "Malaysian", "Baking, badminton, volunteering"),
    "Jonathan Whitaker": ("27/02/1992", "American", "Running, history, debate coaching"),
    "Kwabena Asante": ("19/07/1989", "Ghanaian", "Reading, football, church choir"),
    "Salvatore Esposito": ("02/05/1991", "Italian", "Football, vintage menswear, cooking"),
}


def extras(person: Person) -> dict[str, Any]:
    """Date of birth, nationality, hobbies, and the place a declaration is signed at."""
    born, nationality, hobbies = _BORN[person.name]
    return {
        "born": born,
        "nationality": nationality,
        "place": person.city.split(",")[0],
        "hobbies": hobbies,
    }


TEMPLATES: dict[str, str] = {
    # an Indian fresher-to-mid-career resume: labelled job lines, a qualifications table, and a
    # declaration signed with place and date at the end
    "indian_declaration": """
#set page(margin: (x: 15mm, y: 15mm))
#set text(font: "Libertinus Serif", size: 10.5pt)
#let sec(t) = { v(8pt); block(fill: luma(225), width: 100%, inset: (x: 4pt, y: 3pt),
  text(weight: "bold", upper(t))); v(2pt) }
#let lab(l, v) = grid(columns: (3.2cm, 1fr), text(weight: "bold", l), v)
#align(center, text(size: 14pt, weight: "bold", underline("RESUME")))
#v(4pt)
#text(size: 15pt, weight: "bold", d.name) \\
#d.headline \\
Mobile: #d.phone \\
E-mail: #d.email \\
Address: #d.city
#line(length: 100%, stroke: 1pt)
#sec(d.h.summary)
#d.summary
#sec(d.h.edu)
#text(size: 9.5pt, table(columns: (auto, auto, auto, auto), inset: 4pt, stroke: 0.5pt,
  table.header(..([Qualification], [Institution], [Place], [Year of \\ Passing])
    .map(t => text(weight: "bold", t))),
  ..d.edu.map(e => (e.a, e.b, e.city, e.dates)).flatten()))
#sec(d.h.exp)
#for e in d.exp {
  lab("Organisation:", e.b)
  lab("Designation:", e.a)
  lab("Duration:", e.dates)
  text(weight: "bold", "Roles & Responsibilities:")
  bullets(e.bullets)
  v(5pt)
}
#sec(d.h.skills)
#bullets(d.skills)
#if d.certs.len() > 0 { sec(d.h.certs); bullets(d.certs) }
#sec(d.h.langs)
#d.langs.join(", ")
#sec(d.h.contact)
#lab("Date of Birth:", d.x.born)
#lab("Nationality:", d.x.nationality)
#lab("Hobbies:", d.x.hobbies)
#sec("Declaration")
I hereby declare that the information furnished above is true to the best of my knowledge and
belief.
#v(10pt)
#grid(columns: (1fr, auto), [Place: #d.x.place \\ Date: #box(width: 3cm, repeat[.])],
  align(bottom, [(#upper(d.name))]))
""",
    # a German-style application: a cover sheet page first, the CV from page two
    "cover_sheet": """
#set page(margin: (x: 22mm, y: 20mm))
#set text(font: "Libertinus Serif", size: 10.5pt)
#let accent = rgb("#7a4b2a")
#let sec(t) = { v(9pt); text(fill: accent, weight: "bold", size: 12pt, t); v(-6pt)
  line(length: 100%, stroke: 0.6pt + accent); v(2pt) }
#let entry(e) = {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(fill: luma(80), e.dates))
  v(-3pt); text(style: "italic", e.b)
  if e.bullets.len() > 0 { v(-2pt); bullets(e.bullets) }
  v(4pt)
}
#v(30mm)
#align(center)[
  #text(size: 11pt, tracking: 4pt, fill: accent, "APPLICATION") \\
  #v(2pt)
  #text(size: 13pt)[for the position of #d.headline]
  #v(14mm)
  #rect(width: 40mm, height: 50mm, stroke: 0.6pt + luma(150), fill: luma(240),
    align(center + horizon, text(fill: luma(140), "Photo")))
  #v(10mm)
  #text(size: 24pt, weight: "bold", d.name)
  #v(4pt)
  #d.city \\ #d.phone \\ #d.email
]
#v(1fr)
#text(weight: "bold", "Enclosures") \\
Cover letter \\
Curriculum vitae \\
Certificates and references
#pagebreak()
#text(size: 18pt, weight: "bold", "Curriculum Vitae") #h(1fr) #text(fill: luma(80), d.name)
#line(length: 100%, stroke: 1pt + accent)
#sec(d.h.summary)
#d.summary
#sec(d.h.exp)
#for e in d.exp { entry(e) }
#sec(d.h.edu)
#for e in d.edu { entry(e) }
#sec(d.h.skills)
#d.skills.join(" · ")
#sec(d.h.langs)
#d.langs.join(" · ")
#if d.certs.len() > 0 { sec(d.h.certs); for c in d.certs { c; linebreak() } }
""",
    # a British executive-style CV: each job a role summary then "Key achievements:" bullets
    "achievement_blocks": """
#set page(margin: (x: 20mm, y: 16mm))
#set text(font: "New Computer Modern", size: 10pt)
#let bullets(items) = for b in items { grid(columns: (13pt, 1fr), d.bullet, b); v(1pt) }
#let sec(t) = { v(8pt); align(center, text(weight: "bold", size: 11pt, tracking: 1.5pt,
  upper(t))); v(-6pt); line(length: 100%, stroke: 0.4pt); v(1pt) }
#let job(e) = {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(weight: "bold", e.dates))
  v(-3pt); text(style: "italic", e.b)
  if e.bullets.len() > 0 { v(-2pt); par(justify: true, e.bullets.at(0)) }
  if e.bullets.len() > 1 {
    v(-2pt); text(weight: "bold", size: 9.5pt, "Key achievements:")
    v(-4pt); pad(left: 8pt, bullets(e.bullets.slice(1)))
  }
  v(5pt)
}
#align(center)[
  #text(size: 20pt, weight: "bold", d.name) \\
  #text(size: 11pt, style: "italic", d.headline) \\
  #v(1pt)
  #d.city #h(6pt) | #h(6pt) #d.phone #h(6pt) | #h(6pt) #d.email
]
#sec(d.h.summary)
#par(justify: true, d.summary)
#sec(d.h.skills)
#grid(columns: (1fr, 1fr), row-gutter: 4pt, ..d.skills.map(s => [#d.bullet #s]))
#sec(d.h.exp)
#for e in d.exp { job(e) }
#sec(d.h.edu)
#for e in d.edu { job(e) }
#if d.certs.len() > 0 { sec(d.h.certs); for c in d.certs { c; linebreak() } }
#sec(d.h.langs)
#d.langs.join("; ")
""",
}


def _west_african(d: dict[str, Any]) -> bytes:
    """A CV as written in Nigeria and Ghana: personal data, institutions and qualifications."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(12)
    right = Cm(16)

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text.upper())
        r.bold, r.underline = True, True

    def para(text: str, bold: str = "", tab: str = "") -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if tab:
            p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        if bold:
            p.add_run(bold).bold = True
        p.add_run(text + (f"\t{tab}" if tab else ""))

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("CURRICULUM VITAE")
    r.bold, r.font.size = True, Pt(16)
    h, x = d["h"], d["x"]
    heading(h["contact"])
    para(d["name"], "Name:\t\t\t")
    para(d["city"], "Address:\t\t")
    para(d["phone"], "Phone Number:\t\t")
    para(d["email"], "E-mail:\t\t\t")
    para(x["born"], "Date of Birth:\t\t")
    para(x["nationality"], "Nationality:\t\t")
    heading(h["summary"])
    para(d["summary"])
    heading(h["edu"])
    for e in d["edu"]:
        para(e["b"], tab=e["dates"])
    heading("Educational Qualifications with Dates")
    for e in d["edu"]:
        para(e["a"], tab=e["dates"].split(" – ")[-1])
    if d["certs"]:
        heading(h["certs"])
        for c in d["certs"]:
            para(c)
    heading(h["exp"])
    for e in d["exp"]:
        para(f"{e['dates']}:  {e['b']}", "")
        doc.paragraphs[-1].runs[0].bold = True
        para(e["a"], "Position:  ")
        para("", "Duties:")
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
    heading(h["skills"])
    for s in d["skills"]:
        doc.add_paragraph(s, style="List Bullet")
    heading(h["langs"])
    para(", ".join(d["langs"]))
    heading("Hobbies")
    para(x["hobbies"])
    heading("Referees")
    para("Available on request.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_west_african": _west_african}
