"""Render the people in `personas` as PDF (Typst) and DOCX files in many layouts.

Everything is deterministic: the same person and layout always give the same text. Layouts
marked `held_out` are never looked at while tuning the parser; the evaluation reports them
apart.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.intake.resume_set.personas import PEOPLE, Job, Person, School, plain
from tests.intake.resume_set.typst_layouts import PREAMBLE, TEMPLATES

_Entry = dict[str, Any]


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str  # "pdf", "docx", "md" (UTF-8 Markdown text) or "txt" (UTF-8 plain text)
    headings: tuple[str, str, str, str, str, str, str]  # summary exp edu skills langs certs contact
    bullet: str
    job: Callable[[Job], _Entry]
    school: Callable[[School], _Entry]
    held_out: bool = False
    ligatures: bool = False
    level: str = "({})"  # how a language's level is written after its name
    contact_labels: bool = False  # "Email: x" rather than the bare value


def _dates(start: str, end: str, sep: str = " – ") -> str:
    return f"{start}{sep}{end}"


def _job_title_comma(j: Job) -> _Entry:  # "Role, Employer, City" + dates right
    return {"a": f"{j.role}, {j.employer}, {j.city}", "b": "", "dates": _dates(j.start, j.end)}


def _job_at(j: Job) -> _Entry:  # "Role at Employer" / "City | dates"
    return {"a": f"{j.role} at {j.employer}", "b": j.city, "dates": _dates(j.start, j.end)}


def _job_employer_first(j: Job) -> _Entry:  # "Employer, City" / role
    return {"a": f"{j.employer}, {j.city}", "b": j.role, "dates": _dates(j.start, j.end, " - ")}


def _job_role_first(j: Job) -> _Entry:  # role / "Employer — City"
    return {"a": j.role, "b": f"{j.employer} — {j.city}", "dates": _dates(j.start, j.end, " to ")}


def _job_pipes(j: Job) -> _Entry:
    line = f"{j.role} | {j.employer} | {j.city} | {_dates(j.start, j.end)}"
    return {"a": line, "b": "", "dates": ""}


def _job_paren(j: Job) -> _Entry:  # "Role, Employer (City)"
    return {"a": f"{j.role}, {j.employer} ({j.city})", "b": "", "dates": _dates(j.start, j.end)}


def _school_comma(s: School) -> _Entry:
    return {"a": f"{s.degree}, {s.school}", "b": s.city, "dates": _dates(s.start, s.end)}


def _school_two_lines(s: School) -> _Entry:
    return {"a": s.degree, "b": f"{s.school}, {s.city}", "dates": _dates(s.start, s.end)}


def _school_first(s: School) -> _Entry:
    return {"a": f"{s.school}, {s.city}", "b": s.degree, "dates": _dates(s.start, s.end, " - ")}


def _school_pipes(s: School) -> _Entry:
    line = f"{s.degree} | {s.school} | {s.city} | {_dates(s.start, s.end)}"
    return {"a": line, "b": "", "dates": ""}


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "classic",
        "pdf",
        ("Summary", "Experience", "Education", "Skills", "Languages", "Certifications", "Contact"),
        "•",
        _job_title_comma,
        _school_comma,
    ),
    Layout(
        "sidebar_left",
        "pdf",
        (
            "Profile",
            "Work Experience",
            "Education",
            "Skills",
            "Languages",
            "Certificates",
            "Contact",
        ),
        "-",
        _job_at,
        _school_two_lines,
    ),
    Layout(
        "sidebar_right",
        "pdf",
        (
            "About Me",
            "Employment History",
            "Education",
            "Key Skills",
            "Languages",
            "Licenses",
            "Personal Details",
        ),
        "▪",
        _job_employer_first,
        _school_first,
        held_out=True,
        contact_labels=True,
    ),
    Layout(
        "dates_left",
        "pdf",
        (
            "Professional Summary",
            "Professional Experience",
            "Academic Background",
            "Core Competencies",
            "Languages",
            "Licenses & Certifications",
            "Contact",
        ),
        "·",
        _job_role_first,
        _school_two_lines,
        level="- {}",
    ),
    Layout(
        "two_columns",
        "pdf",
        ("Profile", "Work History", "Education", "Skills", "Languages", "Courses", "Contact"),
        "✓",
        _job_employer_first,
        _school_two_lines,
    ),
    Layout(
        "one_line",
        "pdf",
        ("Objective", "Employment", "Qualifications", "Skills", "Languages", "Training", "Contact"),
        "▪",
        _job_pipes,
        _school_pipes,
        ligatures=True,
        level="({})",
    ),
    Layout(
        "contact_last",
        "pdf",
        (
            "Overview",
            "Career History",
            "Education and Training",
            "Areas of Expertise",
            "Language Skills",
            "Professional Development",
            "Contact Information",
        ),
        "-",
        _job_paren,
        _school_comma,
        held_out=True,
        contact_labels=True,
    ),
    Layout(
        "band",
        "pdf",
        ("Summary", "Experience", "Education", "Skills", "Languages", "Certifications", "Contact"),
        "•",
        _job_role_first,
        _school_first,
        ligatures=True,
    ),
    Layout(
        "sidebar_dates",
        "pdf",
        (
            "Profile",
            "Relevant Experience",
            "Education",
            "Strengths",
            "Spoken Languages",
            "Certifications and Courses",
            "Details",
        ),
        "•",
        _job_employer_first,
        _school_two_lines,
        held_out=True,
        level="— {}",
    ),
    Layout(
        "docx_table",
        "docx",
        ("Profile", "Experience", "Education", "Skills", "Languages", "Certifications", "Contact"),
        "•",
        _job_title_comma,
        _school_comma,
    ),
    Layout(
        "docx_header",
        "docx",
        (
            "Summary",
            "Professional Experience",
            "Education",
            "Technical Skills",
            "Languages",
            "Licenses and Certifications",
            "Contact",
        ),
        "·",
        _job_at,
        _school_first,
    ),
    Layout(
        "docx_textbox",
        "docx",
        (
            "Personal Profile",
            "Work History",
            "Education",
            "Skills",
            "Languages",
            "Courses",
            "Details",
        ),
        "-",
        _job_role_first,
        _school_two_lines,
        held_out=True,
        contact_labels=True,
    ),
)

_LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))


def _ligate(text: str) -> str:
    for plain_form, glyph in _LIGATURES:
        text = text.replace(plain_form, glyph)
    return text


def content(person: Person, layout: Layout) -> dict[str, Any]:
    """The strings a template places; ligature glyphs written in when the layout asks."""
    h = dict(
        zip(
            ("summary", "exp", "edu", "skills", "langs", "certs", "contact"),
            layout.headings,
            strict=True,
        )
    )
    if layout.contact_labels:
        contacts = [f"Email: {person.email}", f"Phone: {person.phone}", f"Address: {person.city}"]
        if layout.name == "sidebar_right" or layout.name == "docx_textbox":
            contacts.insert(0, f"Name: {person.name}")
    else:
        contacts = [person.email, person.phone, person.city]
    jobs = [{**layout.job(j), "bullets": [plain(b) for b in j.bullets]} for j in person.jobs]
    schools = [{**layout.school(s), "bullets": []} for s in person.schools]
    data: dict[str, Any] = {
        "name": person.name,
        "headline": person.headline,
        "contacts": contacts,
        "summary": plain(person.summary),
        "exp": jobs,
        "edu": schools,
        "skills": list(person.skills),
        "langs": [f"{n} {layout.level.format(lvl)}" for n, lvl in person.languages],
        "certs": list(person.certifications),
        "lang_pairs": [list(pair) for pair in person.languages],
        "email": person.email,
        "phone": person.phone,
        "city": person.city,
        "h": h,
        "bullet": layout.bullet,
    }
    if layout.ligatures:
        data = json.loads(_ligate(json.dumps(data, ensure_ascii=False)))
    return data


# the groups written after the first tuning, each in its own module (blind1 in blind.py)
BLIND_GROUPS = tuple(f"blind{n}" for n in range(1, 19))
# the groups of new people, each rendering its own people (personas2.py ... personas13.py)
_NEW_PEOPLE = {f"blind{n}": (f"personas{n - 5}", f"PEOPLE{n}") for n in range(7, 19)}
# groups of the 16 PEOPLE after the first three: (shift, modulo) spreads them over the layouts
_SHIFTS = {"blind2": (2, 5), "blind3": (3, 4), "blind4": (4, 5), "blind5": (1, 4), "blind6": (3, 5)}


def _module(group: str) -> Any:
    return importlib.import_module(
        f"tests.intake.resume_set.{'blind' if group == 'blind1' else group}"
    )


def _makers(kind: str) -> dict[str, Any]:
    """Every group's layouts of one kind by name: TEMPLATES (Typst), DOCX or TEXT makers."""
    found: dict[str, Any] = {}
    for group in BLIND_GROUPS:
        found |= getattr(_module(group), kind, {})
    return found


def render(person: Person, layout: Layout) -> tuple[bytes, str]:
    """The resume file's bytes and its file name."""
    data = content(person, layout)
    stem = f"{person.name.split()[0].lower()}-{layout.name}"
    for group in BLIND_GROUPS:  # person-level details only some groups' layouts show
        module = _module(group)
        extras = getattr(module, "extras", None)
        if extras is not None and layout in getattr(module, group.upper()):
            wants_data = len(inspect.signature(extras).parameters) == 2
            data["x"] = extras(person, data) if wants_data else extras(person)
    if layout.kind in ("md", "txt"):
        return _makers("TEXT")[layout.name](data).encode("utf-8"), f"{stem}.{layout.kind}"
    if layout.kind == "docx":
        from tests.intake.resume_set.docx_layouts import render_docx

        makers = _makers("DOCX")
        if layout.name in makers:
            return makers[layout.name](data), f"{stem}.docx"
        return render_docx(layout.name, data), f"{stem}.docx"
    import typst

    templates = TEMPLATES | _makers("TEMPLATES")
    source = (PREAMBLE + templates[layout.name]).encode()
    pdf = typst.compile(source, sys_inputs={"data": json.dumps(data)}, ignore_system_fonts=True)
    assert isinstance(pdf, bytes)
    return pdf, f"{stem}.pdf"


@dataclass(frozen=True)
class Case:
    person: Person
    layout: Layout
    fresh: bool = False  # a layout written after the first tuning (fresh.py)
    blind_group: str = ""  # "blind1" ... "blind18": the group the layout was written in

    @property
    def held_out(self) -> bool:
        return self.layout.held_out

    @property
    def group(self) -> str:
        if self.blind_group:
            return self.blind_group
        return "fresh" if self.fresh else "held_out" if self.held_out else "tuned"


def _group_cases(group: str) -> list[Case]:
    layouts = getattr(_module(group), "BLIND" if group == "blind1" else group.upper())
    if group in _NEW_PEOPLE:  # 8 new people, each in two layouts: four a layout
        module, name = _NEW_PEOPLE[group]
        people = getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name)
        return [
            Case(p, layout, blind_group=group)
            for n, layout in enumerate(layouts)
            for i, p in enumerate(people)
            if n in (i % 4, (i + 1) % 4)
        ]
    # blind1 shifted so nobody meets a fresh and a blind layout alike
    shift, modulo = _SHIFTS.get(group, (1, 4))
    return [
        Case(p, layout, blind_group=group)
        for n, layout in enumerate(layouts)
        for i, p in enumerate(PEOPLE)
        if (i + shift) % modulo == n
    ]


def cases(**groups: bool) -> list[Case]:
    """Every person in three layouts; each layout gets the same number of people.

    The groups blind2 to blind18 only when asked for (`cases(blind7=True)`): the resume bench
    and its floor read them; other consumers (the documents bench) need profiles read well
    enough to write from. blind7 to blind18 render their own people, never `PEOPLE`.
    """
    unknown = set(groups) - set(BLIND_GROUPS)
    assert not unknown, f"no such groups: {sorted(unknown)}"
    out: list[Case] = []
    for i, person in enumerate(PEOPLE):
        for k in range(3):
            out.append(Case(person, LAYOUTS[(3 * i + k) % len(LAYOUTS)]))
    from tests.intake.resume_set.fresh import FRESH

    for n, layout in enumerate(FRESH):
        out += [Case(p, layout, fresh=True) for i, p in enumerate(PEOPLE) if i % 4 == n]
    for group in BLIND_GROUPS:
        if group == "blind1" or groups.get(group):
            out += _group_cases(group)
    return out


def of_layout(found: list[Case], layout: str) -> list[Case]:
    """The cases of one new-people layout: four people each (see `_group_cases`)."""
    chosen = [c for c in found if c.layout.name == layout]
    assert len(chosen) == 4, f"{layout}: {len(chosen)} cases"
    return chosen


def rendered_text(case: Case) -> str:
    """The case's file as the sandboxed intake reads it: what a render check looks at (no
    parser)."""
    from core.intake import extract_text_sync

    data, name = render(case.person, case.layout)
    return extract_text_sync(data, name)
