"""Third blind group: four layouts written before the fourth round, tuned on from the fifth.

Each differs from every earlier layout: a moderncv-like PDF (years in a grey left column,
"Role, Employer, City" on one line, skills and languages as label rows); a two-page PDF whose
page header repeats the name and e-mail, with "Page n of 2" footers and title-case headings
ending in a colon; a functional DOCX (achievements grouped under skill headings, a short
employment history of one tab-separated line per job at the end); and a DOCX whose body is
one table with the main column left and a shaded sidebar cell right holding the contact
(labels on their own lines), skills and languages, with icon-and-word headings. Reported as
group "blind3"; it was never tuned on through the fourth round (86.6% mean F1 then) and is a
tuning group (seen) from the fifth round on.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _years(when: str) -> str:
    return when.split()[-1]


def _job_cv(j: Job) -> _Entry:  # moderncv: years left; "Role, Employer, City" right
    return {
        "a": j.role,
        "b": j.employer,
        "city": j.city,
        "dates": _dates(_years(j.start), _years(j.end), "–"),
    }


def _school_cv(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": s.school,
        "city": s.city,
        "dates": _dates(_years(s.start), _years(s.end), "–"),
    }


def _job_paged(j: Job) -> _Entry:  # "Employer · City" + dates right / role in italics
    return {"a": f"{j.employer} · {j.city}", "b": j.role, "dates": _dates(j.start, j.end, " to ")}


def _school_paged(s: School) -> _Entry:
    return {"a": f"{s.school} · {s.city}", "b": s.degree, "dates": _dates(s.start, s.end, " to ")}


def _job_fields(j: Job) -> _Entry:  # every field apart; the maker places them
    return {
        "a": j.role,
        "b": j.employer,
        "city": j.city,
        "dates": _dates(j.start, j.end, " – "),
    }


def _school_fields(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": s.school,
        "city": s.city,
        "dates": _dates(s.start, s.end, " – "),
    }


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names  # type: ignore[return-value]


BLIND3: tuple[Layout, ...] = (
    Layout(
        "moderncv",
        "pdf",
        _h(
            "Objective",
            "Work experience",
            "Education",
            "Computer skills",
            "Languages",
            "Extra",
            "Personal data",
        ),
        "•",
        _job_cv,  # type: ignore[arg-type]
        _school_cv,  # type: ignore[arg-type]
        level="{}",
    ),
    Layout(
        "two_page_header",
        "pdf",
        _h(
            "Career Summary:",
            "Work Experience:",
            "Education:",
            "Skills:",
            "Languages:",
            "Certifications:",
            "Contact Details:",
        ),
        "–",
        _job_paged,  # type: ignore[arg-type]
        _school_paged,  # type: ignore[arg-type]
        level="({})",
        contact_labels=True,
    ),
    Layout(
        "docx_functional",
        "docx",
        _h(
            "Profile",
            "Employment History",
            "Education",
            "Key Skills",
            "Languages",
            "Training",
            "Contact",
        ),
        "•",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="- {}",
    ),
    Layout(
        "docx_sidebar_cell",
        "docx",
        _h(
            "◆ About",
            "◆ Experience",
            "◆ Education",
            "◆ Skills",
            "◆ Languages",
            "◆ Certificates",
            "◆ Contact",
        ),
        "▸",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="— {}",
    ),
)

TEMPLATES: dict[str, str] = {
    # moderncv "classic": first name dark and surname grey, contact top right behind symbols,
    # a coloured bar left of each section title, years in a right-aligned grey left column
    "moderncv": """
#let blue = rgb("#3873b3")
#let cvrow(l, r) = grid(columns: (27mm, 1fr), column-gutter: 5mm,
  align(right, text(fill: luma(110), size: 8.5pt, l)), r)
#let csec(t) = { v(9pt); grid(columns: (27mm, 1fr), column-gutter: 5mm,
  box(width: 100%, height: 5pt, fill: blue), text(size: 13pt, fill: blue, t)); v(3pt) }
#let parts = d.name.split(" ")
#grid(columns: (1fr, auto),
  { text(size: 26pt, parts.at(0) + " "); text(size: 26pt, fill: luma(130), parts.slice(1).join(" "))
    linebreak(); text(size: 11pt, style: "italic", fill: luma(110), d.headline) },
  align(right, text(size: 8.5pt, [#d.city \\ ☎ #d.phone \\ ✉ #d.email])))
#csec(d.h.summary)
#cvrow("", d.summary)
#csec(d.h.exp)
#for e in d.exp {
  cvrow(e.dates, { text(weight: "bold", e.a); [, ]; text(style: "italic", e.b); [, ]; e.city
    v(2pt); bullets(e.bullets) })
  v(4pt)
}
#csec(d.h.edu)
#for e in d.edu {
  cvrow(e.dates, { text(weight: "bold", e.a); [, ]; text(style: "italic", e.b); [, ]; e.city })
  v(3pt)
}
#csec(d.h.skills)
#let half = calc.ceil(d.skills.len() / 2)
#cvrow("Main", d.skills.slice(0, half).join(", "))
#cvrow("Other", d.skills.slice(half).join(", "))
#csec(d.h.langs)
#for p in d.lang_pairs { cvrow(p.at(0), text(style: "italic", p.at(1))) }
#if d.certs.len() > 0 {
  csec(d.h.certs)
  for c in d.certs { cvrow("•", c) }
}
""",
    # two pages: the header repeats the name and e-mail, the footer numbers the pages; larger
    # type and a page break before education so every resume runs over
    "two_page_header": """
#set page(
  header: context if counter(page).get().first() > 1 {
    text(size: 8pt, fill: luma(100), [#d.name #h(1fr) #d.email]); line(length: 100%, stroke: 0.3pt)
  },
  footer: context align(center, text(size: 8pt, fill: luma(100),
    [Page #counter(page).display() of #counter(page).final().first()])),
)
#set text(size: 10.5pt)
#let phead(t) = { v(9pt); text(weight: "bold", size: 12pt, fill: rgb("#333366"), t); v(3pt) }
#let entries(xs) = for e in xs {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(size: 9pt, e.dates))
  text(style: "italic", e.b); linebreak()
  bullets(e.bullets)
  v(5pt)
}
#align(center, text(size: 22pt, weight: "bold", d.name))
#align(center, text(size: 11pt, d.headline))
#phead(d.h.contact)
#for c in d.contacts [#c \\ ]
#phead(d.h.summary)
#d.summary
#phead(d.h.exp)
#entries(d.exp)
#pagebreak()
#phead(d.h.edu)
#entries(d.edu)
#phead(d.h.skills)
#d.skills.join(" • ")
#phead(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 {
  phead(d.h.certs)
  for c in d.certs [#c \\ ]
}
""",
}


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _functional(d: dict[str, Any]) -> bytes:
    """Achievements grouped under skill headings; the employment history is one line a job."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(d["headline"])
    doc.add_paragraph(f"E: {d['email']}   T: {d['phone']}   A: {d['city']}")
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 1")
    doc.add_paragraph(d["summary"])
    doc.add_paragraph("Selected Achievements", style="Heading 1")
    bullets = [b for e in d["exp"] for b in e["bullets"]]
    groups = min(3, len(d["skills"]))
    for g in range(groups):
        doc.add_paragraph(d["skills"][g], style="Heading 3")
        for b in bullets[g::groups]:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph(h["skills"], style="Heading 1")
    doc.add_paragraph(", ".join(d["skills"]))
    doc.add_paragraph(h["exp"], style="Heading 1")
    for e in d["exp"]:
        doc.add_paragraph(f"{e['a']}\t{e['b']}, {e['city']}\t{e['dates']}")
    doc.add_paragraph(h["edu"], style="Heading 1")
    for e in d["edu"]:
        doc.add_paragraph(f"{e['a']}\t{e['b']}, {e['city']}\t{e['dates']}")
    if d["certs"]:
        doc.add_paragraph(h["certs"], style="Heading 1")
        for c in d["certs"]:
            doc.add_paragraph(c)
    doc.add_paragraph(h["langs"], style="Heading 1")
    doc.add_paragraph(" | ".join(d["langs"]))
    return _save(doc)


def _sidebar_cell(d: dict[str, Any]) -> bytes:
    """One body table: main column left; a shaded sidebar cell right (contact, skills, ...)."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    main, side = doc.add_table(rows=1, cols=2).rows[0].cells
    side._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:fill="DCE6F0"/>'))
    main.paragraphs[0].add_run(d["name"]).bold = True
    main.add_paragraph(d["headline"])
    h = d["h"]
    main.add_paragraph(h["summary"])
    main.add_paragraph(d["summary"])
    for title, entries in ((h["exp"], d["exp"]), (h["edu"], d["edu"])):
        main.add_paragraph(title)
        for e in entries:
            main.add_paragraph(e["dates"]).runs[0].italic = True
            main.add_paragraph().add_run(e["a"]).bold = True
            main.add_paragraph(f"{e['b']}, {e['city']}")
            for b in e["bullets"]:
                main.add_paragraph(f"{d['bullet']} {b}")
    side.paragraphs[0].text = h["contact"]
    for label, value in (("Mobile", d["phone"]), ("Email", d["email"]), ("Location", d["city"])):
        side.add_paragraph(label).runs[0].bold = True
        side.add_paragraph(value)
    side.add_paragraph(h["skills"])
    for s in d["skills"]:
        side.add_paragraph(s)
    side.add_paragraph(h["langs"])
    for lang in d["langs"]:
        side.add_paragraph(lang)
    if d["certs"]:
        side.add_paragraph(h["certs"])
        for c in d["certs"]:
            side.add_paragraph(c)
    return _save(doc)


DOCX = {"docx_functional": _functional, "docx_sidebar_cell": _sidebar_cell}
