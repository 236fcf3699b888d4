"""Schools named by a compound ("Berufsschule") and degrees spelt with an accent ("Máster")."""

from __future__ import annotations

from core.resume.entries import split_entries
from core.resume.entry_parts import SCHOOL_WORDS, degree_parts
from core.resume.experience_fields import to_experience
from core.resume.parser import parse_profile


def test_compound_school_words() -> None:
    for name in ("Berufsschule Göttingen", "Fachhochschule Kiel", "Handelsskole Aarhus"):
        assert SCHOOL_WORDS.search(name), name
    assert not SCHOOL_WORDS.search("Schuler Logistics")


def test_an_accented_master_is_a_degree() -> None:
    parts = ["Universitat Jaume I", "Castellón", "Máster en Traducción Jurídica"]
    assert degree_parts(parts) == ["Máster en Traducción Jurídica"]


def test_a_comma_inside_the_degree_stays_when_the_school_is_below() -> None:
    text = "EDUCATION\n2010 - 2013 Apprenticeship, Orthopaedic Technician\nBerufsschule Göttingen\n"
    [school] = parse_profile(text).education
    assert (school.degree, school.institution) == (
        "Apprenticeship, Orthopaedic Technician",
        "Berufsschule Göttingen",
    )


def test_a_role_with_a_team_takes_the_employer_above_its_bullets() -> None:
    lines = [
        "Senior Manager, Forensic Services | Feb 2020 – Present",
        "PricewaterhouseCoopers Inc., Johannesburg",
        "– Lead fraud investigations for state-owned companies.",
    ]
    [entry] = split_entries(lines)
    job = to_experience(entry)
    assert (job.role, job.company) == (
        "Senior Manager, Forensic Services",
        "PricewaterhouseCoopers Inc.",
    )
