"""Status polling against the mock portal, the global LLM limit, and the container's wiring."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.container import Container, LimitedLLM, LoggingNotifier
from bot.settings import Settings
from core.models import Documents, Job, NotificationKind, PortalStatus, Preferences, Profile
from core.ports import JobScore
from core.status_poll import FINAL, StatusPoller
from storage.sql_store import SqlStore
from tests.runtime.conftest import approved_rows, client, make_user, portal_id, routine
from tests.runtime.portal import PortalProcess

FAR = datetime(2100, 1, 1, tzinfo=UTC)


async def test_status_changes_are_recorded_and_told_once(
    store: SqlStore, clean_portal: PortalProcess, take_jobs: Callable[[int], list[Job]]
) -> None:
    uid = await make_user(store)
    ids = await approved_rows(store, uid, take_jobs(6))
    async with client(clean_portal) as portal:
        applier = routine(store, portal)
        for app_id in ids:
            await applier.apply(app_id)
        poller = StatusPoller(store, portal)
        first = await poller.poll_once()
        second = await poller.poll_once()
    at_portal = clean_portal.admin(await portal_id(store, uid))["applications"]
    decided = {a["job_id"]: a["decision"] for a in at_portal}
    assert first.changed == 6 and second.changed == 0 and second.checked == 0
    notes = [
        n
        for n in await store.due_notifications(FAR, limit=100)
        if n.kind is NotificationKind.STATUS_CHANGED and n.user_id == uid
    ]
    assert len(notes) == 6
    for app_id in ids:
        row = await store.get_application(app_id)
        assert row is not None and row.portal_status is PortalStatus(decided[row.job_id])
    assert {n.payload["status"] for n in notes} <= {"accepted", "rejected"}


async def test_polling_pages_through_every_open_row_of_many_users(
    store: SqlStore, clean_portal: PortalProcess, take_jobs: Callable[[int], list[Job]]
) -> None:
    """No cut-off: rows past the first page (small here) are polled in the same pass."""
    users = [await make_user(store, f"poll{i}") for i in range(3)]
    async with client(clean_portal) as portal:
        applier = routine(store, portal)
        for uid in users:
            for app_id in await approved_rows(store, uid, take_jobs(3)):
                await applier.apply(app_id)
        poller = StatusPoller(store, portal, page=2, concurrency=2)
        first = await poller.poll_once()
        second = await poller.poll_once()
    assert (first.checked, first.changed, first.errors) == (9, 9, 0)
    assert second.checked == second.changed == 0  # final rows are not read again
    for uid in users:
        rows, _ = await store.list_applications(uid, limit=10)
        assert len(rows) == 3 and all(r.portal_status in FINAL for r in rows)


class SlowLLM:
    name = "slow"

    def __init__(self) -> None:
        self.in_flight = 0
        self.most = 0

    async def _call(self) -> None:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1

    async def extract_profile(self, resume_text: str) -> Profile:
        await self._call()
        return Profile()

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        await self._call()
        return JobScore(score=50)

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        await self._call()
        return Documents(resume_md="r", cover_letter="c")

    async def aclose(self) -> None:
        return None


async def test_the_llm_limit_holds_across_callers() -> None:
    inner = SlowLLM()
    llm = LimitedLLM(inner, 3)
    job = Job(id="1", title="t")
    calls = [llm.score_job(Profile(), Preferences(), job) for _ in range(20)]
    calls += [llm.write_documents(Profile(), job) for _ in range(20)]
    await asyncio.gather(*calls)
    assert inner.most == 3


async def test_container_starts_and_closes_everything(
    tmp_path: Path, clean_portal: PortalProcess
) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'bot.db'}",
        portal_url=clean_portal.url,
        llm_engine="offline",
    )
    container = Container(settings)
    assert isinstance(container.notifier, LoggingNotifier)
    assert container.llm.name == "offline"
    await container.start()
    assert container.scheduler.scheduler.running
    await container.aclose()
    assert not container.scheduler.scheduler.running
