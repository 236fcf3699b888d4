"""The shipped corpus: size, schema, coverage of professions and of the sample resumes."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import combinations
from typing import Any

import pytest

from mock_portal.catalog import DEFAULT_JOBS_PATH, parse_jobs
from mock_portal.data.make_jobs import build

ORIGINAL_FIELDS = {
    "id": str,
    "title": str,
    "company": str,
    "cities": list,
    "countries": list,
    "is_remote": bool,
    "is_hybride": bool,
    "is_onsite": bool,
    "visa_sponsorship_offered": bool,
    "start_date": str,
    "required_skills": list,
    "description": str,
}
PROFESSIONS = {
    "software", "data", "nutrition", "food", "hospitality", "travel", "sales", "fitness",
    "childcare", "healthcare", "finance", "education", "logistics", "design", "trades",
    "customer support", "marketing",
}  # fmt: skip
COUNTRIES = {
    "United States", "United Kingdom", "Ireland", "Netherlands", "Germany", "Canada",
    "Australia", "France", "Spain", "India", "Singapore",
}  # fmt: skip
# Skills a sample resume's owner can honestly claim (from /work/shared/resumes).
RESUME_SKILLS = {
    "nutrition consultant": {
        "nutrition counseling", "meal planning", "nutrition assessment", "nutrition education",
        "food preparation", "food sanitation", "menu planning", "nutrition",
    },
    "travel agent": {
        "itinerary planning", "booking systems", "customer service", "travel consulting",
        "reservations", "budgeting", "logistical planning", "destination knowledge",
    },
    "personal trainer": {
        "personal training", "strength training", "CPR certification", "fitness assessment",
        "group fitness", "nutrition coaching", "sales", "weight loss coaching",
    },
}  # fmt: skip
RESUME_CATEGORY = {
    "nutrition consultant": "nutrition",
    "travel agent": "travel",
    "personal trainer": "fitness",
}


def sentences(text: str) -> set[str]:
    return {s.strip(" .") for s in re.split(r"(?<=[.!?])\s+", text)}


@pytest.fixture(scope="module")
def jobs() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(DEFAULT_JOBS_PATH.read_text(encoding="utf-8"))
    return data


def test_corpus_is_large_and_valid(jobs: list[dict[str, Any]]) -> None:
    assert len(jobs) >= 300
    assert len(parse_jobs(jobs)) == len(jobs)  # validates the schema, unique ids
    for job in jobs:
        for field, kind in ORIGINAL_FIELDS.items():
            assert isinstance(job[field], kind), (job["id"], field)
        assert "is_hybrid" not in job
        assert job["salary_offered"] is None or isinstance(job["salary_offered"], int)
        assert 3 <= len(job["required_skills"]) <= 8
        assert job["is_remote"] or job["is_hybride"] or job["is_onsite"]
        assert job["countries"] and (job["cities"] or job["is_remote"])
        assert (job["currency"] is None) == (job["salary_offered"] is None)


def test_committed_file_matches_the_generator(jobs: list[dict[str, Any]]) -> None:
    assert build() == jobs


def test_professions_countries_modes_and_pay_are_varied(jobs: list[dict[str, Any]]) -> None:
    by_category = Counter(j["category"] for j in jobs)
    assert set(by_category) == PROFESSIONS
    assert min(by_category.values()) >= 10
    assert {c for j in jobs for c in j["countries"]} == COUNTRIES
    modes = Counter((j["is_remote"], j["is_hybride"], j["is_onsite"]) for j in jobs)
    assert all(n >= 30 for n in modes.values())
    assert {j["currency"] for j in jobs} >= {"USD", "GBP", "EUR", "CAD", "AUD", "INR", "SGD"}
    assert 10 <= sum(j["salary_offered"] is None for j in jobs) <= 80
    assert 20 <= sum(j["visa_sponsorship_offered"] for j in jobs) <= 150
    assert len({j["seniority"] for j in jobs}) >= 4


@pytest.mark.parametrize("resume", sorted(RESUME_SKILLS))
def test_many_jobs_fit_each_sample_resume(jobs: list[dict[str, Any]], resume: str) -> None:
    wanted = {s.casefold() for s in RESUME_SKILLS[resume]}
    fits = [
        j
        for j in jobs
        if j["category"] == RESUME_CATEGORY[resume]
        and len(wanted & {s.casefold() for s in j["required_skills"]}) >= 2
    ]
    assert len(fits) >= 15, (resume, len(fits))


def test_near_misses_exist(jobs: list[dict[str, Any]]) -> None:
    titles = " | ".join(j["title"] for j in jobs)
    for near_miss in ("Dietitian", "Physiotherapist", "Corporate Trainer", "Front Desk Agent"):
        assert near_miss in titles


def test_descriptions_read_like_postings(jobs: list[dict[str, Any]]) -> None:
    sentence_counts = [len(re.findall(r"[.!?](?:\s|$)", j["description"])) for j in jobs]
    assert min(sentence_counts) >= 3
    sentences = Counter(s for j in jobs for s in set(re.split(r"(?<=[.!?])\s+", j["description"])))
    sentence, n = sentences.most_common(1)[0]
    assert n < 0.15 * len(jobs), sentence
    assert max(len(j["description"]) for j in jobs) > 5000


def test_awkward_text_and_non_ascii_names_are_present(jobs: list[dict[str, Any]]) -> None:
    text = "".join(j["description"] for j in jobs)
    for ch in "_*[]()~>#+-=|{}.!<&":
        assert ch in text, ch
    companies = {j["company"] for j in jobs}
    assert {"Zoë Müller GmbH", "Crème & Brûlée Café"} <= companies


def test_near_duplicate_reposts_exist(jobs: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for j in jobs:
        groups.setdefault((j["title"], j["company"], tuple(j["cities"])), []).append(j)
    reposts = 0
    for group in groups.values():
        for a, b in combinations(group, 2):
            sa, sb = sentences(a["description"]), sentences(b["description"])
            if a["description"] != b["description"] and len(sa & sb) >= 0.6 * min(len(sa), len(sb)):
                reposts += 1
    assert reposts >= 10
