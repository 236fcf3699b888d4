"""Fifth blind group: four layouts written before the sixth round of parser work, never tuned.

Each differs from every earlier layout: a Typst resume under a coloured header band (name and
headline left, contact right) whose entries put the role in bold with "Employer · City ·
2019 – 2022" below; a DOCX with Word "Heading 1" headings whose jobs are bulleted lists led by
"Role at Employer (2019–2022)"; a PDF whose experience is a numbered list; and a British-style
CV with a postal address block, "Interests" and "Referees" sections. Reported as group
"blind5"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout, _dates
from tests.intake.resume_set.personas import Job, School

_Entry = dict[str, object]


def _years(when: str) -> str:
    return when.split()[-1]


def _job_fields(j: Job) -> _Entry:  # every field apart; the maker places them
    return {"a": j.role, "b": j.employer, "city": j.city, "dates": _dates(j.start, j.end, " – ")}


def _school_fields(s: School) -> _Entry:
    return {"a": s.degree, "b": s.school, "city": s.city, "dates": _dates(s.start, s.end, " – ")}


def _job_at(j: Job) -> _Entry:  # "Role at Employer (2019–2022)", the city apart
    return {"a": f"{j.role} at {j.employer} ({_years(j.start)}–{_years(j.end)})", "b": j.city}


def _school_at(s: School) -> _Entry:
    return {"a": f"{s.degree}, {s.school} ({_years(s.start)}–{_years(s.end)})", "b": s.city}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names  # type: ignore[return-value]


BLIND5: tuple[Layout, ...] = (
    Layout(
        "header_band",
        "pdf",
        _h(
            "Profile", "Work History", "Education", "Toolkit", "Languages", "Credentials", "Contact"
        ),
        "–",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="— {}",
    ),
    Layout(
        "docx_heading_bullets",
        "docx",
        _h(
            "Summary",
            "Employment",
            "Education and Training",
            "Skills",
            "Languages",
            "Licences and Certifications",
            "Contact",
        ),
        "•",
        _job_at,  # type: ignore[arg-type]
        _school_at,  # type: ignore[arg-type]
        level="({})",
    ),
    Layout(
        "numbered_exp",
        "pdf",
        _h(
            "Overview",
            "Career History",
            "Qualifications",
            "Competencies",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "›",
        _job_fields,  # type: ignore[arg-type]
        _school_fields,  # type: ignore[arg-type]
        level="({})",
    ),
    Layout(
        "referees_cv",
        "pdf",
        _h(
            "Personal Statement",
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
)

TEMPLATES: dict[str, str] = {
    # a coloured band across the top: name and headline left, contact right; below it the role
    # in bold with "Employer · City · dates" on the next line
    "header_band": """
#block(fill: rgb("#1f4e79"), width: 100%, inset: (x: 8pt, y: 10pt),
  grid(columns: (1fr, auto), column-gutter: 10pt,
    { text(size: 20pt, weight: "bold", fill: white, d.name); linebreak()
      text(size: 11pt, fill: rgb("#dce6f2"), d.headline) },
    align(right, text(size: 8.5pt, fill: white, d.contacts.join("\\n")))))
#let bsec(t) = { v(7pt); text(weight: "bold", size: 11pt, fill: rgb("#1f4e79"), upper(t)); v(2pt) }
#bsec(d.h.summary)
#d.summary
#bsec(d.h.exp)
#for e in d.exp {
  text(weight: "bold", e.a); linebreak()
  text(size: 9pt, fill: luma(80), [#e.b · #e.city · #e.dates])
  bullets(e.bullets); v(4pt)
}
#bsec(d.h.edu)
#for e in d.edu {
  text(weight: "bold", e.a); linebreak()
  text(size: 9pt, fill: luma(80), [#e.b · #e.city · #e.dates]); v(4pt)
}
#bsec(d.h.skills)
#d.skills.join(", ")
#bsec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 {
  bsec(d.h.certs)
  for c in d.certs [#c \\ ]
}
""",
    # experience as a numbered list: "1. Role, Employer" then "City | dates", then bullets
    "numbered_exp": """
#let nsec(t) = { v(8pt); text(weight: "bold", size: 11pt, t); v(-5pt)
  line(length: 100%, stroke: 1pt); v(2pt) }
#text(size: 18pt, weight: "bold", d.name) \\
#text(size: 10.5pt, d.headline) \\
#text(size: 9pt, d.contacts.join(" / "))
#nsec(d.h.summary)
#d.summary
#nsec(d.h.exp)
#for (i, e) in d.exp.enumerate() {
  grid(columns: (6mm, 1fr),
    text(weight: "bold", str(i + 1) + "."),
    { text(weight: "bold", [#e.a, #e.b]); linebreak()
      text(size: 9pt, [#e.city | #e.dates]); bullets(e.bullets) })
  v(3pt)
}
#nsec(d.h.edu)
#for (i, e) in d.edu.enumerate() {
  grid(columns: (6mm, 1fr), str(i + 1) + ".",
    { text(weight: "bold", [#e.a, #e.b]); linebreak(); text(size: 9pt, [#e.city | #e.dates]) })
  v(3pt)
}
#nsec(d.h.skills)
#d.skills.join(" · ")
#nsec(d.h.langs)
#d.langs.join(" · ")
#if d.certs.len() > 0 {
  nsec(d.h.certs)
  enum(..d.certs)
}
""",
    # British CV: name, a postal address block, employer-first entries, then Interests and
    # Referees sections after the credentials
    "referees_cv": """
#set text(font: "Libertinus Serif", size: 10pt)
#let rsec(t) = { v(8pt); text(weight: "bold", size: 11.5pt, t); v(2pt) }
#align(center, text(size: 18pt, weight: "bold", d.name))
#align(center, text(size: 10pt, style: "italic", d.headline))
#v(4pt)
#grid(columns: (1fr, 1fr),
  [14 Station Road \\ #d.city \\ United Kingdom],
  align(right, [#d.email \\ #d.phone]))
#rsec(d.h.summary)
#d.summary
#rsec(d.h.exp)
#for e in d.exp {
  grid(columns: (1fr, auto), text(weight: "bold", [#e.b, #e.city]), e.dates)
  text(style: "italic", e.a)
  bullets(e.bullets); v(4pt)
}
#rsec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", [#e.b, #e.city]), e.dates)
  text(style: "italic", e.a); v(3pt)
}
#rsec(d.h.skills)
#d.skills.join(", ")
#rsec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 {
  rsec(d.h.certs)
  bullets(d.certs)
}
#rsec("Interests")
Fell running, community choir and restoring old bicycles.
#rsec("Referees")
#grid(columns: (1fr, 1fr),
  [Margaret Hollis \\ Former line manager \\ m.hollis\\@example.org],
  [Owen Prichard \\ Course tutor \\ Available on request])
""",
}


def _save(doc: Any) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _heading_bullets(d: dict[str, Any]) -> bytes:
    """Word "Heading 1" sections; each job a bulleted list led by "Role at Employer (years)"."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(d["name"], style="Title")
    doc.add_paragraph(d["headline"], style="Subtitle")
    doc.add_paragraph(f"{d['email']} | {d['phone']} | {d['city']}")
    h = d["h"]
    doc.add_paragraph(h["summary"], style="Heading 1")
    doc.add_paragraph(d["summary"])
    doc.add_paragraph(h["exp"], style="Heading 1")
    for e in d["exp"]:
        doc.add_paragraph(e["a"], style="List Bullet").runs[0].bold = True
        doc.add_paragraph(e["b"], style="List Bullet 2")
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet 2")
    doc.add_paragraph(h["edu"], style="Heading 1")
    for e in d["edu"]:
        doc.add_paragraph(e["a"], style="List Bullet").runs[0].bold = True
        doc.add_paragraph(e["b"], style="List Bullet 2")
    doc.add_paragraph(h["skills"], style="Heading 1")
    doc.add_paragraph(", ".join(d["skills"]))
    doc.add_paragraph(h["langs"], style="Heading 1")
    doc.add_paragraph(", ".join(d["langs"]))
    if d["certs"]:
        doc.add_paragraph(h["certs"], style="Heading 1")
        for c in d["certs"]:
            doc.add_paragraph(c, style="List Bullet")
    return _save(doc)


DOCX = {"docx_heading_bullets": _heading_bullets}
