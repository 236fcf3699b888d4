"""Fourth blind group: five layouts written before the fifth round of parser work, never tuned.

Each differs from every earlier layout: an academic CV (appointments with the dates in
brackets at the end of the line, then Publications and Teaching sections between experience
and education); a DOCX whose jobs are rows of a three-column table "dates | employer and
place | role and bullets"; a PDF with a photo placeholder box and the name split over two
lines (first name, then SURNAME); a plain-text-looking monospace PDF with ASCII-underlined
headings and "2019-2022  Role, Employer" entries; and a hybrid resume whose "Key
Achievements" come before the experience. Reported as group "blind4": never tuned on through
the fifth round (91.5% mean F1), a tuning group (seen) from the sixth round on.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _years(when: str) -> str:
    return when.split()[-1]


def _job_academic(j: Job) -> _Entry:  # "Role — Employer, City (dates)"
    return {"a": f"{j.role} — {j.employer}, {j.city} ({_dates(j.start, j.end)})"}


def _school_academic(s: School) -> _Entry:
    return {"a": f"{s.degree} — {s.school}, {s.city} ({_dates(s.start, s.end)})"}


def _job_fields(j: Job) -> _Entry:  # every field apart; the maker places them
    return {"a": j.role, "b": j.employer, "city": j.city, "dates": _dates(j.start, j.end, " – ")}


def _school_fields(s: School) -> _Entry:
    return {"a": s.degree, "b": s.school, "city": s.city, "dates": _dates(s.start, s.end, " – ")}


def _job_plain(j: Job) -> _Entry:  # "2019-2022  Role, Employer" / city below
    years = f"{_years(j.start)}-{_years(j.end)}"
    return {"a": f"{years}  {j.role}, {j.employer}", "b": j.city}


def _school_plain(s: School) -> _Entry:
    years = f"{_years(s.start)}-{_years(s.end)}"
    return {"a": f"{years}  {s.degree}, {s.school}", "b": s.city}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names  # type: ignore[return-value]


BLIND4: tuple[Layout, ...] = (
    Layout(
        "academic_cv",
        "pdf",
        _h(
            "Research Interests",
            "Appointments",
            "Education",
            "Methods and Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "◦",
        _job_academic,  # type: ignore[arg-type]
        _school_academic,  # type: ignore[arg-type]
        level="({})",
    ),
    Layout(
        "docx_three_col",
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
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level=": {}",
    ),
    Layout(
        "photo_split_name",
        "pdf",
        _h(
            "About",
            "Experience",
            "Education",
            "Expertise",
            "Languages",
            "Certificates",
            "Details",
        ),
        "■",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="· {}",
        contact_labels=True,
    ),
    Layout(
        "ascii_plain",
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
        "*",
        _job_plain,  # type: ignore[arg-type]
        _school_plain,  # type: ignore[arg-type]
        level="- {}",
    ),
    Layout(
        "hybrid_achievements",
        "pdf",
        _h(
            "Professional Summary",
            "Professional Experience",
            "Education",
            "Core Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "•",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="({})",
    ),
)

TEMPLATES: dict[str, str] = {
    # an academic CV: centred name, "Role — Employer, City (dates)" lines, publications
    # written from the bullets and a teaching section between appointments and education
    "academic_cv": """
#set text(font: "Libertinus Serif", size: 10pt)
#let asec(t) = { v(8pt); text(size: 11pt, smallcaps(t)); v(-5pt)
  line(length: 100%, stroke: 0.4pt); v(2pt) }
#let surname = d.name.split(" ").last()
#let initial = d.name.first()
#align(center, text(size: 18pt, d.name))
#align(center, [#d.headline \\ #d.email #h(6pt) · #h(6pt) #d.phone #h(6pt) · #h(6pt) #d.city])
#asec(d.h.summary)
#d.summary
#asec(d.h.exp)
#for e in d.exp { par(hanging-indent: 6mm, e.a); bullets(e.bullets); v(3pt) }
#asec("Publications")
#for (i, e) in d.exp.enumerate() {
  let b = e.bullets.at(0)
  let n = "[" + str(i + 1) + "]"
  let issue = str(10 + i) + "(2)"
  let first = 11 * (i + 1)
  par(hanging-indent: 6mm, [#n #surname, #initial. (#(2023 - i)). _#b.trim(".")._
    Proceedings of the Annual Practice Forum, #issue, pp. #first–#(first + 9).])
}
#asec("Teaching")
#for (i, s) in d.skills.slice(0, calc.min(2, d.skills.len())).enumerate() {
  par(hanging-indent: 6mm, [Workshop leader, "#s" (#(6 + 2 * i) sessions), #(2022 - i)])
}
#asec(d.h.edu)
#for e in d.edu { par(hanging-indent: 6mm, e.a); v(2pt) }
#asec(d.h.skills)
#d.skills.join("; ")
#asec(d.h.langs)
#d.langs.join("; ")
#if d.certs.len() > 0 {
  asec(d.h.certs)
  for c in d.certs [#c \\ ]
}
""",
    # a photo placeholder left of the name; first name on one line, the surname in capitals
    # on the next; contact as labelled lines under the headline
    "photo_split_name": """
#let parts = d.name.split(" ")
#let psec(t) = { v(8pt); text(weight: "bold", size: 10.5pt, fill: rgb("#8a2b2b"), t); v(-5pt)
  line(length: 35mm, stroke: 1.2pt + rgb("#8a2b2b")); v(2pt) }
#grid(columns: (30mm, 1fr), column-gutter: 7mm,
  rect(width: 30mm, height: 36mm, stroke: 0.8pt + luma(120),
    align(center + horizon, text(fill: luma(120), size: 8pt, "PHOTO"))),
  { text(size: 22pt, parts.slice(0, -1).join(" ")); linebreak()
    text(size: 24pt, weight: "bold", upper(parts.last())); linebreak()
    text(size: 11pt, fill: luma(90), d.headline); v(4pt)
    for c in d.contacts [#c \\ ] })
#psec(d.h.summary)
#d.summary
#psec(d.h.exp)
#for e in d.exp {
  grid(columns: (1fr, auto), text(weight: "bold", e.b), text(size: 8.5pt, e.dates))
  text(style: "italic", e.a); [ · ]; e.city
  bullets(e.bullets); v(4pt)
}
#psec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", e.b), text(size: 8.5pt, e.dates))
  text(style: "italic", e.a); [ · ]; e.city
  v(4pt)
}
#psec(d.h.skills)
#d.skills.join(" ■ ")
#psec(d.h.langs)
#d.langs.join("   ")
#if d.certs.len() > 0 {
  psec(d.h.certs)
  for c in d.certs [#c \\ ]
}
""",
    # looks like a text file: monospace, headings underlined with "=", entries indented
    "ascii_plain": """
#set text(font: "DejaVu Sans Mono", size: 8.5pt)
#let asec(t) = { v(8pt); upper(t); linebreak(); "=" * t.len(); v(2pt) }
#let ind(body) = pad(left: 14mm, body)
#upper(d.name) \\
#d.headline \\
#d.contacts.join("  |  ")
#asec(d.h.summary)
#d.summary
#asec(d.h.exp)
#for e in d.exp {
  [#e.a \\ ]
  ind([#e.b \\ #for b in e.bullets [#d.bullet #b \\ ]])
  v(3pt)
}
#asec(d.h.edu)
#for e in d.edu { [#e.a \\ ]; ind([#e.b]); v(3pt) }
#asec(d.h.skills)
#d.skills.join(", ")
#asec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 {
  asec(d.h.certs)
  for c in d.certs [#d.bullet #c \\ ]
}
""",
    # hybrid: key achievements (each job's first bullet) before the experience, which keeps
    # the rest of the bullets; name left, contact right
    "hybrid_achievements": """
#let hsec(t) = { v(7pt); block(fill: luma(230), width: 100%, inset: 3pt,
  text(weight: "bold", size: 10.5pt, t)); v(2pt) }
#grid(columns: (1fr, auto),
  { text(size: 20pt, weight: "bold", d.name); linebreak(); text(size: 11pt, d.headline) },
  align(right, text(size: 9pt, d.contacts.join("\\n"))))
#hsec(d.h.summary)
#d.summary
#hsec("Key Achievements")
#bullets(d.exp.map(e => e.bullets.at(0)))
#hsec(d.h.exp)
#for e in d.exp {
  grid(columns: (1fr, auto), [#text(weight: "bold", e.a) | #e.b], text(size: 9pt, e.dates))
  text(size: 9pt, fill: luma(90), e.city)
  bullets(e.bullets.slice(1)); v(4pt)
}
#hsec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), [#text(weight: "bold", e.a) | #e.b], text(size: 9pt, e.dates))
  text(size: 9pt, fill: luma(90), e.city); v(3pt)
}
#hsec(d.h.skills)
#d.skills.join(" · ")
#hsec(d.h.langs)
#d.langs.join(" · ")
#if d.certs.len() > 0 {
  hsec(d.h.certs)
  for c in d.certs [#c \\ ]
}
""",
}


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _three_col(d: dict[str, Any]) -> bytes:
    """Each job a row of a 3-column table: dates | employer and place | role and bullets."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(d["headline"])
    doc.add_paragraph(f"{d['email']} · {d['phone']} · {d['city']}")
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 1")
    doc.add_paragraph(d["summary"])
    for title, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        doc.add_paragraph(title, style="Heading 1")
        table = doc.add_table(rows=0, cols=3)
        for e in entries:
            dates, where, what = table.add_row().cells
            dates.text = e["dates"]
            where.paragraphs[0].add_run(e["b"]).bold = True
            where.add_paragraph(e["city"])
            what.paragraphs[0].add_run(e["a"]).italic = True
            for b in e["bullets"]:
                what.add_paragraph(f"{d['bullet']} {b}")
    doc.add_paragraph(h["skills"], style="Heading 1")
    doc.add_paragraph("; ".join(d["skills"]))
    doc.add_paragraph(h["langs"], style="Heading 1")
    for lang in d["langs"]:
        doc.add_paragraph(lang.replace(" : ", ": "))
    if d["certs"]:
        doc.add_paragraph(h["certs"], style="Heading 1")
        for c in d["certs"]:
            doc.add_paragraph(c, style="List Bullet")
    return _save(doc)


DOCX = {"docx_three_col": _three_col}
