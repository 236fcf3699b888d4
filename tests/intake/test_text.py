"""Text clean-up: NFKC, icon glyphs, letter-spaced headings, PDF soft wraps, Markdown."""

from __future__ import annotations

import pytest

from core.resume.text import despace_line, normalise_text, strip_markdown


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("S K I L L S", "SKILLS"),
        ("E M P L O Y M E N T  H I S T O R Y", "EMPLOYMENT HISTORY"),
        ("T R AV E L  A G E N T", "TRAVEL AGENT"),  # kerning pairs come out as "AV"
        ("J A N U A R Y  2 0 2 0  —  F E B R U A R Y  2 0 2 2", "JANUARY 2020 — FEBRUARY 2022"),
        ("I am a B2B sales rep", "I am a B2B sales rep"),
        ("A B testing", "A B testing"),
        ("J. R. R. Tolkien", "J. R. R. Tolkien"),
    ],
)
def test_letter_spacing(line: str, expected: str) -> None:
    assert " ".join(despace_line(line).split()) == expected


def test_nfkc_icons_and_bullets() -> None:
    raw = (
        "\uf0e0 ana@example.com \u2709\n\u260e 555 0101\nWorkﬂow ﬁxes\n"
        "\u25aa Item one\n\U0001f4bc Job"
    )
    assert normalise_text(raw).split("\n") == [
        "ana@example.com",
        "555 0101",
        "Workflow fixes",
        "• Item one",
        "Job",
    ]


def test_soft_wraps_join_only_real_wraps() -> None:
    raw = (
        "Kitchen equipment \n"  # wrapped: ends with a plain space
        "operation\n"
        "Food sanitation\n"  # ends for real
        "Nutrition\n"
        "Master of Science, Golden Valley \n"
        "University\n"
        "• Preparing diet plans based on health \n"
        "goals.\u00a0\n"  # a no-break space at the end: the line really ended
        "• Assisting with marketing. \n"  # a finished sentence does not continue
        "Next line\n"
        "Trailing \n"
        "• a bullet never continues a line\n"
        "S K I L L S \n"  # a heading is never joined to its first item
        "Cooking"
    )
    assert normalise_text(raw, soft_wraps=True).split("\n") == [
        "Kitchen equipment operation",
        "Food sanitation",
        "Nutrition",
        "Master of Science, Golden Valley University",
        "• Preparing diet plans based on health goals.",
        "• Assisting with marketing.",
        "Next line",
        "Trailing",
        "• a bullet never continues a line",
        "SKILLS",
        "Cooking",
    ]
    # without the flag (DOCX, plain text) lines stay as they are
    assert normalise_text("Kitchen equipment \noperation") == "Kitchen equipment\noperation"


def test_normalise_is_idempotent_and_drops_layout_debris() -> None:
    raw = "A\r\nB\t\tC\n.\n|\n\n\n\nD  E "
    once = normalise_text(raw, soft_wraps=True)
    assert once == "A\nB C\n\nD E"
    assert normalise_text(once, soft_wraps=True) == once


def test_strip_markdown() -> None:
    md = (
        "# Jane Doe\n"
        "**Nurse** · [Portfolio](https://jane.example.com)\n"
        "* first\n"
        "---\n"
        "snake_case_name and jane_doe@example.com stay\n"
        "| Skill | Level |\n"
        "|---|---|\n"
    )
    lines = normalise_text(strip_markdown(md)).split("\n")
    assert lines[:5] == [
        "Jane Doe",
        "Nurse · Portfolio (https://jane.example.com)",
        "• first",
        "",
        "snake_case_name and jane_doe@example.com stay",
    ]
    assert lines[5] == "| Skill | Level |"


@pytest.mark.parametrize("footer", ["Page 2 of 3", "page 1", "2 / 3", "1 of 2", "– 2 –"])
def test_page_numbers_are_dropped(footer: str) -> None:
    text = normalise_text(f"Certifications\nServSafe Manager\n{footer}")
    assert text == "Certifications\nServSafe Manager"


@pytest.mark.parametrize("line", ["Page Layout Design", "24/7 support", "Level 3 of 5 in Excel"])
def test_lines_with_numbers_that_are_no_page_number_stay(line: str) -> None:
    assert normalise_text(line) == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cégep de Saint-Hyacinthe | Saint-\nHyacinthe",
            "Cégep de Saint-Hyacinthe | Saint-Hyacinthe",
        ),
        ("Skills: C-\nPython", "Skills: C-\nPython"),  # a grade or a list, not a wrapped name
        ("well-\nknown", "well-\nknown"),  # not a name: left to the TeX hyphen rules
    ],
)
def test_a_hyphenated_name_wrapped_in_its_cell_joins(text: str, expected: str) -> None:
    assert normalise_text(text) == expected
