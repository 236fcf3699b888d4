"""Seventh blind group: eight NEW people (personas2.py) in four new layouts, never tuned on.

Every earlier group renders the same sixteen people, so the parser may know their words; these
eight work in professions none of them has. The layouts differ from every earlier one: an
Indeed-style PDF export ("March 2019 to Present", skills with years in brackets, "Languages"
with "- Fluent", certifications with issue dates); a dense one-page PDF where each job is one
line "Role, Employer, City (2019-2022)" with two bullets at most and a two-column bottom
section; an infographic PDF with a coloured sidebar (icon glyphs, skills rated by dots,
languages by percentages and bars) and dates in coloured pills before each role; and an
executive DOCX with name and contact in the page header, "Career Highlights" first, each
employer line followed by an italic company description and the role in bold capitals, and
degrees and certifications under one "Education & Credentials" heading. Reported as group
"blind7"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, School
from tests.intake.resume_set.personas2 import ABOUT, HIGHLIGHTS

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


def _long(when: str) -> str:  # "Mar 2019" -> "March 2019"
    month, _, year = when.partition(" ")
    return f"{_MONTHS[month]} {year}" if year else when


def _numeric(when: str) -> str:  # "Mar 2019" -> "03/2019"
    month, _, year = when.partition(" ")
    return f"{list(_MONTHS).index(month) + 1:02d}/{year}" if year else when


def _year(when: str) -> str:
    return when.split()[-1]


def _job_indeed(j: Job) -> _Entry:  # role / "Employer - City" / "March 2019 to Present"
    dates = f"{_long(j.start)} to {_long(j.end)}"
    return {"a": j.role, "b": f"{j.employer} - {j.city}", "dates": dates, "year": _year(j.start)}


def _school_indeed(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} - {s.city}", "dates": f"{s.start} to {s.end}"}


def _job_oneline(j: Job) -> _Entry:  # "Role, Employer, City (2019-2022)"
    end = j.end if j.end == "Present" else _year(j.end)
    return {"a": f"{j.role}, {j.employer}, {j.city} ({_year(j.start)}-{end})", "b": ""}


def _school_oneline(s: School) -> _Entry:
    return {"a": f"{s.degree}, {s.school}, {s.city} ({s.start}-{s.end})", "b": ""}


def _job_pill(j: Job) -> _Entry:  # dates in a pill, the role, "Employer · City" below
    return {"a": j.role, "b": f"{j.employer} · {j.city}", "dates": _pill(j.start, j.end)}


def _school_pill(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} · {s.city}", "dates": f"{s.start} – {s.end}"}


def _pill(start: str, end: str) -> str:
    return f"{_numeric(start)} – {_numeric(end)}"


def _job_executive(j: Job) -> _Entry:  # employer + city/dates right, description, ROLE
    return {
        "a": j.employer,
        "b": j.role,
        "city": j.city,
        "dates": f"{j.start} – {j.end}",
        "about": ABOUT[j.employer],
    }


def _school_executive(s: School) -> _Entry:
    return {"a": f"{s.degree}, {s.school}, {s.city}", "b": "", "dates": s.end}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND7: tuple[Layout, ...] = (
    Layout(
        "indeed_export",
        "pdf",
        _h(
            "Summary",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications and Licenses",
            "Contact",
        ),
        "•",
        _job_indeed,
        _school_indeed,
        level="- {}",
    ),
    Layout(
        "compact_oneline",
        "pdf",
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
        _job_oneline,
        _school_oneline,
        level="({})",
    ),
    Layout(
        "infographic_dots",
        "pdf",
        _h("About Me", "Experience", "Education", "Skills", "Languages", "Certificates", "Contact"),
        "▸",
        _job_pill,
        _school_pill,
    ),
    Layout(
        "docx_executive",
        "docx",
        _h(
            "Career Highlights",
            "Professional Experience",
            "Education & Credentials",
            "Core Competencies",
            "Languages",
            "Education & Credentials",
            "Contact",
        ),
        "•",
        _job_executive,
        _school_executive,
        level="({})",
    ),
)

TEMPLATES: dict[str, str] = {
    # Indeed's PDF export: name big, city and contact under it, the summary without a heading;
    # entries as role / "Employer - City" / "March 2019 to Present"; skills with years of
    # experience, languages "- Fluent", certifications with issue dates
    "indeed_export": """
#set text(font: "Libertinus Serif", size: 10pt)
#let isec(t) = { v(10pt); text(size: 13pt, weight: "bold", t); v(-6pt)
  line(length: 100%, stroke: 0.4pt + luma(170)); v(2pt) }
#let level = (native: "Fluent", fluent: "Fluent", C2: "Fluent", C1: "Expert", good: "Expert",
  B2: "Intermediate", B1: "Intermediate", intermediate: "Intermediate",
  conversational: "Intermediate", A2: "Beginner", A1: "Beginner", basic: "Beginner")
#let months = ("January", "April", "June", "September", "November")
#text(size: 22pt, weight: "bold", d.name)
#v(-4pt)
#d.city \\
#d.email \\
#d.phone
#v(4pt)
#d.summary

Willing to relocate: Anywhere
#isec(d.h.exp)
#for e in d.exp {
  text(size: 11pt, weight: "bold", e.a); linebreak()
  e.b; linebreak()
  text(fill: luma(90), e.dates)
  bullets(e.bullets); v(4pt)
}
#isec(d.h.edu)
#for e in d.edu {
  text(size: 11pt, weight: "bold", e.a); linebreak()
  e.b; linebreak()
  text(fill: luma(90), e.dates); v(4pt)
}
#isec(d.h.skills)
#for (i, s) in d.skills.enumerate() {
  let n = calc.rem(s.len() + i, 7) + 1
  bullets((s + " (" + str(n) + if n == 1 { " year)" } else { " years)" },))
}
#isec(d.h.langs)
#bullets(d.lang_pairs.map(p => p.at(0) + " - " + level.at(p.at(1))))
#if d.certs.len() > 0 {
  isec(d.h.certs)
  let first = int(d.exp.at(0).year)
  for (i, c) in d.certs.enumerate() {
    text(weight: "bold", c); linebreak()
    text(fill: luma(90), months.at(calc.rem(i, 5)) + " " + str(first - i) + " to Present")
    v(4pt)
  }
}
""",
    # one dense page: each job one line "Role, Employer, City (2019-2022)" with its bullets
    # folded into two at most; skills and languages side by side at the bottom
    "compact_oneline": """
#set page(margin: (x: 10mm, y: 9mm))
#set text(size: 8pt)
#set par(leading: 0.4em)
#let csec(t) = { v(4pt); text(weight: "bold", size: 9pt, fill: rgb("#444444"), upper(t))
  v(-3pt); line(length: 100%, stroke: 0.3pt); v(0pt) }
#let two(xs) = if xs.len() <= 2 { xs } else { (xs.at(0), xs.slice(1).join(" ")) }
#text(size: 14pt, weight: "bold", d.name) #h(6pt) #text(size: 9pt, d.headline)
#linebreak()
#d.contacts.join("  •  ")
#csec(d.h.summary)
#d.summary
#csec(d.h.exp)
#for e in d.exp {
  text(weight: "bold", e.a); linebreak()
  bullets(two(e.bullets))
}
#csec(d.h.edu)
#for e in d.edu { e.a; linebreak() }
#grid(columns: (1fr, 1fr), column-gutter: 8mm,
  { csec(d.h.skills); d.skills.join(", ") },
  { csec(d.h.langs); d.langs.join(", ")
    if d.certs.len() > 0 { csec(d.h.certs); d.certs.join("; ") } })
""",
    # a coloured sidebar: contact behind icon glyphs, skills rated with dots, languages with a
    # percentage and a bar; the right column's entries start with their dates in a pill
    "infographic_dots": """
#set page(margin: 0pt)
#let accent = rgb("#0f6e6e")
#let pct = (native: 100, C2: 95, fluent: 90, C1: 85, good: 75, B2: 70, B1: 60,
  intermediate: 60, conversational: 50, A2: 35, basic: 25, A1: 20)
#let dots(n) = "●" * n + "○" * (5 - n)
#let side(t) = { v(10pt); text(fill: white, weight: "bold", size: 11pt, upper(t)); v(3pt) }
#let main(t) = { v(9pt); text(fill: accent, weight: "bold", size: 12pt, upper(t)); v(2pt) }
#let pill(t) = box(fill: accent, radius: 6pt, inset: (x: 5pt, y: 2.5pt),
  text(fill: white, size: 7.5pt, weight: "bold", t))
#let entries(xs) = for e in xs {
  pill(e.dates); h(5pt); text(weight: "bold", size: 10.5pt, e.a); linebreak()
  text(fill: luma(80), e.b)
  if e.bullets.len() > 0 { bullets(e.bullets) }
  v(5pt)
}
#grid(columns: (64mm, 1fr),
  block(fill: accent, width: 100%, height: 100%, inset: (x: 6mm, y: 12mm),
    text(fill: white, size: 9pt, {
      side(d.h.contact)
      for (icon, c) in ("✉", "☎", "⌂").zip((d.email, d.phone, d.city)) {
        grid(columns: (5mm, 1fr), text(size: 10pt, icon), c); v(2pt)
      }
      side(d.h.skills)
      for (i, s) in d.skills.enumerate() {
        grid(columns: (1fr, auto), s, text(size: 8pt, dots(5 - calc.rem(i, 3)))); v(1pt)
      }
      side(d.h.langs)
      for p in d.lang_pairs {
        let lv = pct.at(p.at(1))
        grid(columns: (1fr, auto), p.at(0), str(lv) + "%")
        box(width: 100%, height: 3pt, fill: rgb("#5fa3a3"),
          box(width: lv * 1%, height: 3pt, fill: white))
        v(3pt)
      }
      if d.certs.len() > 0 {
        side(d.h.certs)
        for c in d.certs { c; v(2pt) }
      }
    })),
  block(inset: (x: 8mm, y: 12mm), {
    text(size: 24pt, weight: "bold", fill: accent, d.name); linebreak()
    text(size: 12pt, tracking: 1pt, upper(d.headline))
    main(d.h.summary); d.summary
    main(d.h.exp); entries(d.exp)
    main(d.h.edu); entries(d.edu)
  }))
""",
}


def _executive(d: dict[str, Any]) -> bytes:
    """Name and contact in the page header; employer lines with a tab stop for city and dates."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    width = Cm(21 - 4)  # A4 less the margins: the right tab stop for city and dates
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    header = section.header
    run = header.paragraphs[0].add_run(d["name"])
    run.bold, run.font.size = True, Pt(20)
    header.add_paragraph(d["headline"]).runs[0].italic = True
    header.add_paragraph(f"{d['city']}  |  {d['phone']}  |  {d['email']}")

    def heading(title: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(title)
        r.bold, r.font.all_caps, r.font.size = True, True, Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    h = d["h"]
    heading(h["summary"])
    doc.add_paragraph(d["summary"])
    for line in HIGHLIGHTS[d["name"]]:
        doc.add_paragraph(line, style="List Bullet")
    heading(h["exp"])
    for e in d["exp"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(e["a"]).bold = True
        p.add_run(f"\t{e['city']}  |  {e['dates']}")
        doc.add_paragraph().add_run(e["about"]).italic = True
        r = doc.add_paragraph().add_run(e["b"])
        r.bold, r.font.all_caps = True, True
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
    heading(h["edu"])
    for e in d["edu"]:
        doc.add_paragraph(f"{e['a']}, {e['dates']}", style="List Bullet")
    for c in d["certs"]:
        doc.add_paragraph(c, style="List Bullet")
    heading(h["skills"])
    doc.add_paragraph("  |  ".join(d["skills"]))
    heading(h["langs"])
    doc.add_paragraph(", ".join(d["langs"]))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_executive": _executive}
