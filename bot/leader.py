"""The one worker that fires the schedule: chosen by a PostgreSQL advisory lock, replaced when
its database session dies. It runs APScheduler, whose jobs only queue work for every worker,
and sends the jobs of dead workers back to the queue."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import psycopg
from procrastinate import App
from psycopg.rows import TupleRow
from sqlalchemy import Engine

from bot.scheduler import AutoApplyScheduler
from bot.tasks import LEADER_LOCK, Deferrer, conninfo, retry_stalled_jobs
from core.models import CycleSummary
from core.ports import Store
from core.status_poll import StatusPoller

log = logging.getLogger(__name__)


class DeferringRunner:
    """`core.ports.CycleRunner` of the leader's schedule: a due cycle is queued, not run."""

    def __init__(self, deferrer: Deferrer) -> None:
        self._deferrer = deferrer

    async def run_cycle(self, user_id: int) -> CycleSummary:
        await self._deferrer.cycle(user_id, scheduled=True)
        return CycleSummary(user_id=user_id)  # the worker's cycle writes the real summary


class LeaderScheduler(AutoApplyScheduler):
    """The embedded schedule with every firing turned into a queued job."""

    def __init__(
        self,
        engine: Engine,
        store: Store,
        poller: StatusPoller,
        deferrer: Deferrer,
        *,
        interval_hours: float,
        poll_minutes: float,
    ) -> None:
        super().__init__(
            engine,
            DeferringRunner(deferrer),
            store,
            poller,
            interval_hours=interval_hours,
            poll_minutes=poll_minutes,
        )
        self._deferrer = deferrer

    async def poll_status(self) -> None:
        await self._deferrer.status_poll()


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class Leadership:
    """Try for the leader lock; while holding it, run the schedule and retry stalled jobs."""

    def __init__(
        self,
        database_url: str,
        app: App,
        make_scheduler: Callable[[], AutoApplyScheduler],
        *,
        check_seconds: float = 2.0,
        stalled_seconds: float = 30.0,
    ) -> None:
        self._conninfo = conninfo(database_url)
        self._app = app
        self._make_scheduler = make_scheduler
        self.check_seconds = check_seconds
        self.stalled_seconds = stalled_seconds
        self.leading = False

    async def run(self, stop: asyncio.Event) -> None:
        """Until `stop`: become the leader when the lock is free, step down when it is lost."""
        while not stop.is_set():
            try:
                conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True)
            except psycopg.OperationalError as err:
                log.warning("leader: database unreachable (%s)", type(err).__name__)
                await _pause(stop, self.check_seconds)
                continue
            async with conn:
                try:
                    cursor = await conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK,))
                    row = await cursor.fetchone()
                    if row is not None and row[0]:
                        await self._lead(conn, stop)
                        continue
                except psycopg.Error as err:
                    log.warning("leader: session lost (%s); stepping down", type(err).__name__)
                    continue
            await _pause(stop, self.check_seconds)

    async def _lead(self, conn: psycopg.AsyncConnection[TupleRow], stop: asyncio.Event) -> None:
        log.info("leader: this worker fires the schedule")
        scheduler = self._make_scheduler()
        await scheduler.start()
        self.leading = True
        try:
            while not stop.is_set():
                await conn.execute("SELECT 1")  # raises when the session (and the lock) is gone
                try:
                    await retry_stalled_jobs(self._app, self.stalled_seconds, conn)
                except Exception:
                    log.exception("leader: retrying stalled jobs failed")
                # Fronts add and remove jobs in the shared job store: look at it again.
                scheduler.scheduler.wakeup()
                await _pause(stop, self.check_seconds)
        finally:
            self.leading = False
            await scheduler.shutdown()
