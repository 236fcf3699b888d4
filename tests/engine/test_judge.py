"""The judge: hard rules cost no LLM call, failures fail closed, evidence and facts are checked."""

from __future__ import annotations

import pytest

from core.errors import DocumentsRefused, LLMUnavailable
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


async def test_a_caller_that_screened_the_job_is_not_screened_again() -> None:
    # The pipeline applies the hard rules to a cycle's jobs in one go, off the event loop;
    # the judge then only scores what passed.
    profile, prefs, job = case("nutr-06")  # would fail the salary rule
    llm = FakeLLM(JobScore(score=55, reasons=["partial"]))
    judge = Judge(llm)
    await judge.evaluate(profile, prefs, job, screened=True)
    assert llm.calls == [("score_job", job.id)] and judge.llm_calls == 1


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


JULIE_RESUME = (
    "## Experience\n"
    "### Nutritional Consultant — DaVita Delmas\n"
    "Jan 2016 – Nov 2019\n"
    "- Monitored laboratory indicators of bone mineral status and anemia.\n\n"
    "## Education\n"
    "### Master of Science in Dietary Education — Golden Valley University\n"
)
JULIE_LETTER = (
    "I am writing to apply for the Nutrition Consultant role at Woodacre Nursing Home. "
    "At DaVita Delmas I monitored laboratory indicators of bone mineral status and anemia, "
    "and I provided nutrition educational support to help patients improve their health. "
    "I decreased TPN usage through the nutrition support team by 72% for a $42,000 annual "
    "cost savings, and I supervised and evaluated a staff of 27 food production employees "
    "and three dietary managers. I performed nutrition assessments and WIC certifications, "
    "and I provided nutrition education counseling on morbid obesity, high cholesterol and "
    "diabetes for uninsured patients at the health center. I provided nutritional care to "
    "patients in a 650+ bed long-term and sub-acute care facility. I would welcome the "
    "chance to talk about how my experience in food preparation, food sanitation and "
    "nutrition could help the residents of Woodacre Nursing Home. Thank you for your time."
)
GOOD = Documents(
    resume_md=JULIE_RESUME,
    cover_letter=JULIE_LETTER,
    evidence_points=["Performed nutrition assessments and WIC certifications."],
)


async def test_documents_with_invented_facts_are_regenerated_once() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    bad = Documents(
        resume_md="# Julie Monroe\n- Kubernetes expert at Google since March 2012\n",
        cover_letter="I led 400 nutrition programs.",
        evidence_points=["Nutrition"],
    )
    llm = FakeLLM(documents=[bad, GOOD])
    judge = Judge(llm)
    docs = await judge.documents(profile, job)
    # The second answer is sent, framed by our code: the profile's name and contact lines.
    assert docs.resume_md.startswith("# Julie Monroe\nLos Angeles, CA, United States | ")
    assert "bone mineral status" in docs.resume_md and "Kubernetes" not in docs.resume_md
    assert JULIE_LETTER in docs.cover_letter
    assert docs.cover_letter.startswith("Dear Hiring Manager,")
    assert docs.cover_letter.endswith(
        "Julie Monroe\nLos Angeles, CA, United States | email@email.com | 3868683442"
    )
    assert docs.evidence_points == GOOD.evidence_points
    assert [c[0] for c in llm.calls] == ["write_documents", "write_documents"]
    assert judge.llm_calls == 2


async def test_documents_cut_twice_but_whole_are_sent_cleaned() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    bad = GOOD.model_copy(
        update={"resume_md": JULIE_RESUME + "- Kubernetes expert at Google\n- Food sanitation\n"}
    )
    llm = FakeLLM(documents=[bad])
    docs = await Judge(llm).documents(profile, job)
    assert "Google" not in docs.resume_md and "Kubernetes" not in docs.resume_md
    assert "Food sanitation" in docs.resume_md
    assert len(llm.calls) == 2


async def test_documents_thin_after_one_regeneration_are_refused() -> None:
    # The case: what is left after the cut (three lines, a letter of a few words)
    # is never sent; the reason says why in plain words.
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    bad = Documents(
        resume_md="# Julie Monroe\n- Kubernetes expert at Google\n- Food sanitation\n",
        cover_letter="Thank you.",
    )
    llm = FakeLLM(documents=[bad])
    with pytest.raises(DocumentsRefused) as refused:
        await Judge(llm).documents(profile, job)
    reason = str(refused.value)
    assert "leaves out your experience" in reason and "leaves out your education" in reason
    assert "cover letter has" in reason
    assert len(llm.calls) == 2


async def test_clean_documents_cost_one_call() -> None:
    profile = load_profile("nutr_julie")
    job = Job(id="9", title="Nutrition Consultant", company="Woodacre Nursing Home")
    llm = FakeLLM(documents=[GOOD])
    judge = Judge(llm)
    docs = await judge.documents(profile, job)
    assert JULIE_LETTER in docs.cover_letter and "bone mineral" in docs.resume_md
    assert judge.llm_calls == 1


def test_preferences_default_thresholds_match_the_spec() -> None:
    assert (Preferences().accept_threshold, Preferences().clarify_threshold) == (70, 40)
