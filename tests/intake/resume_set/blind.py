"""Formerly blind layouts (group "blind1"): written before the second round of parser work,
never tuned against until the third round, which tuned on them (blind2.py is blind now).

Each differs from every earlier layout (serif small-caps headings with "Employer — Role" and
the place on its own line; a three-column contact header with education in a right sidebar;
compact "Role, Employer, City (2019–2022)" lines under icon headings; a DOCX whose entries are
table rows with role, employer, place and dates in separate cells). Each is rendered for four
people and reported as its own group ("blind1").
"""

from __future__ import annotations

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _years(when: str) -> str:
    """'Mar 2019' -> '2019'; 'Present' stays."""
    return when.split()[-1]


def _job_employer_dash(j: Job) -> _Entry:  # "Employer — Role" / City / dates
    return {"a": f"{j.employer} — {j.role}", "b": j.city, "dates": _dates(j.start, j.end)}


def _school_dash(s: School) -> _Entry:
    return {"a": f"{s.school} — {s.degree}", "b": s.city, "dates": _dates(s.start, s.end)}


def _job_role_then_where(j: Job) -> _Entry:  # role + dates / "Employer · City"
    return {"a": j.role, "b": f"{j.employer} · {j.city}", "dates": _dates(j.start, j.end, " — ")}


def _school_stacked(s: School) -> _Entry:
    return {"a": s.degree, "b": s.school, "dates": _dates(_years(s.start), _years(s.end), "–")}


def _job_compact(j: Job) -> _Entry:  # "Role, Employer, City (2019–2022)"
    years = _dates(_years(j.start), _years(j.end), "–")
    return {"a": f"{j.role}, {j.employer}, {j.city} ({years})", "b": "", "dates": ""}


def _school_compact(s: School) -> _Entry:
    years = _dates(_years(s.start), _years(s.end), "–")
    return {"a": f"{s.degree}, {s.school}, {s.city} ({years})", "b": "", "dates": ""}


def _job_cells(j: Job) -> _Entry:  # DOCX: dates | role | employer | city, one cell each
    return {"cells": [_dates(j.start, j.end), j.role, j.employer, j.city], "a": "", "b": ""}


def _school_cells(s: School) -> _Entry:
    return {"cells": [_dates(s.start, s.end), s.degree, s.school, s.city], "a": "", "b": ""}


BLIND: tuple[Layout, ...] = (
    Layout(
        "smallcaps_employer_first",
        "pdf",
        (
            "Personal Statement",
            "Experience History",
            "Schooling",
            "Capabilities",
            "Languages Spoken",
            "Accreditations",
            "Get in Touch",
        ),
        "◦",
        _job_employer_dash,  # type: ignore[arg-type]
        _school_dash,  # type: ignore[arg-type]
        level=", {}",
    ),
    Layout(
        "header3_sidebar_edu",
        "pdf",
        (
            "About",
            "Work Experience",
            "Education",
            "Expertise",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_role_then_where,  # type: ignore[arg-type]
        _school_stacked,  # type: ignore[arg-type]
        level="({})",
        contact_labels=True,
    ),
    Layout(
        "compact_icons",
        "pdf",
        (
            "Summary",
            "Positions Held",
            "Degrees",
            "Skill Set",
            "Languages",
            "Credentials",
            "Contact",
        ),
        "–",
        _job_compact,  # type: ignore[arg-type]
        _school_compact,  # type: ignore[arg-type]
        level="– {}",
    ),
    Layout(
        "docx_cells",
        "docx",
        (
            "Profile",
            "Employment",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "•",
        _job_cells,  # type: ignore[arg-type]
        _school_cells,  # type: ignore[arg-type]
        level="({})",
    ),
)

TEMPLATES: dict[str, str] = {
    # serif body, small-caps headings; "Employer — Role" bold, the place alone, dates in italics
    "smallcaps_employer_first": """
#set text(font: "Libertinus Serif", size: 10pt)
#let head(t) = { v(7pt); text(size: 12pt, smallcaps(t)); v(-5pt); line(length: 40%, stroke: 0.4pt) }
#let entries(xs) = for e in xs {
  text(weight: "bold", e.a); linebreak()
  e.b; linebreak()
  emph(e.dates); linebreak()
  bullets(e.bullets)
  v(4pt)
}
#align(center, text(size: 22pt, smallcaps(d.name)))
#align(center, emph(d.headline))
#head(d.h.summary)
#d.summary
#head(d.h.exp)
#entries(d.exp)
#head(d.h.edu)
#entries(d.edu)
#head(d.h.skills)
#d.skills.join(" · ")
#head(d.h.langs)
#d.langs.join("; ")
#head(d.h.certs)
#for c in d.certs [#c \\ ]
#head(d.h.contact)
#d.contacts.join(" / ")
""",
    # name, then contact spread over three columns; main column left, right sidebar holds
    # education, skills, languages and certifications
    "header3_sidebar_edu": """
#let entries(xs) = for e in xs {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(size: 8.5pt, e.dates))
  text(fill: luma(70), e.b); linebreak()
  bullets(e.bullets)
  v(3pt)
}
#let side_edu(xs) = for e in xs {
  text(weight: "bold", e.a); linebreak(); e.b; linebreak()
  text(size: 8pt, e.dates); linebreak(); v(2pt)
}
#text(size: 24pt, weight: "bold", d.name) \\
#text(size: 11pt, d.headline)
#v(3pt)
#grid(columns: (1fr, 1fr, 1fr), ..d.contacts.map(c => text(size: 8.5pt, c)))
#line(length: 100%, stroke: 0.6pt)
#grid(columns: (1fr, 55mm), column-gutter: 8mm,
  {
    head(d.h.summary); d.summary
    head(d.h.exp); entries(d.exp)
  },
  block(fill: luma(240), inset: 3mm, width: 100%, {
    spaced(d.h.edu); side_edu(d.edu)
    spaced(d.h.skills); for s in d.skills [#s \\ ]
    spaced(d.h.langs); for l in d.langs [#l \\ ]
    spaced(d.h.certs); for c in d.certs [#c \\ ]
  }))
""",
    # headings after a square icon; every entry on one compact line with years in brackets
    "compact_icons": """
#let ihead(t) = { v(6pt); text(weight: "bold", size: 11pt, fill: rgb("#224488"), [■ #t]); v(1pt) }
#let entries(xs) = for e in xs { text(weight: "bold", e.a); linebreak(); bullets(e.bullets) }
#grid(columns: (1fr, auto), { text(size: 20pt, weight: "bold", d.name); linebreak(); d.headline },
  align(right, for c in d.contacts [#c \\ ]))
#ihead(d.h.summary)
#d.summary
#ihead(d.h.skills)
#d.skills.join(", ")
#ihead(d.h.exp)
#entries(d.exp)
#ihead(d.h.edu)
#entries(d.edu)
#ihead(d.h.certs)
#d.certs.join(" · ")
#ihead(d.h.langs)
#d.langs.join(", ")
""",
}
