"""Education entries: degree, school and place from an entry's header lines."""

from __future__ import annotations

import re

from core.models import Education
from core.resume.education_lines import two_line_education
from core.resume.entries import RawEntry
from core.resume.entry_parts import (
    SCHOOL_WORDS,
    degree_parts,
    is_bullet,
    is_place,
    is_role,
    parts_of,
)
from core.resume.experience_fields import paren_place
from core.resume.gazetteer import is_city

# endings of common nouns ("Administration", "Management", "Economics"); hardly of a town
NOUN_END = re.compile(r"(?:tion|sion|ment|ence|ance|ogy|ics|ship|ness|ity|ism|ist)$", re.I)


def join_wrapped_tails(lines: list[str]) -> list[str]:
    """A single word alone under a longer line is that line's wrapped end when it cannot
    stand alone: a common noun or a role ("Bachelor of Arts in Business" over
    "Administration", "ACCA Chartered Certified" over "Accountant"); a town stays apart."""
    joined: list[str] = []
    for line in lines:
        word = line.strip()
        if (
            joined
            and len(joined[-1].split()) >= 2
            and not joined[-1].rstrip().endswith((".", ",", ";", ":", ")"))
            and not is_bullet(joined[-1])
            and word.isalpha()
            and word[:1].isupper()
            and not word.isupper()
            and (NOUN_END.search(word) or is_role(word))
            and not SCHOOL_WORDS.search(word)
        ):
            joined[-1] = f"{joined[-1].rstrip()} {word}"
        else:
            joined.append(line)
    return joined


def _placename(part: str) -> bool:
    return is_place(part) or (len(part.split()) <= 3 and is_city(part))


def _field_after(degree: str, parts: list[str], header: list[str], school: str) -> str | None:
    """The field of study written after the degree and a comma ("Bachelor of Commerce,
    Purchasing and Supplies Management", "Licence STAPS, Entraînement sportif"): a part
    that names no school, no place and no year."""
    at = parts.index(degree)
    if at + 1 >= len(parts):
        return None
    field = parts[at + 1]
    # "Grond-, Water- en Wegenbouw": a word cut at its hyphen runs on past the comma
    joined = any(f"{degree}, {field}" in line or f"{degree},{field}" in line for line in header)
    if not joined or SCHOOL_WORDS.search(field) or _placename(field) or re.search(r"\d", field):
        return None
    # "University of Cologne" over "Bachelor of Arts, Cologne": the school's town
    if field.casefold() in school.casefold().split(", ")[0]:
        return None
    return field


def _cell_tail(value: str, parts: list[str], header: list[str]) -> tuple[str, list[str]] | None:
    """The part after `value` and a comma in one cell of a line, with the cells after that
    cell, where a later cell follows ("Master Parfums, Cosmétiques et Arômes | ISIPCA |
    Versailles", as the layout parts the fields of a line by their type style)."""
    if value not in parts or (at := parts.index(value)) + 1 >= len(parts):
        return None  # a degree already joined with its field is no part
    tail = parts[at + 1]
    for line in header:
        cells = [c.strip().rstrip(",") for c in line.split(" | ")]
        whole = f"{value}, {tail}"
        if whole in cells[:-1]:
            return tail, cells[cells.index(whole) + 1 :]
    return None


def _field_in_cell(degree: str, parts: list[str], header: list[str]) -> str | None:
    """The degree's field of study in the degree's own cell: the school has a cell of its own."""
    found = _cell_tail(degree, parts, header)
    if found is None or re.search(r"\d", found[0]) or _placename(found[0]):
        return None
    return found[0]


def _school_in_cell(school: str, parts: list[str], header: list[str]) -> str | None:
    """What the school's own cell names after a comma ("University of Nigeria, Nsukka |
    Enugu"), when the town has a cell of its own after it: the school's name runs on."""
    found = _cell_tail(school, parts, header)
    if found is None or re.search(r"\d", found[0]) or not any(map(_placename, found[1])):
        return None
    # "University of Lagos, BSc Computer Science | Lagos": a degree after the comma is the
    # entry's degree, set in the school's cell, not more of the school's name
    return None if degree_parts([found[0]]) else found[0]


def _school_span(parts: list[str], at: int) -> list[int]:
    """Which parts the school at `at` spans. A school within a university runs to the
    university's name ("Bayes Business School, City, University of London"); a town named
    twice after a school ("University of Nigeria, Nsukka, Nsukka") is once the school's own
    name and once its place."""
    last = max(i for i, p in enumerate(parts) if i >= at and SCHOOL_WORDS.search(p))
    if 0 < last - at <= 2 and not degree_parts(parts[at + 1 : last + 1]):
        return list(range(at, last + 1))
    if at + 2 < len(parts) and parts[at + 1] == parts[at + 2] and _placename(parts[at + 1]):
        return [at, at + 1]
    return [at]


_ACRONYM = re.compile(r"\b(?![IVXLCDM]+\b)[A-Z]{3,5}\b")  # a Roman numeral ("XII") is no name


# a result beside the degree ("62%", "CGPA 8.4/10", "GPA: 3.8", "First Class"): no place
GRADE = re.compile(
    r"[–—-]?\s*(?:\d{1,3}(?:\.\d+)?\s*%|(?:c?gpa|percentage|marks|grade|score)\b[:\s]*[\d./]+.*"
    r"|\d{1,2}(?:\.\d{1,2})?\s*/\s*(?:4|5|10)(?:\.0)?|first class.*|second class.*|distinction"
    # a UK degree class: "2:1", "2.2", "First", "Upper Second"
    r"|[12][:.][12]|first|upper second|lower second|third(?: class)?)",
    re.IGNORECASE,
)


_GRADED = re.compile(r"[A-Z][\w&' -]*\s\((?:[A-E]\*?|\d)\)")


def _join_graded(parts: list[str]) -> list[str]:
    """Subjects listed with their grades ("A Levels: English (A)", "History (B)",
    "Psychology (B)") are one value, the qualification's: none of them is a place."""
    out: list[str] = []
    for part in parts:
        if out and _GRADED.search(out[-1]) and _GRADED.fullmatch(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def to_education(entry: RawEntry) -> Education:
    """Degree, school and place from the header parts."""
    header = join_wrapped_tails(entry.header)
    if (by_lines := two_line_education(entry, header)) is not None:
        return by_lines
    parts = _join_graded([p for p in parts_of(header) if not GRADE.fullmatch(p)])
    # "High School Diploma" names a degree, "Lincoln High School" a school
    degree = next(iter(degree_parts(parts)), "")
    school = next((p for p in parts if p != degree and SCHOOL_WORDS.search(p)), "")
    if not school and degree and SCHOOL_WORDS.search(degree) and len(parts) == 1:
        school, degree = degree, ""
    taken = {i for i, p in enumerate(parts) if p in (school, degree)}
    # only beside a school of its own: "High School Diploma, Lincoln High" names the school
    if degree and school and (field := _field_after(degree, parts, header, school)):
        taken.add(parts.index(degree) + 1)
        degree = f"{degree}, {field}"
    if school and (tail := _school_in_cell(school, parts, header)):
        taken |= {parts.index(school), parts.index(school) + 1}
        school = f"{school}, {tail}"
    elif school:
        span = _school_span(parts, parts.index(school))
        taken |= set(span)
        school = ", ".join(parts[i] for i in span)
    others = [p for i, p in enumerate(parts) if i not in taken]
    unplaced = [p for p in others if not _placename(p)]
    if not degree and not school and len(unplaced) == 2:
        # "EUC Vest" and "Electrician (Elektriker) Vocational Education" (and its town): a
        # school goes by its acronym, a trade or a course by words
        named = [p for p in unplaced if _ACRONYM.search(re.sub(r"\([^)]*\)", "", p))]
        if len(named) == 1:
            school = named[0]
            others.remove(school)
    if not degree and others:
        # "Université Laval, Québec" over "Baccalauréat en sciences biomédicales": the town
        # is the place, the other part the degree
        named = [p for p in others if not _placename(p)]
        if named:  # a place alone is never the degree: "University of Ibadan, Ibadan"
            degree = named[0]
            others.remove(degree)
    cell_field = _field_in_cell(degree, parts, header) if degree else None
    if cell_field is not None and cell_field in others:
        others.remove(cell_field)
        degree = f"{degree}, {cell_field}"
    if not school and others and len(parts) > 1:
        school = others.pop(0)
    if not others:
        school, others = paren_place(school)
    words = degree.split()
    if (
        not others
        and len(words) > 2
        and is_city(words[-1])
        and degree_parts([" ".join(words[:-1])])
    ):
        degree, others = " ".join(words[:-1]), [words[-1]]  # "BSc Environmental Health Leeds"
    return Education(
        institution=school,
        degree=degree,
        start=entry.start,
        end=entry.end,
        location=", ".join(others) or None,
    )
