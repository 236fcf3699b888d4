"""Render the people in `personas` as PDF (Typst) and DOCX files in many layouts.

Everything is deterministic: the same person and layout always give the same text. Layouts
marked `held_out` are never looked at while tuning the parser; the evaluation reports them
apart.
"""

from __future__ import annotations

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


def render(person: Person, layout: Layout) -> tuple[bytes, str]:
    """The resume file's bytes and its file name."""
    data = content(person, layout)
    stem = f"{person.name.split()[0].lower()}-{layout.name}"
    from tests.intake.resume_set.blind9 import BLIND9, extras

    if layout in BLIND9:  # person-level details only these layouts show
        data["x"] = extras(person)
    from tests.intake.resume_set.blind10 import BLIND10
    from tests.intake.resume_set.blind10 import extras as blind10_extras

    if layout in BLIND10:
        data["x"] = blind10_extras(person, data)
    from tests.intake.resume_set.blind11 import BLIND11
    from tests.intake.resume_set.blind11 import extras as extras11

    if layout in BLIND11:
        data["x"] = extras11(person)
    from tests.intake.resume_set.blind12 import BLIND12
    from tests.intake.resume_set.blind12 import extras as extras12

    if layout in BLIND12:
        data["x"] = extras12(person, data)
    from tests.intake.resume_set.blind13 import BLIND13
    from tests.intake.resume_set.blind13 import extras as extras13

    if layout in BLIND13:
        data["x"] = extras13(person)
    if layout.kind == "md":
        from tests.intake.resume_set.blind6 import TEXT

        return TEXT[layout.name](data).encode("utf-8"), f"{stem}.md"
    if layout.kind == "txt":
        from tests.intake.resume_set.blind9 import TEXT as BLIND9_TEXT

        return BLIND9_TEXT[layout.name](data).encode("utf-8"), f"{stem}.txt"
    if layout.kind == "docx":
        from tests.intake.resume_set.blind3 import DOCX as BLIND3_DOCX
        from tests.intake.resume_set.blind4 import DOCX as BLIND4_DOCX
        from tests.intake.resume_set.blind5 import DOCX as BLIND5_DOCX
        from tests.intake.resume_set.blind6 import DOCX as BLIND6_DOCX
        from tests.intake.resume_set.blind7 import DOCX as BLIND7_DOCX
        from tests.intake.resume_set.blind8 import DOCX as BLIND8_DOCX
        from tests.intake.resume_set.docx_layouts import render_docx

        makers = BLIND3_DOCX | BLIND4_DOCX | BLIND5_DOCX | BLIND6_DOCX | BLIND7_DOCX
        from tests.intake.resume_set.blind10 import DOCX as BLIND10_DOCX
        from tests.intake.resume_set.blind11 import DOCX as BLIND11_DOCX

        makers |= BLIND8_DOCX | BLIND10_DOCX | BLIND11_DOCX
        from tests.intake.resume_set.blind12 import DOCX as BLIND12_DOCX

        makers |= BLIND12_DOCX
        from tests.intake.resume_set.blind13 import DOCX as BLIND13_DOCX

        makers |= BLIND13_DOCX
        if layout.name in makers:
            return makers[layout.name](data), f"{stem}.docx"
        return render_docx(layout.name, data), f"{stem}.docx"
    import typst

    from tests.intake.resume_set.blind import TEMPLATES as BLIND_TEMPLATES
    from tests.intake.resume_set.blind2 import TEMPLATES as BLIND2_TEMPLATES
    from tests.intake.resume_set.blind3 import TEMPLATES as BLIND3_TEMPLATES
    from tests.intake.resume_set.blind4 import TEMPLATES as BLIND4_TEMPLATES
    from tests.intake.resume_set.blind5 import TEMPLATES as BLIND5_TEMPLATES
    from tests.intake.resume_set.blind6 import TEMPLATES as BLIND6_TEMPLATES
    from tests.intake.resume_set.blind7 import TEMPLATES as BLIND7_TEMPLATES
    from tests.intake.resume_set.blind8 import TEMPLATES as BLIND8_TEMPLATES
    from tests.intake.resume_set.blind9 import TEMPLATES as BLIND9_TEMPLATES
    from tests.intake.resume_set.blind10 import TEMPLATES as BLIND10_TEMPLATES

    templates = TEMPLATES | BLIND_TEMPLATES | BLIND2_TEMPLATES | BLIND3_TEMPLATES
    templates |= BLIND4_TEMPLATES | BLIND5_TEMPLATES | BLIND6_TEMPLATES | BLIND7_TEMPLATES
    templates |= BLIND8_TEMPLATES | BLIND9_TEMPLATES | BLIND10_TEMPLATES
    from tests.intake.resume_set.blind11 import TEMPLATES as BLIND11_TEMPLATES

    templates |= BLIND11_TEMPLATES
    from tests.intake.resume_set.blind12 import TEMPLATES as BLIND12_TEMPLATES

    templates |= BLIND12_TEMPLATES
    from tests.intake.resume_set.blind13 import TEMPLATES as BLIND13_TEMPLATES

    templates |= BLIND13_TEMPLATES
    source = (PREAMBLE + templates[layout.name]).encode()
    pdf = typst.compile(source, sys_inputs={"data": json.dumps(data)}, ignore_system_fonts=True)
    assert isinstance(pdf, bytes)
    return pdf, f"{stem}.pdf"


@dataclass(frozen=True)
class Case:
    person: Person
    layout: Layout
    fresh: bool = False  # a layout written after the first tuning (fresh.py)
    blind: bool = False  # a layout never tuned against (blind.py)
    blind2: bool = False  # the second blind group (blind2.py), tuned on since the fourth round
    blind3: bool = False  # the third blind group (blind3.py), tuned on since the fifth round
    blind4: bool = False  # the fourth blind group (blind4.py), never tuned against
    blind5: bool = False  # the fifth blind group (blind5.py), tuned on since the seventh round
    blind6: bool = False  # the sixth blind group (blind6.py), never tuned against
    blind7: bool = False  # the seventh blind group (blind7.py): new people, never tuned against
    blind8: bool = False  # the eighth blind group (blind8.py): new people, never tuned against
    blind9: bool = False  # the ninth blind group (blind9.py): new people, never tuned against
    blind10: bool = False  # the tenth blind group (blind10.py): new people, never tuned against
    blind11: bool = False  # the eleventh blind group (blind11.py): new people, never tuned on
    blind12: bool = False  # the twelfth blind group (blind12.py): new people, never tuned on
    blind13: bool = False  # the thirteenth blind group (blind13.py): new people, never tuned on

    @property
    def held_out(self) -> bool:
        return self.layout.held_out

    @property
    def group(self) -> str:
        if self.blind8:
            return "blind8"
        if self.blind7:
            return "blind7"
        if self.blind9:
            return "blind9"
        if self.blind10:
            return "blind10"
        if self.blind11:
            return "blind11"
        if self.blind12:
            return "blind12"
        if self.blind13:
            return "blind13"
        if self.blind6:
            return "blind6"
        if self.blind5:
            return "blind5"
        if self.blind4:
            return "blind4"
        if self.blind3:
            return "blind3"
        if self.blind2:
            return "blind2"
        if self.blind:
            return "blind1"
        return "fresh" if self.fresh else "held_out" if self.held_out else "tuned"


def cases(
    *,
    blind2: bool = False,
    blind3: bool = False,
    blind4: bool = False,
    blind5: bool = False,
    blind6: bool = False,
    blind7: bool = False,
    blind8: bool = False,
    blind9: bool = False,
    blind10: bool = False,
    blind11: bool = False,
    blind12: bool = False,
    blind13: bool = False,
) -> list[Case]:
    """Every person in three layouts; each layout gets the same number of people.

    The blind2 to blind10 groups only when asked for: the resume bench and its floor read
    them; other consumers (the documents bench) need profiles read well enough to write from.
    blind7 renders its own people (personas2.py), never `PEOPLE`; blind8 to blind11 likewise
    (personas3.py to personas6.py), blind12 and blind13 too (personas7.py, personas8.py).
    """
    out: list[Case] = []
    for i, person in enumerate(PEOPLE):
        for k in range(3):
            out.append(Case(person, LAYOUTS[(3 * i + k) % len(LAYOUTS)]))
    from tests.intake.resume_set.fresh import FRESH

    for n, layout in enumerate(FRESH):
        out += [Case(p, layout, fresh=True) for i, p in enumerate(PEOPLE) if i % 4 == n]
    from tests.intake.resume_set.blind import BLIND

    for n, layout in enumerate(BLIND):  # shifted so nobody meets a fresh and a blind layout alike
        out += [Case(p, layout, blind=True) for i, p in enumerate(PEOPLE) if (i + 1) % 4 == n]
    if blind2:
        from tests.intake.resume_set.blind2 import BLIND2

        for n, layout in enumerate(BLIND2):  # 16 people over five layouts: three or four each
            out += [Case(p, layout, blind2=True) for i, p in enumerate(PEOPLE) if (i + 2) % 5 == n]
    if blind3:
        from tests.intake.resume_set.blind3 import BLIND3

        for n, layout in enumerate(BLIND3):  # 16 people over four layouts: four each
            out += [Case(p, layout, blind3=True) for i, p in enumerate(PEOPLE) if (i + 3) % 4 == n]
    if blind4:
        from tests.intake.resume_set.blind4 import BLIND4

        for n, layout in enumerate(BLIND4):  # 16 people over five layouts: three or four each
            out += [Case(p, layout, blind4=True) for i, p in enumerate(PEOPLE) if (i + 4) % 5 == n]
    if blind5:
        from tests.intake.resume_set.blind5 import BLIND5

        for n, layout in enumerate(BLIND5):  # 16 people over four layouts: four each
            out += [Case(p, layout, blind5=True) for i, p in enumerate(PEOPLE) if (i + 1) % 4 == n]
    if blind6:
        from tests.intake.resume_set.blind6 import BLIND6

        for n, layout in enumerate(BLIND6):  # 16 people over five layouts: three or four each
            out += [Case(p, layout, blind6=True) for i, p in enumerate(PEOPLE) if (i + 3) % 5 == n]
    if blind7:
        from tests.intake.resume_set.blind7 import BLIND7
        from tests.intake.resume_set.personas2 import PEOPLE7

        for n, layout in enumerate(BLIND7):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind7=True)
                for i, p in enumerate(PEOPLE7)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind8:
        from tests.intake.resume_set.blind8 import BLIND8
        from tests.intake.resume_set.personas3 import PEOPLE8

        for n, layout in enumerate(BLIND8):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind8=True)
                for i, p in enumerate(PEOPLE8)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind9:
        from tests.intake.resume_set.blind9 import BLIND9
        from tests.intake.resume_set.personas4 import PEOPLE9

        for n, layout in enumerate(BLIND9):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind9=True)
                for i, p in enumerate(PEOPLE9)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind10:
        from tests.intake.resume_set.blind10 import BLIND10
        from tests.intake.resume_set.personas5 import PEOPLE10

        for n, layout in enumerate(BLIND10):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind10=True)
                for i, p in enumerate(PEOPLE10)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind11:
        from tests.intake.resume_set.blind11 import BLIND11
        from tests.intake.resume_set.personas6 import PEOPLE11

        for n, layout in enumerate(BLIND11):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind11=True)
                for i, p in enumerate(PEOPLE11)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind12:
        from tests.intake.resume_set.blind12 import BLIND12
        from tests.intake.resume_set.personas7 import PEOPLE12

        for n, layout in enumerate(BLIND12):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind12=True)
                for i, p in enumerate(PEOPLE12)
                if n in (i % 4, (i + 1) % 4)
            ]
    if blind13:
        from tests.intake.resume_set.blind13 import BLIND13
        from tests.intake.resume_set.personas8 import PEOPLE13

        for n, layout in enumerate(BLIND13):  # 8 new people, each in two layouts: four a layout
            out += [
                Case(p, layout, blind13=True)
                for i, p in enumerate(PEOPLE13)
                if n in (i % 4, (i + 1) % 4)
            ]
    return out
