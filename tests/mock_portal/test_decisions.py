"""Decisions: on_process first, then accepted/rejected, deterministic from seed and application."""

from __future__ import annotations

from datetime import datetime

import httpx

from mock_portal.config import PortalConfig
from mock_portal.decisions import iso_utc, verdict
from tests.mock_portal.conftest import ClientFactory, FakeClock, application

JOBS = ["j1", "j2", "3"]


async def buckets(client: httpx.AsyncClient, user: str = "u1") -> dict[str, list[str]]:
    body = (await client.get("/status", params={"user_id": user})).json()
    return {k: [rec["job_id"] for rec in v] for k, v in body.items()}


async def test_applications_are_decided_after_the_delay(
    make_client: ClientFactory, clock: FakeClock
) -> None:
    client = await make_client(PortalConfig(decision_delay=30, seed=7))
    applied_at = clock.now
    for job in JOBS:
        await client.post("/apply", json=application(job_id=job))
    clock.advance(29.9)
    assert await buckets(client) == {"accepted": [], "rejected": [], "on_process": JOBS}
    clock.advance(0.1)
    body = (await client.get("/status", params={"user_id": "u1"})).json()
    assert body["on_process"] == []
    decided = body["accepted"] + body["rejected"]
    assert sorted(rec["job_id"] for rec in decided) == sorted(JOBS)
    for rec in decided:
        assert rec["decision"] == verdict(7, "u1", rec["job_id"])
        assert rec["decision_at"] == iso_utc(applied_at + 30)
        assert datetime.fromisoformat(rec["decision_at"]).tzinfo is not None


async def test_zero_delay_decides_immediately(make_client: ClientFactory) -> None:
    client = await make_client(PortalConfig(decision_delay=0))
    await client.post("/apply", json=application())
    assert (await buckets(client))["on_process"] == []


async def test_decision_is_stable_across_reads_and_instances(
    make_client: ClientFactory, clock: FakeClock
) -> None:
    seen = []
    for _ in range(2):  # two separate portals (fresh stores), same seed
        client = await make_client(PortalConfig(decision_delay=0, seed=3))
        for job in JOBS:
            await client.post("/apply", json=application(job_id=job))
        first = await buckets(client)
        assert await buckets(client) == first
        seen.append(first)
    assert seen[0] == seen[1]


def test_verdict_depends_on_seed_user_and_job_and_accept_rate() -> None:
    pairs = [(f"user{i}", f"job{i % 7}") for i in range(200)]
    a = [verdict(1, u, j) for u, j in pairs]
    b = [verdict(2, u, j) for u, j in pairs]
    assert a != b  # the seed matters
    assert 60 < a.count("accepted") < 140  # roughly half at the default rate
    assert all(verdict(1, u, j, accept_rate=1.0) == "accepted" for u, j in pairs)
    assert all(verdict(1, u, j, accept_rate=0.0) == "rejected" for u, j in pairs)


async def test_accept_rate_one_accepts_everyone(make_client: ClientFactory) -> None:
    client = await make_client(PortalConfig(decision_delay=0, accept_rate=1.0))
    for job in JOBS:
        await client.post("/apply", json=application(job_id=job))
    assert await buckets(client) == {"accepted": JOBS, "rejected": [], "on_process": []}
