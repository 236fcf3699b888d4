"""Tenth-round shapes: headings in two languages or run into their text, volunteering and
career breaks that are no employment, job nouns by their ending, a skill that is no title."""

from __future__ import annotations

from core.resume.entry_parts import is_role
from core.resume.parser import parse_profile
from core.resume.sections import heading_of


def test_bilingual_and_run_in_headings_open_their_sections() -> None:
    assert heading_of("Experience / Expérience").section == "experience"  # type: ignore[union-attr]
    skills = heading_of("Skills — Agronomy, Plant Nutrition")
    assert skills is not None and (skills.section, skills.rest) == (
        "skills",
        "Agronomy, Plant Nutrition",
    )
    # a dash after a job or a team is no heading
    assert heading_of("Head Chef — Le Bistro") is None
    assert heading_of("Sales — Retail") is None


def test_volunteering_and_a_career_break_are_not_jobs() -> None:
    text = """Emre Yildiz
emre@example.co.uk
Civilian Experience
Barber, Fade Street Ltd, Manchester | 2021 – Present
• Cut and styled up to 20 clients a day.
Career break - caring for a family member | 2019 – 2021
Senior Barber, Kings Cuts, Salford | 2015 – 2019
Volunteering
Volunteer Barber, Mustard Tree Homeless Charity | 2018 – 2020
"""
    profile = parse_profile(text)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Barber", "Fade Street Ltd"),
        ("Senior Barber", "Kings Cuts"),
    ]


def test_job_nouns_by_their_ending_and_new_trades() -> None:
    for title in ("Genetic Counsellor", "Cardiologist", "Mortician", "Videographer", "Actuary"):
        assert is_role(title), title
    for not_a_title in ("Geology", "Photography", "Statistics"):
        assert not is_role(not_a_title), not_a_title


def test_a_sidebar_skill_under_a_name_like_skill_does_not_open_the_main_column() -> None:
    text = """CONTACT
mj@example.es
EXPERTISE
Loss Ratio Analysis
Broker Relations
María José Castillo Navarro
Senior Commercial Underwriter
Work Experience
Senior Commercial Underwriter | Jan 2020 – Present
MAPFRE España, S.A., Madrid
"""
    assert parse_profile(text).full_name == "María José Castillo Navarro"
