"""The place rules: a remote job's country limit, and onsite or hybrid work away from home."""

from __future__ import annotations

from core.judging.place_limits import countries_of, home_countries, place_key, remote_limit
from core.judging.rule_check import RuleCheck
from core.models import Job, Preferences

_UPPER = frozenset(["eu", "eea", "uk", "us", "usa", "uae", "emea", "apac", "latam"])
_LOWER = frozenset(["the", "or", "and", "of", "in"])


def _pretty(phrase: str) -> str:
    words = phrase.split()
    return " ".join(w.upper() if w in _UPPER else w if w in _LOWER else w.title() for w in words)


def _names(countries: frozenset[str], said: tuple[str, ...]) -> str:
    if len(countries) <= 3:
        return " or ".join(sorted(_pretty(c) for c in countries))
    return " or ".join(_pretty(s) for s in said if s) or "certain countries"


def remote_rule(job: Job, prefs: Preferences, out: RuleCheck) -> None:
    limit = remote_limit(job)
    if limit.countries is None and not limit.unclear:
        return
    home = home_countries(prefs)
    allowed = limit.countries or frozenset()
    if allowed and home and not allowed & home:
        where = _names(allowed, limit.said)
        mine = ", ".join(sorted(c.title() for c in home))
        out.rejects.append(f"Remote, but only for people in {where}; you chose {mine}.")
        out.flags.append(f"wrong_country: remote only from {where}")
    elif allowed & home:
        return
    elif limit.unclear:
        out.doubts.append(
            f"Remote with a limit on where you live that could not be read: '{limit.said[-1]}'."
        )
        out.flags.append("place_unclear: remote limit could not be read")
    else:
        out.doubts.append(
            f"Remote from {_names(allowed, limit.said)} only; your country is not set."
        )
        out.flags.append("place_unclear: your country is not set")


def place_ok(job: Job, prefs: Preferences) -> bool:
    """True when an onsite or hybrid job is in one of the user's places (or says no place)."""
    return place_status(job, prefs) != "away"


def place_status(job: Job, prefs: Preferences) -> str:
    """'ok', 'away' (means moving) or 'unknown' for a job done at a place."""
    if not prefs.cities and not prefs.countries:
        return "ok"
    if not job.cities and not job.countries:
        return "ok"
    my_cities = {place_key(c) for c in prefs.cities}
    home = home_countries(prefs)
    job_cities = {place_key(c) for c in job.cities}
    if job_cities & my_cities:
        return "ok"
    job_countries = {place_key(c) for c in job.countries}
    for city in job.cities:
        job_countries |= countries_of(city) or set()
    if not my_cities:
        # Any place in the user's countries will do.
        if job_countries & home:
            return "ok"
        return "away" if job_countries or job_cities else "unknown"
    if job_cities:
        return "away"
    # Only a country is given: in the user's country it may or may not be their city.
    return "unknown" if job_countries & home or not home else "away"


def place_rule(job: Job, prefs: Preferences, out: RuleCheck) -> None:
    status = place_status(job, prefs)
    wanted = ", ".join([*prefs.cities, *prefs.countries])
    if status == "unknown":
        out.doubts.append(
            f"Location {job.place()}: the city is not stated, so it may not be in {wanted}."
        )
        out.flags.append("place_unclear: city not stated")
    elif status == "away" and not prefs.open_to_relocation:
        out.rejects.append(f"Location {job.place()} is not in your places ({wanted}).")
        out.flags.append(f"wrong_place: {job.place()} is outside {wanted}")
    elif status == "away":
        out.doubts.append(f"Location {job.place()} means relocating from {wanted}: your call.")
        out.flags.append(f"relocation: {job.place()} means moving")
