"""Time the offline engine on 1,000 jobs against one profile, and count LLM calls per job.

Run from the repository root: `.venv/bin/python bench/bench_engine.py`. Jobs come from the
shipped corpus `mock_portal/data/jobs.json` (varied copies to reach 1,000, each a new posting
so no cache helps); when the corpus is absent, varied jobs are generated here instead.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.adapters.llm_offline import OfflineLLM  # noqa: E402
from core.judge import Judge  # noqa: E402
from core.models import Job, Preferences, Profile, WorkMode  # noqa: E402

CORPUS = ROOT / "mock_portal" / "data" / "jobs.json"
PROFILE = ROOT / "tests" / "engine" / "data" / "profiles" / "nutr_julie.json"
N = 1000


def generated_jobs(rng: random.Random) -> list[dict[str, Any]]:
    titles = [
        "Nutrition Consultant",
        "Dietitian",
        "Travel Agent",
        "Personal Trainer",
        "Software Engineer",
        "Staff Nurse",
        "Accountant",
        "Primary Teacher",
    ]
    skills = [
        "Nutrition counseling",
        "Meal planning",
        "Reservations",
        "Python",
        "Excel",
        "Patient care",
        "Lesson planning",
        "Food sanitation",
        "Sales",
        "CPR",
    ]
    places = [
        ("Los Angeles", "United States"),
        ("Chicago", "United States"),
        ("London", "United Kingdom"),
        ("Berlin", "Germany"),
    ]
    out = []
    for i in range(N):
        city, country = rng.choice(places)
        out.append(
            {
                "id": f"gen-{i}",
                "title": rng.choice(titles),
                "company": f"Company {i % 37}",
                "cities": [city],
                "countries": [country],
                "is_onsite": True,
                "salary_offered": rng.choice([None, 40000, 60000, 90000]),
                "currency": "USD",
                "required_skills": rng.sample(skills, 3),
                "description": f"You will help clients every day. {rng.randint(1, 8)}+ years.",
            }
        )
    return out


def load_jobs() -> tuple[list[Job], list[Job], str]:
    if CORPUS.exists():
        raw = json.loads(CORPUS.read_text())
        source = f"corpus {CORPUS.relative_to(ROOT)} ({len(raw)} jobs)"
    else:
        raw = generated_jobs(random.Random(7))
        source = "generated jobs (corpus absent)"
    corpus = [Job.model_validate(j) for j in raw]
    many: list[Job] = []
    for i in range(N):
        base = raw[i % len(raw)]
        # Each copy is a different posting (new id and text), so no per-job cache can help.
        many.append(
            Job.model_validate(
                {
                    **base,
                    "id": f"{base['id']}-{i}",
                    "description": f"{base['description']} Ref {i}.",
                }
            )
        )
    return corpus, many, source


async def main() -> None:
    profile = Profile.model_validate_json(PROFILE.read_text())
    prefs = Preferences(
        roles=["Nutrition Consultant", "Nutritionist", "Dietitian"],
        work_modes=[WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE],
        cities=["Los Angeles"],
        countries=["United States"],
        min_salary=50000,
        salary_currency="USD",
    )
    corpus, many, source = load_jobs()
    open_prefs = Preferences()  # no hard rule applies: every job is really scored

    judge = Judge(OfflineLLM())
    start, cpu_start = time.perf_counter(), time.process_time()
    decisions: dict[str, int] = {}
    for job in many:
        verdict = await judge.evaluate(profile, open_prefs, job)
        decisions[verdict.decision.value] = decisions.get(verdict.decision.value, 0) + 1
    wall = time.perf_counter() - start
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    cpu = time.process_time() - cpu_start
    print(f"jobs from: {source}")
    print(
        f"1,000 jobs, all scored (no hard rule applies): {wall:.3f} s ({cpu:.3f} s CPU), "
        f"{judge.llm_calls} engine calls, decisions {decisions}"
    )

    sample = Judge(OfflineLLM())
    for job in corpus:
        await sample.evaluate(profile, prefs, job)
    per_job = sample.llm_calls / len(corpus)
    print(
        f"sample profile (Julie Monroe, nutrition, Los Angeles, min 50,000 USD) over "
        f"{len(corpus)} corpus jobs: {sample.llm_calls} LLM calls "
        f"({len(corpus) - sample.llm_calls} screened out by hard rules)"
    )
    print(
        f"bench_engine: jobs={N} wall_s={wall:.3f} cpu_s={cpu:.3f} llm_calls_per_job={per_job:.2f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
