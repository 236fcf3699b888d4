"""The APScheduler wiring: persisted per-user jobs, pause, run-now, jobs that fire after restart."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.triggers.interval import IntervalTrigger

from bot.scheduler import STATUS_POLL_JOB, AutoApplyScheduler, job_id
from core.models import CycleSummary, Platform
from storage.engine import make_engine
from storage.sql_store import SqlStore


class FakeRunner:
    """Records cycles; each waits on `gate` so a test can hold one open."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.gate = asyncio.Event()
        self.gate.set()

    async def run_cycle(self, user_id: int) -> CycleSummary:
        self.started.append(user_id)
        await self.gate.wait()
        return CycleSummary(user_id=user_id)


def _scheduler(
    url: str, runner: FakeRunner, store: SqlStore, hours: float = 4.0
) -> AutoApplyScheduler:
    return AutoApplyScheduler(make_engine(url), runner, store, interval_hours=hours)


async def test_enable_disable_and_the_job_settings(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    user, _ = await store.register_user(Platform.CONSOLE, "s")
    sched = _scheduler(url, FakeRunner(), store)
    await sched.start()
    try:
        first = await sched.enable(user.id)
        assert first is not None
        again = await sched.enable(user.id)
        assert again == first == await sched.next_run(user.id)  # kept, not rescheduled
        job = sched.scheduler.get_job(job_id(user.id))
        assert job is not None and job.id == f"autoapply:{user.id}"
        assert isinstance(job.trigger, IntervalTrigger)
        assert job.trigger.interval == timedelta(hours=4)
        assert job.coalesce and job.max_instances == 1 and job.misfire_grace_time >= 60
        assert job.args == (user.id,)
        assert (await store.get_user(user.id)).autoapply_enabled  # type: ignore[union-attr]
        await sched.disable(user.id)  # pause
        assert await sched.next_run(user.id) is None
        assert not (await store.get_user(user.id)).autoapply_enabled  # type: ignore[union-attr]
        await sched.disable(user.id)  # twice is fine
    finally:
        await sched.shutdown()
        store.close()


async def test_jobs_survive_a_restart_and_fire_from_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    user, _ = await store.register_user(Platform.CONSOLE, "r")
    first = _scheduler(url, FakeRunner(), store, hours=1 / 3600)  # every second
    await first.start()
    await first.enable(user.id)
    await first.shutdown()
    runner = FakeRunner()
    second = _scheduler(url, runner, store, hours=1 / 3600)  # "the next process"
    await second.start()
    try:
        assert {j.id for j in second.jobs()} == {job_id(user.id)}
        for _ in range(60):
            if runner.started:
                break
            await asyncio.sleep(0.05)
        assert runner.started[:1] == [user.id]
    finally:
        await second.shutdown()
        store.close()


async def test_start_restores_missing_jobs_and_adds_the_status_poll(tmp_path: Path) -> None:
    from core.status_poll import StatusPoller

    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    user, _ = await store.register_user(Platform.CONSOLE, "m")
    await store.set_autoapply(user.id, True)  # enabled, but its job was never stored
    sched = AutoApplyScheduler(
        make_engine(url),
        FakeRunner(),
        store,
        StatusPoller(store, None),  # type: ignore[arg-type]
    )
    await sched.start()
    try:
        assert {j.id for j in sched.jobs()} == {job_id(user.id), STATUS_POLL_JOB}
    finally:
        await sched.shutdown()
        store.close()


async def test_run_now_refuses_a_second_cycle_for_the_same_user(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    runner = FakeRunner()
    runner.gate.clear()
    sched = _scheduler(url, runner, store)
    await sched.start()
    try:
        assert await sched.run_now(7) is True
        assert await sched.run_now(7) is False  # refused: one is running for this user
        assert await sched.run_now(8) is True
        await asyncio.sleep(0.05)
        assert sorted(runner.started) == [7, 8] and sched.is_running(7)
        await sched.run_cycle_once(7)  # a scheduled run while run-now runs: skipped
        assert sorted(runner.started) == [7, 8]
        runner.gate.set()
        await asyncio.sleep(0.05)
        assert not sched.is_running(7)
        assert await sched.run_now(7) is True
        await asyncio.sleep(0.05)
        assert sorted(runner.started) == [7, 7, 8]
    finally:
        await sched.shutdown()
        store.close()


async def test_restored_users_first_runs_spread_over_the_interval(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    for i in range(200):
        user, _ = await store.register_user(Platform.CONSOLE, f"u{i}")
        await store.set_autoapply(user.id, True)
    sched = AutoApplyScheduler(make_engine(url), FakeRunner(), store, interval_hours=4.0)
    began = datetime.now(UTC)
    await sched.start()
    try:
        runs = sorted(j.next_run_time for j in sched.jobs())
        assert len(runs) == 200
        offsets = [(t - began).total_seconds() / 3600 for t in runs]
        assert offsets[0] >= 0 and offsets[-1] <= 4.0 + 1 / 60
        # Spread, not bunched: every quarter of the interval gets a fair share.
        quarters = [sum(q <= o < q + 1 for o in offsets) for q in range(4)]
        assert min(quarters) >= 25, quarters
        # Later runs keep the user's own phase: one interval after the first.
        job = sched.jobs()[0]
        after = job.trigger.get_next_fire_time(job.next_run_time, job.next_run_time)
        assert after - job.next_run_time == timedelta(hours=4)
    finally:
        await sched.shutdown()
        store.close()


async def test_cycles_at_once_are_bounded_per_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    runner = FakeRunner()
    runner.gate.clear()
    sched = AutoApplyScheduler(make_engine(url), runner, store, max_cycles=3)
    await sched.start()
    try:
        due = asyncio.gather(*(sched.run_cycle_once(uid) for uid in range(1, 11)))
        await asyncio.sleep(0.05)
        assert len(runner.started) == 3  # the other seven wait for a slot
        runner.gate.set()
        await due
        assert sorted(runner.started) == list(range(1, 11))
    finally:
        await sched.shutdown()
        store.close()


async def test_restored_jobs_are_real_jobs_that_fire_and_survive_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    ids = []
    for i in range(3):
        user, _ = await store.register_user(Platform.CONSOLE, f"f{i}")
        await store.set_autoapply(user.id, True)
        ids.append(user.id)
    runner = FakeRunner()
    first = _scheduler(url, runner, store, hours=1 / 3600)  # first runs within a second
    await first.start()
    try:
        for _ in range(100):
            if set(runner.started) == set(ids):
                break
            await asyncio.sleep(0.05)
        assert set(runner.started) == set(ids)
    finally:
        await first.shutdown()
    second = _scheduler(url, FakeRunner(), store)
    await second.start()  # nothing missing: nothing added twice
    try:
        assert sorted(j.id for j in second.jobs()) == sorted(job_id(i) for i in ids)
    finally:
        await second.shutdown()
        store.close()


async def test_a_batch_writes_its_jobs_on_leaving_and_replaces_a_stored_one(
    tmp_path: Path,
) -> None:
    from bot.bulk_jobs import BulkJobStore, CoalescingScheduler

    jobs = BulkJobStore(engine=make_engine(f"sqlite:///{tmp_path / 'jobs.db'}"))
    sched = CoalescingScheduler(jobstores={"default": jobs}, timezone=UTC)
    sched.start()
    later = datetime.now(UTC) + timedelta(hours=1)
    try:
        with jobs.batch():
            sched.add_job(_noop, "interval", hours=2, id="a", next_run_time=later)
            assert jobs.lookup_job("a") is None  # not written yet
        stored = jobs.lookup_job("a")
        assert stored is not None and stored.next_run_time == later
        assert jobs.job_ids() == {"a"}
        with jobs.batch():
            moved = later + timedelta(minutes=5)
            sched.add_job(
                _noop, "interval", hours=2, id="a", replace_existing=True, next_run_time=moved
            )
        again = jobs.lookup_job("a")
        assert again is not None and again.next_run_time == moved
        sched.add_job(_noop, "interval", hours=2, id="b")  # outside a batch: at once
        assert jobs.job_ids() == {"a", "b"}
        with jobs.batch():
            sched.add_job(_record, "interval", hours=2, id="due", next_run_time=datetime.now(UTC))
            await asyncio.sleep(0.1)  # the scheduler wakes meanwhile and finds nothing due
        for _ in range(100):  # woken again once the batch is written
            if _FIRED:
                break
            await asyncio.sleep(0.05)
        assert _FIRED == ["due"]
    finally:
        sched.shutdown(wait=False)
        await asyncio.sleep(0)


async def _noop() -> None:
    return None


_FIRED: list[str] = []


async def _record() -> None:
    _FIRED.append("due")


async def test_the_job_store_is_read_off_the_event_loop(tmp_path: Path) -> None:
    import threading

    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = SqlStore.from_url(url)
    user, _ = await store.register_user(Platform.CONSOLE, "t")
    runner = FakeRunner()
    sched = _scheduler(url, runner, store, hours=1 / 3600)
    readers: list[str] = []
    jobstore = sched.scheduler._lookup_jobstore("default")
    due = jobstore.get_due_jobs

    def recording(now: datetime) -> list[object]:
        readers.append(threading.current_thread().name)
        return list(due(now))

    jobstore.get_due_jobs = recording
    await sched.start()
    try:
        await sched.enable(user.id)
        for _ in range(100):  # the due job still runs, as a task on the loop
            if runner.started:
                break
            await asyncio.sleep(0.05)
        assert runner.started[:1] == [user.id]
        assert readers and threading.main_thread().name not in readers
    finally:
        await sched.shutdown()
        store.close()
