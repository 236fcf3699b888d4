"""Eleventh blind group: eight NEW people (personas6.py) in four new layouts, never tuned on.

The people work in professions no earlier group has (security manager and army veteran,
occupational therapist, translator, journalist, agronomist, actuary, barber, procurement
officer). The layouts: a minimal PDF with no section headings at all (bold role lines with the
employer and dates in grey on the same line, then "Skills — ..." and "Languages — ..." lines);
a DOCX with bilingual headings ("Experience / Expérience") as Canadian and Swiss applicants
write them, "Employer, City" bold with dates on a right tab stop and the role in italics; a
veteran's PDF with "Military Experience" (role, rank, "United States Army", base, duties) then
"Civilian Experience" and a "Security Clearance: Secret (active)" line under the name, where a
non-veteran has "Volunteer Experience" instead; and a PDF whose experience holds a career break
with dates and no employer (not a job), then "Volunteering" and "Professional Development"
(courses with providers and years; only the ground truth's certifications are labelled).
Reported as group "blind11"; read its totals, never its errors, and never tune on it.
"""

from __future__ import annotations

import io
from typing import Any

from tests.intake.resume_set.blind7 import _numeric
from tests.intake.resume_set.generate import Layout
from tests.intake.resume_set.personas import Job, Person, School

_Entry = dict[str, object]
ARMY = "United States Army"


def _job_minimal(j: Job) -> _Entry:  # bold role, then "Employer, City · dates" in grey
    return {"a": j.role, "b": f"{j.employer}, {j.city}", "dates": f"{j.start} – {j.end}"}


def _school_minimal(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} – {s.end}"}


def _job_bilingual(j: Job) -> _Entry:  # "Employer, City" bold + tab + dates; role in italics
    end = j.end if j.end == "Present" else _numeric(j.end)
    return {"a": f"{j.employer}, {j.city}", "b": j.role, "dates": f"{_numeric(j.start)} – {end}"}


def _school_bilingual(s: School) -> _Entry:
    return {"a": f"{s.school}, {s.city}", "b": s.degree, "dates": f"{s.start} – {s.end}"}


def _job_military(j: Job) -> _Entry:  # role bold / "Employer | City" with dates right
    return {
        "a": j.role,
        "b": f"{j.employer} | {j.city}",
        "dates": f"{j.start} – {j.end}",
        "mil": j.employer == ARMY,
    }


def _school_military(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school} | {s.city}", "dates": s.end}


def _job_break(j: Job) -> _Entry:  # role — employer on one line, city and dates below
    return {"a": f"{j.role} — {j.employer}", "b": j.city, "dates": f"{j.start} to {j.end}"}


def _school_break(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": f"{s.start} to {s.end}"}


def _h(*names: str) -> tuple[str, str, str, str, str, str, str]:
    assert len(names) == 7
    return names


BLIND11: tuple[Layout, ...] = (
    Layout(
        "no_headings_minimal",
        "pdf",
        _h("", "", "", "Skills", "Languages", "Certifications", ""),
        "–",
        _job_minimal,
        _school_minimal,
        level="({})",
    ),
    Layout(
        "bilingual_headings_docx",
        "docx",
        _h(
            "Profile / Profil",
            "Experience / Expérience",
            "Education / Formation",
            "Skills / Compétences",
            "Languages / Langues",
            "Certifications / Certificats",
            "Contact / Coordonnées",
        ),
        "•",
        _job_bilingual,
        _school_bilingual,
        level="({})",
    ),
    Layout(
        "military_transition",
        "pdf",
        _h(
            "Professional Summary",
            "Civilian Experience",
            "Education",
            "Core Skills",
            "Languages",
            "Certifications & Training",
            "Contact",
        ),
        "■",
        _job_military,
        _school_military,
        level="- {}",
    ),
    Layout(
        "career_break",
        "pdf",
        _h(
            "Profile",
            "Experience",
            "Education",
            "Skills",
            "Languages",
            "Professional Development",
            "Contact",
        ),
        "•",
        _job_break,
        _school_break,
        level="({})",
    ),
)

# what the layouts show beyond the ground truth: rank and clearance, volunteering, a career
# break between two jobs, courses with providers, where each certification came from
_RANK = {"Travis O'Neill": "Staff Sergeant (E-6)"}
_VOLUNTEER = {
    "Marie-Ève Gagnon": ("Volunteer Coach", "Special Olympics Québec", "2017 – Present"),
    "Luca Bernasconi": ("Volunteer Interpreter", "Swiss Red Cross, Lausanne", "2019 – Present"),
    "Travis O'Neill": ("Mentor", "Hire Heroes USA", "2018 – Present"),
    "Funmilayo Adeyemi": ("Media Trainer", "Lagos Girls in Tech Initiative", "2019 – 2022"),
    "Mateo Herrera Quispe": ("Volunteer Adviser", "Red de Huertos Urbanos, Lima", "2015 – 2016"),
    "Kwame Asante": ("Maths Tutor", "The Access Project, London", "2017 – Present"),
    "Emre Yıldız": ("Volunteer Barber", "Mustard Tree homeless charity", "2019 – Present"),
    "Wanjiku Njoroge": ("Treasurer", "Kiambu Women's Savings Group", "2015 – Present"),
}
_DUTIES = {
    "Luca Bernasconi": "Interpret for asylum seekers at medical and legal appointments.",
    "Kwame Asante": "Tutor sixth-form students from state schools in A-level mathematics.",
    "Emre Yıldız": "Give free haircuts at a monthly drop-in for people sleeping rough.",
    "Travis O'Neill": "Coach transitioning soldiers on civilian CVs and interviews.",
    "Funmilayo Adeyemi": "Taught interviewing and smartphone video to school leavers.",
    "Wanjiku Njoroge": "Keep the group's books and lend to members' small businesses.",
    "Marie-Ève Gagnon": "Coach a swimming team of athletes with intellectual disabilities.",
    "Mateo Herrera Quispe": "Advised community gardens on composting and seed saving.",
}
# (title, dates, note, index in the jobs list the break sits before)
_BREAK = {
    "Travis O'Neill": (
        "Career break - caring for a family member",
        "Sep 2016 to Jun 2017",
        "Full-time carer for my father after a stroke; completed my degree part-time.",
        2,
    ),
    "Funmilayo Adeyemi": (
        "Career break - caring for a family member",
        "Jul 2020 to Aug 2021",
        "Cared for my mother through cancer treatment; wrote freelance op-eds.",
        1,
    ),
    "Emre Yıldız": (
        "Career break - caring for a family member",
        "Apr 2021 to Jan 2022",
        "Looked after my son during a long illness and planned my own shop.",
        1,
    ),
    "Wanjiku Njoroge": (
        "Career break - caring for a family member",
        "Nov 2019 to Dec 2020",
        "Cared for my elderly parents in Nyeri.",
        1,
    ),
}
_SOURCE = {  # certification -> (provider, year)
    "Certified Protection Professional (CPP)": ("ASIS International", "2019"),
    "NC Armed Guard License": ("NC Private Protective Services Board", "2017"),
    "MCIPS Chartered Procurement and Supply Professional": ("CIPS", "2018"),
    "Chartered Linguist (CIOL)": ("Chartered Institute of Linguists", "2016"),
    "ASTTI Member": ("ASTTI", "2014"),
    "Fellow of the Institute and Faculty of Actuaries (FIA)": ("IFoA", "2020"),
    "Certified Crop Adviser (CCA)": ("American Society of Agronomy", "2018"),
    "OEQ Licensed Occupational Therapist": ("Ordre des ergothérapeutes du Québec", "2015"),
}
_COURSES = {  # courses taken, never certifications in the ground truth
    "Travis O'Neill": (("Workplace Violence Prevention", "FEMA Emergency Management", "2021"),),
    "Funmilayo Adeyemi": (
        ("Digital Security for Journalists", "Committee to Protect Journalists", "2021"),
        ("Open Source Investigation", "Bellingcat", "2022"),
    ),
    "Emre Yıldız": (("Advanced Colour Techniques", "Wahl Academy", "2020"),),
    "Wanjiku Njoroge": (("Negotiation Skills Workshop", "Strathmore Business School", "2020"),),
}


def extras(person: Person) -> dict[str, Any]:
    """Person-level details the blind11 layouts show and no label names."""
    role, org, when = _VOLUNTEER[person.name]
    brk = _BREAK.get(person.name)
    return {
        "veteran": person.name in _RANK,
        "rank": _RANK.get(person.name, ""),
        "volunteer": [{"a": role, "b": org, "dates": when, "duty": _DUTIES[person.name]}],
        "pause": None
        if brk is None
        else {"a": brk[0], "dates": brk[1], "note": brk[2], "at": brk[3]},
        "dev": [{"a": c, "b": _SOURCE[c][0], "year": _SOURCE[c][1]} for c in person.certifications]
        + [{"a": c, "b": p, "year": y} for c, p, y in _COURSES.get(person.name, ())],
    }


TEMPLATES: dict[str, str] = {
    # nothing but white space between the parts: name, contact line, summary, then entries with
    # the role bold and "Employer, City · dates" in grey on the same line, then the schools,
    # then one line each for skills, languages and certifications
    "no_headings_minimal": """
#set page(margin: (x: 24mm, y: 22mm))
#set text(font: "New Computer Modern", size: 10.5pt)
#set par(leading: 0.6em)
#let grey = rgb("#7a7a7a")
#let line1(e) = { text(weight: "bold", e.a); h(8pt); text(fill: grey, e.b + " · " + e.dates) }
#text(size: 20pt, d.name)
#v(-6pt)
#text(fill: grey, d.contacts.join("   ·   "))
#v(12pt)
#d.summary
#v(14pt)
#for e in d.exp {
  line1(e)
  v(-2pt)
  bullets(e.bullets)
  v(8pt)
}
#v(6pt)
#for e in d.edu { line1(e); v(4pt) }
#v(12pt)
#d.h.skills — #d.skills.join(", ")

#d.h.langs — #d.langs.join(", ")
#if d.certs.len() > 0 [

  #d.h.certs — #d.certs.join("; ")
]
""",
    # a veteran's CV: a clearance line under the name, "Military Experience" (role and rank,
    # the Army, base, dates, duties) before "Civilian Experience"; without service the same
    # template carries "Volunteer Experience" in that place
    "military_transition": """
#set page(margin: (x: 16mm, y: 14mm))
#set text(font: "Libertinus Serif", size: 10pt)
#let x = d.x
#let navy = rgb("#1b2a49")
#let msec(t) = { v(8pt); block(fill: navy, width: 100%, inset: (x: 5pt, y: 4pt),
  text(fill: white, weight: "bold", size: 10.5pt, tracking: 1pt, upper(t))); v(2pt) }
#let entry(e, extra) = {
  grid(columns: (1fr, auto), text(weight: "bold", size: 10.5pt, e.a) + extra,
    text(style: "italic", e.dates))
  text(fill: luma(70), e.b); v(-2pt)
  bullets(e.bullets); v(4pt)
}
#align(center)[
  #text(size: 22pt, weight: "bold", fill: navy, tracking: 0.5pt, d.name) \\
  #text(size: 11pt, d.headline) \\
  #d.contacts.join("  |  ")
  #if x.veteran [ \\ #text(weight: "bold", "Security Clearance: Secret (active)") ]
]
#msec(d.h.summary)
#d.summary
#if x.veteran {
  msec("Military Experience")
  for e in d.exp.filter(e => e.mil) { entry(e, text(weight: "regular", ", " + x.rank)) }
} else {
  msec("Volunteer Experience")
  for w in x.volunteer {
    grid(columns: (1fr, auto), text(weight: "bold", w.a), text(style: "italic", w.dates))
    text(fill: luma(70), w.b)
    bullets((w.duty,)); v(4pt)
  }
}
#msec(d.h.exp)
#for e in d.exp.filter(e => not e.mil) { entry(e, []) }
#msec(d.h.edu)
#for e in d.edu {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), e.dates)
  text(fill: luma(70), e.b); v(3pt)
}
#msec(d.h.skills)
#d.skills.join("  •  ")
#msec(d.h.langs)
#d.langs.join("  •  ")
#if d.certs.len() > 0 { msec(d.h.certs); bullets(d.certs) }
""",
    # experience with a career break between two jobs (title, dates, a note, no employer),
    # then volunteering, professional development (with providers and years), education
    "career_break": """
#set page(margin: (x: 18mm, y: 16mm))
#set text(font: "Libertinus Serif", size: 10pt)
#let x = d.x
#let teal = rgb("#2a6f6b")
#let csec(t) = { v(9pt); text(fill: teal, weight: "bold", size: 12pt, t); v(-7pt)
  line(length: 100%, stroke: 1.2pt + teal); v(1pt) }
#let entry(e) = {
  grid(columns: (1fr, auto), text(weight: "bold", e.a), text(fill: luma(90), e.dates))
  if e.b != "" { text(style: "italic", e.b); linebreak() }
  if e.bullets.len() > 0 { v(-2pt); bullets(e.bullets) }
  v(4pt)
}
#grid(columns: (1fr, auto),
  { text(size: 24pt, fill: teal, d.name); v(-8pt); text(size: 11pt, d.headline) },
  align(right, d.contacts.join(linebreak())))
#csec(d.h.summary)
#d.summary
#csec(d.h.exp)
#let brk = x.pause
#let gap = (a: brk.a, b: "", dates: brk.dates, bullets: ())
#for e in d.exp.slice(0, brk.at) { entry(e) }
#entry(gap)
#v(-4pt)
#text(style: "italic", fill: luma(80), brk.note)
#v(4pt)
#for e in d.exp.slice(brk.at) { entry(e) }
#csec("Volunteering")
#for w in x.volunteer { entry((a: w.a + ", " + w.b, b: "", dates: w.dates, bullets: (w.duty,))) }
#csec(d.h.certs)
#for c in x.dev { [*#c.a* — #c.b, #c.year]; linebreak() }
#csec(d.h.edu)
#for e in d.edu { entry(e) }
#grid(columns: (1fr, 1fr), column-gutter: 8mm,
  { csec(d.h.skills); d.skills.join(", ") },
  { csec(d.h.langs); d.langs.join(", ") })
""",
}


def _bilingual(d: dict[str, Any]) -> bytes:
    """Bilingual headings; "Employer, City" bold with dates on a right tab stop, role italic."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # Letter, as in Canada
    section.left_margin = section.right_margin = Cm(2.2)
    width = Cm(21.59 - 4.4)
    red = RGBColor(0xA3, 0x1F, 0x34)
    name = doc.add_paragraph().add_run(d["name"])
    name.bold, name.font.size = True, Pt(22)
    doc.add_paragraph().add_run(d["headline"]).font.size = Pt(12)
    doc.add_paragraph("  ·  ".join(d["contacts"]))

    def heading(title: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(title)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(12.5), red

    def entry(e: dict[str, Any]) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(e["a"]).bold = True
        p.add_run(f"\t{e['dates']}")
        doc.add_paragraph().add_run(e["b"]).italic = True
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")

    h = d["h"]
    heading(h["summary"])
    doc.add_paragraph(d["summary"])
    heading(h["exp"])
    for e in d["exp"]:
        entry(e)
    heading(h["edu"])
    for e in d["edu"]:
        entry(e)
    heading(h["skills"])
    doc.add_paragraph(" · ".join(d["skills"]))
    heading(h["langs"])
    doc.add_paragraph(", ".join(d["langs"]))
    if d["certs"]:
        heading(h["certs"])
        for c in d["certs"]:
            doc.add_paragraph(c, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DOCX = {"bilingual_headings_docx": _bilingual}
