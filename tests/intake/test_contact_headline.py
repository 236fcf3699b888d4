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
