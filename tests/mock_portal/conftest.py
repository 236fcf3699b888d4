"""Shared fixtures: a small job list, a fake clock and in-process portal clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mock_portal.app import create_app
from mock_portal.config import PortalConfig

JOBS: list[dict[str, Any]] = [
    {
        "id": "j1",
        "title": "Personal Trainer",
        "company": "IronWorks Gym",
        "cities": ["New York"],
        "countries": ["United States"],
        "is_remote": False,
        "is_hybride": False,
        "is_onsite": True,
        "salary_offered": 52000,
        "visa_sponsorship_offered": False,
        "start_date": "2027-01-04",
        "required_skills": ["personal training", "strength training", "CPR certification"],
        "description": "Coach members one to one and run strength sessions.",
        "currency": "USD",
    },
    {
        "id": "j2",
        "title": "Travel Agent",
        "company": "Wanderwise Travel",
        "cities": [],
        "countries": ["United Kingdom"],
        "is_remote": True,
        "is_hybrid": False,  # the alternative spelling must be accepted on input
        "is_onsite": False,
        "salary_offered": None,
        "visa_sponsorship_offered": True,
        "start_date": "2027-02-01",
        "required_skills": ["Amadeus", "itinerary planning", "customer service"],
        "description": "Plan tailor-made trips and issue tickets in Amadeus.",
    },
    {
        "id": 3,  # an integer id in a jobs file becomes the string "3"
        "title": "Nutrition Consultant",
        "company": "Zoë Müller GmbH",
        "cities": ["Berlin"],
        "countries": ["Germany"],
        "is_remote": False,
        "is_hybrid": True,
        "is_onsite": False,
        "salary_offered": 61000.5,
        "visa_sponsorship_offered": False,
        "start_date": "2027-01-15",
        "required_skills": ["meal planning", "nutrition counseling", "customer service"],
        "description": "Build meal plans and run nutrition counseling sessions.",
    },
]


class FakeClock:
    """A settable clock in Unix seconds."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


ClientFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make_client(
    clock: FakeClock,
) -> AsyncIterator[ClientFactory]:
    """Build in-process clients: `await make_client(config=..., jobs=...)`."""
    clients: list[httpx.AsyncClient] = []

    async def factory(
        config: PortalConfig | None = None,
        jobs: list[dict[str, Any]] | None = JOBS,
        app: FastAPI | None = None,
    ) -> httpx.AsyncClient:
        app = app or create_app(config or PortalConfig(decision_delay=30), jobs=jobs, clock=clock)
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()


@pytest.fixture
async def client(make_client: ClientFactory) -> httpx.AsyncClient:
    return await make_client()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "portal.sqlite3"


def application(job_id: str = "j1", user_id: str = "u1", **extra: Any) -> dict[str, Any]:
    body = {
        "user_id": user_id,
        "name": "Charly Dolman",
        "phone": "890-555-0401",
        "job_id": job_id,
        "resume": "Personal trainer with 8 years of experience.",
        "cover_letter": "Dear hiring manager, ...",
        "evidence_points": "- ACE certified\n- CPR trained",
    }
    body.update(extra)
    return body
