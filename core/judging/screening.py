"""Hard rules from the user's preferences: a job that breaks one is rejected before any LLM call.

Besides the breaches (`screen`), `check_rules` reports what a rule could not check or what
only the user can decide (moving home, a pay figure with no period, an unknown currency, a
remote limit it cannot read): those send the job to the user, never to an automatic accept.
Pay is turned into a year's pay from the posting's number and words ("$22/hour", "per
month") and converted with dated reference rates (core.judging.currency).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.judging.currency import active_rates, currency_code
from core.judging.pay_period import annual_pay
from core.judging.place_limits import (
    countries_of,
    home_countries,
    place_key,
    remote_limit,
)
from core.models import Job, Preferences, WorkMode
from core.offline.text import phrase_key

__all__ = [
    "RuleCheck",
    "check_rules",
    "company_key",
    "is_blocked",
    "job_modes",
    "place_key",
    "place_ok",
    "place_status",
    "salary_comparison",
    "screen",
]

# Company-name endings that do not tell companies apart ("Acme" blocks "ACME Inc.").
_LEGAL_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "oy",
        "ab",
        "as",
        "pty",
        "pte",
        "kk",
        "group",
        "holding",
        "holdings",
    ]
)
# Without a stated period, a figure this small next to the user's minimum is likely hourly or
# monthly: the rule cannot tell, so it asks instead of rejecting.
_PERIOD_UNCLEAR_SHARE = 0.15
# Largest unlabelled figures (in USD) that could still be monthly or hourly pay, and the
# longest week such an hourly figure could stand for.
_MAX_MONTHLY_USD = 25_000.0
_MAX_HOURLY_USD = 300.0
_LONG_WEEK_HOURS = 50.0
# Reference rates are dated: a converted figure this close under the minimum is the user's call.
_RATE_MARGIN = 0.03


def job_modes(job: Job) -> set[WorkMode]:
    """The work modes a job offers (empty when the posting does not say)."""
    flags = ((WorkMode.REMOTE, job.is_remote), (WorkMode.HYBRID, job.is_hybrid))
    return {m for m, on in (*flags, (WorkMode.ONSITE, job.is_onsite)) if on}


def company_key(name: str) -> tuple[str, ...]:
    """Company name as folded words without legal suffixes."""
    tokens = phrase_key(name).split()
    while len(tokens) > 1 and tokens[-1] in _LEGAL_SUFFIXES:
        tokens.pop()
    return tuple(tokens)


def is_blocked(company: str, blocked: list[str]) -> str | None:
    """The blocked entry that matches `company` as a whole-word sequence, if any."""
    words = company_key(company)
    for entry in blocked:
        key = company_key(entry)
        if not key:
            continue
        n = len(key)
        if any(words[i : i + n] == key for i in range(len(words) - n + 1)):
            return entry
    return None


@dataclass
class RuleCheck:
    """Broken hard rules (reject), doubts (at most clarify) and red-flag codes with reasons."""

    rejects: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


_UPPER = frozenset(["eu", "eea", "uk", "us", "usa", "uae", "emea", "apac", "latam"])
_LOWER = frozenset(["the", "or", "and", "of", "in"])


def _pretty(phrase: str) -> str:
    words = phrase.split()
    return " ".join(w.upper() if w in _UPPER else w if w in _LOWER else w.title() for w in words)


def _names(countries: frozenset[str], said: tuple[str, ...]) -> str:
    if len(countries) <= 3:
        return " or ".join(sorted(_pretty(c) for c in countries))
    return " or ".join(_pretty(s) for s in said if s) or "certain countries"


def _remote_rule(job: Job, prefs: Preferences, out: RuleCheck) -> None:
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


def _place_rule(job: Job, prefs: Preferences, out: RuleCheck) -> None:
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


def salary_comparison(
    job: Job, prefs: Preferences, rates: Mapping[str, float] | None = None
) -> tuple[float, str] | None:
    """The job's yearly pay in the user's currency, or None when it cannot be compared."""
    pay = annual_pay(job)
    if pay is None or pay.amount is None:
        return None
    mine = currency_code(prefs.salary_currency) or "USD"
    theirs = currency_code(job.currency) or mine
    if theirs == mine:
        return pay.amount, mine
    if rates is not None:
        rate = rates.get(theirs)
        return (pay.amount * rate, mine) if rate is not None else None
    converted = active_rates().convert(pay.amount, theirs, mine)
    return (converted, mine) if converted is not None else None


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def _best_reading(figure: float, currency: str, as_year: float) -> float:
    """The highest yearly pay an unlabelled figure could mean (monthly, hourly), as converted."""
    in_usd = active_rates().convert(figure, currency, "USD")
    if in_usd is None:
        return as_year
    best = as_year
    if in_usd <= _MAX_MONTHLY_USD:
        best = max(best, as_year * 12)
    if in_usd <= _MAX_HOURLY_USD:
        best = max(best, as_year * _LONG_WEEK_HOURS * 52)
    return best


def _salary_rule(
    job: Job, prefs: Preferences, rates: Mapping[str, float] | None, out: RuleCheck
) -> None:
    if prefs.min_salary is None or job.salary_offered is None:
        return
    mine = currency_code(prefs.salary_currency) or "USD"
    minimum = _money(prefs.min_salary, mine)
    pay = annual_pay(job)
    if pay is not None and pay.doubt:
        out.doubts.append(
            f"Salary {job.salary_offered:,.0f} is {pay.doubt}; "
            f"compare it with your minimum of {minimum}."
        )
        out.flags.append("pay_unclear: yearly pay cannot be worked out")
        return
    compared = salary_comparison(job, prefs, rates)
    theirs = currency_code(job.currency) or mine
    if compared is None:
        out.doubts.append(
            f"Salary {_money(job.salary_offered, theirs)}: no exchange rate for {theirs}, "
            f"so it was not compared with your minimum of {minimum}."
        )
        out.flags.append(f"pay_unclear: unknown currency {theirs}")
        return
    amount = compared[0]
    unlabelled = pay is not None and not pay.stated
    tiny = unlabelled and amount < _PERIOD_UNCLEAR_SHARE * prefs.min_salary
    if tiny and _best_reading(job.salary_offered, theirs, amount) >= prefs.min_salary:
        out.doubts.append(
            f"Salary {_money(job.salary_offered, theirs)} with no period stated looks "
            f"hourly or monthly; compare it with your minimum of {minimum}."
        )
        out.flags.append("pay_unclear: pay period not stated")
        return
    if amount >= prefs.min_salary:
        return
    if theirs != mine and amount >= (1 - _RATE_MARGIN) * prefs.min_salary:
        out.doubts.append(
            f"Salary about {_money(amount, mine)} at reference rates of {active_rates().date}, "
            f"just under your minimum of {minimum}: rates move, so you decide."
        )
        out.flags.append("pay_unclear: close to your minimum after conversion")
        return
    stated = _money(amount, mine)
    how = []
    if pay is not None and pay.how:
        how.append(pay.how)
    if tiny:
        how.append("no period stated, and below even as monthly or hourly pay")
    if theirs != mine:
        table = active_rates()
        how.append(
            f"{theirs} converted at reference rates of {table.date}"
            if rates is None
            else f"{theirs} converted"
        )
    detail = f" ({'; '.join(how)})" if how else ""
    out.rejects.append(f"Salary {stated} a year{detail} is below your minimum of {minimum}.")
    out.flags.append(f"low_pay: about {stated} a year, under your minimum of {minimum}")


def check_rules(
    job: Job, prefs: Preferences, *, rates: Mapping[str, float] | None = None
) -> RuleCheck:
    """Check every hard rule: what breaks, what cannot be checked, and the red flags."""
    out = RuleCheck()
    _salary_rule(job, prefs, rates, out)
    modes = job_modes(job)
    accepted = set(prefs.work_modes)
    if modes and not modes & accepted:
        out.rejects.append(
            f"Work mode {'/'.join(sorted(modes))} is not one you accept "
            f"({'/'.join(sorted(accepted)) or 'none'})."
        )
    if job.is_remote and WorkMode.REMOTE in accepted:
        _remote_rule(job, prefs, out)
    else:
        _place_rule(job, prefs, out)
    if prefs.needs_visa_sponsorship and not job.visa_sponsorship_offered:
        out.rejects.append("You need visa sponsorship and this job does not offer it.")
    blocked = is_blocked(job.company, prefs.blocked_companies)
    if blocked is not None:
        out.rejects.append(f"{job.company} is on your blocked companies list ({blocked}).")
    title = phrase_key(job.title)
    for word in prefs.excluded_title_words:
        key = phrase_key(word)
        if key and re.search(rf"(?<!\w){re.escape(key)}(?:s|es|ship)?(?!\w)", title):
            out.rejects.append(f"The title '{job.title}' contains the excluded word '{word}'.")
            break
    return out


def screen(job: Job, prefs: Preferences, *, rates: Mapping[str, float] | None = None) -> list[str]:
    """Return the hard-rule rejection reasons for `job` (empty when it passes).

    `rates` maps a currency code to its value in the user's currency; without it the
    bundled reference rates are used.
    """
    return check_rules(job, prefs, rates=rates).rejects
