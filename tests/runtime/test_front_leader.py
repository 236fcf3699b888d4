"""The deployment's front queues work instead of doing it; exactly one worker leads the schedule,
and another takes over when it goes; the embedded default never loads procrastinate."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from pydantic import ValidationError
from sqlalchemy import text

from bot.container import Container
from bot.front import FrontContainer
from bot.leader import Leadership
from bot.scheduler import AutoApplyScheduler
from bot.settings import Settings, describe_error
from bot.tasks import Deferrer, Liveness, apply_schema, build_app, conninfo, retry_stalled_jobs
from bot.worker import WorkerRuntime
from core.models import AppState, CycleSummary, Job, NotificationDraft, NotificationKind
from storage.engine import make_writer_engine
from storage.sql_store import SqlStore
from tests.runtime.conftest import approved_rows, make_user
from tests.runtime.pgdb import own_database, rows

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[str]:
    with own_database(postgres_url) as url:
        yield url


async def _until(check: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        await asyncio.sleep(0.05)


def test_the_embedded_default_never_loads_procrastinate() -> None:
    code = (
        "import sys, bot.cli, bot.run, bot.container, bot.console, bot.demo, bot.scheduler; "
        "print('procrastinate' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_a_front_needs_postgresql(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", role="front")
    assert "ROLE=front needs a PostgreSQL" in describe_error(err.value)


@pytest.mark.postgres
async def test_front_queues_cycles_and_approved_applications(
    pg_db: str, tmp_path: Path, take_jobs: Callable[[int], list[Job]]
) -> None:
    settings = Settings(
        database_url=pg_db,
        role="front",
        llm_engine="offline",
        data_dir=tmp_path,
        portal_url="http://127.0.0.1:9",  # nothing here may reach the portal
    )
    container = FrontContainer(settings)
    store = container.store
    user = await make_user(store)
    [clarify] = await approved_rows(store, user, take_jobs(1), AppState.CLARIFY)
    await container.start()
    try:
        assert await container.scheduler.run_now(user) is True
        assert await container.scheduler.run_now(user) is False  # queued once
        when = await container.scheduler.enable(user)
        assert when is not None and await container.scheduler.next_run(user) == when
        approved = await container.applier.approve_and_apply(clarify)
        assert approved.state is AppState.APPROVED  # a worker applies it
        queued = rows(pg_db, "SELECT task_name, lock, status FROM procrastinate_jobs ORDER BY id")
        lock = f"user:{user}"
        assert [tuple(q) for q in queued] == [
            ("jobbot.run_cycle", lock, "todo"),
            ("jobbot.apply", lock, "todo"),
        ]
        # The schedule lives in the shared job store; nothing ran in the front.
        stored = rows(pg_db, "SELECT id FROM apscheduler_jobs")
        assert (f"autoapply:{user}",) in [tuple(r) for r in stored]
        assert not await store.applications_in_state(AppState.APPLIED, user_id=user)
        await container.scheduler.disable(user)
        assert await container.scheduler.next_run(user) is None
    finally:
        await container.aclose()


class NoCycles:
    async def run_cycle(self, user_id: int) -> CycleSummary:
        raise AssertionError("nothing is due in this test")


@pytest.mark.postgres
async def test_one_leader_at_a_time_and_a_takeover(pg_db: str) -> None:
    store = SqlStore.from_url(pg_db)
    engine = make_writer_engine(pg_db)
    app = build_app(pg_db, pool_size=2)
    stops = [asyncio.Event(), asyncio.Event()]
    leaders = [
        Leadership(
            pg_db, app, lambda: AutoApplyScheduler(engine, NoCycles(), store), check_seconds=0.05
        )
        for _ in stops
    ]
    try:
        async with app.open_async():
            await apply_schema(app, pg_db)
            tasks = [asyncio.create_task(ld.run(s)) for ld, s in zip(leaders, stops, strict=True)]
            await _until(lambda: any(ld.leading for ld in leaders))
            await asyncio.sleep(0.5)  # the other tries the lock several times meanwhile
            assert sum(ld.leading for ld in leaders) == 1
            first = 0 if leaders[0].leading else 1
            stops[first].set()
            await tasks[first]
            other = leaders[1 - first]
            await _until(lambda: other.leading)
            assert other.leading and not leaders[first].leading
            stops[1 - first].set()
            await tasks[1 - first]
    finally:
        engine.dispose()
        store.close()


@pytest.mark.postgres
async def test_stalled_jobs_go_back_to_the_queue_unless_a_twin_waits_or_the_worker_lives(
    pg_db: str,
) -> None:
    app = build_app(pg_db, pool_size=2)
    async with app.open_async():
        await apply_schema(app, pg_db)
        deferrer = Deferrer(app)
        assert await deferrer.cycle(1, scheduled=True)
        assert await deferrer.cycle(2, scheduled=True)
        # A worker that took both jobs and whose heartbeat is a minute old.
        await app.connector.execute_query_async(
            "INSERT INTO procrastinate_workers (last_heartbeat) "
            "VALUES (NOW() - INTERVAL '1 minute')"
        )
        await app.connector.execute_query_async(
            "UPDATE procrastinate_jobs SET status = 'doing', "
            "worker_id = (SELECT max(id) FROM procrastinate_workers)"
        )
        worker = rows(pg_db, "SELECT max(id) FROM procrastinate_workers")[0][0]
        assert await deferrer.cycle(2, scheduled=False)  # user 2 tapped run-now meanwhile
        async with await psycopg.AsyncConnection.connect(conninfo(pg_db), autocommit=True) as probe:
            # Its process still holds its liveness lock (a starved loop, not a dead worker).
            living = Liveness(pg_db)
            await living.hold(worker)
            assert await retry_stalled_jobs(app, 30, probe) == 0
            await living.close()  # now it is gone
            assert await retry_stalled_jobs(app, 30, probe) == 1
    states = rows(pg_db, "SELECT args->>'user_id', status FROM procrastinate_jobs ORDER BY id")
    # User 1's job waits again; user 2's is closed, as its twin will do the work.
    assert [tuple(s) for s in states] == [("1", "todo"), ("2", "failed"), ("2", "todo")]


@pytest.mark.postgres
async def test_a_rerun_of_a_cycle_that_reached_its_summary_does_nothing(
    pg_db: str, tmp_path: Path
) -> None:
    settings = Settings(database_url=pg_db, llm_engine="offline", data_dir=tmp_path)
    container = Container(settings)
    runtime = WorkerRuntime(container)
    app = build_app(pg_db, pool_size=2)
    try:
        user = await make_user(container.store)
        async with app.open_async():
            await apply_schema(app, pg_db)
            assert await Deferrer(app).cycle(user, scheduled=True)
        job = rows(pg_db, "SELECT id FROM procrastinate_jobs")[0][0]
        with container.store.engine.begin() as conn:  # a worker took it (the event is written)
            conn.execute(text("UPDATE procrastinate_jobs SET status = 'doing'"))
        assert not runtime._summarised(user, job)
        draft = NotificationDraft(kind=NotificationKind.SUMMARY, payload={"line": "done"})
        await container.store.add_notification(user, draft)  # the dead worker's last write
        assert runtime._summarised(user, job)
        await runtime.run_cycle(user, True, rerun_of=job)  # would reach the portal if it ran
        summaries = rows(pg_db, "SELECT count(*) FROM notifications WHERE kind = 'summary'")
        assert summaries[0][0] == 1
    finally:
        await container.aclose()
