"""Thresholds from a score to accept / clarify / reject, and the verdict built from an LLM score."""

from __future__ import annotations

from core.judging.screening import screen
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


def to_verdict(result: JobScore, prefs: Preferences, *, job: Job | None = None) -> Verdict:
    """Turn an engine's score into a verdict; with `job`, hard rules still win over the score.

    The score can only make a decision stricter than the hard rules: a job that breaks one is
    rejected whatever the engine said.
    """
    hard = screen(job, prefs) if job is not None else []
    if hard:
        return Verdict(
            score=0,
            decision=Decision.REJECT,
            reasons=hard,
            matched=result.matched,
            missing=result.missing,
        )
    return Verdict(
        score=result.score,
        decision=route(result.score, prefs),
        reasons=list(result.reasons),
        matched=list(result.matched),
        missing=list(result.missing),
    )
