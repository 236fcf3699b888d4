"""Languages are language names with a level; a skills-list item is never a link, date or place."""

from __future__ import annotations

import pytest

from core.resume.languages import language_of
from core.resume.listed import skill_from_item


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Spanish", "Spanish"),
        ("spanish (fluent)", "Spanish (fluent)"),
        ("French - B2", "French (B2)"),
        ("German: native speaker", "German (native)"),
        ("English — Full professional proficiency", "English (Full professional)"),
        ("Mandarin Chinese", "Mandarin"),
        ("Yoruba (native)", "Yoruba (native)"),
        ("Training", None),
        ("OSHA 10-Hour General Industry", None),
        ("Chicago, IL", None),
        ("May 2021", None),
        ("Spanish Literature", None),
        ("fluent", None),
    ],
)
def test_language_of(item: str, expected: str | None) -> None:
    assert language_of(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (".NET", ".NET"),
        ("asp.net", "ASP.NET"),
        ("A/B Testing", "A/B Testing"),
        ("github.com/ana-lima", None),
        ("linkedin.com/in/ana", None),
        ("@ana_lima", None),
        ("May 2021", None),
        ("2019", None),
        ("Boston, MA", None),
    ],
)
def test_a_skills_list_item_is_never_a_link_date_or_place(item: str, expected: str | None) -> None:
    skill = skill_from_item(item)
    assert (skill.name if skill else None) == expected


def test_a_level_run_into_the_next_language_is_split() -> None:
    # "English · native   Japanese · basic" with the wide gap lost in extraction
    from core.resume.parser import parse_profile

    text = "Noah Williams\nnoah@example.org\nLanguages\nEnglish · native Japanese · basic\n"
    languages = parse_profile(text).languages
    assert languages[0] == "English (native)"
    assert languages[1].startswith("Japanese")
    assert len(languages) == 2


def test_a_language_the_name_list_lacks_is_known_by_its_spoken_level() -> None:
    from core.resume.languages import spoken_language
    from core.resume.listed import listed_skills

    assert spoken_language("Kikuyu (native)") == "Kikuyu (native)"
    assert spoken_language("Python (fluent)") is None  # a skill with a level
    assert spoken_language("Kikuyu") is None
    skills, _, _, languages = listed_skills(["Languages — English (fluent), Kikuyu (native)"])
    assert skills == []  # neither the label nor the language is a skill
    assert languages == ["English (fluent)", "Kikuyu (native)"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Inglês – avançado", "Inglês (avançado)"),  # the level keeps its accents
        ("Espanhol – intermediário", "Espanhol (intermediário)"),
        ("Inglés: C1 (Cambridge Advanced)", "Inglés (C1)"),  # the CEFR level of a longer note
        ("French - B2", "French (B2)"),
    ],
)
def test_a_level_is_shown_as_written_and_a_cefr_level_is_kept(item: str, expected: str) -> None:
    assert language_of(item) == expected
