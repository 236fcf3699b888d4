"""HttpPortal against the real mock portal (mock_portal.testing: a subprocess, random port)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from core.adapters.portal import HttpPortal
from core.errors import OutcomeUnknown, PortalRejected, PortalUnavailable
from core.models import PortalStatus
from core.ports import ApplyRequest
from mock_portal.faults import FaultConfig
from mock_portal.testing import async_running_portal, running_portal


def request_for(job_id: str, user_id: str = "u-live") -> ApplyRequest:
    return ApplyRequest(
        user_id=user_id,
        name="Julie Monroe",
        phone="+1 555 0100",
        job_id=job_id,
        resume="# Julie Monroe\nNutrition consultant.",
        cover_letter="Dear team",
        evidence_points="- meal plans",
    )


async def stored(url: str, user_id: str) -> list[dict[str, object]]:
    """What the portal really stored for `user_id` (its test-only admin endpoint)."""
    async with httpx.AsyncClient(base_url=url) as raw:
        body = (await raw.get("/admin/applications", params={"user_id": user_id})).json()
    apps = body["applications"] if isinstance(body, dict) else body
    return list(apps)


@pytest.fixture(scope="module")
def portal_url() -> Iterator[str]:
    """One portal for the module (each test uses its own user); decisions held back, so a
    new application stays on_process."""
    with running_portal(decision_delay=600) as url:
        yield url


@pytest.fixture
async def portal(portal_url: str) -> AsyncIterator[HttpPortal]:
    client = HttpPortal(portal_url)
    yield client
    await client.aclose()


async def test_search_returns_parsed_jobs(portal: HttpPortal) -> None:
    jobs = await portal.search("nutrition consultant", top_k=5)
    assert 0 < len(jobs) <= 5
    assert all(job.id and job.title for job in jobs)
    assert any("nutrition" in (job.title + job.description).lower() for job in jobs)


async def test_list_jobs_pages_through_the_extension(portal: HttpPortal) -> None:
    first = await portal.list_jobs(page=1, limit=10)
    second = await portal.list_jobs(page=2, limit=10)
    assert len(first) == 10 and len(second) == 10
    assert not {j.id for j in first} & {j.id for j in second}


async def test_job_open_asks_the_portal_by_id(portal: HttpPortal) -> None:
    [job] = await portal.search("nutrition", top_k=1)
    assert await portal.job_open(job.id) is True
    assert await portal.job_open("no-such-job") is False


async def test_apply_then_idempotent_repeat_then_409_then_status(
    portal: HttpPortal, portal_url: str
) -> None:
    [job] = await portal.search("nutrition", top_k=1)
    request = request_for(job.id)

    receipt = await portal.apply(request, "key-1")
    again = await portal.apply(request, "key-1")
    assert again.application_id == receipt.application_id

    # another key for the same user and job: the portal answers 409 naming the stored one
    conflict = await portal.apply(request, "key-2")
    assert conflict.application_id == receipt.application_id

    assert len(await stored(portal_url, request.user_id)) == 1
    report = await portal.status(request.user_id)
    found = report.find(job.id)
    assert found is not None
    assert found[0] is PortalStatus.ON_PROCESS and found[1].application_id == receipt.application_id


async def test_unknown_job_is_rejected_with_the_portal_reason(portal: HttpPortal) -> None:
    with pytest.raises(PortalRejected, match="unknown job_id"):
        await portal.apply(request_for("no-such-job"), "key-x")


async def test_commit_then_drop_is_an_unknown_outcome_that_status_resolves() -> None:
    async with async_running_portal(faults=FaultConfig(drop_rate=1.0)) as url:
        client = HttpPortal(url)
        [job] = await client.search("travel", top_k=1)
        request = request_for(job.id, user_id="u-drop")
        with pytest.raises(OutcomeUnknown):
            await client.apply(request, "key-drop")
        # the portal did store it: a reconciler finds it through /status
        report = await client.status(request.user_id)
        await client.aclose()
        assert report.find(job.id) is not None
        assert len(await stored(url, request.user_id)) == 1


async def test_no_portal_listening_is_unavailable() -> None:
    async with async_running_portal() as url:
        pass
    client = HttpPortal(url, connect_timeout=1.0)
    with pytest.raises(PortalUnavailable) as caught:
        await asyncio.wait_for(client.search("x"), timeout=5)
    await client.aclose()
    assert not isinstance(caught.value, OutcomeUnknown)


async def test_status_reports_decided_applications() -> None:
    async with async_running_portal(decision_delay=0) as url:
        client = HttpPortal(url)
        jobs = await client.search("trainer", top_k=4)
        for job in jobs:
            await client.apply(request_for(job.id, user_id="u-decided"), f"key-{job.id}")
        report = await client.status("u-decided")
        await client.aclose()
    found = [report.find(job.id) for job in jobs]
    assert len(jobs) == 4 and all(f is not None for f in found)
    for status, record in filter(None, found):
        assert status in (PortalStatus.ACCEPTED, PortalStatus.REJECTED)
        assert record.decision is not None and record.decision_at is not None
