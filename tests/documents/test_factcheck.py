"""Documents may state only what the profile says (skills, employers, schools, dates...)."""

from __future__ import annotations

from core.documents.factcheck import MAX_LETTER_WORDS, check_documents
from core.models import Documents, Job
from tests.engine.helpers import load_profile

JULIE = load_profile("nutr_julie")
JOB = Job(
    id="1",
    title="Nutrition Consultant",
    company="Woodacre Nursing Home",
    cities=["Los Angeles"],
    description="Counsel residents on Medicare diets. Python is a plus.",
)


def check(docs: Documents) -> tuple[Documents, list[str]]:
    return check_documents(docs, JULIE, job=JOB)


def test_supported_documents_pass_untouched() -> None:
    docs = Documents(
        resume_md=(
            "# Julie Monroe\n"
            "Los Angeles, CA, United States · email@email.com · 3868683442\n\n"
            "## Experience\n"
            "### Nutritional Consultant — DaVita Delmas\n"
            "Jan 2016 – Nov 2019\n"
            "- Monitored laboratory indicators of bone mineral status and anemia.\n"
            "## Key skills\nFood sanitation, Nutrition, Food preparation\n"
        ),
        cover_letter=(
            "Dear Hiring Manager,\n\nI am applying for the Nutrition Consultant role at Woodacre "
            "Nursing Home. I cut TPN usage by 72% for a $42,000 annual saving, and your "
            "Medicare residents would benefit.\n\nKind regards,\nJulie Monroe"
        ),
        evidence_points=["Supervised a staff of 27 food production employees."],
    )
    cleaned, removed = check(docs)
    assert removed == []
    assert cleaned == docs


def test_an_invented_skill_employer_number_and_date_are_removed() -> None:
    docs = Documents(
        resume_md=(
            "# Julie Monroe\n"
            "## Key skills\nNutrition, Python, Food sanitation\n"
            "## Experience\n"
            "### Senior Dietitian — Kaiser Permanente\n"
            "Mar 2012 – Dec 2015\n"
            "- Ran the outpatient diabetes clinic.\n"
            "### Nutritional Consultant — DaVita Delmas\n"
            "- Monitored laboratory indicators of bone mineral status and anemia.\n"
        ),
        cover_letter=(
            "I am applying for the Nutrition Consultant role at Woodacre Nursing Home. "
            "I worked at Kaiser Permanente for years. I counselled 5,000 patients. "
            "I started my career in March 2012. I care about healthy meals."
        ),
        evidence_points=[
            "Certified in Python since 2014.",
            "Performed nutrition assessments and WIC certifications.",
        ],
    )
    cleaned, removed = check(docs)
    # the invented employer's whole section goes, with its date and duty
    assert "Kaiser" not in cleaned.resume_md and "2012" not in cleaned.resume_md
    assert "Ran the outpatient diabetes clinic" not in cleaned.resume_md
    # only the invented skill leaves the skills line
    assert "Nutrition, Food sanitation" in cleaned.resume_md
    assert "Python" not in cleaned.resume_md
    # the real employer stays
    assert "DaVita Delmas" in cleaned.resume_md and "bone mineral" in cleaned.resume_md
    assert "Kaiser" not in cleaned.cover_letter
    assert "5,000" not in cleaned.cover_letter and "March 2012" not in cleaned.cover_letter
    assert "I care about healthy meals." in cleaned.cover_letter
    assert "Woodacre Nursing Home" in cleaned.cover_letter
    assert cleaned.evidence_points == ["Performed nutrition assessments and WIC certifications."]
    text = " ".join(removed)
    for fact in ("Python", "Kaiser Permanente", "5000", "03/2012"):
        assert fact in text, fact


def test_an_invented_title_is_removed() -> None:
    docs = Documents(
        resume_md="# Julie Monroe\n", cover_letter="I served as Chief Nutrition Officer."
    )
    cleaned, removed = check(docs)
    assert cleaned.cover_letter == "" and "Chief" in removed[0]


def test_an_invented_school_is_removed() -> None:
    docs = Documents(
        resume_md="## Education\n- Master of Science, Harvard University\n"
        "- Master of Science in Dietary Education, Golden Valley University\n",
        cover_letter="",
    )
    cleaned, removed = check(docs)
    assert "Harvard" not in cleaned.resume_md and "Golden Valley" in cleaned.resume_md
    assert removed


def test_a_month_that_differs_from_the_profile_is_removed() -> None:
    docs = Documents(resume_md="### Nutritional Consultant\nFeb 2016 – Nov 2019\n", cover_letter="")
    cleaned, removed = check(docs)
    assert "Feb 2016" not in cleaned.resume_md and removed


def test_the_cover_letter_is_clipped_to_300_words_at_a_sentence() -> None:
    letter = " ".join(["I prepared meals daily for residents."] * 80)
    cleaned, _ = check(Documents(resume_md="", cover_letter=letter))
    words = cleaned.cover_letter.split()
    assert 290 <= len(words) <= MAX_LETTER_WORDS
    assert cleaned.cover_letter.endswith(".")


def test_the_employer_applied_to_may_be_called_like_a_site_but_no_other_link_passes() -> None:
    job = JOB.model_copy(update={"company": "Remote.io"})
    letter = (
        "Dear Hiring Manager,\n\nI am applying for the Nutrition Consultant role at Remote.io. "
        "See evil.example.io for more.\n\nKind regards,\nJulie Monroe"
    )
    checked, removed = check_documents(Documents(resume_md="", cover_letter=letter), JULIE, job=job)
    assert "role at Remote.io." in checked.cover_letter
    assert "evil.example" not in checked.cover_letter and removed
