"""The letter and the tailored resume read as one application: what the letter quotes of a
bullet is proper English after "I", and the bullet is on the resume it accompanies."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.documents.clauses import clause
from core.documents.factcheck import check_documents
from core.documents.writer import write_documents
from core.models import Documents, Job, Profile
from core.resume.parser import parse_profile
from tests.engine.helpers import TODAY

PORTAL_JOBS = Path(__file__).resolve().parents[2] / "mock_portal" / "data" / "jobs.json"
# Backend Engineer at TripStack, Lead Backend Engineer at Ledgerly, Software Engineer at
# CloudPOS: the three postings the offline engine ranks highest for this resume.
JOB_IDS = ("job-0318", "job-0235", "job-0319")
RESUME = """Priya Ramanathan
Senior Backend Engineer
priya.ramanathan@example.com    +1 512 555 0142    Austin, TX

Summary
Backend engineer with nine years of experience building payment APIs in Python and Go.

Skills
Languages: Python, Go, SQL
Tools: PostgreSQL, Kubernetes, Docker, Kafka, AWS

Experience
Senior Backend Engineer, Ledgerly Payments, Austin TX, 2020–Present
• Designed the payments ledger API in Python serving 3M requests per day.
• Mentor four engineers; run the team's on-call rotation.
• Cut p99 latency of the settlement service by 40% with PostgreSQL query tuning.

Backend Engineer, Bluebonnet Health, Austin TX, 2017–2020
• Built REST APIs in Go for patient scheduling.
• Led the migration to Kubernetes; built the CI/CD pipeline in GitHub Actions.

Software Engineer, Dell Technologies, Austin TX, 2014–2017
• Developed inventory services for the supply chain.
• Wrote automated tests for order management.
• Maintained internal tools for support staff.

Education
BS Computer Science
University of Texas at Austin, 2010–2014
"""


def _jobs() -> list[Job]:
    raw = json.loads(PORTAL_JOBS.read_text())
    return [Job.model_validate(j) for j in raw if j["id"] in JOB_IDS]


def _profile() -> Profile:
    return parse_profile(RESUME)


def _documents() -> list[tuple[Profile, Job, Documents]]:
    profile = _profile()
    return [(profile, job, write_documents(profile, job, TODAY)) for job in _jobs()]


def _experience(md: str) -> dict[str, list[str]]:
    """Each job heading of the resume's Experience section with its bullets."""
    body = re.search(r"^## Experience\n(.*?)(?=^## |\Z)", md, re.M | re.S)
    entries: dict[str, list[str]] = {}
    for line in (body.group(1) if body else "").splitlines():
        if line.startswith("### "):
            entries[line[4:]] = []
        elif line.startswith("- ") and entries:
            entries[list(entries)[-1]].append(line[2:])
    return entries


def test_the_resume_is_read_with_three_jobs_and_the_semicolon_bullet() -> None:
    profile = _profile()
    assert [e.company for e in profile.experience] == [
        "Ledgerly Payments",
        "Bluebonnet Health",
        "Dell Technologies",
    ]
    assert "Mentor four engineers; run the team's on-call rotation." in (
        profile.experience[0].responsibilities
    )
    assert len(_jobs()) == len(JOB_IDS)


def test_a_quoted_semicolon_bullet_gives_each_clause_its_subject() -> None:
    letters = [docs.cover_letter for _, _, docs in _documents()]
    said = " ".join(letters)
    assert "mentor four engineers and run the team's on-call rotation" in said
    assert "led the migration to Kubernetes and built the CI/CD pipeline" in said
    for letter in letters:
        # "I mentor four engineers; run ..." leaves "run" without a subject
        assert not re.search(r"\bI [^.\"]*; ", letter), letter


def test_every_job_on_the_tailored_resume_keeps_a_bullet() -> None:
    for _, job, docs in _documents():
        entries = _experience(docs.resume_md)
        assert len(entries) == 3, job.id
        assert all(entries.values()), (job.id, entries)


def test_every_bullet_the_letter_quotes_is_on_the_resume() -> None:
    quoted = 0
    for profile, job, docs in _documents():
        bullets = {b for bs in _experience(docs.resume_md).values() for b in bs}
        for duty in (d for e in profile.experience for d in e.responsibilities):
            if duty in docs.cover_letter or clause(duty) in docs.cover_letter:
                quoted += 1
                assert duty in bullets, (job.id, duty)
        assert check_documents(docs, profile, job=job)[1] == []
    assert quoted >= len(JOB_IDS)  # the letters do quote bullets: the check is not empty


@pytest.mark.parametrize(
    ("bullet", "spoken"),
    [
        (
            "Mentor four engineers; run the team's on-call rotation.",
            "mentor four engineers and run the team's on-call rotation",
        ),
        (
            "Led audits; built the tax model; Trained 3 staff.",
            "led audits, built the tax model and trained 3 staff",
        ),
        (
            "Supervised a team of 25 pickers and packers; forklift certified.",
            "supervised a team of 25 pickers and packers",
        ),
        (
            "Led the rollout – built the billing service.",
            "led the rollout and built the billing service",
        ),
        (
            "Cut costs by 20% – a saving of $40k a year.",
            "cut costs by 20% – a saving of $40k a year",
        ),
        (
            "Leading weekly classes; coaching new instructors.",
            "leading weekly classes and coaching new instructors",
        ),
        ("Designed meal plans.", "designed meal plans"),
    ],
)
def test_a_bullet_said_after_i_reads_as_one_clause(bullet: str, spoken: str) -> None:
    assert clause(bullet) == spoken
