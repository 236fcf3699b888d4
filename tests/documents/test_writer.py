"""The offline writer tailors for real: ranked bullets, clean skills, a letter that answers."""

from __future__ import annotations

import re

import pytest

from core.documents.content import shortfalls, strip_frame
from core.documents.linter import lint
from core.documents.review import review
from core.documents.tailor import plan_for
from core.documents.writer import write_documents
from core.models import Documents, Experience, Job, Profile, Skill
from tests.engine.helpers import TODAY, case, load_cases, load_profile

NUTRITION_JOB = Job(
    id="n-1",
    title="Nutrition Consultant",
    company="Balanced Bite Co.",
    cities=["Austin"],
    is_onsite=True,
    required_skills=["meal planning", "nutrition counseling", "diabetes education"],
    description="Plan meals and counsel adults with diabetes on nutrition.",
)
PROFILE = Profile(
    full_name="Dana Reyes",
    email="dana@example.com",
    phone="+1 512 555 0100",
    location="Austin, TX",
    summary="Nutrition consultant with six years of experience.",
    skills=[
        Skill(name="Customer service", category="soft"),
        Skill(name="Meal planning", category="nutrition"),
        Skill(name="Jan 2019", category="nutrition"),  # reading errors of a resume parser
        Skill(name="Austin", category="general"),
        Skill(name="@dana_eats", category="general"),
        Skill(name="<employer>", category="general"),
        Skill(name="Nutrition counseling", category="nutrition"),
        Skill(name="Excel", category="software"),
    ],
    experience=[
        Experience(
            company="Green Plate",
            role="Nutrition Consultant",
            start="Jan 2019",
            end="Present",
            location="Austin, TX",
            responsibilities=[
                "Answered questions from the public at the front desk and by phone.",
                "Counselled 40 adults with diabetes on meal planning, cutting HbA1c by 12%.",
                "Designed weekly meal plans for clients with diabetes.",
                "tasked with · participating in staff meetings..",
            ],
        ),
        Experience(
            company="City Gym",
            role="Receptionist",
            start="Jan 2016",
            end="Dec 2018",
            responsibilities=["Greeted members and answered the phone."],
        ),
    ],
    languages=["English", "Spanish", "2019"],
)


def docs_for(job: Job = NUTRITION_JOB, profile: Profile = PROFILE) -> Documents:
    return write_documents(profile, job, TODAY)


def section(md: str, name: str) -> str:
    m = re.search(rf"^## {name}\n(.*?)(?=^## |\Z)", md, re.M | re.S)
    return m.group(1) if m else ""


def test_bullets_are_ranked_for_the_job_and_weak_ones_dropped() -> None:
    experience = section(docs_for().resume_md, "Experience")
    bullets = [line[2:] for line in experience.splitlines() if line.startswith("- ")]
    assert bullets[0].startswith("Counselled 40 adults")  # relevant, with numbers, first
    assert "Designed weekly meal plans for clients with diabetes." in bullets
    assert not any("front desk" in b or "staff meetings" in b for b in bullets)
    assert "### Nutrition Consultant — Green Plate\nJan 2019 – Present, Austin, TX" in experience


def test_the_summary_is_written_for_this_job_from_true_facts() -> None:
    summary = section(docs_for().resume_md, "Summary").strip()
    sentences = re.split(r"(?<=[.!?])\s+", summary)
    assert 2 <= len(sentences) <= 3
    assert sentences[0] == (
        "Nutrition Consultant with six years of experience at Green Plate and City Gym."
    )
    assert "Nutrition Consultant role" in summary and "meal planning" in summary


def test_skills_are_real_grouped_and_matched_first() -> None:
    skills = section(docs_for().resume_md, "Skills")
    assert skills.splitlines()[0] == "- Nutrition: Meal planning, Nutrition counseling"
    assert "- Soft skills: Customer service" in skills and "- Software: Excel" in skills
    for garbage in ("Jan 2019", "Austin", "@dana_eats", "<employer>"):
        assert garbage not in skills
    assert section(docs_for().resume_md, "Languages").strip() == "English, Spanish"


def test_the_cover_letter_answers_the_job() -> None:
    letter = docs_for().cover_letter
    body = strip_frame(Documents(resume_md="", cover_letter=letter)).cover_letter
    opening = body.split("\n\n")[0]
    assert "Nutrition Consultant role at Balanced Bite Co." in opening and "Co.." not in letter
    assert "Counselled 40 adults" in opening or "counselled 40 adults" in opening
    assert "meal planning" in body and "nutrition counseling" in body
    assert "I am based in Austin, TX" in body or "where I am based" in body
    assert letter.startswith("Dear Hiring Manager,")
    assert letter.endswith("Dana Reyes\nAustin, TX | dana@example.com | +1 512 555 0100")
    assert "relocat" not in letter and "available" not in letter


def test_the_letter_says_nothing_about_place_when_the_job_is_elsewhere() -> None:
    elsewhere = NUTRITION_JOB.model_copy(update={"cities": ["Denver"]})
    assert "based" not in docs_for(elsewhere).cover_letter


def test_evidence_points_pair_a_requirement_with_one_quoted_fact() -> None:
    points = docs_for().evidence_points
    assert points[0].lower().startswith('meal planning: "counselled 40 adults')
    assert all(re.fullmatch(r'[^:"]+: "[^"]+"', p) for p in points)
    assert len(points) == len(set(points))


def test_two_letters_for_two_jobs_share_under_half_their_sentences() -> None:
    other = NUTRITION_JOB.model_copy(
        update={"id": "n-2", "title": "Diabetes Educator", "company": "Sun Clinic"}
    )

    def sentences(letter: str) -> set[str]:
        body = strip_frame(Documents(resume_md="", cover_letter=letter)).cover_letter
        return set(re.split(r"(?<=[.!?\"])\s+", body))

    a, b = sentences(docs_for().cover_letter), sentences(docs_for(other).cover_letter)
    assert len(a & b) / min(len(a), len(b)) < 0.5


@pytest.mark.parametrize("case_id", [c["id"] for c in load_cases()])
def test_every_eval_case_gives_clean_whole_documents(case_id: str) -> None:
    profile, _, job = case(case_id)
    docs = write_documents(profile, job, TODAY)
    checked = review(docs, profile, job)
    assert checked.removed == [] and checked.short == []
    assert shortfalls(docs, profile, job) == []
    assert lint(docs) == []
    words = len(docs.cover_letter.split())
    assert words <= 300
    plan = plan_for(profile, job, TODAY)
    if len(plan.facts) >= 6 and len(plan.matched) >= 2:
        assert words >= 200, (case_id, words)  # enough that matches fills the letter
    else:
        assert words >= 150, (case_id, words)  # a thin or off-field match: shorter, still whole


def test_a_thin_profile_still_gets_a_whole_letter_or_a_plain_refusal() -> None:
    julie = load_profile("nutr_julie")
    docs = docs_for(profile=julie)
    assert len(docs.cover_letter.split()) >= 200


def test_every_formula_of_the_letter_passes_the_fact_check() -> None:
    # A formula word the check would take for a name ("proud") silently drops a sentence.
    from core.documents import phrasing
    from core.documents.factcheck import facts_for, problems

    facts = facts_for(Profile(), Job(id="x", title="Clerk", company="Acme"))
    formulas = [
        text
        for name, value in vars(phrasing).items()
        if name.isupper() and isinstance(value, tuple)
        for text in value
    ]
    assert len(formulas) > 30
    for text in formulas:
        filled = re.sub(r"\{\w+\}", " nurse ", text)
        assert problems(filled, facts) == [], text


def test_employer_blurbs_and_list_introductions_are_not_bullets() -> None:
    gym = Experience(
        company="Crunch Fitness",
        role="Personal Trainer",
        responsibilities=[
            "Crunch is a health club chain that leads the industry in fitness.",
            "As the Personal Trainer, my core activities include:",
            "Designed meal plans and fitness programs for 30 clients.",
        ],
    )
    profile = PROFILE.model_copy(update={"experience": [gym]})
    experience = section(docs_for(profile=profile).resume_md, "Experience")
    assert "Designed meal plans and fitness programs for 30 clients." in experience
    assert "health club chain" not in experience and "core activities" not in experience


def test_bullets_interleaved_from_two_columns_are_not_repeated_to_an_employer() -> None:
    ward = Experience(
        company="Massachusetts General Hospital",
        role="Charge Nurse",
        responsibilities=[
            "Led a team of twelve nurses on a 32-bed | Performed wound care and medication"
            " surgical ward and planned daily staffing around | administration for patients.",
            "Trained 14 new graduates in infection control procedures.",
        ],
    )
    docs = docs_for(profile=PROFILE.model_copy(update={"experience": [ward]}))
    assert "Trained 14 new graduates in infection control procedures." in docs.resume_md
    assert "32-bed" not in docs.resume_md and "32-bed" not in docs.cover_letter
