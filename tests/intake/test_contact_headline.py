"""A headline line that carries the place too: the role is the headline, the place is kept."""

from __future__ import annotations

from core.resume.parser import parse_profile

RESUME = """Aoife Brennan
Nutrition Consultant · Dublin, Ireland
aoife@example.org · +353 87 555 0142

SKILLS
Meal Planning, Nutrition Counseling, HACCP, Food Safety, Menu Planning
"""


def test_role_and_place_on_one_line() -> None:
    profile = parse_profile(RESUME)
    assert profile.location == "Dublin, Ireland"
    assert profile.full_name == "Aoife Brennan"
    assert "Dublin" not in profile.summary


def test_a_name_set_large_over_two_lines_is_read_whole() -> None:
    """A theme sets "Nguyen Thi" over "Thu Ha" and prints the whole name under them; a line
    under a name that the header never joins to it stays out ("Berlin Office")."""
    two = parse_profile(
        "Nguyen Thi\nThu Ha\nNguyen Thi Thu Ha\nGraphic Designer\nthuha@example.com\n"
    )
    assert two.full_name == "Nguyen Thi Thu Ha"
    one = parse_profile("Anna Schmidt\nBerlin Office\nanna@example.com\n")
    assert one.full_name == "Anna Schmidt"
