"""A name written as a verb is no claim of a skill; a phrase grown around a service of
languages is a skill, not a language; the contact data of an "About" box is no prose."""

from __future__ import annotations

import pytest

from core.resume.parser import parse_profile


def _skills(body: str) -> list[str]:
    text = f"Sam Carter\nsam@example.com\nExperience\nAnalyst | Acme Ltd | 2019 - 2024\n{body}\n"
    return parse_profile(text).skill_names()


def _summary_skills(summary: str) -> list[str]:
    return parse_profile(f"Sam Carter\nsam@example.com\nSummary\n{summary}\n").skill_names()


def test_an_ing_word_after_the_person_a_summary_opens_with_is_their_verb() -> None:
    names = _summary_skills("Fitness instructor teaching group classes and private sessions.")
    assert "Teaching" not in names
    # after anything but the person it still names the work
    assert "Teaching" in _summary_skills("Ten years of teaching in primary schools.")


@pytest.mark.parametrize(
    ("bullet", "name", "claimed"),
    [
        ("- Triage walk-in emergencies and keep owners informed.", "Triage", False),
        ("- Triage of walk-in emergencies at the front desk.", "Triage", True),
        ("- Payroll processing for 200 staff.", "Payroll", True),
    ],
)
def test_a_name_opening_a_bullet_before_its_object_is_the_verb(
    bullet: str, name: str, claimed: bool
) -> None:
    assert (name in _skills(bullet)) is claimed


def test_a_phrase_around_translation_or_interpreting_is_a_skill_not_a_language() -> None:
    text = "Court interpreter offering sight translation of statements in two languages."
    assert "sight translation" in _summary_skills(text)
    assert "CTG interpretation" in _skills("- Lead CTG interpretation reviews every week.")
    # a language alone stays a language
    assert "Spanish" not in _skills("- Wrote policy wordings in Spanish and English.")


def test_the_contact_data_in_an_about_box_is_no_prose() -> None:
    text = (
        "Marie Gagnon\nOccupational Therapist\nAbout\nMontréal, QC\nme.gagnon@example.ca\n"
        "+1 514-555-0187\nSummary\nOccupational therapist focused on splinting.\n"
    )
    profile = parse_profile(text)
    assert "Quality Control" not in profile.skill_names()  # "QC", Québec
    assert "QC" not in profile.summary and "@" not in profile.summary
