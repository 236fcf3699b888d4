"""Fourteenth blind group: eight NEW people (personas9.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (beekeeper, court interpreter, orthotist,
wind turbine technician, piano tuner, forensic accountant, farrier, hospital chaplain). The
layouts: a timeline PDF (a coloured rule down the left of experience and education, a dot at
each entry, the dates in small spaced capitals above the role, "Employer, City" in italics
below); a chronological PDF written oldest first, as some European and older applicants do
(education from the first school on, then "Employer — City" bold over the role with the
dates right, the current job last, personal details at the end); a hand-typed DOCX whose
every entry is ONE Word paragraph broken by soft returns (Shift+Enter: role and dates on a
right tab stop, "Employer, City", then "–" bullets with a tab), with headings underlined by a
paragraph border; and a plain-text resume with ASCII-art boxes and rules ("+====+" around the
name, "--[ SECTION ]----" heads, "dates<TAB>role" lines with the employer and bullets indented
by tabs). Reported as group "blind14"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]


def _span(start: str, end: str, sep: str) -> str:  # a school of one year shows the year once
    return start if start == end else f"{start}{sep}{end}"


def _job_timeline(j: Job) -> _Entry:  # dates above; role bold; "Employer, City" in italics
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} — {j.end}"}


def _school_timeline(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " — ")}


def _job_oldest(j: Job) -> _Entry:  # "Employer — City" bold, dates right; the role below
    return {"a": f"{j.employer} — {j.city}", "b": j.role, "dates": f"{j.start} - {j.end}"}


def _school_oldest(s: School) -> _Entry:
    return {"a": f"{s.school} — {s.city}", "b": s.degree, "dates": _span(s.start, s.end, " - ")}


def _job_soft(j: Job) -> _Entry:  # role, tab, dates / "Employer, City"
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_soft(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " – ")}


def _job_ascii(j: Job) -> _Entry:  # "Mar 2019 - Present<TAB>Role" / "<TAB><TAB>Employer, City"
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} - {j.end}"}


def _school_ascii(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _span(s.start, s.end, " - ")}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND14: tuple[Layout, ...] = (
    Layout(
        "timeline_rule",
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
        _job_timeline,
        _school_timeline,
        level="— {}",
    ),
    Layout(
        "oldest_first",
        "pdf",
        _h(
            "Personal Profile",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Qualifications",
            "Personal Details",
        ),
        "-",
        _job_oldest,
        _school_oldest,
        level="({})",
        contact_labels=True,
    ),
    Layout(
        "docx_soft_breaks",
        "docx",
        _h(
            "Summary",
            "Employment",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "–",
        _job_soft,
        _school_soft,
        level="- {}",
    ),
    Layout(
        "txt_ascii_boxes",
        "txt",
        _h(
            "Profile",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Contact",
        ),
        "o",
        _job_ascii,
        _school_ascii,
        level="({})",
    ),
)

# what the oldest-first CV gives under "Personal Details" besides the contact
_BORN = {
    "Hemi Tautahi": ("14 March 1988", "New Zealand"),
    "Lucía Fernández Ortega": ("2 July 1991", "Spanish"),
    "Matthias Brandstätter": ("23 January 1992", "German"),
    "Rasmus Kjærgaard": ("9 October 1989", "Danish"),
    "Kenji Watanabe": ("30 May 1990", "Japanese"),
    "Thandiwe Mokoena": ("17 August 1990", "South African"),
    "Dafydd Morgan": ("5 December 1996", "British"),
    "Grace Njeri Ndungu": ("11 April 1986", "Canadian, Kenyan"),
}


def extras(person: Person) -> dict[str, Any]:
    """Date of birth, nationality and a driving licence: no label names them."""
    born, nationality = _BORN[person.name]
    return {"born": born, "nationality": nationality, "licence": "Full, clean driving licence"}


TEMPLATES: dict[str, str] = {
    # one column; experience and education hang on a coloured rule with a dot per entry and
    # the dates in small spaced capitals above the role
    "timeline_rule": """
#set page(margin: (x: 18mm, y: 15mm))
#set text(font: "New Computer Modern", size: 10pt)
#let accent = rgb("#c0392b")
#let sec(t) = { v(9pt); text(fill: accent, weight: "bold", size: 12pt, t); v(6pt) }
#let tl(e) = block(stroke: (left: 1.2pt + accent), inset: (left: 12pt, bottom: 8pt),
  above: 0pt, below: 0pt, {
    place(dx: -15.6pt, dy: 0.5pt, circle(radius: 3pt, fill: accent))
    text(fill: accent, size: 7.5pt, weight: "bold", tracking: 1pt, upper(e.dates))
    linebreak()
    text(weight: "bold", size: 10.5pt, e.a); linebreak()
    text(style: "italic", fill: luma(70), e.b)
    if e.bullets.len() > 0 { v(-2pt); bullets(e.bullets) }
  })
#align(center)[
  #text(size: 24pt, weight: "bold", d.name) \\
  #text(size: 11pt, fill: accent, d.headline) \\
  #v(2pt)
  #d.contacts.join("  •  ")
]
#line(length: 100%, stroke: 0.4pt + luma(160))
#sec(d.h.summary)
#d.summary
#sec(d.h.exp)
#for e in d.exp { tl(e) }
#sec(d.h.edu)
#for e in d.edu { tl(e) }
#grid(columns: (1fr, 1fr), column-gutter: 10mm,
  { sec(d.h.skills); bullets(d.skills) },
  { sec(d.h.langs); for l in d.langs { l; linebreak() }
    if d.certs.len() > 0 { sec(d.h.certs); bullets(d.certs) } })
""",
    # chronological: the first school first and the current job last; personal details at
    # the end with date of birth and nationality, as European CVs of some years ago did
    "oldest_first": """
#set page(margin: (x: 22mm, y: 18mm))
#set text(font: "Libertinus Serif", size: 10.5pt)
#let sec(t) = { v(10pt); text(weight: "bold", size: 12pt, upper(t)); v(-5pt)
  line(length: 100%, stroke: 1pt); v(1pt) }
#let entry(e) = {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(style: "italic", e.dates))
  v(-3pt); e.b
  if e.bullets.len() > 0 { v(-3pt); bullets(e.bullets) }
  v(4pt)
}
#text(size: 20pt, weight: "bold", d.name) #h(1fr) #text(size: 11pt, d.headline)
#line(length: 100%, stroke: 0.4pt)
#sec(d.h.summary)
#d.summary
#sec(d.h.edu)
#for e in d.edu.rev() { entry(e) }
#sec(d.h.exp)
#for e in d.exp.rev() { entry(e) }
#sec(d.h.skills)
#d.skills.join(", ")
#sec(d.h.langs)
#d.langs.join(", ")
#if d.certs.len() > 0 { sec(d.h.certs); for c in d.certs.rev() { c; linebreak() } }
#block(breakable: false)[#sec(d.h.contact)
#grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 5pt,
  ..d.contacts.map(c => c.split(": ")).map(p => (p.at(0) + ":", p.at(1))).flatten(),
  "Date of birth:", d.x.born, "Nationality:", d.x.nationality,
  "Driving licence:", d.x.licence)]
""",
}


def _bottom_border(paragraph: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    border = (
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
        'w:color="444444"/></w:pBdr>'
    )
    paragraph._p.get_or_add_pPr().append(parse_xml(border))


def _soft_breaks(d: dict[str, Any]) -> bytes:
    """Typed by hand: every entry one paragraph of soft returns, dates on a right tab stop."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(10.5)
    right = Cm(16.6)

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text.upper())
        r.bold, r.font.size = True, Pt(11.5)
        _bottom_border(p)

    def lines(parts: list[tuple[str, bool]]) -> Any:
        """One paragraph; each part a line after a soft return (w:br), bold or not."""
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
        for n, (text, bold) in enumerate(parts):
            if n:
                p.runs[-1].add_break()
            for k, piece in enumerate(text.split("\t")):
                r = p.add_run(piece if k == 0 else f"\t{piece}")
                r.bold = bold and k == 0
        return p

    name = doc.add_paragraph()
    r = name.add_run(d["name"])
    r.bold, r.font.size = True, Pt(18)
    name.add_run().add_break()
    name.add_run(d["headline"]).italic = True
    lines([(f"{d['email']}  •  {d['phone']}  •  {d['city']}", False)])
    h = d["h"]
    heading(h["summary"])
    lines([(d["summary"], False)])
    for key in ("exp", "edu"):
        heading(h[key])
        for e in d[key]:
            parts = [(f"{e['a']}\t{e['dates']}", True), (e["b"], False)]
            parts += [(f"{d['bullet']}\t{b}", False) for b in e["bullets"]]
            lines(parts)
    heading(h["skills"])
    lines([(f"{d['bullet']}\t{s}", False) for s in d["skills"]])
    heading(h["langs"])
    lines([(lang, False) for lang in d["langs"]])
    if d["certs"]:
        heading(h["certs"])
        lines([(c, False) for c in d["certs"]])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"docx_soft_breaks": _soft_breaks}

_WIDTH = 66


def _box(*rows: str) -> list[str]:
    edge = "+" + "=" * (_WIDTH - 2) + "+"
    return [edge, *(f"|  {r:<{_WIDTH - 4}}|" for r in rows), edge]


def _rule(title: str) -> list[str]:
    head = f"--[ {title.upper()} ]"
    return ["", head + "-" * (_WIDTH - len(head)), ""]


def _wrapped(text: str, indent: str, first: str = "") -> list[str]:
    import textwrap

    return textwrap.wrap(
        text,
        60,
        initial_indent=first or indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def _ascii_boxes(d: dict[str, Any]) -> str:
    """A README-like text file: the name boxed, "--[ HEAD ]---" rules, tab-indented entries."""
    h = d["h"]
    lines = _box(d["name"].upper(), d["headline"])
    lines += [
        f"  e-mail : {d['email']}",
        f"  phone  : {d['phone']}",
        f"  city   : {d['city']}",
    ]
    lines += _rule(h["summary"]) + _wrapped(d["summary"], "  ")
    for key in ("exp", "edu"):
        lines += _rule(h[key])
        for e in d[key]:
            lines += [f"{e['dates']}\t{e['a']}", f"\t\t{e['b']}"]
            for b in e["bullets"]:
                lines += _wrapped(b, "\t\t  ", f"\t\t{d['bullet']} ")
            lines.append("")
    lines += _rule(h["skills"])
    lines += [f"  * {s}" for s in d["skills"]]
    lines += _rule(h["langs"])
    lines += [f"  * {lang}" for lang in d["langs"]]
    if d["certs"]:
        lines += _rule(h["certs"])
        lines += [f"  * {c}" for c in d["certs"]]
    lines += ["", "-" * _WIDTH, "  References available on request.", ""]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


TEXT = {"txt_ascii_boxes": _ascii_boxes}
