"""An LLM verdict must earn an accept: its quotations are checked against the resume, its
claimed matches must cover the job's main requirements, and the offline engine's red flags
can only make it stricter. Reasons are shown, never trusted: they decide nothing."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from core.errors import LLMUnavailable
from core.evidence import evidence_found, profile_haystack
from core.models import Decision, Job, Match, Preferences, Profile, Verdict
from core.ports import JobScore

# Share of the main requirements a verified, corroborated match must cover for an accept.
MIN_COVERAGE = 0.75
_WORD = re.compile(r"[^\W_]+")
# Words too common in requirement names to tie a quotation to one.
_GENERIC = frozenset(
    {"and", "or", "the", "for", "with", "of", "in", "on", "to", "a", "an", "plus", "etc"}
    | {"experience", "experienced", "skills", "skill", "years", "year", "knowledge"}
    | {"ability", "strong", "good", "excellent", "working", "work", "level"}
)
NOT_IN_RESUME = "scoring unavailable: the LLM quoted evidence not in your resume"
NO_EVIDENCE = "scoring unavailable: the LLM claimed a fit without evidence"
_ORDER = {Decision.ACCEPT: 0, Decision.CLARIFY: 1, Decision.REJECT: 2}


class UnverifiedAnswer(LLMUnavailable):
    """The LLM's answer does not hold up against the resume: a failure to score, so the job
    waits for another try; never a rejection and never an accept."""


def _words(text: str) -> set[str]:
    """Lower-case content words, a plural 's' removed (so 'Skills' ties to 'skill')."""
    out = set()
    for w in _WORD.findall(text.casefold()):
        if w in _GENERIC or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


def same_requirement(a: str, b: str) -> bool:
    """True when one requirement name contains the other as whole words ('First Aid' and
    'First Aid certification'), ignoring case and punctuation."""
    x, y = " ".join(_WORD.findall(a.casefold())), " ".join(_WORD.findall(b.casefold()))
    if not x or not y:
        return False
    return f" {x} " in f" {y} " or f" {y} " in f" {x} "


def check_evidence(result: JobScore, profile: Profile, resume_text: str) -> None:
    """Raise UnverifiedAnswer unless every claimed match quotes the resume (whole words,
    normalised spacing, case and quotes)."""
    haystack = profile_haystack(profile, resume_text)
    for match in result.matched:
        if len(" ".join(_WORD.findall(match.evidence))) < 3 or not evidence_found(
            match.evidence, haystack
        ):
            raise UnverifiedAnswer(
                "scoring unavailable: the LLM quoted evidence not in your resume"
            )


def main_requirements(job: Job, offline: Verdict | None) -> list[str]:
    """The job's own required skills; else what the offline engine read from its text."""
    if job.required_skills:
        return list(dict.fromkeys(s for s in job.required_skills if s.strip()))
    if offline is None:
        return []
    names = [m.requirement for m in offline.matched] + list(offline.missing)
    return list(dict.fromkeys(n for n in names if n.strip()))


def _corroborated(requirement: str, match: Match, offline: Verdict | None) -> bool:
    """A quotation supports a requirement when it shares a content word with it, or the
    offline engine found the same requirement met on its own."""
    if _words(requirement) & _words(match.evidence):
        return True
    return offline is not None and any(
        same_requirement(requirement, m.requirement) for m in offline.matched
    )


def uncovered(
    requirements: Iterable[str], matched: list[Match], offline: Verdict | None
) -> list[str]:
    """The requirements no verified, corroborated match covers."""
    return [
        req
        for req in requirements
        if not any(
            same_requirement(req, m.requirement) and _corroborated(req, m, offline) for m in matched
        )
    ]


def _needed(n: int) -> int:
    """How many of `n` main requirements must be covered: all of one or two, else 75%
    rounded half up (2 of 3, 3 of 4, 4 of 5)."""
    return n if n <= 2 else math.floor(MIN_COVERAGE * n + 0.5)


def _cap(verdict: Verdict, to: Decision, reason: str, prefs: Preferences) -> Verdict:
    """`verdict` made at least as strict as `to`, its score moved into that band."""
    if _ORDER[verdict.decision] >= _ORDER[to]:
        return verdict
    top = {
        Decision.CLARIFY: max(prefs.accept_threshold - 1, 0),
        Decision.REJECT: max(min(prefs.clarify_threshold, prefs.accept_threshold) - 1, 0),
    }[to]
    return verdict.model_copy(
        update={
            "decision": to,
            "score": min(verdict.score, top),
            "reasons": [reason, *verdict.reasons],
        }
    )


def earn_accept(
    verdict: Verdict, result: JobScore, job: Job, prefs: Preferences, offline: Verdict | None
) -> Verdict:
    """Let an LLM accept stand only when verified evidence covers the main requirements."""
    if verdict.decision is not Decision.ACCEPT:
        return verdict
    if not result.matched:
        raise UnverifiedAnswer(NO_EVIDENCE)
    reqs = main_requirements(job, offline)
    if not reqs:
        return _cap(verdict, Decision.CLARIFY, "No requirements to check the fit against.", prefs)
    gaps = uncovered(reqs, result.matched, offline)
    if len(reqs) - len(gaps) < _needed(len(reqs)):
        names = ", ".join(gaps[:4])
        reason = f"Fit not shown in your resume for: {names}; you decide."
        return _cap(verdict, Decision.CLARIFY, reason, prefs)
    return verdict


def stricter_than_offline(verdict: Verdict, offline: Verdict, prefs: Preferences) -> Verdict:
    """The offline engine's red flags and hard-rule rejects can only tighten `verdict`."""
    flags = list(offline.red_flags)
    hard_reject = offline.decision is Decision.REJECT and offline.score == 0
    if hard_reject:
        reason = offline.reasons[0] if offline.reasons else "A hard rule rejects this job."
        capped = _cap(verdict, Decision.REJECT, reason, prefs)
    elif flags:
        to = Decision.REJECT if offline.decision is Decision.REJECT else Decision.CLARIFY
        capped = _cap(verdict, to, f"Red flag: {'; '.join(flags[:3])}.", prefs)
    else:
        return verdict
    merged = list(dict.fromkeys([*capped.red_flags, *flags]))
    return capped.model_copy(update={"red_flags": merged})
