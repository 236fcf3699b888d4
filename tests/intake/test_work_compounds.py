"""A trade's compound headed by a noun of work ("tender evaluation", "drip irrigation design")
is a claimed skill; a known name followed by the plural of such a noun ("site safety
inspections") claims the name."""

from __future__ import annotations

import pytest

from core.resume.parser import parse_profile
from core.resume.phrases import claimed_skills
from core.resume.work_compounds import work_compounds


def _names(text: str) -> list[str]:
    return [s.name for s in claimed_skills(text)]


def _compounds(text: str) -> list[str]:
    return [s.name for s in work_compounds(text)]


def test_a_noun_of_work_after_a_known_name_heads_the_phrase() -> None:
    text = "Agronomist specialising in drip irrigation design."
    assert _names(text) == ["drip irrigation design"]
    # two words of a name and one of work at most: the place before it goes
    assert _names("Wrote the site emergency response planning manual.") == [
        "emergency response planning"
    ]


def test_occasions_of_a_known_work_claim_the_work() -> None:
    assert _names("Run daily toolbox talks and site safety inspections.") == ["Site Safety"]


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("Ran tender evaluation for 40 vendors.", "tender evaluation"),
        ("Focused on return-to-work planning.", "return-to-work planning"),
        ("Run home safety evaluations before discharge.", "home safety evaluations"),
        (
            "Led supplier relationship management, cutting costs.",
            "supplier relationship management",
        ),
        ("Served the wines and ran cellar management stock counts.", "cellar management"),
        # after a preposition an "-ed" word is an adjective of kind, not a verb
        ("Train supervisors in integrated pest management.", "integrated pest management"),
        # a modifier naming whom the work is for goes
        ("Maintain client terminology management bases.", "terminology management"),
    ],
)
def test_a_compound_headed_by_a_noun_of_work_is_a_skill(text: str, compound: str) -> None:
    assert _compounds(text) == [compound]


@pytest.mark.parametrize(
    "text",
    [
        "Reported monthly to senior management on risk.",  # the people who run a body
        "Managed 140 properties and their routine inspections.",  # someone else's, routine
        "Kept logs for the council's health inspections.",  # whose work it is
        "Led the design of a new clinic.",  # no word of kind before the noun
        "Prepared initial assessments for new clients.",  # an order, not a kind
        "Design of a new clinic.",  # a line's first word is its verb or heading
        "Keep the American foulbrood inspection records.",  # a proper name's words
        "Supervisors integrated pest management.",  # "-ed": adjective or verb
        "Completed pre-trip and post-trip inspections.",  # one head for two words
        "Ran programs including bone management, kinetics, anemia, and diets.",  # subjects
    ],
)
def test_no_compound_without_a_word_of_kind(text: str) -> None:
    assert _compounds(text) == []


def test_a_prose_compound_reaches_the_profile() -> None:
    text = (
        "Sam Carter\nsam@example.com\nExperience\nBuyer | Acme Ltd | 2019 - 2024\n"
        "- Ran tender evaluation for 40 vendors.\n"
    )
    assert "tender evaluation" in parse_profile(text).skill_names()


def test_education_is_a_noun_of_work_and_a_hyphenated_one_is_one_word() -> None:
    text = "Delivered fire prevention education in primary schools."
    assert _names(text) == ["fire prevention education"]
    # after plain words it is a kind of schooling, no skill
    assert _compounds("Completed four units of clinical pastoral education.") == []
    assert _names("Ran machine translation post-editing of manuals.") == [
        "machine translation post-editing"
    ]
    # a hyphenated word that is no noun of work ends nothing: the name stays bare
    assert _names("Ran food safety follow-up visits.") == ["Food Safety"]
