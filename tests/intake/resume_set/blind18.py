"""Eighteenth blind group: eight NEW people (personas13.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (anaesthesiologist, luthier, quantity
surveyor, elevator technician, greenhouse crop manager, interior designer, commercial diver,
flight dispatcher). The layouts: a Japanese "rirekisho" (JIS résumé form) in English as
applicants to Japanese firms fill it in: a ruled form with a photo box, "Furigana" / "Name" /
"Date of birth" / "Address" rows, then ONE "Year | Month | Education and Work History" table
written oldest first, every event a sentence ("Entered School", "Graduated from School, Degree",
"Joined Employer (City) as Role", "Resigned from Employer for personal reasons", "Currently
employed", "End"), a "Licences and Qualifications" table, boxes for self-PR, special skills,
commuting time and dependents, and a second page of duties by employer; a Spanish-style CV
("CURRICULUM VITAE", a photo box, "DATOS PERSONALES" with "Nombre y apellidos:" label lines,
every heading in Spanish, dates as "Marzo 2018 – Actualidad" above "Role. Employer (City).",
"IDIOMAS" as a table with the levels in Spanish but the language names as the labels give
them, in English); a DOCX in the EuropeAid / development-bank
tender format for key experts (numbered fields "1. Family name:" and "2. First names:" apart,
an education table "Institution [Date from – Date to] | Degree(s) or Diploma(s) obtained", a
language table scored 1 to 5, "Present position", "Years within the firm", "Key
qualifications", and a "Professional experience" table "Date from – Date to | Location |
Company & reference person | Position | Description"); and a plain text as `pdftotext -layout`
writes a two-column resume: the name and headline centred over the page, then a narrow
"CONTACT / SKILLS / LANGUAGES / CERTIFICATIONS" column and the main column side by side on the
same lines, the role with its dates right-aligned, a form feed at the end of the page.
Reported as group "blind18"; read its totals, never its errors, and never tune on it.

First sight on fd1e0ee's parser (measured once, totals only, errors unread; 08:03 UTC, load ~8
on 2 cores), P/R: name 41.7/31.2, e-mail 100/100, phone 100/75.0, employers 8.0/5.3, roles
7.4/5.3, schools 13.3/9.1, degrees 33.3/22.7, certifications 100/0.0, languages 100/50.0,
skills 58.3/29.1; mean F1 by layout: rirekisho 48.2%, docx_tender_cv 43.6%,
txt_pdftotext_layout 23.2%, cv_espanol 22.7%; blind18 37.7%. Slowest parse 13 ms.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School
from tests.intake.resume_set.personas13 import split_name

_Entry = dict[str, object]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MESES = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)


def _ym(date: str) -> tuple[str, int]:
    """("2019", 3) from "Mar 2019"; ("2012", 0) from "2012"; ("", 0) from "Present"."""
    parts = date.split()
    if len(parts) == 2 and parts[0][:3] in _MONTHS:
        return parts[1], _MONTHS.index(parts[0][:3]) + 1
    if date.isdigit():
        return date, 0
    return "", 0


def _es(date: str) -> str:  # "Marzo 2018", "2012", "Actualidad"
    year, month = _ym(date)
    if not year:
        return "Actualidad"
    return f"{_MESES[month - 1]} {year}" if month else year


def _mm_yyyy(date: str, start: bool) -> str:  # "03/2018"; a bare year as Sept or June
    year, month = _ym(date)
    if not year:
        return "present"
    return f"{month or (9 if start else 6):02d}/{year}"


def _job_plain(j: Job) -> _Entry:
    return {
        "a": j.role,
        "b": j.employer,
        "city": j.city,
        "start": j.start,
        "end": j.end,
        "dates": f"{j.start} – {j.end}",
    }


def _school_plain(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": s.school,
        "city": s.city,
        "start": s.start,
        "end": s.end,
        "dates": f"{s.start} – {s.end}",
    }


def _job_es(j: Job) -> _Entry:  # "Marzo 2018 – Actualidad" / "Role. Employer (City)."
    return {
        "a": j.role,
        "b": f"{j.employer} ({j.city}).",
        "dates": f"{_es(j.start)} – {_es(j.end)}",
    }


def _school_es(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} ({s.city}).", "dates": f"{s.start} – {s.end}"}


def _job_tender(j: Job) -> _Entry:
    return {
        **_job_plain(j),
        "dates": f"{_mm_yyyy(j.start, True)} – {_mm_yyyy(j.end, False)}",
    }


def _school_tender(s: School) -> _Entry:
    return {
        **_school_plain(s),
        "dates": f"{_mm_yyyy(s.start, True)} – {_mm_yyyy(s.end, False)}",
    }


def _job_columns(j: Job) -> _Entry:  # role ... dates / "Employer | City"
    return {"a": j.role, "b": f"{j.employer} | {j.city}", "dates": f"{j.start} - {j.end}"}


def _school_columns(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} | {s.city}", "dates": f"{s.start} - {s.end}"}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND18: tuple[Layout, ...] = (
    Layout(
        "rirekisho",
        "pdf",
        _h(
            "Self-PR",
            "Education and Work History",
            "Education",
            "Special Skills",
            "Languages",
            "Licences and Qualifications",
            "Contact",
        ),
        "・",
        _job_plain,
        _school_plain,
        level="({})",
    ),
    Layout(
        "cv_espanol",
        "pdf",
        _h(
            "Perfil profesional",
            "Experiencia profesional",
            "Formación académica",
            "Competencias",
            "Idiomas",
            "Certificaciones y cursos",
            "Datos personales",
        ),
        "•",
        _job_es,
        _school_es,
        level="{}",
    ),
    Layout(
        "docx_tender_cv",
        "docx",
        _h(
            "Key qualifications",
            "Professional experience",
            "Education",
            "Other skills",
            "Language skills",
            "Membership of professional bodies",
            "Contact details",
        ),
        "-",
        _job_tender,
        _school_tender,
        level="{}",
    ),
    Layout(
        "txt_pdftotext_layout",
        "txt",
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
        _job_columns,
        _school_columns,
        level="- {}",
    ),
)

_NATIONALITY = {
    "Mexico": "Mexican",
    "Italy": "Italian",
    "Nigeria": "Nigerian",
    "South Korea": "South Korean",
    "Netherlands": "Dutch",
    "United Arab Emirates": "Lebanese",
    "Norway": "Norwegian",
    "Vietnam": "Vietnamese",
}

# levels as a Spanish CV writes them, and as the tender form scores them (1 best, 5 basic)
_NIVEL = {
    "native": "Lengua materna",
    "fluent": "Nivel alto",
    "good": "Nivel medio-alto",
    "intermediate": "Nivel intermedio",
    "conversational": "Nivel conversacional",
    "basic": "Nivel básico",
}
_SCORE = {
    "native": 1,
    "fluent": 1,
    "C2": 1,
    "C1": 2,
    "good": 2,
    "ICAO Level 5": 2,
    "B2": 3,
    "intermediate": 3,
    "conversational": 3,
    "B1": 4,
    "HSK 3": 4,
    "A2": 5,
    "basic": 5,
}


def _born(person: Person) -> int:  # a birth year that fits the first school
    return min(int(s.start) for s in person.schools) - 18


def extras(person: Person) -> dict[str, Any]:
    """The person-level details the forms ask for: split name, birth, history as events."""
    family, given = split_name(person.name)
    country = person.city.split(", ")[-1]
    born = _born(person)
    edu_rows: list[list[str]] = []
    for s in sorted(person.schools, key=lambda s: s.start):
        edu_rows.append([s.start, "9", f"Entered {s.school}"])
        edu_rows.append([s.end, "6", f"Graduated from {s.school}, {s.degree}"])
    work_rows: list[list[str]] = []
    for j in reversed(person.jobs):
        year, month = _ym(j.start)
        work_rows.append([year, str(month), f"Joined {j.employer} ({j.city}) as {j.role}"])
        if j.end != "Present":
            year, month = _ym(j.end)
            work_rows.append([year, str(month), f"Resigned from {j.employer} for personal reasons"])
    work_rows.append(["", "", "Currently employed"])
    current = person.jobs[0]
    levels = [
        [n, _NIVEL.get(lvl, f"Nivel {lvl}" if lvl[:1] in "ABC" and len(lvl) == 2 else lvl)]
        for n, lvl in person.languages
    ]
    scores = [[n, *[str(_SCORE.get(lvl, 3))] * 3] for n, lvl in person.languages]
    return {
        "family": family,
        "given": given,
        "furigana": person.name.upper(),
        "born": f"{born} (age {2026 - born})",
        "country": country,
        "nationality": _NATIONALITY.get(country, country),
        "edu_rows": edu_rows,
        "work_rows": work_rows,
        "niveles": levels,
        "scores": scores,
        "present": f"{current.role}, {current.employer}",
        "years_firm": str(2026 - int(_ym(current.start)[0])),
    }


TEMPLATES: dict[str, str] = {
    # a JIS-style rirekisho filled in in English: ruled form, one event a row, oldest first
    "rirekisho": """
#set page(margin: (x: 14mm, y: 12mm))
#set text(font: "Libertinus Serif", size: 9.5pt)
#let x = d.x
#let cellstroke = 0.5pt + black
#grid(columns: (1fr, auto), align: (left + bottom, right + bottom),
  text(size: 18pt, tracking: 6pt, weight: "bold", "RIREKISHO"),
  text(size: 9pt, "As of 1 December 2026"))
#v(2pt)
#grid(columns: (1fr, 32mm), column-gutter: 4mm,
  table(columns: (26mm, 1fr), stroke: cellstroke, inset: 5pt,
    text(size: 8pt, "Furigana"), text(size: 8pt, x.furigana),
    [Name], text(size: 16pt, d.name),
    [Date of birth], x.born,
    [Address], d.city,
    [Phone], d.phone,
    [E-mail], d.email),
  box(width: 30mm, height: 40mm, stroke: 0.5pt + luma(120),
    align(center + horizon, text(size: 8pt, fill: luma(110))[Photo \\ 30 × 40 mm])))
#v(6pt)
#let history(rows) = rows.map(r => (r.at(0), r.at(1), r.at(2))).flatten()
#table(columns: (16mm, 12mm, 1fr), stroke: cellstroke, inset: 4pt,
  align: (center, center, left),
  table.header([*Year*], [*Month*], [*#d.h.exp*]),
  [], [], align(center, text(weight: "bold", d.h.edu)),
  ..history(x.edu_rows),
  [], [], align(center, text(weight: "bold", "Work History")),
  ..history(x.work_rows),
  [], [], align(right, "End"))
#v(6pt)
#table(columns: (16mm, 12mm, 1fr), stroke: cellstroke, inset: 4pt,
  align: (center, center, left),
  table.header([*Year*], [*Month*], [*#d.h.certs*]),
  ..d.certs.map(c => ([], [], c)).flatten())
#v(6pt)
#table(columns: (1fr, 1fr), stroke: cellstroke, inset: 5pt,
  table.cell(colspan: 2)[*#d.h.summary / Reason for applying* \\ #d.summary],
  [*#d.h.skills* \\ #d.skills.join(", ")],
  [*#d.h.langs* \\ #d.langs.join(", ")],
  [*Commuting time* \\ approx. 45 minutes],
  [*Dependents (excluding spouse)* \\ 0 (spouse: none)])
#pagebreak()
#text(size: 13pt, weight: "bold", "Details of Duties by Employer")
#v(4pt)
#for e in d.exp {
  block(width: 100%, fill: luma(235), inset: 5pt, below: 4pt,
    grid(columns: (1fr, auto), text(weight: "bold", e.b), e.dates))
  pad(left: 6pt, bullets(e.bullets))
  v(4pt)
}
#align(right, "End")
""",
    # a Spanish CV: photo box, "Datos personales" label lines, every heading in Spanish
    "cv_espanol": """
#set page(margin: (x: 18mm, y: 15mm))
#set text(font: "Libertinus Serif", size: 10pt, lang: "es")
#let x = d.x
#let azul = rgb("#1d4e89")
#let seccion(t) = { v(8pt)
  block(width: 100%, fill: azul, inset: (x: 6pt, y: 4pt), below: 5pt,
    text(fill: white, weight: "bold", tracking: 1pt, upper(t))) }
#align(center, text(size: 20pt, weight: "bold", tracking: 3pt, "CURRICULUM VITAE"))
#v(6pt)
#grid(columns: (1fr, 32mm), column-gutter: 6mm,
  { seccion(d.h.contact)
    grid(columns: (42mm, 1fr), row-gutter: 5pt,
      [Nombre y apellidos:], text(weight: "bold", d.name),
      [Fecha de nacimiento:], x.born.split(" ").at(0),
      [Nacionalidad:], x.nationality,
      [Lugar de residencia:], d.city,
      [Teléfono:], d.phone,
      [Correo electrónico:], d.email,
      [Carné de conducir:], [B]) },
  box(width: 32mm, height: 40mm, stroke: 0.6pt + luma(140),
    align(center + horizon, text(size: 8pt, fill: luma(120), "FOTO"))))
#seccion(d.h.summary)
#d.summary
#seccion(d.h.exp)
#for e in d.exp {
  text(fill: luma(80), style: "italic", e.dates); linebreak()
  text(weight: "bold", e.a + "."); [ ]; e.b
  v(1pt)
  bullets(e.bullets)
  v(3pt)
}
#seccion(d.h.edu)
#for e in d.edu {
  grid(columns: (28mm, 1fr), column-gutter: 3mm, e.dates,
    { text(weight: "bold", e.a + "."); [ ]; e.b })
  v(3pt)
}
#seccion(d.h.langs)
#table(columns: (40mm, 1fr), stroke: 0.4pt + luma(150), inset: 4pt,
  [*Idioma*], [*Nivel*], ..x.niveles.flatten())
#seccion("Informática y " + lower(d.h.skills))
#d.skills.join(" · ")
#if d.certs.len() > 0 { seccion(d.h.certs); bullets(d.certs) }
#seccion("Otros datos de interés")
Disponibilidad para viajar y para incorporación inmediata.
""",
}


def _tender_cv(d: dict[str, Any]) -> bytes:
    """The EuropeAid / development-bank key-expert CV form, field by numbered field."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from tests.intake.resume_set.blind10 import _shade

    x = d["x"]
    h = d["h"]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(11)

    def title(text: str) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(14)

    def field(n: int, label: str, value: str = "") -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(f"{n}.\t{label}").bold = True
        if value:
            p.add_run(f"\t{value}")

    def table(header: list[str], rows: list[list[str]]) -> None:
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
            _shade(cell, "E7E6E6")
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                lines = text.split("\n")
                cell.text = lines[0]
                for more in lines[1:]:
                    cell.add_paragraph(more)

    title("CURRICULUM VITAE")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Proposed role in the project: ").bold = True
    p.add_run(f"Key Expert 1 – {d['headline']}")
    field(1, "Family name:", x["family"].upper())
    field(2, "First names:", x["given"])
    field(3, "Date of birth:", x["born"].split(" ")[0])
    field(4, "Nationality:", x["nationality"])
    field(5, f"{h['contact']}:", f"{d['email']}; tel. {d['phone']}; {d['city']}")
    field(6, f"{h['edu']}:")
    table(
        ["Institution [Date from – Date to]", "Degree(s) or Diploma(s) obtained"],
        [[f"{e['b']}, {e['city']} [{e['dates']}]", e["a"]] for e in d["edu"]],
    )
    field(
        7, f"{h['langs']}:", "Indicate competence on a scale of 1 to 5 (1 – excellent; 5 – basic)"
    )
    table(["Language", "Reading", "Speaking", "Writing"], x["scores"])
    field(8, f"{h['certs']}:", "; ".join(d["certs"]) if d["certs"] else "None")
    field(9, f"{h['skills']} (e.g. computer literacy, etc.):", ", ".join(d["skills"]))
    field(10, "Present position:", x["present"])
    field(11, "Years within the firm:", x["years_firm"])
    field(12, f"{h['summary']}:")
    doc.add_paragraph(d["summary"])
    field(13, "Specific experience in the region:")
    first = d["exp"][-1]["dates"].split(" – ")[0]
    table(["Country", "Date from – Date to"], [[x["country"], f"{first} – present"]])
    field(14, f"{h['exp']}:")
    rows = []
    for e in d["exp"]:
        description = "\n".join(f"{d['bullet']} {b}" for b in e["bullets"])
        rows.append(
            [
                e["dates"],
                f"{e['city']}, {x['country']}",
                f"{e['b']}\nReference: available on request",
                e["a"],
                description,
            ]
        )
    table(
        [
            "Date from – Date to",
            "Location",
            "Company & reference person",
            "Position",
            "Description",
        ],
        rows,
    )
    field(15, "Other relevant information (e.g. publications):", "Driving licence, category B.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_tender_cv": _tender_cv}

_PAGE = 100  # the text's width: a page of A4 as pdftotext -layout spaces it


def _pdftotext(d: dict[str, Any]) -> str:
    """A two-column resume as `pdftotext -layout` gives it: both columns on the same lines."""
    h = d["h"]
    left_width = max(26, len(d["email"])) + 4
    main = _PAGE - left_width

    def wrap(text: str, width: int, indent: str = "") -> list[str]:
        return textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False)

    left: list[str] = [h["contact"].upper(), "", d["email"], d["phone"], d["city"], ""]
    left += [h["skills"].upper(), ""]
    for s in d["skills"]:
        left += wrap(s, left_width - 4)
    left += ["", h["langs"].upper(), ""]
    for lang in d["langs"]:
        left += wrap(lang, left_width - 4, "  ")
    if d["certs"]:
        left += ["", h["certs"].upper(), ""]
        for c in d["certs"]:
            left += wrap(c, left_width - 4, "  ")
            left.append("")
    right: list[str] = [h["summary"].upper(), ""]
    right += wrap(d["summary"], main - 2)
    right += ["", h["exp"].upper(), ""]
    for e in d["exp"]:
        right.append(f"{e['a']}{e['dates']:>{main - 2 - len(e['a'])}}")
        right.append(e["b"])
        for b in e["bullets"]:
            right += wrap(f"{d['bullet']} {b}", main - 4, "  ")
        right.append("")
    right += [h["edu"].upper(), ""]
    for e in d["edu"]:
        right.append(f"{e['a']}{e['dates']:>{max(main - 2 - len(e['a']), len(e['dates']) + 3)}}")
        right.append(e["b"])
        right.append("")
    lines = ["", f"{d['name'].upper():^{_PAGE}}".rstrip(), f"{d['headline']:^{_PAGE}}".rstrip()]
    lines += ["", ""]
    for n in range(max(len(left), len(right))):
        l_part = left[n] if n < len(left) else ""
        r_part = right[n] if n < len(right) else ""
        lines.append(f"{l_part:<{left_width}}{r_part}".rstrip())
    return "\n".join(lines) + "\n\f"


TEXT = {"txt_pdftotext_layout": _pdftotext}
