"""Fixtures for the adapter tests: the fake LLM server, a recording sleep, sample data."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx2
import pytest
from huggingface_hub import set_async_client_factory
from huggingface_hub.utils import _http as hf_http

from core.adapters.llm_hf import HFLLM
from core.models import Experience, Job, Preferences, Profile, Skill, WorkMode
from core.ports import JobScore
from tests.fakes.openai_server import FakeOpenAIServer

# A profile answer with every field present and empty: the strict schema wants them all.
EMPTY_PROFILE: dict[str, object] = {
    "full_name": "",
    "email": None,
    "phone": None,
    "links": [],
    "location": None,
    "summary": "",
    "skills": [],
    "experience": [],
    "education": [],
    "achievements": [],
    "projects": [],
    "languages": [],
}


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


class ToLocal(httpx2.AsyncBaseTransport):
    """Sends every request to 127.0.0.1:`port` over plain HTTP, keeping path and headers."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.hosts: list[str] = []
        self._inner = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.hosts.append(request.url.host)
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def to_local(llm_server: FakeOpenAIServer) -> Iterator[ToLocal]:
    transport = ToLocal(llm_server.port)
    previous = hf_http._GLOBAL_ASYNC_CLIENT_FACTORY
    set_async_client_factory(
        lambda: httpx2.AsyncClient(
            transport=transport,
            event_hooks={"response": [hf_http.async_hf_response_event_hook]},
            timeout=None,
        )
    )
    yield transport
    set_async_client_factory(previous)
