"""Shared test data for the engine tests: eval profiles, cases, and a recording fake LLM."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from core.errors import LLMUnavailable
from core.models import Documents, Job, Preferences, Profile
from core.ports import JobScore

DATA = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 6, 1)


def load_profile(name: str) -> Profile:
    return Profile.model_validate_json((DATA / "profiles" / f"{name}.json").read_text())


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((DATA / "eval_cases.json").read_text())
    return cases


def case(case_id: str) -> tuple[Profile, Preferences, Job]:
    found = next(c for c in load_cases() if c["id"] == case_id)
    return (
        load_profile(found["profile"]),
        Preferences.model_validate(found["prefs"]),
        Job.model_validate(found["job"]),
    )


class FakeLLM:
    """An engine that answers from scripts and records every call."""

    name = "fake"

    def __init__(
        self,
        score: JobScore | Callable[[Profile, Preferences, Job], JobScore] | None = None,
        documents: list[Documents] | None = None,
        fail: bool = False,
    ) -> None:
        self.score = score or JobScore(score=50)
        self.documents = list(documents or [])
        self.fail = fail
        self.calls: list[tuple[str, str]] = []

    async def extract_profile(self, resume_text: str) -> Profile:
        self.calls.append(("extract_profile", ""))
        return Profile()

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        self.calls.append(("score_job", job.id))
        if self.fail:
            raise LLMUnavailable("scoring unavailable")
        return self.score(profile, prefs, job) if callable(self.score) else self.score

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        self.calls.append(("write_documents", job.id))
        if self.fail:
            raise LLMUnavailable("document writing unavailable")
        return self.documents.pop(0) if len(self.documents) > 1 else self.documents[0]

    async def aclose(self) -> None:
        self.calls.append(("aclose", ""))
