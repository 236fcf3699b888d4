"""Twelfth blind group: eight NEW people (personas7.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (welder, sommelier, crane operator, genetic
counsellor, court reporter, tax adviser, locksmith, fitness instructor); three were promoted
inside one employer. The layouts: a DOCX like Word's own resume templates, every field inside
a content control (w:sdt around paragraphs and runs, name and contact lines too), "Heading 1"
sections and "Heading 2" jobs "Role | Employer | dates" with the city below; a PDF exported
from a Notion-like page, emoji-led headings, "Role · Employer · City" then "Mar 2019 → Present"
and skills as inline tags; a PDF that shows an employer once with each role held there under
it (its own dates and bullets), as promoted people write it; and a compact PDF with
apostrophe years ("Jan '19 – Mar '21", "Sept. '16 – pres.", "’14–’18") and "Role – Employer
(City)" on one line. Reported as group "blind12"; read its totals, never its errors, and never
tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School
from tests.intake.resume_set.personas7 import PEOPLE12

_Entry = dict[str, object]

_DOTTED = {"Jun": "June", "Jul": "July", "Sep": "Sept.", "May": "May"}  # the rest take a "."


def _plain(j: Job) -> _Entry:
    return {"role": j.role, "employer": j.employer, "city": j.city, "start": j.start}


def _job_word(j: Job) -> _Entry:  # Heading 2 "Role | Employer | dates", the city below
    return {**_plain(j), "a": f"{j.role} | {j.employer} | {j.start} – {j.end}", "b": j.city}


def _school_word(s: School) -> _Entry:
    return {"a": f"{s.degree} | {s.school} | {s.start} – {s.end}", "b": s.city, "dates": ""}


def _job_notion(j: Job) -> _Entry:  # "**Role** · Employer · City" then "Mar 2019 → Present"
    return {
        **_plain(j),
        "a": j.role,
        "b": f"{j.employer} · {j.city}",
        "dates": f"{j.start} → {j.end}",
    }


def _school_notion(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} · {s.city}", "dates": f"{s.start} → {s.end}"}


def _job_promoted(j: Job) -> _Entry:  # grouped by employer in `extras`
    return {
        **_plain(j),
        "a": j.role,
        "b": f"{j.employer}, {j.city}",
        "dates": f"{j.start} – {j.end}",
    }


def _school_promoted(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _apos(when: str, style: str) -> str:
    """'Jan 2019' as "Jan '19" (straight), "Jan. ’19" (dotted, curly) or "’19" (year only)."""
    if when == "Present":
        return {"straight": "present", "dotted": "pres.", "year": "now"}[style]
    month, _, year = when.rpartition(" ")
    if style == "straight":
        return f"{month} '{year[2:]}" if month else f"'{year[2:]}"
    if style == "dotted" and month:
        return f"{_DOTTED.get(month, month + '.')} ’{year[2:]}"
    return f"’{year[2:]}"


def _apos_range(start: str, end: str, style: str) -> str:
    sep = "–" if style == "year" else " – "
    return f"{_apos(start, style)}{sep}{_apos(end, style)}"


def _job_apos(j: Job) -> _Entry:  # bold role – "Employer (City)"; dates chosen per person
    styles = ("straight", "dotted", "year")
    return {
        **_plain(j),
        "a": j.role,
        "b": f"{j.employer} ({j.city})",
        "ds": {s: _apos_range(j.start, j.end, s) for s in styles},
    }


def _school_apos(s: School) -> _Entry:
    return {
        "a": s.degree,
        "b": f"{s.school} ({s.city})",
        "dates": _apos_range(s.start, s.end, "year"),
    }


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND12: tuple[Layout, ...] = (
    Layout(
        "word_content_controls",
        "docx",
        _h("Profile", "Experience", "Education", "Skills", "Languages", "Certifications", ""),
        "•",
        _job_word,
        _school_word,
        level="({})",
    ),
    Layout(
        "emoji_headings",
        "pdf",
        _h(
            "👋 About",
            "💼 Experience",
            "🎓 Education",
            "🛠 Skills",
            "🌍 Languages",
            "📜 Certifications",
            "📫 Contact",
        ),
        "•",
        _job_notion,
        _school_notion,
        level="— {}",
    ),
    Layout(
        "promotions_one_employer",
        "pdf",
        _h(
            "Professional Profile",
            "Career History",
            "Education",
            "Key Skills",
            "Languages",
            "Qualifications",
            "Contact",
        ),
        "•",
        _job_promoted,
        _school_promoted,
        level="({})",
    ),
    Layout(
        "apostrophe_dates",
        "pdf",
        _h("Summary", "Experience", "Education", "Skills", "Languages", "Certifications", ""),
        "–",
        _job_apos,
        _school_apos,
        level="({})",
    ),
)

# which apostrophe style each person's dates take (the compact layout)
_STYLE = {p.name: ("straight", "dotted", "year")[i % 3] for i, p in enumerate(PEOPLE12)}


def extras(person: Person, data: dict[str, Any]) -> dict[str, Any]:
    """The jobs grouped by employer (consecutive roles at one employer share one heading)."""
    groups: list[dict[str, Any]] = []
    for e in data["exp"]:
        if groups and groups[-1]["employer"] == e.get("employer"):
            groups[-1]["roles"].append(e)
        else:
            groups.append({"employer": e.get("employer"), "city": e.get("city"), "roles": [e]})
    for g in groups:
        g["span"] = f"{g['roles'][-1]['start']} – {g['roles'][0].get('dates', '').split(' – ')[-1]}"
    return {"groups": groups, "style": _STYLE.get(person.name, "straight")}


TEMPLATES: dict[str, str] = {
    # a Notion page exported to PDF: big title, a callout with the contact line, emoji-led
    # headings, entries as "**Role** · Employer · City" with "start → end" in grey below,
    # skills and languages as inline tags two spaces apart
    "emoji_headings": """
#set page(margin: (x: 26mm, y: 20mm))
#set text(font: "Libertinus Serif", size: 10.5pt)
#set par(leading: 0.62em)
#let grey = rgb("#787774")
#let tag(t) = box(fill: rgb("#e9e9e7"), inset: (x: 4pt, y: 2pt), radius: 3pt, text(size: 9.5pt, t))
#let nh(t) = { v(10pt); text(size: 14pt, weight: "bold", t); v(2pt) }
#text(size: 26pt, weight: "bold", d.name)
#v(-4pt)
#text(fill: grey, size: 11pt, d.headline)
#v(4pt)
#block(fill: rgb("#f1f1ef"), inset: 8pt, radius: 4pt, width: 100%,
  [📫 #d.contacts.join("  ·  ")])
#nh(d.h.summary)
#d.summary
#nh(d.h.exp)
#for e in d.exp {
  [*#e.a* · #e.b]
  linebreak()
  text(fill: grey, e.dates)
  v(-2pt)
  bullets(e.bullets)
  v(6pt)
}
#nh(d.h.edu)
#for e in d.edu { [*#e.a* · #e.b]; linebreak(); text(fill: grey, e.dates); v(6pt) }
#nh(d.h.skills)
#d.skills.map(tag).join("  ")
#nh(d.h.langs)
#d.langs.map(tag).join("  ")
#if d.certs.len() > 0 { nh(d.h.certs); bullets(d.certs) }
""",
    # one heading per employer (name, city and the whole span), then each role held there with
    # its own dates and bullets; a person who stayed put has one role under each employer
    "promotions_one_employer": """
#set page(margin: (x: 18mm, y: 16mm))
#set text(font: "New Computer Modern", size: 10pt)
#let x = d.x
#let green = rgb("#1f5f4a")
#let sec(t) = { v(9pt); text(fill: green, weight: "bold", size: 11.5pt, upper(t)); v(-7pt)
  line(length: 100%, stroke: 0.8pt + green); v(2pt) }
#align(center)[
  #text(size: 22pt, weight: "bold", d.name) \\
  #text(size: 11pt, fill: green, d.headline) \\
  #d.contacts.join("  |  ")
]
#sec(d.h.summary)
#d.summary
#sec(d.h.exp)
#for g in x.groups {
  grid(columns: (1fr, auto), text(weight: "bold", size: 11pt, g.employer + ", " + g.city),
    text(fill: luma(90), g.span))
  v(-1pt)
  for r in g.roles {
    pad(left: 8pt, {
      grid(columns: (1fr, auto), text(style: "italic", weight: "bold", r.a),
        text(style: "italic", r.dates))
      v(-2pt)
      bullets(r.bullets)
    })
    v(2pt)
  }
  v(4pt)
}
#sec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.dates)
  e.b; v(3pt)
}
#sec(d.h.skills)
#d.skills.join(" • ")
#sec(d.h.langs)
#d.langs.join(" • ")
#if d.certs.len() > 0 { sec(d.h.certs); bullets(d.certs) }
""",
    # compact: a small-caps name with the contact line beside it, then dense entries with the
    # role bold, " – Employer (City)" after it and apostrophe dates flush right
    "apostrophe_dates": """
#set page(margin: (x: 15mm, y: 12mm))
#set text(font: "Libertinus Serif", size: 9.5pt)
#set par(leading: 0.5em)
#let x = d.x
#let csec(t) = { v(5pt); text(weight: "bold", size: 10pt, smallcaps(t)); v(-6pt)
  line(length: 100%, stroke: 0.4pt); v(0pt) }
#grid(columns: (1fr, auto), align: (left + bottom, right + bottom),
  text(size: 18pt, smallcaps(d.name)), text(size: 9pt, d.contacts.join(" · ")))
#v(-2pt)
#text(style: "italic", d.headline)
#csec(d.h.summary)
#d.summary
#csec(d.h.exp)
#for e in d.exp {
  grid(columns: (1fr, auto), [*#e.a* – #e.b], e.ds.at(x.style))
  v(-3pt)
  bullets(e.bullets)
  v(1pt)
}
#csec(d.h.edu)
#for e in d.edu { grid(columns: (1fr, auto), [*#e.a* – #e.b], e.dates); v(1pt) }
#csec(d.h.skills)
#d.skills.join(", ")
#csec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 { csec(d.h.certs); d.certs.join("; ") }
""",
}


def _word(d: dict[str, Any]) -> bytes:
    """Word's resume template: every field in a content control (w:sdt), Heading 1/2 styles."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.text.paragraph import Paragraph

    doc = Document()
    body = doc.element.body
    ids = iter(range(101, 10_000))

    def props(alias: str) -> Any:
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        tag = OxmlElement("w:tag")
        tag.set(qn("w:val"), alias)
        num = OxmlElement("w:id")
        num.set(qn("w:val"), str(next(ids)))
        pr.extend([a, tag, num])
        return pr

    def block(alias: str, paragraphs: list[Paragraph]) -> None:
        """Move the paragraphs (just added at the end) into one block-level content control."""
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        sdt.extend([props(alias), content])
        paragraphs[0]._p.addprevious(sdt)
        for p in paragraphs:
            content.append(p._p)

    def inline(p: Paragraph, alias: str, text: str) -> None:
        """A run inside an inline content control, as Word's placeholders are."""
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        sdt.extend([props(alias), content])
        run = p.add_run(text)
        run._r.addprevious(sdt)
        content.append(run._r)

    def para(text: str, style: str | None = None, alias: str | None = None) -> Paragraph:
        p = doc.add_paragraph(style=style)
        if alias:
            inline(p, alias, text)
        else:
            p.add_run(text)
        return p

    doc.styles["Normal"].font.size = Pt(10.5)
    title = para(d["name"], "Title", "Your Name")
    block("Name", [title])
    contact = doc.add_paragraph()
    for n, (alias, value) in enumerate(
        zip(("Email", "Phone", "Address"), d["contacts"], strict=True)
    ):
        if n:
            contact.add_run("  |  ")
        inline(contact, alias, value)
    headline = para(d["headline"], "Subtitle", "Headline")
    block("Contact Info", [contact, headline])
    h = d["h"]
    para(h["summary"], "Heading 1", "Profile heading")
    block("Profile", [para(d["summary"])])
    para(h["exp"], "Heading 1", "Experience heading")
    for e in d["exp"]:
        ps = [para(e["a"], "Heading 2", "Job title and company"), para(e["b"], alias="City")]
        ps += [para(b, "List Bullet", "Job details") for b in e["bullets"]]
        block("Experience", ps)
    para(h["edu"], "Heading 1", "Education heading")
    for e in d["edu"]:
        block("Education", [para(e["a"], "Heading 2", "Degree"), para(e["b"], alias="City")])
    para(h["skills"], "Heading 1", "Skills heading")
    block("Skills", [para(s, "List Bullet", "Skill") for s in d["skills"]])
    para(h["langs"], "Heading 1", "Languages heading")
    block("Languages", [para(", ".join(d["langs"]), alias="Languages")])
    if d["certs"]:
        para(h["certs"], "Heading 1", "Certifications heading")
        block("Certifications", [para(c, "List Bullet", "Certification") for c in d["certs"]])
    assert body is doc.element.body
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"word_content_controls": _word}
