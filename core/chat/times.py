"""Reading times as people write them: '10pm', '22:00', '7am-9', '22-7', '10pm to 7am'."""

from __future__ import annotations

import re

from core.chat.prefs_parse import NOTHING, AnswerError

_CLOCK = re.compile(
    r"^(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?\s*"
    r"(?P<half>a\.?\s?m\.?|p\.?\s?m\.?|h|hrs?|o'?clock|uhr)?$"
)
_WORDS = {"midnight": 0, "noon": 12, "midday": 12}
# '-', en and em dashes, '~', 'to', 'till', 'until', 'through': what people put in a range.
_RANGE = re.compile(r"\s*(?:[-–—~]|\bto\b|\btill?\b|\buntil\b|\bthrough\b)\s*")
HOUR_HINT = "Send an hour from 0 to 23, like '22', '22:00' or '10pm'."
RANGE_HINT = "Send two hours like '22-7', '22:00-07:00' or '10pm-7am', or 'off'."


def parse_clock(text: str) -> int:
    """One hour of the day: '10pm' -> 22, '12am' -> 0, '07:00' -> 7, 'noon' -> 12."""
    cleaned = " ".join(text.strip().lower().split()).removesuffix(" utc").rstrip(".")
    cleaned = cleaned.removeprefix("at ").strip()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    found = _CLOCK.fullmatch(cleaned)
    if found is None:
        raise AnswerError(f"I could not read '{text.strip()[:20]}' as a time. {HOUR_HINT}")
    hour = int(found["hour"])
    if found["minute"] not in (None, "00"):
        raise AnswerError("I keep whole hours: send 22:00 rather than 22:30.")
    half = (found["half"] or "").replace(".", "").replace(" ", "")
    if half in {"am", "pm"}:
        if not 1 <= hour <= 12:
            raise AnswerError(f"{hour}{half} is not a time: with am or pm, send 1 to 12.")
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif hour == 24:
        hour = 0
    elif hour > 23:
        raise AnswerError(f"{hour} is not an hour of the day. {HOUR_HINT}")
    return hour


def parse_range(text: str) -> tuple[int, int] | None:
    """Quiet hours: '10pm-7am' -> (22, 7), '22-7' -> (22, 7); 'off' -> None.

    A bare number is an hour on the 24-hour clock ('7am-9' is 07:00-09:00); am/pm on one
    side only does not change the other, so nothing is guessed behind the person's back.
    """
    cleaned = text.strip().lower()
    if cleaned in NOTHING | {"off", "never", "no quiet hours"}:
        return None
    cleaned = cleaned.removeprefix("from ").removesuffix(" utc").strip()
    parts = [p for p in _RANGE.split(cleaned, maxsplit=1) if p.strip()]
    if len(parts) != 2:
        raise AnswerError(RANGE_HINT)
    try:
        start, end = parse_clock(parts[0]), parse_clock(parts[1])
    except AnswerError as err:
        raise AnswerError(f"{err} {RANGE_HINT}") from None
    if start == end:
        raise AnswerError("The start and end hours must differ.")
    return start, end
