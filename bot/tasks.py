"""Procrastinate tasks of the deployment roles: the app, the task names and how work is deferred.

Imported only on the PostgreSQL deployment path (`jobbot run --role front`, `jobbot worker`,
`jobbot db upgrade` on PostgreSQL): the embedded default never loads procrastinate.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import Protocol

import psycopg
from procrastinate import App, JobContext, PsycopgConnector
from procrastinate.exceptions import AlreadyEnqueued, ConnectorException
from procrastinate.jobs import Status
from procrastinate.types import JSONValue
from psycopg.rows import TupleRow
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CYCLE = "jobbot.run_cycle"
APPLY = "jobbot.apply"
STATUS_POLL = "jobbot.poll_status"
SCHEMA_LOCK = 726_150_001  # pg advisory lock ids of the bot
LEADER_LOCK = 726_150_002
ALIVE_LOCK = 726_150_003  # with a queue worker's id: held by its process while it lives


class TaskRuntime(Protocol):
    """What the tasks run on: bot.worker.WorkerRuntime."""

    async def run_cycle(self, user_id: int, scheduled: bool, rerun_of: int | None) -> None:
        """`rerun_of`: the job id when a dead worker's job runs again, else None."""
        ...

    async def apply(self, app_id: int) -> None: ...
    async def poll_status(self) -> None: ...
    async def alive(self, worker_id: int | None) -> None:
        """Hold this worker's liveness lock (taken once, at its first job)."""
        ...


def conninfo(database_url: str) -> str:
    """The libpq address of a SQLAlchemy `postgresql+psycopg://` URL."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def user_lock(user_id: int) -> str:
    """The lock every job of one user takes: never two cycles or applies of a user at once."""
    return f"user:{user_id}"


def _runtime(context: JobContext) -> TaskRuntime:
    runtime: TaskRuntime = context.additional_context["runtime"]
    return runtime


async def _runtime_of(context: JobContext) -> TaskRuntime:
    runtime = _runtime(context)
    await runtime.alive(context.job.worker_id)
    return runtime


class Liveness:
    """The advisory lock (ALIVE_LOCK, worker id) on a session of its own, for the process's
    life: a starved event loop may miss heartbeats, but only a dead process loses it."""

    def __init__(self, database_url: str) -> None:
        self._conninfo = conninfo(database_url)
        self._conn: psycopg.AsyncConnection[TupleRow] | None = None

    async def hold(self, worker_id: int | None) -> None:
        if worker_id is None or self._conn is not None:
            return
        conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True)
        if self._conn is not None:  # another job of this process got there first
            await conn.close()
            return
        self._conn = conn
        await conn.execute("SELECT pg_advisory_lock(%s, %s)", (ALIVE_LOCK, worker_id))

    async def close(self) -> None:
        """Release the lock, then close: the server frees a closed session's locks only once
        its backend has exited, so a sweep just after a graceful stop could still see the
        worker alive (a race CI met)."""
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                await self._conn.execute("SELECT pg_advisory_unlock_all()")
            await self._conn.close()
            self._conn = None


def build_app(database_url: str, *, pool_size: int = 10) -> App:
    """A procrastinate App on the bot's PostgreSQL database, with the bot's tasks."""
    connector = PsycopgConnector(conninfo=conninfo(database_url), min_size=1, max_size=pool_size)
    app = App(connector=connector)

    @app.task(name=CYCLE, pass_context=True)
    async def run_cycle(context: JobContext, user_id: int, scheduled: bool = False) -> None:
        job = context.job
        rerun_of = job.id if job.attempts else None
        await (await _runtime_of(context)).run_cycle(user_id, scheduled, rerun_of)

    @app.task(name=APPLY, pass_context=True)
    async def apply(context: JobContext, app_id: int) -> None:
        await (await _runtime_of(context)).apply(app_id)

    @app.task(name=STATUS_POLL, pass_context=True)
    async def poll_status(context: JobContext) -> None:
        await (await _runtime_of(context)).poll_status()

    return app


async def apply_schema(app: App, database_url: str) -> bool:
    """Create procrastinate's tables in the bot's database unless they are there (idempotent).

    An advisory lock on a session of its own keeps two processes starting at once from both
    creating them."""
    async with await psycopg.AsyncConnection.connect(
        conninfo(database_url), autocommit=True
    ) as conn:
        await conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        cursor = await conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")
        row = await cursor.fetchone()
        if row is not None and row[0]:
            return False
        await app.schema_manager.apply_schema_async()
        log.info("procrastinate schema created")
        return True  # closing the session releases the lock


async def ensure_schema(database_url: str) -> bool:
    """`jobbot db upgrade` on PostgreSQL: procrastinate's tables, created once."""
    app = build_app(database_url, pool_size=2)
    async with app.open_async():
        return await apply_schema(app, database_url)


class Deferrer:
    """Queues the bot's work; a trigger that fires twice queues once (queueing locks)."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def cycle(self, user_id: int, *, scheduled: bool, at: datetime | None = None) -> bool:
        """Queue a cycle for the user (to start no sooner than `at`); False when one is
        already waiting."""
        return await self._defer(
            CYCLE,
            user_lock(user_id),
            f"cycle:{user_id}",
            at=at,
            user_id=user_id,
            scheduled=scheduled,
        )

    async def apply(self, user_id: int, app_id: int) -> bool:
        """Queue the apply routine for one approved row (after the user's running job)."""
        return await self._defer(APPLY, user_lock(user_id), f"apply:{app_id}", app_id=app_id)

    async def status_poll(self) -> bool:
        return await self._defer(STATUS_POLL, None, "status_poll")

    async def _defer(
        self,
        task: str,
        lock: str | None,
        queueing_lock: str,
        *,
        at: datetime | None = None,
        **kwargs: JSONValue,
    ) -> bool:
        deferrer = self.app.configure_task(
            task, lock=lock, queueing_lock=queueing_lock, schedule_at=at
        )
        try:
            await deferrer.defer_async(**kwargs)
        except AlreadyEnqueued:
            log.debug("%s already queued (%s)", task, queueing_lock)
            return False
        return True


async def retry_stalled_jobs(
    app: App, seconds_since_heartbeat: float, probe: psycopg.AsyncConnection[TupleRow]
) -> int:
    """Queue again the jobs of workers whose heartbeat stopped and whose process is gone
    (its liveness lock is free: killed, crashed, cut off); `probe` is a session to ask on.

    A job whose twin is already queued (same queueing lock) is closed instead: the twin runs."""
    manager = app.job_manager
    stalled = await manager.get_stalled_jobs(seconds_since_heartbeat=seconds_since_heartbeat)
    retried = 0
    for job in stalled:
        if job.worker_id is not None and not await _gone(probe, job.worker_id):
            log.warning("worker %d is late with its heartbeat but alive", job.worker_id)
            continue
        try:
            await manager.retry_job(job)
            retried += 1
        except ConnectorException as err:
            log.info("stalled job %s not retried (%s): its twin is queued", job.id, err)
            await manager.finish_job(job, status=Status.FAILED, delete_job=False)
    if retried:
        log.warning("%d stalled jobs of dead workers queued again", retried)
    return retried


async def _gone(probe: psycopg.AsyncConnection[TupleRow], worker_id: int) -> bool:
    cursor = await probe.execute("SELECT pg_try_advisory_lock(%s, %s)", (ALIVE_LOCK, worker_id))
    row = await cursor.fetchone()
    if row is None or not row[0]:
        return False
    await probe.execute("SELECT pg_advisory_unlock(%s, %s)", (ALIVE_LOCK, worker_id))
    return True
