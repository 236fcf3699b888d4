"""The judge: hard rules cost no LLM call, failures fail closed, evidence and facts are checked."""

from __future__ import annotations

import pytest

from core.errors import LLMUnavailable
from core.judge import Judge
from core.judging.verify import UnverifiedAnswer
from core.models import Decision, Documents, Job, Match, Preferences
from core.ports import JobScore
from tests.engine.helpers import FakeLLM, case, load_profile


async def test_a_screened_out_job_costs_no_llm_call() -> None:
    profile, prefs, job = case("nutr-06")  # salary below minimum
    llm = FakeLLM(JobScore(score=100))
    judge = Judge(llm)
    verdict = await judge.evaluate(profile, prefs, job)
    assert verdict.decision is Decision.REJECT and verdict.score == 0
    assert "below your minimum" in verdict.reasons[0]
    assert llm.calls == [] and judge.llm_calls == 0


async def test_a_passing_job_is_scored_once_and_routed() -> None:
    profile, prefs, job = case("nutr-01")
    llm = FakeLLM(JobScore(score=55, reasons=["partial"]))
    judge = Judge(llm)
    verdict = await judge.evaluate(profile, prefs, job)
    assert verdict.decision is Decision.CLARIFY and verdict.score == 55
    assert llm.calls == [("score_job", job.id)] and judge.llm_calls == 1


async def test_invented_evidence_from_an_llm_is_a_failure_to_score() -> None:
    # An LLM that quotes what the resume does not say has not scored the job: the job waits
    # (LLMUnavailable), it is neither rejected nor accepted on a partly invented answer.
    profile, prefs, job = case("nutr-01")
    invented = JobScore(
        score=90,
        matched=[
            Match(requirement="Food sanitation", evidence="Food sanitation"),
            Match(requirement="Meal planning", evidence="Planned 10,000 meals at Google"),
        ],
    )
    with pytest.raises(UnverifiedAnswer, match="not in your resume"):
        await Judge(FakeLLM(invented)).evaluate(profile, prefs, job, "resume text")
    assert issubclass(UnverifiedAnswer, LLMUnavailable)


async def test_llm_unavailable_propagates() -> None:
    profile, prefs, job = case("nutr-01")
    with pytest.raises(LLMUnavailable):
        await Judge(FakeLLM(fail=True)).evaluate(profile, prefs, job)


async def test_documents_with_invented_facts_are_regenerated_once() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    bad = Documents(
        resume_md="# Julie Monroe\n- Kubernetes expert at Google since March 2012\n",
        cover_letter="I led 400 nutrition programs.",
        evidence_points=["Nutrition"],
    )
    good = Documents(
        resume_md="# Julie Monroe\n- Performed nutrition assessments and WIC certifications.\n",
        cover_letter="Dear Hiring Manager, I would like to join Woodacre Nursing Home.",
        evidence_points=["Performed nutrition assessments and WIC certifications."],
    )
    llm = FakeLLM(documents=[bad, good])
    judge = Judge(llm)
    docs = await judge.documents(profile, job)
    assert docs == good
    assert [c[0] for c in llm.calls] == ["write_documents", "write_documents"]
    assert judge.llm_calls == 2


async def test_documents_bad_twice_are_returned_cleaned_after_one_regeneration() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    bad = Documents(
        resume_md="# Julie Monroe\n- Kubernetes expert at Google\n- Food sanitation\n",
        cover_letter="Thank you.",
    )
    llm = FakeLLM(documents=[bad])
    docs = await Judge(llm).documents(profile, job)
    assert "Google" not in docs.resume_md and "Kubernetes" not in docs.resume_md
    assert "Food sanitation" in docs.resume_md
    assert len(llm.calls) == 2


async def test_clean_documents_cost_one_call() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre")
    good = Documents(resume_md="# Julie Monroe\n", cover_letter="Dear Hiring Manager,")
    llm = FakeLLM(documents=[good])
    judge = Judge(llm)
    assert await judge.documents(profile, job) == good
    assert judge.llm_calls == 1


def test_preferences_default_thresholds_match_the_spec() -> None:
    assert (Preferences().accept_threshold, Preferences().clarify_threshold) == (70, 40)
