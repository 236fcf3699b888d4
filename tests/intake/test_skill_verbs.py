"""A name written as a verb, glued to a letter or inside a longer name is no claim of a
skill; a phrase grown around a service of languages is a skill, not a language; the contact
data of an "About" box is no prose."""

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


def test_a_name_glued_to_a_single_letter_is_part_of_another_word() -> None:
    from core.resume.phrases import claimed_skills

    text = "Document condition with infrared reflectography and X-radiography."
    assert "Radiography" not in [s.name for s in claimed_skills(text)]
    assert "Radiography" in _skills("- Took X-rays of the lower limb.")


def test_a_name_inside_a_listed_one_written_around_it_is_no_second_claim() -> None:
    from core.resume.phrases import claimed_skills

    names = claimed_skills("Visual Merchandising", frozenset({"visual merchandising"}))
    assert [s.name for s in names] == ["Visual Merchandising"]


def test_a_short_sentence_opening_a_resume_without_headings_is_its_summary() -> None:
    text = (
        "Ingrid Johansson\nGothenburg, Sweden\ningrid@example.se\n+46 70 123 45 67\n"
        "Licensed physiotherapist working with sports injuries and post-operative rehabilitation.\n"
        "Work Experience\nPhysiotherapist\nSahlgrenska University Hospital\n"
        "August 2020 to Present\n"
    )
    profile = parse_profile(text)
    assert profile.summary.startswith("Licensed physiotherapist")
    assert "Rehabilitation" in profile.skill_names()


def test_a_title_after_a_full_stop_says_nothing_of_the_word_before() -> None:
    from core.resume.claims import without_titles
    from core.resume.phrases import claimed_skills

    text = "Calm in emergency procedures. Purser on long flights."
    assert "Emergency Procedures" in [s.name for s in claimed_skills(without_titles([text]))]
