"""ASCII-art frames and rules around plain-text resume lines are decoration, never content."""

from __future__ import annotations

from core.resume.parser import parse_profile
from core.resume.text import normalise_text, strip_decoration


def test_frames_and_rules_lose_their_characters() -> None:
    assert strip_decoration("|  JANE DOE          |") == "JANE DOE"
    assert strip_decoration("--[ WORK EXPERIENCE ]-----------") == "WORK EXPERIENCE"
    assert strip_decoration("=== Education ===") == "Education"
    assert strip_decoration("*** Awards ***") == "Awards"
    assert strip_decoration("==[ Skills ]==") == "Skills"


def test_content_keeps_its_own_characters() -> None:
    for line in ("C++", "Skills: C++, Java", "- Led a team", "a | b | c", "(2019)", "C# .NET"):
        assert strip_decoration(line) == line
    assert strip_decoration("Oct 2019 -- Present") == "Oct 2019 -- Present"


def test_box_drawing_characters_are_dropped() -> None:
    assert normalise_text("╔══════╗\n║ Jane Doe ║\n╚══════╝") == "Jane Doe"


def test_a_boxed_plain_text_resume_reads_its_name_and_sections() -> None:
    text = "\n".join(
        [
            "+" + "=" * 40 + "+",
            "|  JANE MARIE DOE" + " " * 22 + "|",
            "|  Staff Nurse" + " " * 25 + "|",
            "+" + "=" * 40 + "+",
            "  e-mail : jane.doe@example.com",
            "",
            "--[ WORK EXPERIENCE ]" + "-" * 20,
            "",
            "Mar 2019 - Present\tStaff Nurse",
            "\t\tGeneral Hospital, Leeds",
            "",
            "--[ SKILLS ]" + "-" * 29,
            "",
            "  * Triage",
            "",
            "-" * 40,
            "  References available on request.",
        ]
    )
    profile = parse_profile(normalise_text(text))
    assert profile.full_name == "Jane Marie Doe"
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Staff Nurse", "General Hospital")
    ]
    assert "References" not in " ".join(profile.certifications)


def test_a_letter_o_bullet_is_a_bullet() -> None:
    assert normalise_text("o Visit patients on the wards.\nolive oil\no 2 shifts") == (
        "• Visit patients on the wards.\nolive oil\n• 2 shifts"
    )


def test_a_title_no_vocabulary_knows_still_takes_the_employer_below_it() -> None:
    text = "\n".join(
        [
            "EXPERIENCE",
            "SEP 2017 — AUG 2019",
            "Spiritual Care Resident",
            "Toronto General Hospital, Toronto",
            "• Completed four units of clinical pastoral education.",
            "May 2018 - Present Farrier (self-employed)",
            "Morgan Farriery Services, Brecon",
            "o Shoe and trim around 35 horses a week.",
        ]
    )
    jobs = parse_profile(text).experience
    assert [(j.role, j.company) for j in jobs] == [
        ("Spiritual Care Resident", "Toronto General Hospital"),
        ("Farrier (self-employed)", "Morgan Farriery Services"),
    ]
