"""Ninth blind group: eight NEW people (personas4.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (midwife, plumber, hotel front desk,
financial analyst, curator, logistics, speech therapy, bus driving). The layouts: a European
tabular CV in English ("Personal Data" label table, dates "09/2015 – 06/2018" in a left column,
place, date and signature line at the end); a recent graduate's PDF with education first (GPA,
"Relevant coursework:", honours), part-time jobs dated "Summer 2013 – Apr 2017" and "Leadership
& Activities"; a Canva-like PDF with a photo circle, boxed headings, roles in upper case via
Typst's upper() and skills as pill tags; and a plain .txt pasted from an e-mail with ALL CAPS
headings underlined, "(2019 - present)" at the end of the employer line, "*" bullets and a hard
wrap at 72 columns. Reported as group "blind9"; read its totals, never its errors, and never
tune on it.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from tests.intake.resume_set.blind7 import _numeric, _year
from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]


def _job_table(j: Job) -> _Entry:  # "09/2015 – 06/2018" left; role / "Employer, City" right
    end = "today" if j.end == "Present" else _numeric(j.end)
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{_numeric(j.start)} – {end}"}


def _school_table(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _job_student(j: Job) -> _Entry:  # role / "Employer, City" with dates right
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_student(s: School) -> _Entry:
    return {"a": s.school, "b": s.degree, "city": s.city, "dates": f"{s.start} – {s.end}"}


def _job_canva(j: Job) -> _Entry:  # ROLE / "Employer | City | 2019 - Present"
    return {"a": j.role, "b": f"{j.employer} | {j.city} | {j.start} - {j.end}"}


def _school_canva(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} | {s.city} | {s.start} - {s.end}"}


def _job_txt(j: Job) -> _Entry:  # "Employer, City (2019 - present)" / role
    end = "present" if j.end == "Present" else _year(j.end)
    return {"a": f"{j.employer}, {j.city} ({_year(j.start)} - {end})", "b": j.role}


def _school_txt(s: School) -> _Entry:
    return {"a": f"{s.school}, {s.city} ({s.start} - {s.end})", "b": s.degree}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND9: tuple[Layout, ...] = (
    Layout(
        "lebenslauf_table",
        "pdf",
        _h(
            "Profile",
            "Professional Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Personal Data",
        ),
        "–",
        _job_table,
        _school_table,
        level="({})",
    ),
    Layout(
        "student_edu_first",
        "pdf",
        _h(
            "Objective",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_student,
        _school_student,
        level="({})",
    ),
    Layout(
        "canva_upper",
        "pdf",
        _h("About Me", "Experience", "Education", "Skills", "Languages", "Certificates", "Contact"),
        "•",
        _job_canva,
        _school_canva,
        level="· {}",
    ),
    Layout(
        "txt_caps_underlined",
        "txt",
        _h(
            "Summary",
            "Work History",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "*",
        _job_txt,
        _school_txt,
        level="({})",
    ),
)

# what a layout shows beyond the ground truth: address, birth, graduate details
_STREET = {
    "Aoife O'Sullivan": "14 Leinster Road, Rathmines",
    "Gareth Pritchard": "27 Heol Llanishen Fach",
    "Ana Lucía Fernández Ruiz": "Carrer de Mallorca 212, 3º 2ª",
    "Chukwuemeka Eze": "8 Adeola Odeku Street, Victoria Island",
    "Katharina Weiß": "Kastanienallee 41",
    "Phạm Thu Trang": "112 Nguyễn Đình Chiểu, District 3",
    "Sarah Jane Whitfield": "9/55 Rathdowne Street, Carlton",
    "Luis Alberto Ramírez": "2418 W. Cermak Road, Apt 2",
}
_BORN = {
    "Aoife O'Sullivan": ("12 April 1994", "Irish"),
    "Gareth Pritchard": ("3 November 1993", "British"),
    "Ana Lucía Fernández Ruiz": ("27 January 1992", "Spanish"),
    "Chukwuemeka Eze": ("19 August 1992", "Nigerian"),
    "Katharina Weiß": ("5 June 1990", "German"),
    "Phạm Thu Trang": ("30 September 1997", "Vietnamese"),
    "Sarah Jane Whitfield": ("14 February 1993", "Australian"),
    "Luis Alberto Ramírez": ("8 July 1990", "American"),
}
_COURSEWORK = {
    "Aoife O'Sullivan": "Physiology of Pregnancy, Neonatal Care, Midwifery Ethics",
    "Gareth Pritchard": "Heating Controls, Sanitation Systems, Water Regulations",
    "Ana Lucía Fernández Ruiz": "Hotel Operations, Tourism Marketing, Hospitality Law",
    "Chukwuemeka Eze": "Corporate Finance, Econometrics, Portfolio Theory",
    "Katharina Weiß": "Weimar Visual Culture, Conservation Ethics, Museum Education",
    "Phạm Thu Trang": "International Shipping, Trade Law, Operations Research",
    "Sarah Jane Whitfield": "Child Language Disorders, Neuroanatomy, Audiology",
    "Luis Alberto Ramírez": "Diesel Engines, Brake Systems, Electrical Diagnostics",
}
_ACTIVITIES = {
    "Aoife O'Sullivan": ("Class Representative, Midwifery Students' Society",),
    "Gareth Pritchard": ("Captain, Llanishen RFC Youth Team", "Volunteer, Cardiff Food Bank"),
    "Ana Lucía Fernández Ruiz": ("Tour guide volunteer, Barcelona Global Welcome Desk",),
    "Chukwuemeka Eze": ("President, Investment Club", "Mentor, Junior Achievement Nigeria"),
    "Katharina Weiß": ("Editor, student art journal Kunstblick",),
    "Phạm Thu Trang": ("Vice-President, FTU Logistics Club", "Organiser, Green Campus Day"),
    "Sarah Jane Whitfield": ("Treasurer, Speech Pathology Students' Association",),
    "Luis Alberto Ramírez": ("Member, Student Government Association",),
}
_HONOURS = (
    "Dean's List, four semesters",
    "Graduated with Distinction",
    "First Class Honours",
    "Academic Merit Scholarship",
)


def extras(person: Person) -> dict[str, Any]:
    """Person-level details the blind9 layouts show and no label names."""
    i = sum(map(ord, person.name))
    born, nationality = _BORN[person.name]
    town = person.city.split(",")[0]
    return {
        "street": _STREET[person.name],
        "born": born,
        "nationality": nationality,
        "signed": f"{town}, 1 March 2026",
        "coursework": _COURSEWORK[person.name],
        "activities": list(_ACTIVITIES[person.name]),
        "honours": _HONOURS[i % len(_HONOURS)],
        "gpa": ("3.8/4.0", "3.6/4.0", "3.9/4.0", "3.7/4.0")[i % 4],
        "initials": "".join(w[0] for w in person.name.split()[:2]),
    }


TEMPLATES: dict[str, str] = {
    # a European tabular CV in English: a "Personal Data" label table, then every entry as a
    # two-column row (dates left, role / employer, city / bullets right), place, date, signature
    "lebenslauf_table": """
#set text(font: "Libertinus Serif", size: 10pt)
#let x = d.x
#let ltab(rows) = table(columns: (38mm, 1fr), stroke: none, inset: (x: 2pt, y: 3.5pt), ..rows)
#let lsec(t) = { v(8pt); text(size: 12pt, weight: "bold", fill: rgb("#1d3557"), t); v(-7pt)
  line(length: 100%, stroke: 0.8pt + rgb("#1d3557")); v(1pt) }
#align(center, text(size: 18pt, weight: "bold", tracking: 0.5pt, "Curriculum Vitae"))
#lsec(d.h.contact)
#ltab((
  [Name:], text(weight: "bold", d.name),
  [Address:], [#x.street, #d.city],
  [Phone:], d.phone,
  [E-mail:], d.email,
  [Date of birth:], x.born,
  [Nationality:], x.nationality,
))
#lsec(d.h.summary)
#d.summary
#lsec(d.h.exp)
#ltab(d.exp.map(e => (e.dates, {
  text(weight: "bold", e.a); linebreak(); e.b
  bullets(e.bullets)
})).flatten())
#lsec(d.h.edu)
#ltab(d.edu.map(e => (e.dates, [#text(weight: "bold", e.a) \\ #e.b])).flatten())
#lsec("Skills and Languages")
#ltab((
  [#d.h.skills:], d.skills.join(", "),
  [#d.h.langs:], d.langs.join(", "),
  ..if d.certs.len() > 0 { ([#d.h.certs:], d.certs.join("\\n")) } else { () },
))
#v(16pt)
#x.signed
#v(18pt)
#line(length: 55mm, stroke: 0.5pt)
#v(-4pt)
#text(size: 9pt, d.name)
""",
    # a recent graduate: education first with GPA, coursework and honours; part-time work with
    # "Summer" dates next to ordinary ranges; leadership and activities; skills at the end
    "student_edu_first": """
#set page(margin: (x: 18mm, y: 14mm))
#set text(font: "New Computer Modern", size: 10.5pt)
#let x = d.x
#let ssec(t) = { v(7pt); text(size: 11pt, weight: "bold", upper(t)); v(-6pt)
  line(length: 100%, stroke: 0.6pt); v(1pt) }
#align(center, {
  text(size: 20pt, weight: "bold", d.name); linebreak()
  [#d.email #h(6pt) | #h(6pt) #d.phone #h(6pt) | #h(6pt) #d.city]
})
#v(2pt)
#emph(d.summary)
#ssec(d.h.edu)
#for (i, e) in d.edu.enumerate() {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.city)
  grid(columns: (1fr, auto), emph(e.b), e.dates)
  if i == 0 {
    [GPA: #x.gpa #h(8pt) Honours: #x.honours]; linebreak()
    [Relevant coursework: #x.coursework]
  }
  v(4pt)
}
#ssec(d.h.exp)
#for (i, e) in d.exp.enumerate() {
  let last = i == d.exp.len() - 1 and d.exp.len() > 1
  grid(columns: (1fr, auto), text(weight: "bold", e.a),
    if last { "Summer " + e.dates.slice(e.dates.len() - 4) } else { e.dates })
  if last { emph(e.b + " (part-time)") } else { emph(e.b) }
  bullets(e.bullets); v(3pt)
}
#ssec("Leadership & Activities")
#bullets(x.activities)
#ssec(d.h.skills)
#text(weight: "bold", "Technical:") #d.skills.join(", ") \\
#text(weight: "bold", [#d.h.langs:]) #d.langs.join(", ")
#if d.certs.len() > 0 [ \\ #text(weight: "bold", [#d.h.certs:]) #d.certs.join("; ")]
""",
    # Canva-like: a photo circle beside the name, every heading in a filled box, roles in upper
    # case with "Employer | City | dates" under them, skills and languages as pill tags
    "canva_upper": """
#set page(margin: (x: 15mm, y: 12mm))
#set text(size: 9pt)
#let x = d.x
#let accent = rgb("#c2185b")
#let soft = rgb("#fce4ec")
#let cbox(t) = { v(8pt); block(fill: accent, radius: 4pt, inset: (x: 8pt, y: 4pt),
  text(fill: white, weight: "bold", size: 10pt, upper(t))); v(3pt) }
#let pill(t) = box(fill: soft, stroke: 0.6pt + accent, radius: 8pt,
  inset: (x: 7pt, y: 3pt), text(size: 8.5pt, t))
#grid(columns: (30mm, 1fr), column-gutter: 6mm, align: horizon,
  circle(radius: 14mm, fill: soft, stroke: 1.5pt + accent,
    align(center + horizon, text(size: 18pt, fill: accent, weight: "bold", x.initials))),
  { text(size: 24pt, weight: "bold", d.name); linebreak()
    text(size: 12pt, fill: accent, d.headline); v(4pt)
    text(size: 8.5pt, [#d.email #h(8pt) #d.phone #h(8pt) #d.city]) })
#cbox(d.h.summary)
#d.summary
#cbox(d.h.exp)
#for e in d.exp {
  text(weight: "bold", size: 10pt, upper(e.a)); linebreak()
  text(fill: luma(90), e.b)
  bullets(e.bullets); v(4pt)
}
#cbox(d.h.edu)
#for e in d.edu { text(weight: "bold", upper(e.a)); linebreak(); text(fill: luma(90), e.b); v(4pt) }
#cbox(d.h.skills)
#for s in d.skills { pill(s); h(4pt) }
#cbox(d.h.langs)
#for l in d.langs { pill(l); h(4pt) }
#if d.certs.len() > 0 { cbox(d.h.certs); bullets(d.certs) }
""",
}


def _underlined(title: str, mark: str) -> list[str]:
    return ["", title.upper(), mark * len(title)]


def _wrap(text: str, first: str, indent: str = "  ") -> list[str]:
    """Hard-wrap at 72 columns; a bullet's continuation lines indented two spaces."""
    return textwrap.wrap(
        text, 72, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False
    )


def _txt(d: dict[str, Any]) -> str:
    """A resume pasted into an e-mail: caps headings underlined, wrapped at 72 columns."""
    h = d["h"]
    lines = [d["name"], d["headline"], f"{d['email']} / {d['phone']} / {d['city']}"]
    lines += _underlined(h["summary"], "=") + _wrap(d["summary"], "", "")
    lines += _underlined(h["exp"], "=")
    for e in d["exp"]:
        lines += [e["a"], e["b"]]
        for b in e["bullets"]:
            lines += _wrap(b, f"{d['bullet']} ")
        lines.append("")
    lines += _underlined(h["edu"], "=")
    for e in d["edu"]:
        lines += [e["a"], e["b"], ""]
    lines += _underlined(h["skills"], "-") + _wrap(", ".join(d["skills"]), "", "")
    lines += _underlined(h["langs"], "-") + _wrap(", ".join(d["langs"]), "", "")
    if d["certs"]:
        lines += _underlined(h["certs"], "-") + [f"{d['bullet']} {c}" for c in d["certs"]]
    lines += ["", "--", "Sent from my phone"]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


TEXT = {"txt_caps_underlined": _txt}
