"""Thresholds from a score to accept / clarify / reject, and the verdict built from an LLM score."""

from __future__ import annotations

from core.judging.screening import check_rules
from core.models import Decision, Job, Preferences, Verdict
from core.ports import JobScore


def route(score: int, prefs: Preferences) -> Decision:
    """Route a 0-100 score with the user's thresholds: below clarify rejects, at accept accepts."""
    accept = prefs.accept_threshold
    # A clarify threshold above the accept one would leave no clarify band: cap it.
    clarify = min(prefs.clarify_threshold, accept)
    if score >= accept:
        return Decision.ACCEPT
    if score >= clarify:
        return Decision.CLARIFY
    return Decision.REJECT


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def to_verdict(result: JobScore, prefs: Preferences, *, job: Job | None = None) -> Verdict:
    """Turn an engine's score into a verdict; with `job`, hard rules still win over the score.

    The rules and red flags can only make a decision stricter than the score: a job that
    breaks a rule is rejected, and one with a rule that cannot be checked, or any red flag,
    goes to the user (clarify) at best, whatever the engine said.
    """
    rules = check_rules(job, prefs) if job is not None else None
    flags = _unique([*(rules.flags if rules else []), *result.red_flags])
    if rules is not None and rules.rejects:
        return Verdict(
            score=0,
            decision=Decision.REJECT,
            reasons=rules.rejects,
            matched=result.matched,
            missing=result.missing,
            red_flags=flags,
        )
    decision = route(result.score, prefs)
    doubts = rules.doubts if rules else []
    if decision is Decision.ACCEPT and (doubts or flags):
        decision = Decision.CLARIFY
    return Verdict(
        score=result.score,
        decision=decision,
        reasons=_unique([*doubts, *result.reasons]),
        matched=list(result.matched),
        missing=list(result.missing),
        red_flags=flags,
    )
