"""blind11: the veteran meets the military layout and a career break is no job (no parser)."""

from __future__ import annotations

from tests.intake.resume_set.generate import cases

BLIND11 = [c for c in cases(blind11=True) if c.group == "blind11"]


def test_the_veteran_meets_the_military_layout_and_breaks_are_no_jobs() -> None:
    military = {c.person.name for c in BLIND11 if c.layout.name == "military_transition"}
    assert "Travis O'Neill" in military
    for c in BLIND11:
        if c.layout.name == "career_break":
            assert all("Career break" not in j.role for j in c.person.jobs)
