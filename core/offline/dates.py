"""Read resume dates ("Jan 2021", "2016-01", "Present") and add up years of experience."""

from __future__ import annotations

import re
from datetime import date

from core.models import Experience, Profile
from core.offline.lexicon import NUMBER_WORDS
from core.offline.text import fold
from core.resume.dates import is_ongoing

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan january janvier enero",
            "feb february fevrier febrero",
            "mar march mars marzo",
            "apr april avril abril",
            "may mai mayo",
            "jun june juin junio",
            "jul july juillet julio",
            "aug august aout agosto",
            "sep sept september septembre septiembre",
            "oct october octobre octubre",
            "nov november novembre noviembre",
            "dec december decembre diciembre",
        ),
        start=1,
    )
    for m in names.split()
}
_ONGOING = ("pres", "current", "now", "today", "ongoing", "aujourd")  # "pres." too
_SHORT_YEAR = re.compile(r"['’‘](\d{2})\b")  # "Mar '19", "’14"
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_NAME = re.compile(r"\b([a-z]{3,9})\.?[\s/-]*(19[5-9]\d|20\d\d)\b")
_NUMERIC = re.compile(r"\b(?:(\d{1,2})[/.-](19[5-9]\d|20\d\d)|(19[5-9]\d|20\d\d)[/.-](\d{1,2}))\b")


def _full_year(match: re.Match[str]) -> str:
    """'19 -> 2019, '98 -> 1998."""
    year = int(match[1])
    return f" {2000 + year if year <= 40 else 1900 + year}"


def parse_date(text: str | None, today: date, *, end: bool = False) -> date | None:
    """The first day of the month `text` names; ongoing words give `today`."""
    if not text:
        return None
    t = fold(text)
    # Resumes letter-space dates ("J A N U A R Y 2 0 2 0"); join single letters/digits back.
    t = re.sub(r"(?<=\b\w) (?=\w\b)", "", t)
    t = _SHORT_YEAR.sub(_full_year, t)
    if any(word in t for word in _ONGOING) or is_ongoing(text):
        return today
    for m in _MONTH_NAME.finditer(t):
        month = MONTHS.get(m.group(1))
        if month:
            return date(int(m.group(2)), month, 1)
    n = _NUMERIC.search(t)
    if n:
        month_s, year_s = (n.group(1), n.group(2)) if n.group(1) else (n.group(4), n.group(3))
        if 1 <= int(month_s) <= 12:
            return date(int(year_s), int(month_s), 1)
    y = _YEAR.search(t)
    if y:
        # A bare year as an end date means "during that year": count to its end.
        return date(int(y.group(1)), 12 if end else 1, 1)
    return None


def _interval(exp: Experience, today: date) -> tuple[date, date] | None:
    start = parse_date(exp.start, today)
    end = parse_date(exp.end, today, end=True) if exp.end else None
    if start is None:
        return None
    if end is None:
        end = today if exp.end is None else start
    return (start, end) if end >= start else None


def years_from_dates(profile: Profile, today: date) -> float:
    """Years covered by the profile's jobs, overlaps counted once."""
    spans = sorted(s for e in profile.experience if (s := _interval(e, today)))
    total_days = 0
    cur_start: date | None = None
    cur_end: date | None = None
    for start, end in spans:
        if cur_end is None or start > cur_end:
            if cur_start is not None and cur_end is not None:
                total_days += (cur_end - cur_start).days
            cur_start, cur_end = start, end
        elif end > cur_end:
            cur_end = end
    if cur_start is not None and cur_end is not None:
        total_days += (cur_end - cur_start).days
    return round(total_days / 365.25, 1)


_STATED = re.compile(r"\b(\d{1,2}|[a-z]+)\s*\+?\s*(?:years|yrs)\b")


def stated_years(text: str) -> float | None:
    """Years of experience a summary claims ("8 years experience", "three years of ...")."""
    best: float | None = None
    for m in _STATED.finditer(fold(text)):
        raw = m.group(1)
        value = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if value is not None and value <= 45:
            best = max(best or 0.0, float(value))
    return best


def candidate_years(profile: Profile, today: date) -> float:
    """The candidate's years of experience: dated jobs, or the summary's claim if larger."""
    from_dates = years_from_dates(profile, today)
    claimed = stated_years(profile.summary) or 0.0
    return max(from_dates, claimed)


_YEARS_WORD = re.compile(r"\b(?:years?|yrs)\b")
_BEFORE_YEARS = re.compile(r"(\d{1,2}|[a-z]+)\s*(?:\+|(?:-|to)\s*\d{1,2})?\s*\+?\s*$")


def required_years(text: str) -> float | None:
    """The years of experience a job description asks for ("5+ years", "3-5 years"), if any."""
    folded = fold(text)
    best: float | None = None
    for hit in _YEARS_WORD.finditer(folded):
        m = _BEFORE_YEARS.search(folded, max(0, hit.start() - 24), hit.start())
        if m is None:
            continue
        raw = m.group(1)
        value = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if value is None or value > 30:
            continue
        best = max(best or 0.0, float(value))
    return best
