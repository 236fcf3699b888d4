"""Times as people write them: one hour, or a range of quiet hours."""

from __future__ import annotations

import pytest

from core.chat.prefs_parse import AnswerError
from core.chat.times import parse_clock, parse_range


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("10pm", 22),
        ("10 PM", 22),
        ("10 p.m.", 22),
        ("22:00", 22),
        ("22", 22),
        ("7am", 7),
        ("07:00", 7),
        ("12am", 0),
        ("12pm", 12),
        ("noon", 12),
        ("midnight", 0),
        ("24", 0),
        ("18h", 18),
        ("at 6pm", 18),
        ("18:00 UTC", 18),
    ],
)
def test_one_hour(text: str, hour: int) -> None:
    assert parse_clock(text) == hour


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("10pm-7am", (22, 7)),
        ("22-7", (22, 7)),
        ("22:00-07:00", (22, 7)),
        ("7am-9", (7, 9)),
        ("10pm to 7am", (22, 7)),
        ("10pm – 7am", (22, 7)),
        ("from 11pm until 6am", (23, 6)),
        ("9-5pm", (9, 17)),
        ("off", None),
        ("none", None),
    ],
)
def test_a_range(text: str, hours: tuple[int, int] | None) -> None:
    assert parse_range(text) == hours


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("25", "not an hour"),
        ("13pm", "1 to 12"),
        ("22:30", "whole hours"),
        ("soon", "could not read"),
    ],
)
def test_a_bad_hour_says_what_to_send(text: str, says: str) -> None:
    with pytest.raises(AnswerError, match=says):
        parse_clock(text)


@pytest.mark.parametrize("text", ["evenings", "22", "10pm-10pm", "25-7", "1-2-3"])
def test_a_bad_range_is_refused(text: str) -> None:
    with pytest.raises(AnswerError):
        parse_range(text)
