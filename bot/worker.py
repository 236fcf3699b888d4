"""`jobbot worker`: runs the queued cycles, applies and status polls of a deployment (PostgreSQL).

Any number of workers share one database. Every job of a user holds the lock `user:<id>`, so
a user's cycles and applies never overlap; a worker that dies mid-job stops its heartbeat, and
the leader (bot.leader) queues its jobs again. The job that runs next for that user first
finishes the rows the dead worker left in `applying`, through the portal's status, so nothing
is sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

from sqlalchemy import text

from bot.container import Container
from bot.leader import LeaderScheduler, Leadership
from bot.settings import Settings, SettingsError
from bot.signals import stop_on_signals
from bot.tasks import Deferrer, Liveness, apply_schema, build_app
from core.ports import LLM

log = logging.getLogger(__name__)

# The queue and the bot's tables share the database: one question answers "did the dead
# worker's cycle reach its summary?" (the summary is the cycle's last write).
SUMMARY_SINCE = text(
    "SELECT EXISTS (SELECT 1 FROM notifications WHERE user_id = :user AND kind = 'summary' "
    "AND created_at >= (SELECT min(at) FROM procrastinate_events "
    "WHERE job_id = :job AND type = 'started'))"
)


class WorkerRuntime:
    """What the tasks run on: the embedded runtime's cycle, apply routine and poller."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.liveness = Liveness(container.settings.database_url)

    async def alive(self, worker_id: int | None) -> None:
        await self.liveness.hold(worker_id)

    async def run_cycle(self, user_id: int, scheduled: bool, rerun_of: int | None) -> None:
        store = self.container.store
        if rerun_of is not None and await asyncio.to_thread(self._summarised, user_id, rerun_of):
            # The dead worker finished the cycle but died before the queue heard of it.
            log.info("cycle job %d for user %d had finished: not run again", rerun_of, user_id)
            return
        user = await store.get_user(user_id)
        if user is None:
            return  # forgotten since the job was queued
        if scheduled and not user.autoapply_enabled:
            log.info("scheduled cycle for user %d skipped: auto-apply is off", user_id)
            return
        # This job holds the user's lock: a row in `applying` is a dead worker's.
        await self.container.applier.recover(user_id)
        await self.container.cycles.run_cycle(user_id)  # counted in /metrics

    def _summarised(self, user_id: int, job_id: int) -> bool:
        """Whether the user got a cycle summary since the job first started."""
        with self.container.store.engine.connect() as conn:
            return bool(conn.execute(SUMMARY_SINCE, {"user": user_id, "job": job_id}).scalar())

    async def apply(self, app_id: int) -> None:
        row = await self.container.store.get_application(app_id)
        if row is None:
            return
        await self.container.applier.recover(row.user_id)
        await self.container.applier.apply(app_id)

    async def poll_status(self) -> None:
        await self.container.poller.poll_once()


async def run_worker(
    settings: Settings,
    *,
    llm: LLM | None = None,
    stop: asyncio.Event | None = None,
    name: str | None = None,
) -> None:
    """Run jobs until `stop` is set (or SIGINT/SIGTERM); jobs in flight are finished first."""
    if not settings.on_postgres():
        raise SettingsError("jobbot worker needs a PostgreSQL DATABASE_URL (workers share it)")
    stop = stop or stop_on_signals()
    container = Container(settings, llm=llm, settle_heap=True)
    app = build_app(settings.database_url, pool_size=settings.worker_concurrency + 4)
    deferrer = Deferrer(app)
    leadership = Leadership(
        settings.database_url,
        app,
        lambda: LeaderScheduler(
            container.scheduler_engine,
            container.store,
            container.poller,
            deferrer,
            interval_hours=settings.autoapply_interval_hours,
            poll_minutes=settings.status_poll_minutes,
        ),
        check_seconds=min(5.0, settings.worker_heartbeat_seconds),
        stalled_seconds=settings.worker_stalled_seconds,
    )
    runtime = WorkerRuntime(container)
    try:
        async with app.open_async():
            await apply_schema(app, settings.database_url)
            await container.start_for_worker()
            leader = asyncio.create_task(leadership.run(stop), name="leader")
            worker = asyncio.create_task(
                app.run_worker_async(
                    name=name or f"jobbot-{os.getpid()}",
                    concurrency=settings.worker_concurrency,
                    install_signal_handlers=False,
                    update_heartbeat_interval=settings.worker_heartbeat_seconds,
                    stalled_worker_timeout=settings.worker_stalled_seconds,
                    fetch_job_polling_interval=1.0,
                    additional_context={"runtime": runtime},
                ),
                name="worker",
            )
            log.info("worker %s is running; SIGTERM stops it", name or os.getpid())
            stopped = asyncio.create_task(stop.wait())
            await asyncio.wait({worker, stopped}, return_when=asyncio.FIRST_COMPLETED)
            stop.set()
            stopped.cancel()
            worker.cancel()  # procrastinate's graceful stop: running jobs finish
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            await leader
    finally:
        await runtime.liveness.close()
        await container.aclose()
