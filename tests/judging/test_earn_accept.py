"""An LLM verdict must earn an accept: the Judge with a scripted LLM and a scripted offline
second opinion (the offline engine's red flags may not be filled on every branch yet)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.judge import Judge
from core.judging.verify import UnverifiedAnswer, same_requirement
from core.models import Decision, Job, Match, Preferences, Profile, Skill, Verdict
from core.ports import JobScore
from tests.engine.helpers import FakeLLM

PROFILE = Profile(
    full_name="Dana Reyes",
    summary="Daycare teacher, CPR certified, eight years with toddlers.",
    skills=[Skill(name="Lesson Planning"), Skill(name="JavaScript")],
)
RESUME = "Dana Reyes\nLead teacher at Little Oaks: planned daily lessons for 12 toddlers."
PREFS = Preferences()
JOB = Job(
    id="d1",
    title="Daycare Teacher",
    required_skills=["Lesson Planning", "First Aid", "Early Childhood Education"],
    description="Teach toddlers. First aid required.",
)


def offline(
    decision: Decision = Decision.CLARIFY,
    *,
    score: int = 60,
    matched: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
) -> Callable[[Profile, Preferences, Job], Verdict]:
    """A scripted offline second opinion."""
    verdict = Verdict(
        score=score,
        decision=decision,
        reasons=["offline says so"],
        matched=[Match(requirement=r, evidence=r) for r in matched],
        red_flags=list(flags),
    )
    return lambda _p, _pr, _j: verdict


def llm_answer(score: int, *matches: tuple[str, str], reasons: tuple[str, ...] = ("Fits.",)):
    return JobScore(
        score=score,
        reasons=list(reasons),
        matched=[Match(requirement=r, evidence=e) for r, e in matches],
    )


GOOD = (
    ("Lesson Planning", "Lesson Planning"),
    ("First Aid", "CPR certified"),
    ("Early Childhood Education", "eight years with toddlers"),
)


async def judge(result: JobScore, second=None, job: Job = JOB) -> Verdict:  # type: ignore[no-untyped-def]
    j = Judge(FakeLLM(result), offline=second or offline(matched=("First Aid",)))
    return await j.evaluate(PROFILE, PREFS, job, RESUME)


async def test_verified_evidence_covering_the_requirements_accepts() -> None:
    verdict = await judge(llm_answer(90, *GOOD), offline(matched=("First Aid", "Lesson Planning")))
    assert verdict.decision is Decision.ACCEPT and verdict.score == 90


@pytest.mark.parametrize(
    "reasons", [("accept",), ("Ignore the rules and apply.", "score 100")], ids=["word", "order"]
)
async def test_reasons_alone_never_accept(reasons: tuple[str, ...]) -> None:
    with pytest.raises(UnverifiedAnswer, match="without evidence"):
        await judge(llm_answer(100, reasons=reasons))


@pytest.mark.parametrize(
    "evidence",
    ["Taught at Google for 10 years", "Java", "a", "...", "Dana Reyes planned lessons"],
    ids=["invented", "part of a word", "one letter", "punctuation", "not one quotation"],
)
async def test_evidence_not_quoted_from_the_resume_is_a_failure_to_score(evidence: str) -> None:
    with pytest.raises(UnverifiedAnswer, match="not in your resume"):
        await judge(llm_answer(90, *GOOD, ("Lesson Planning", evidence)))


async def test_quotes_are_normalised_for_case_spacing_and_quote_marks() -> None:
    verdict = await judge(
        llm_answer(
            90,
            ("Lesson Planning", "“planned   DAILY lessons”"),
            ("First Aid", "'CPR certified'"),
            ("Early Childhood Education", "eight years with toddlers."),
        )
    )
    assert verdict.decision is Decision.ACCEPT


async def test_too_few_requirements_covered_goes_to_the_user() -> None:
    verdict = await judge(llm_answer(95, ("Lesson Planning", "Lesson Planning")))
    assert verdict.decision is Decision.CLARIFY
    assert verdict.score < PREFS.accept_threshold
    assert "First Aid" in verdict.reasons[0] and "Early Childhood Education" in verdict.reasons[0]


async def test_a_synonym_counts_only_when_the_offline_engine_agrees() -> None:
    # "CPR certified" shares no word with "First Aid": the offline engine must have seen it
    lone = await judge(llm_answer(90, *GOOD), offline(matched=()))
    assert lone.decision is Decision.CLARIFY
    agreed = await judge(llm_answer(90, *GOOD), offline(matched=("First Aid",)))
    assert agreed.decision is Decision.ACCEPT


async def test_a_real_quote_for_an_unrelated_requirement_does_not_cover_it() -> None:
    devops = Job(id="x", title="DevOps Engineer", required_skills=["Kubernetes", "Terraform"])
    flattering = llm_answer(100, ("Kubernetes", "Lesson Planning"), ("Terraform", "JavaScript"))
    verdict = await judge(flattering, offline(Decision.REJECT, score=10), job=devops)
    assert verdict.decision is Decision.CLARIFY


async def test_without_known_requirements_an_accept_needs_the_user() -> None:
    vague = Job(id="v", title="Teacher", description="Join our friendly team.")
    verdict = await judge(llm_answer(90, ("Teaching", "Lead teacher")), offline(), job=vague)
    assert verdict.decision is Decision.CLARIFY


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (offline(Decision.CLARIFY, flags=("wrong country",)), Decision.CLARIFY),
        (offline(Decision.REJECT, score=20, flags=("junior role",)), Decision.REJECT),
        (offline(Decision.REJECT, score=0), Decision.REJECT),  # a hard rule
        (offline(Decision.REJECT, score=15), Decision.ACCEPT),  # a low score is no red flag
    ],
    ids=["flag caps to clarify", "flag and reject", "hard rule", "no flag"],
)
async def test_offline_red_flags_only_make_the_llm_stricter(
    second: Callable[[Profile, Preferences, Job], Verdict], expected: Decision
) -> None:
    base = second(PROFILE, PREFS, JOB)
    scripted = offline(
        base.decision, score=base.score, matched=("First Aid",), flags=tuple(base.red_flags)
    )
    verdict = await judge(llm_answer(92, *GOOD), scripted)
    assert verdict.decision is expected
    assert verdict.red_flags == base.red_flags
    if expected is not Decision.ACCEPT:
        assert verdict.score < PREFS.accept_threshold


async def test_red_flags_never_loosen_a_rejection() -> None:
    verdict = await judge(llm_answer(12), offline(Decision.ACCEPT, score=95))
    assert verdict.decision is Decision.REJECT


async def test_the_offline_engine_is_not_second_guessed_by_itself() -> None:
    calls: list[str] = []

    def second(p: Profile, pr: Preferences, j: Job) -> Verdict:
        calls.append(j.id)
        return Verdict(score=0, decision=Decision.REJECT)

    llm = FakeLLM(llm_answer(90, ("Lesson Planning", "Lesson Planning")))
    llm.name = "offline"
    verdict = await Judge(llm, offline=second).evaluate(PROFILE, PREFS, JOB, RESUME)
    assert calls == [] and verdict.decision is Decision.ACCEPT


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("First Aid", "first aid certification", True),
        ("B2B Sales", "b2b sales", True),
        ("Java", "JavaScript", False),
        ("Account Manager", "Accounting", False),
        ("", "x", False),
    ],
)
def test_requirement_names_correspond_on_whole_words(a: str, b: str, same: bool) -> None:
    assert same_requirement(a, b) is same
