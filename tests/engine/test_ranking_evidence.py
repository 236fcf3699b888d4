"""Thresholds route scores; evidence not in the resume is dropped for every engine."""

from __future__ import annotations

import pytest

from core.evidence import verify_matches
from core.judging.ranking import route, to_verdict
from core.models import Decision, Job, Match, Preferences, Profile, Skill
from core.ports import JobScore


@pytest.mark.parametrize(
    ("score", "decision"),
    [
        (0, Decision.REJECT),
        (39, Decision.REJECT),
        (40, Decision.CLARIFY),
        (69, Decision.CLARIFY),
        (70, Decision.ACCEPT),
        (100, Decision.ACCEPT),
    ],
)
def test_default_thresholds(score: int, decision: Decision) -> None:
    assert route(score, Preferences()) is decision


def test_per_user_thresholds() -> None:
    prefs = Preferences(accept_threshold=85, clarify_threshold=60)
    assert route(84, prefs) is Decision.CLARIFY
    assert route(59, prefs) is Decision.REJECT
    assert route(85, prefs) is Decision.ACCEPT


def test_clarify_threshold_above_accept_leaves_no_clarify_band() -> None:
    prefs = Preferences(accept_threshold=50, clarify_threshold=80)
    assert route(55, prefs) is Decision.ACCEPT
    assert route(49, prefs) is Decision.REJECT


def test_a_high_score_cannot_override_a_hard_rule() -> None:
    job = Job(id="1", title="Nurse", company="Acme Inc")
    verdict = to_verdict(JobScore(score=100), Preferences(blocked_companies=["acme"]), job=job)
    assert verdict.decision is Decision.REJECT and verdict.score == 0
    assert "blocked" in verdict.reasons[0]


PROFILE = Profile(
    full_name="Ada",
    skills=[Skill(name="JavaScript")],
    summary="Dietitian with “seven” years in renal care.",
)
RESUME = "Ada\nLed   the renal nutrition\nclinic at St. Mary's, cutting waits by 30%."


def score(*matches: tuple[str, str], missing: list[str] | None = None) -> JobScore:
    return JobScore(
        score=80,
        reasons=["fits"],
        matched=[Match(requirement=r, evidence=e) for r, e in matches],
        missing=missing or [],
    )


def test_real_evidence_is_kept_despite_case_spacing_and_quotes() -> None:
    result = score(
        ("Renal", "led the Renal Nutrition clinic"),
        ("Dietitian", "\"Dietitian with 'seven' years\""),
        ("Waits", "at St. Mary's, cutting waits … by 30%"),
    )
    checked = verify_matches(result, PROFILE, RESUME)
    assert checked == result


def test_invented_evidence_moves_to_missing_and_lowers_the_score() -> None:
    result = score(
        ("Renal", "led the renal nutrition clinic"),
        ("Kubernetes", "ran Kubernetes clusters at Google"),
        ("Java", "Java"),  # only "JavaScript" is in the profile: a word boundary matters
        missing=["Spanish"],
    )
    checked = verify_matches(result, PROFILE, RESUME)
    assert [m.requirement for m in checked.matched] == ["Renal"]
    assert checked.missing == ["Spanish", "Kubernetes", "Java"]
    assert checked.score == round(80 * (1 - 2 / 4))
    assert "Kubernetes" in checked.reasons[-1]


def test_empty_or_punctuation_only_evidence_is_not_evidence() -> None:
    checked = verify_matches(score(("A", ""), ("B", "...")), PROFILE, RESUME)
    assert checked.matched == [] and checked.missing == ["A", "B"]
