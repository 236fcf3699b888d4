"""Two `jobbot worker` processes on one PostgreSQL, one SIGKILLed mid-apply: every user's cycle
runs once per trigger, never two jobs of a user at once, nothing sent or notified twice."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.tasks import Deferrer, build_app
from core.models import AppState, Job, NotificationKind, Preferences
from core.notify import Dispatcher
from mock_portal.faults import FaultConfig
from storage.sql_store import SqlStore
from tests.runtime.conftest import approved_rows, make_user, portal_id
from tests.runtime.pgdb import own_database, rows
from tests.runtime.portal import PortalProcess, write_jobs

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]
USERS = 6
LAST_JOB = Job(  # the last of the portal's jobs (write_jobs)
    id="J00039",
    title="Nutrition Consultant 39",
    company="Company 2",
    countries=["United States"],
    is_remote=True,
    required_skills=["meal planning", "nutrition counseling"],
    description="Plan meals and counsel clients on nutrition.",
)


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[str]:
    """A database of this test's own (procrastinate's queue included)."""
    with own_database(postgres_url) as url:
        yield url


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "worker"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )


def _job_states(url: str) -> Counter[str]:
    return Counter(r[0] for r in rows(url, "SELECT status FROM procrastinate_jobs"))


def _mid_apply(url: str, worker_id: int) -> bool:
    """True when a job of `worker_id` runs for a user with a row in `applying`."""
    found = rows(
        url,
        "SELECT 1 FROM procrastinate_jobs j JOIN applications a ON j.lock = 'user:' || a.user_id "
        "WHERE j.status = 'doing' AND j.worker_id = :w AND a.state = 'applying' LIMIT 1",
        w=worker_id,
    )
    return bool(found)


def _registered_workers(url: str) -> list[int]:
    return [r[0] for r in rows(url, "SELECT id FROM procrastinate_workers ORDER BY id")]


async def _wait(check: Callable[[], object], deadline: float) -> None:
    while time.monotonic() < deadline:
        if check():
            return
        await asyncio.sleep(0.05)


def _runs_by_lock(url: str) -> dict[str, list[tuple[datetime, datetime]]]:
    """Every stretch a job ran (started until its next event), by the job's lock."""
    events = rows(
        url,
        "SELECT j.lock, e.job_id, e.type, e.at FROM procrastinate_events e "
        "JOIN procrastinate_jobs j ON j.id = e.job_id ORDER BY e.job_id, e.at, e.id",
    )
    runs: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for (lock, job, kind, at), nxt in zip(events, [*events[1:], None], strict=True):
        if kind == "started" and nxt is not None and nxt[1] == job:
            runs[lock].append((at, nxt[3]))
    return runs


class Recorder:
    """A Notifier that records every delivery."""

    def __init__(self) -> None:
        self.delivered: list[int] = []

    async def deliver(self, user: object, notification: object) -> None:
        self.delivered.append(notification.id)  # type: ignore[attr-defined]


async def test_two_workers_one_killed_mid_apply(pg_db: str, tmp_path: Path) -> None:
    store = SqlStore.from_url(pg_db)
    prefs = Preferences(
        countries=["United States"], accept_threshold=0, clarify_threshold=0, daily_cap=6
    )
    users = [await make_user(store, f"user{i}", prefs=prefs) for i in range(USERS)]
    approved = {}
    for user in users:
        await store.set_autoapply(user, True)
        # An Approve pressed just before the round: its apply job waits for the user's cycle.
        [approved[user]] = await approved_rows(store, user, [LAST_JOB])
    # Slow /apply answers keep submissions in flight when the kill lands; like the original
    # portal, this one ignores idempotency keys, so only reconciliation prevents a resend.
    jobs = tmp_path / "jobs.json"
    write_jobs(jobs, 40)  # small cycles: the test is about who runs them
    portal = PortalProcess(
        tmp_path, jobs=jobs, faults=FaultConfig(latency_ms=600), ignore_idempotency=True
    )
    env = {
        **os.environ,
        "DATABASE_URL": pg_db,
        "PORTAL_URL": portal.url,
        "LLM_ENGINE": "offline",
        "DATA_DIR": str(tmp_path),
        "WORKER_CONCURRENCY": "3",
        "WORKER_HEARTBEAT_SECONDS": "0.5",
        "WORKER_STALLED_SECONDS": "4",
        "LOG_LEVEL": "INFO",
        # The leader's schedule spreads first runs over the interval: none during the test.
        "AUTOAPPLY_INTERVAL_HOURS": "100000",
    }
    app = build_app(pg_db, pool_size=2)
    workers: list[subprocess.Popen[bytes]] = []
    try:
        upgrade = [sys.executable, "-m", "bot.cli", "db", "upgrade"]
        await asyncio.to_thread(subprocess.run, upgrade, env=env, cwd=REPO, check=True)
        async with app.open_async():
            deferrer = Deferrer(app)
            # One trigger that fires twice per user: the second is refused by the queueing lock.
            first = [await deferrer.cycle(u, scheduled=True) for u in users]
            second = [await deferrer.cycle(u, scheduled=True) for u in users]
            for user, app_id in approved.items():
                assert await deferrer.apply(user, app_id)
        assert first == [True] * USERS and second == [False] * USERS

        # The second worker starts once the first is registered, so the test knows which
        # queue worker is which process.
        deadline = time.monotonic() + 40
        workers = [_worker(env, tmp_path / "worker0.log")]
        await _wait(lambda: _registered_workers(pg_db), deadline)
        first_id = _registered_workers(pg_db)[0]
        workers.append(_worker(env, tmp_path / "worker1.log"))
        await _wait(lambda: len(_registered_workers(pg_db)) == 2, deadline)
        await _wait(lambda: _mid_apply(pg_db, first_id), deadline)
        killed, survivor = workers
        assert _mid_apply(pg_db, first_id), (tmp_path / "worker0.log").read_text()[-3000:]
        killed.send_signal(signal.SIGKILL)
        killed.wait()

        while time.monotonic() < deadline:
            states = _job_states(pg_db)
            if not states["todo"] and not states["doing"]:
                break
            await asyncio.sleep(0.2)
        assert survivor.poll() is None
        log = (tmp_path / "worker1.log").read_text()
        assert _job_states(pg_db) == Counter(succeeded=2 * USERS), log[-3000:]
        assert "stalled jobs of dead workers queued again" in log
        retried = rows(
            pg_db,
            "SELECT count(DISTINCT job_id) FROM procrastinate_events "
            "WHERE type = 'deferred_for_retry'",
        )
        assert retried[0][0] >= 1  # the killed worker's job was finished by the other

        # Never two jobs of one user at once.
        for lock, runs in _runs_by_lock(pg_db).items():
            runs.sort()
            for (_, end), (start, _) in itertools.pairwise(runs):
                assert start >= end, f"overlapping jobs for {lock}"

        # One summary per user per trigger, nothing notified twice.
        notes = rows(pg_db, "SELECT user_id, kind, payload FROM notifications")
        summaries = Counter(n[0] for n in notes if n[1] == NotificationKind.SUMMARY.value)
        assert summaries == Counter(dict.fromkeys(users, 1))
        per_app = Counter(
            (n[0], n[1], n[2].get("application_id"))
            for n in notes
            if n[1] != NotificationKind.SUMMARY.value
        )
        assert per_app and max(per_app.values()) == 1

        # Nothing left in flight, and the portal holds exactly the rows marked applied.
        applied_total = 0
        for user in users:
            assert not await store.applications_in_state(AppState.APPLYING, user_id=user)
            applied = await store.applications_in_state(AppState.APPLIED, user_id=user)
            admin = portal.admin(await portal_id(store, user))
            assert admin["duplicates"] == []
            on_portal = {a["job_id"]: a["application_id"] for a in admin["applications"]}
            assert on_portal == {r.job_id: r.portal_application_id for r in applied}
            applied_total += len(applied)
        assert applied_total >= USERS
        for app_id in approved.values():  # by the cycle or by its own job, once
            row = await store.get_application(app_id)
            assert row is not None and row.state is AppState.APPLIED

        # Two fronts delivering the outbox at once: each notification exactly once.
        recorders = [Recorder(), Recorder()]
        dispatchers = [Dispatcher(store, r, batch=5) for r in recorders]
        for _ in range(20):
            await asyncio.gather(*(d.dispatch_once() for d in dispatchers))
        delivered = Counter(recorders[0].delivered + recorders[1].delivered)
        assert len(delivered) == len(notes) and set(delivered.values()) == {1}
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(timeout=20)
            except subprocess.TimeoutExpired:
                w.kill()
        portal.stop()
        store.close()
