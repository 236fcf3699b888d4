"""A name set over two lines next to a photo box: the first name, then the surname in capitals."""

from __future__ import annotations

from core.resume.contact import split_name
from core.resume.parser import parse_profile

RESUME = """James
O'CONNOR
Primary School Teacher
PHOTO
Email: james@example.org
Phone: +353 87 555 0199

About
Primary teacher who builds calm, curious classrooms.
"""


def test_first_name_above_the_surname_is_one_name() -> None:
    profile = parse_profile(RESUME)
    assert profile.full_name == "James O'Connor"
    assert profile.email == "james@example.org"


def test_a_role_over_two_lines_is_no_name() -> None:
    assert split_name(["Primary School", "Teacher", "Dublin"]) is None
    assert split_name(["Contact", "Details"]) is None


def test_a_one_line_name_still_wins() -> None:
    assert parse_profile("Noah Williams\nBarista\nnoah@example.org\n").full_name == "Noah Williams"
