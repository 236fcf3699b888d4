"""Hard rules from the user's preferences: a job that breaks one is rejected before any LLM call.

Salary is compared only when both sides use the same currency (or when the caller supplies
an exchange rate for the job's currency): a job paying in another currency with no known
rate is NOT rejected on salary, because guessing a rate could wrongly drop a good job; the
clarification report shows the unconverted figure instead. A job that states no currency is
taken to pay in the user's currency (portals state pay in local currency and leave it out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.models import Job, Preferences, WorkMode
from core.offline.text import phrase_key

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

# Different spellings of the same country, folded.
_COUNTRY_ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "u s": "united states",
    "u s a": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "great britain": "united kingdom",
    "britain": "united kingdom",
    "england": "united kingdom",
    "scotland": "united kingdom",
    "wales": "united kingdom",
    "uae": "united arab emirates",
    "deutschland": "germany",
    "espana": "spain",
    "holland": "netherlands",
    "the netherlands": "netherlands",
    "schweiz": "switzerland",
    "suisse": "switzerland",
}


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


def place_key(name: str) -> str:
    """A city or country folded, with country aliases resolved ("USA" == "United States")."""
    key = phrase_key(name)
    return _COUNTRY_ALIASES.get(key, key)


def place_ok(job: Job, prefs: Preferences) -> bool:
    """True when the job is in one of the user's cities or countries (or says no place)."""
    if not prefs.cities and not prefs.countries:
        return True
    if not job.cities and not job.countries:
        return True
    wanted = {place_key(p) for p in (*prefs.cities, *prefs.countries)}
    return any(place_key(p) in wanted for p in (*job.cities, *job.countries))


def salary_comparison(
    job: Job, prefs: Preferences, rates: Mapping[str, float] | None = None
) -> tuple[float, str] | None:
    """The job's salary in the user's currency, or None when it cannot be compared."""
    if job.salary_offered is None:
        return None
    mine = prefs.salary_currency.strip().upper()
    theirs = (job.currency or mine).strip().upper()
    if theirs == mine:
        return job.salary_offered, mine
    rate = (rates or {}).get(theirs)
    if rate is None:
        return None
    return job.salary_offered * rate, mine


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def screen(job: Job, prefs: Preferences, *, rates: Mapping[str, float] | None = None) -> list[str]:
    """Return the hard-rule rejection reasons for `job` (empty when it passes).

    `rates` maps a currency code to its value in the user's currency; without one,
    salaries in another currency are not compared (see the module docstring).
    """
    reasons: list[str] = []
    if prefs.min_salary is not None:
        compared = salary_comparison(job, prefs, rates)
        if compared is not None and compared[0] < prefs.min_salary:
            reasons.append(
                f"Salary {_money(compared[0], compared[1])} is below your minimum of "
                f"{_money(prefs.min_salary, prefs.salary_currency.upper())}."
            )
    modes = job_modes(job)
    accepted = set(prefs.work_modes)
    if modes and not modes & accepted:
        reasons.append(
            f"Work mode {'/'.join(sorted(modes))} is not one you accept "
            f"({'/'.join(sorted(accepted)) or 'none'})."
        )
    remote_for_me = job.is_remote and WorkMode.REMOTE in accepted
    if not remote_for_me and not prefs.open_to_relocation and not place_ok(job, prefs):
        wanted = ", ".join([*prefs.cities, *prefs.countries])
        reasons.append(f"Location {job.place()} is not in your places ({wanted}).")
    if prefs.needs_visa_sponsorship and not job.visa_sponsorship_offered:
        reasons.append("You need visa sponsorship and this job does not offer it.")
    blocked = is_blocked(job.company, prefs.blocked_companies)
    if blocked is not None:
        reasons.append(f"{job.company} is on your blocked companies list ({blocked}).")
    title = phrase_key(job.title)
    for word in prefs.excluded_title_words:
        key = phrase_key(word)
        if key and re.search(rf"(?<!\w){re.escape(key)}(?:s|es|ship)?(?!\w)", title):
            reasons.append(f"The title '{job.title}' contains the excluded word '{word}'.")
            break
    return reasons
