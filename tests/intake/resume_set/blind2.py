"""Second blind group: five layouts written before the third round of parser work, never tuned.

Each differs from every earlier layout: a DOCX whose page header holds a name/contact table and
whose body is one two-column table (section names left, content right); a PDF with a right
sidebar of icons, skill bars and level dots; a Europass-like PDF with "Personal information"
and "Dates / Employer / Position" label rows; a one-page PDF with all-caps, widely letter-spaced
headings and upper-case job titles; and a PDF with education first, one-line
"Employer | Role | dates" entries and the contact in the page footer. Reported as group
"blind2"; read its totals, never its errors.
"""

from __future__ import annotations

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _job_fields(j: Job) -> _Entry:  # every field apart; the template places them
    return {
        "a": j.role,
        "b": f"{j.employer} ({j.city})",
        "dates": _dates(j.start, j.end),
        "role": j.role,
        "employer": j.employer,
        "city": j.city,
    }


def _school_fields(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": f"{s.school} ({s.city})",
        "dates": _dates(s.start, s.end),
        "role": s.degree,
        "employer": s.school,
        "city": s.city,
    }


def _job_dates_over(j: Job) -> _Entry:  # dates / Role / Employer, City
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": _dates(j.start, j.end, " — ")}


def _school_dates_over(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _dates(s.start, s.end, " — ")}


def _job_caps(j: Job) -> _Entry:  # ROLE / Employer | City | dates
    return {"a": j.role.upper(), "b": f"{j.employer} | {j.city} | {_dates(j.start, j.end)}"}


def _school_caps(s: School) -> _Entry:
    return {"a": s.degree.upper(), "b": f"{s.school} | {s.city} | {_dates(s.start, s.end)}"}


def _job_employer_pipes(j: Job) -> _Entry:  # "Employer | Role | dates", the city below
    return {"a": f"{j.employer} | {j.role} | {_dates(j.start, j.end, ' – ')}", "b": j.city}


def _school_pipes(s: School) -> _Entry:
    return {"a": f"{s.school} | {s.degree} | {_dates(s.start, s.end, ' – ')}", "b": s.city}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names  # type: ignore[return-value]


BLIND2: tuple[Layout, ...] = (
    Layout(
        "docx_header_grid",
        "docx",
        _h(
            "Summary",
            "Professional Background",
            "Academic History",
            "Competencies",
            "Languages",
            "Licences",
            "Contact",
        ),
        "►",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="– {}",
    ),
    Layout(
        "sidebar_bars_icons",
        "pdf",
        _h(
            "About Me",
            "Career Path",
            "Learning",
            "Toolbox",
            "Languages",
            "Qualifications",
            "Reach Me",
        ),
        "›",
        _job_dates_over,  # type: ignore[arg-type]
        _school_dates_over,  # type: ignore[arg-type]
        level="· {}",
    ),
    Layout(
        "europass",
        "pdf",
        _h(
            "Personal statement",
            "Work experience",
            "Education and training",
            "Job-related skills",
            "Language skills",
            "Additional information",
            "Personal information",
        ),
        "▪",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="({})",
    ),
    Layout(
        "caps_spaced",
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
        "—",
        _job_caps,  # type: ignore[arg-type]
        _school_caps,  # type: ignore[arg-type]
        level="/ {}",
    ),
    Layout(
        "edu_first_footer",
        "pdf",
        _h(
            "In Brief",
            "Where I Have Worked",
            "Study",
            "What I Do Well",
            "Languages I Speak",
            "Certified In",
            "Contact",
        ),
        "•",
        _job_employer_pipes,  # type: ignore[arg-type]
        _school_pipes,  # type: ignore[arg-type]
        level="— {}",
    ),
)

TEMPLATES: dict[str, str] = {
    # main column left; a dark right sidebar with drawn icons before each contact value, a bar
    # under each skill and five dots after each language
    "sidebar_bars_icons": """
#let icon(c) = box(baseline: 2pt, circle(radius: 4pt, fill: white, align(center + horizon,
  text(size: 5pt, fill: rgb("#2b4a6f"), c))))
#let bar(n) = box(width: 100%, height: 3pt, fill: rgb("#8aa4c2"),
  box(width: (60% + n * 8%), height: 3pt, fill: white))
#let shead(t) = { v(8pt); text(fill: white, weight: "bold", size: 10.5pt, t); v(2pt) }
#let entries(xs) = for e in xs {
  text(size: 8pt, fill: luma(100), e.dates); linebreak()
  text(weight: "bold", size: 10.5pt, e.a); linebreak()
  emph(e.b); linebreak()
  bullets(e.bullets)
  v(4pt)
}
#grid(columns: (1fr, 60mm), column-gutter: 7mm,
  {
    text(size: 24pt, weight: "bold", d.name); linebreak()
    text(size: 12pt, fill: rgb("#2b4a6f"), d.headline)
    head(d.h.summary); d.summary
    head(d.h.exp); entries(d.exp)
    head(d.h.edu); entries(d.edu)
  },
  block(fill: rgb("#2b4a6f"), inset: 4mm, width: 100%, text(fill: white, size: 9pt, {
    shead(d.h.contact)
    for (c, v) in ("@", "T", "H").zip(d.contacts) { icon(c); h(4pt); v; linebreak() }
    shead(d.h.skills)
    for (i, s) in d.skills.enumerate() { s; linebreak(); bar(calc.rem(i, 4)); linebreak() }
    shead(d.h.langs)
    for l in d.langs { l; h(1fr); text(size: 7pt, "●●●●○"); linebreak() }
    shead(d.h.certs)
    for c in d.certs { c; linebreak() }
  })))
""",
    # Europass-like: grey labels right-aligned in a left column, values right of them
    "europass": """
#let row(label, value) = grid(columns: (45mm, 1fr), column-gutter: 6mm,
  align(right, text(fill: luma(90), size: 8.5pt, label)), value)
#let ehead(t) = { v(8pt); row(text(weight: "bold", size: 10pt, fill: rgb("#0e4194"), upper(t)),
  line(length: 100%, stroke: 0.4pt + rgb("#0e4194"))); v(2pt) }
#row(text(size: 16pt, fill: rgb("#0e4194"), "Europass"), text(size: 16pt, "Curriculum Vitae"))
#ehead(d.h.contact)
#row("First name(s) / Surname(s)", text(weight: "bold", size: 12pt, d.name))
#row("Address", d.city)
#row("Telephone", d.phone)
#row("E-mail", d.email)
#ehead("Desired employment / Occupational field")
#row("", d.headline)
#ehead(d.h.summary)
#row("", d.summary)
#ehead(d.h.exp)
#for e in d.exp {
  row("Dates", e.dates)
  row("Occupation or position held", text(weight: "bold", e.role))
  row("Main activities and responsibilities", for b in e.bullets [#b \\ ])
  row("Name and address of employer", [#e.employer, #e.city])
  v(5pt)
}
#ehead(d.h.edu)
#for e in d.edu {
  row("Dates", e.dates)
  row("Title of qualification awarded", text(weight: "bold", e.role))
  row("Name and type of organisation providing education and training",
    [#e.employer, #e.city])
  v(5pt)
}
#ehead(d.h.langs)
#row("Mother tongue(s)", d.lang_pairs.at(0).at(0))
#row("Other language(s)", d.lang_pairs.slice(1).map(p => p.at(0) + " (" + p.at(1) + ")")
  .join(", "))
#ehead(d.h.skills)
#row("Technical skills and competences", d.skills.join(", "))
#ehead(d.h.certs)
#row("Certificates", for c in d.certs [#c \\ ])
""",
    # one page; name and headings upper case with wide tracking; job titles in capitals
    "caps_spaced": """
#let chead(t) = {
  v(7pt); text(size: 9pt, weight: "bold", tracking: 5pt, fill: rgb("#a0522d"), upper(t)); v(2pt)
}
#let entries(xs) = for e in xs {
  text(weight: "bold", size: 9pt, tracking: 1pt, e.a); linebreak()
  text(fill: luma(80), e.b); linebreak()
  bullets(e.bullets)
  v(3pt)
}
#align(center, text(size: 22pt, tracking: 6pt, upper(d.name)))
#align(center, text(size: 9pt, tracking: 3pt, upper(d.headline)))
#align(center, text(size: 8.5pt, d.contacts.join("   ◆   ")))
#line(length: 100%, stroke: 0.3pt)
#chead(d.h.summary)
#d.summary
#chead(d.h.exp)
#entries(d.exp)
#chead(d.h.edu)
#entries(d.edu)
#grid(columns: (1fr, 1fr, 1fr), column-gutter: 6mm,
  { chead(d.h.skills); for s in d.skills [#s \\ ] },
  { chead(d.h.langs); for l in d.langs [#l \\ ] },
  { chead(d.h.certs); for c in d.certs [#c \\ ] })
""",
    # education first; "Employer | Role | dates" with the city below; contact in the footer
    "edu_first_footer": """
#set page(footer: align(center, text(size: 8pt, fill: luma(80), d.contacts.join("  ·  "))))
#let entries(xs) = for e in xs {
  text(weight: "bold", e.a); linebreak()
  text(size: 8.5pt, fill: luma(90), e.b); linebreak()
  bullets(e.bullets)
  v(3pt)
}
#text(size: 20pt, weight: "bold", d.name) #h(6pt) #text(size: 12pt, fill: luma(90), d.headline)
#line(length: 100%, stroke: 1pt)
#head(d.h.summary)
#d.summary
#head(d.h.edu)
#entries(d.edu)
#head(d.h.exp)
#entries(d.exp)
#head(d.h.skills)
#grid(columns: (1fr, 1fr), row-gutter: 3pt, ..d.skills.map(s => [• #s]))
#head(d.h.certs)
#for c in d.certs [#c \\ ]
#head(d.h.langs)
#d.langs.join("; ")
""",
}
