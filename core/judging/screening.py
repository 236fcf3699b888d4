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

from core.judging.place_limits import place_key
from core.judging.place_rules import place_ok, place_rule, place_status, remote_rule
from core.judging.rule_check import RuleCheck
from core.judging.salary_rule import salary_comparison, salary_rule
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


def check_rules(
    job: Job, prefs: Preferences, *, rates: Mapping[str, float] | None = None
) -> RuleCheck:
    """Check every hard rule: what breaks, what cannot be checked, and the red flags."""
    out = RuleCheck()
    salary_rule(job, prefs, rates, out)
    modes = job_modes(job)
    accepted = set(prefs.work_modes)
    if modes and not modes & accepted:
        out.rejects.append(
            f"Work mode {'/'.join(sorted(modes))} is not one you accept "
            f"({'/'.join(sorted(accepted)) or 'none'})."
        )
    if job.is_remote and WorkMode.REMOTE in accepted:
        remote_rule(job, prefs, out)
    else:
        place_rule(job, prefs, out)
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
