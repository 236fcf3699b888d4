"""Education entries: degree, school and place from an entry's header lines."""

from __future__ import annotations

import re

from core.models import Education
from core.resume.entries import (
    SCHOOL_WORDS,
    RawEntry,
    degree_parts,
    is_bullet,
    is_role,
    paren_place,
    parts_of,
)
from core.resume.gazetteer import is_city

# endings of common nouns ("Administration", "Management", "Economics"); hardly of a town
_NOUN_END = re.compile(r"(?:tion|sion|ment|ence|ance|ogy|ics|ship|ness|ity|ism|ist)$", re.I)


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
            and (_NOUN_END.search(word) or is_role(word))
            and not SCHOOL_WORDS.search(word)
        ):
            joined[-1] = f"{joined[-1].rstrip()} {word}"
        else:
            joined.append(line)
    return joined


def to_education(entry: RawEntry) -> Education:
    """Degree, school and place from the header parts."""
    parts = parts_of(join_wrapped_tails(entry.header))
    # "High School Diploma" names a degree, "Lincoln High School" a school
    degree = next(iter(degree_parts(parts)), "")
    school = next((p for p in parts if p != degree and SCHOOL_WORDS.search(p)), "")
    if not school and degree and SCHOOL_WORDS.search(degree) and len(parts) == 1:
        school, degree = degree, ""
    others = [p for p in parts if p not in (school, degree)]
    if not degree and others:
        degree = others.pop(0)
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
