"""Bullets as themes print them: a job's list in two columns is read column by column, inside
that entry only; a list's glyph the PDF maps to no character is still a bullet."""

from __future__ import annotations

from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from core.resume.text import normalise_text
from tests.intake.test_browser_themes import _page, line

SIZE = 8.0


def _bullet(text: str, x: float, y: float) -> list[Word]:
    return [Word("·", x, x + 2, y - SIZE, y, "regular/8.0"), *line(text, x + 4, y, SIZE)]


def test_a_theme_printing_bullets_in_two_columns_gives_each_bullet_whole() -> None:
    # "actual" (real word boxes): the first bullet fills the left column, the next two the
    # right one; rows cross both columns, and were read as one line each
    text = _page("actual-maria")
    lines = text.split("\n")
    assert "Charge Nurse | Mar 2019 - Present" in lines  # the title row keeps its dates
    assert not [x for x in lines if x.count("·") > 1 and "|" not in x and "Boston" not in x]
    jobs = parse_profile(text).experience
    assert jobs[0].responsibilities == [
        "Led a team of twelve nurses on a 32-bed surgical ward and planned daily staffing "
        "around admissions and discharges.",
        "Performed wound care and medication administration for post-operative patients.",
        "Trained new graduates in infection control procedures.",
    ]
    # the second job's two bullets sit in one segment per row (a narrow gutter): cut too
    assert jobs[1].responsibilities[:2] == [
        "Monitored vital signs and escalated deteriorating patients to the rapid response team.",
        "Documented care in Epic and kept charts complete for audits.",
    ]


def test_the_columns_of_one_entry_do_not_take_the_next_entry() -> None:
    words = line("Class Teacher", 20, 100, 10) + line("Sep 2018 - Present", 300, 100, 10)
    words += _bullet("Taught a class of 28 pupils", 25, 115) + _bullet("Introduced a", 200, 115)
    words += line("across the curriculum.", 25, 125, SIZE) + line(
        "new homework app.", 200, 125, SIZE
    )
    words += line("Substitute Teacher", 20, 145, 10) + line("Sep 2016 - Jun 2018", 300, 145, 10)
    words += _bullet("Covered classes at short notice.", 25, 160)
    assert [x.strip() for x in document_text([words]).split("\n")] == [
        "Class Teacher | Sep 2018 - Present",
        "· Taught a class of 28 pupils",
        "across the curriculum.",
        "· Introduced a",
        "new homework app.",
        "Substitute Teacher | Sep 2016 - Jun 2018",
        "· Covered classes at short notice.",
    ]


def test_a_dot_between_two_phrases_of_one_bullet_is_no_column() -> None:
    # the second "·" follows a word space, not a gutter: one bullet, read as written
    words = _bullet("Cut waste by 20%", 25, 115)
    words += line(
        "· and trained four new starters on the line", 25 + 4 + 0.5 * SIZE * 15, 115, SIZE
    )
    words += line("every week.", 25, 125, SIZE)
    assert document_text([words]).split("\n")[0].count("·") == 2


def test_a_single_row_of_two_bullets_is_left_as_it_is() -> None:
    # one row is no column: without a second row at the same edge, nothing is cut
    words = _bullet("Led the team.", 25, 115) + _bullet("Ran the budget.", 200, 115)
    assert document_text([words]).split("\n") == ["· Led the team. | · Ran the budget."]


def _glyph_row(text: str, y: float, glyph: str = "(cid:0)") -> list[Word]:
    # a small glyph in a font of its own, then the item's text a little way to the right
    return [Word(glyph, 65.2, 68.8, y - 9.7, y, "serif/9.7"), *line(text, 80.2, y, 10.5)]


def test_bullets_drawn_with_an_unmapped_glyph_stay_bullets() -> None:
    words = line("Highlights", 50, 100, 13.5, "bold")
    words += _glyph_row("Drive 40-foot buses on two routes.", 120)
    words += _glyph_row("Complete the daily pre-trip inspection.", 140)
    text = normalise_text(document_text([words])).split("\n")
    assert text == [
        "Highlights",
        "• Drive 40-foot buses on two routes.",
        "• Complete the daily pre-trip inspection.",
    ]


def test_an_unmapped_icon_before_contact_data_is_no_bullet() -> None:
    words = _glyph_row("+1 617 555 0142", 120) + _glyph_row("maria@mailbox.org", 140)
    assert "•" not in normalise_text(document_text([words]))
