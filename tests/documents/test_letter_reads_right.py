"""What an employer reads: a bullet about something the candidate received is said "I was
promoted", never "I promoted"; every evidence point quotes a line of the tailored resume it
accompanies, not the profile's summary or a bullet that resume dropped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.eval_documents import best_jobs
from core.documents.clauses import clause
from core.documents.factcheck import check_documents
from core.documents.writer import write_documents
from core.models import Documents, Job, Profile
from core.resume.parser import parse_profile
from tests.engine.helpers import TODAY, load_profile

PORTAL_JOBS = Path(__file__).resolve().parents[2] / "mock_portal" / "data" / "jobs.json"
RETAIL = """Dana Whitfield
Store Supervisor
dana.whitfield@example.com    +44 7700 900123    Leeds, United Kingdom

Summary
Retail supervisor with six years of experience in grocery and fashion stores.

Skills
Customer service, Cash handling, Stock control, Team leadership, Merchandising

Experience
Shift Supervisor, Morrisons, Leeds, 2021–Present
• Promoted to shift lead within a year.
• Awarded the Employee of the Month award twice for customer service.
• Selected for the regional leadership programme in 2023.
• Successfully led a team of 12 sales associates through the Christmas peak.
• Consistently exceeded weekly sales targets by 10%.
• Led stock counts; promoted to key holder after six months.

Sales Assistant, Next, Leeds, 2018–2021
• Recognised by the store manager for excellent customer service.
• Trusted with cash handling and end-of-day banking.
• Asked to train new starters on the till and stock system.
• Over 3 years, managed the fitting rooms and visual merchandising displays.
• 30% growth in loyalty card sign-ups after a customer service drive.

Education
BTEC Level 3 Business
Leeds City College, 2016–2018
"""
NURSE = """Amara Okafor
Registered Nurse
amara.okafor@example.com    +1 312 555 0199    Chicago, IL

Summary
Registered nurse with seven years of experience in critical care and emergency settings.

Skills
Patient care, Critical care, IV therapy, Patient education, EHR documentation

Experience
Charge Nurse, Northwestern Memorial Hospital, Chicago IL, 2021–Present
• Nominated for the Daisy Award for compassionate patient care.
• Elected to the hospital nursing practice council in 2022.
• Chosen to lead the unit's sepsis screening pilot.
• Given responsibility for scheduling 30 nurses across three shifts.
• Certified in advanced cardiac life support and pediatric advanced life support.

Staff Nurse, Rush University Medical Center, Chicago IL, 2017–2021
• Invited to join the critical care rapid response team.
• Accepted into the hospital's nurse residency programme.
• Shortlisted for the Nurse of the Year award in 2020.
• Provided critical care for up to 4 ICU patients per shift.
• Named preceptor of the year by the nursing leadership team.

Education
BSN Nursing
University of Illinois Chicago, 2013–2017

Certifications
Registered Nurse (RN), Illinois
BLS, ACLS
"""
# The postings the offline engine ranks highest for each resume (as bench/eval_documents.py
# picks them), where the old writer said "I awarded", "I recognised by", "I elected to".
TYPED = {RETAIL: ("job-0140", "job-0306", "job-0210"), NURSE: ("job-0012", "job-0061", "job-0331")}
# Profiles whose engine evidence is their summary: the old points quoted it, off the resume.
SAVED = {
    "acct_senior": ("job-0203", "job-0189", "job-0115"),
    "fit_charly": ("job-0272", "job-0290", "job-0208"),
    "fit_yoga": ("job-0139", "job-0297"),
    "travel_esther": ("job-0097", "job-0047"),
    "nutr_senior": ("job-0275", "job-0082"),
}
_RECEIVED = re.compile(
    r"\bI (?:also )?(awarded|promoted|selected|recognised|nominated|named|elected|given|chosen"
    r"|invited|trusted|asked|accepted|shortlisted|certified)\b"
)


def _jobs(ids: tuple[str, ...]) -> list[Job]:
    raw = json.loads(PORTAL_JOBS.read_text())
    return [Job.model_validate(j) for j in raw if j["id"] in ids]


def _written(profile: Profile, ids: tuple[str, ...]) -> list[tuple[Job, Documents]]:
    jobs = _jobs(ids)
    assert len(jobs) == len(ids)
    return [(job, write_documents(profile, job, TODAY)) for job in jobs]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9%$+#]+", text.lower()))


@pytest.mark.parametrize(
    ("bullet", "spoken"),
    [
        ("Promoted to shift lead within a year.", "was promoted to shift lead within a year"),
        ("Awarded Employee of the Month twice.", "was awarded Employee of the Month twice"),
        (
            "Selected for the graduate leadership programme.",
            "was selected for the graduate leadership programme",
        ),
        ("Recognised by the CEO for cutting waste.", "was recognised by the CEO for cutting waste"),
        ("Elected to the board of governors.", "was elected to the board of governors"),
        ("Given responsibility for 30 rotas.", "was given responsibility for 30 rotas"),
        ("Certified in ACLS and PALS.", "was certified in ACLS and PALS"),
        (
            "Led stock counts; promoted to key holder after six months.",
            "led stock counts and was promoted to key holder after six months",
        ),
        # the same participles before an object are actions, said as they are
        ("Selected vendors for the new store.", "selected vendors for the new store"),
        ("Recognised revenue under IFRS 15.", "recognised revenue under IFRS 15"),
        ("Awarded contracts to three suppliers.", "awarded contracts to three suppliers"),
        ("Promoted products on social media.", "promoted products on social media"),
    ],
)
def test_a_received_bullet_is_said_with_was(bullet: str, spoken: str) -> None:
    assert clause(bullet) == spoken


def test_letters_say_what_the_candidate_received_with_was() -> None:
    said = 0
    for text, ids in TYPED.items():
        profile = parse_profile(text)
        for job, docs in _written(profile, ids):
            letter = docs.cover_letter
            assert not _RECEIVED.search(letter), (job.id, _RECEIVED.search(letter))
            said += len(re.findall(r"\bI was (?:also )?[a-z]+ed\b|\bI was given\b", letter))
            assert check_documents(docs, profile, job=job)[1] == [], job.id
    assert said >= 6  # the letters do say these bullets: the check above is not empty


def _profiles() -> list[tuple[Profile, tuple[str, ...]]]:
    typed = [(parse_profile(text), ids) for text, ids in TYPED.items()]
    return typed + [(load_profile(name), ids) for name, ids in SAVED.items()]


def test_every_evidence_point_quotes_the_resume_it_accompanies() -> None:
    tied = 0
    for profile, ids in _profiles():
        for job, docs in _written(profile, ids):
            resume = f" {_words(docs.resume_md)} "
            assert len(docs.evidence_points) >= 5, (job.id, docs.evidence_points)
            for point in docs.evidence_points:
                label, _, rest = point.partition(": ")
                quote = rest.strip('"')
                assert f" {_words(quote)} " in resume, (profile.full_name, job.id, point)
                tied += not label.startswith(("Experience as", "Achievement", "Education"))
    assert tied >= 20  # points still tie a job's requirement to a line that proves it


def _letters_for(summary: str) -> list[str]:
    """The letters for RETAIL, its summary replaced, to the three jobs it fits best."""
    text = RETAIL.replace(
        "Retail supervisor with six years of experience in grocery and fashion stores.", summary
    )
    profile = parse_profile(text)
    raw = json.loads(PORTAL_JOBS.read_text())
    jobs = [Job.model_validate(j) for j in raw]
    return [write_documents(profile, job, TODAY).cover_letter for job in best_jobs(profile, jobs)]


def test_the_letter_never_passes_the_summary_off_as_the_attached_resume() -> None:
    # the tailored resume writes a summary of its own: the person's summary is said in the
    # letter, never quoted as the resume's words
    summary = "Friendly, reliable supervisor with six years in busy grocery and fashion stores."
    letters = _letters_for(summary)
    said = [letter for letter in letters if "reliable supervisor with six years" in letter]
    assert said, "the summary should still serve a short letter"
    for letter in said:
        assert not re.search(r"(?i)my resume (?:sums|reads)|words of my resume", letter)
        assert "friendly, reliable supervisor" in letter  # lower case after the colon


def test_an_objective_for_another_job_is_not_repeated_in_a_letter() -> None:
    summary = (
        "Reliable supervisor with six years in retail, now looking for an assistant manager role."
    )
    for letter in _letters_for(summary):
        assert "looking for an assistant manager role" not in letter


def test_a_goal_stated_first_leaves_the_summary_s_next_sentence_to_be_said() -> None:
    summary = (
        "Looking for a supervisor role in a larger store. Friendly, reliable supervisor with"
        " six years in busy grocery and fashion stores."
    )
    letters = _letters_for(summary)
    assert not any("Looking for a supervisor role" in letter for letter in letters)
    assert any("friendly, reliable supervisor with six years" in letter for letter in letters)
