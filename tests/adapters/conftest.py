"""Fixtures for the adapter tests: the fake LLM server, a recording sleep, sample data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from core.adapters.llm_hf import HFLLM
from core.models import Experience, Job, Preferences, Profile, Skill, WorkMode
from core.ports import JobScore
from tests.fakes.openai_server import FakeOpenAIServer


class RecordingSleep:
    """Stands in for asyncio.sleep: records each wait and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def llm_server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def profile() -> Profile:
    return Profile(
        full_name="Julie Monroe",
        email="julie@example.com",
        phone="+1 555 0100",
        summary="Nutrition consultant helping clients build lasting habits.",
        skills=[Skill(name="Meal Planning", category="nutrition")],
        experience=[
            Experience(
                company="Green Plate",
                role="Nutrition Consultant",
                responsibilities=["Designed meal plans for 40 clients"],
            )
        ],
    )


@pytest.fixture
def prefs() -> Preferences:
    return Preferences(roles=["Nutritionist"], work_modes=[WorkMode.REMOTE], min_salary=50000)


@pytest.fixture
def job() -> Job:
    return Job(
        id="j-42",
        title="Clinical Nutritionist",
        company="Wellness Co",
        cities=["Austin"],
        countries=["USA"],
        is_remote=True,
        salary_offered=60000,
        required_skills=["Meal Planning", "Nutrition Counseling"],
        description="Plan meals for patients and counsel them on diet.",
    )


@dataclass
class Scoring:
    """The fake LLM server, the recording sleep and the sample data of one scoring test."""

    server: FakeOpenAIServer
    sleep: RecordingSleep
    profile: Profile
    prefs: Preferences
    job: Job

    async def score(self, llm: HFLLM, job: Job | None = None) -> JobScore:
        """Score the sample job (or `job`) once with `llm`, then close `llm`."""
        try:
            return await llm.score_job(self.profile, self.prefs, job or self.job)
        finally:
            await llm.aclose()


@pytest.fixture
def scoring(
    llm_server: FakeOpenAIServer,
    sleep: RecordingSleep,
    profile: Profile,
    prefs: Preferences,
    job: Job,
) -> Scoring:
    return Scoring(llm_server, sleep, profile, prefs, job)
