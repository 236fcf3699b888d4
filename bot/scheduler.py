"""APScheduler wiring: one persisted auto-apply job per user, status polling, run-now."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from sqlalchemy import Engine

from bot.bulk_jobs import BulkJobStore, CoalescingScheduler
from core.ports import CycleRunner, Store
from core.runtime.activity import Activity
from core.status_poll import StatusPoller

log = logging.getLogger(__name__)

STATUS_POLL_JOB = "status_poll"
ACTIVE_POLL_JOB = "status_poll_active"

# The running scheduler, set by `AutoApplyScheduler.start`: persisted jobs name module-level
# functions that take only ids, and find the live runtime here.
_registry: dict[str, AutoApplyScheduler] = {}


def job_id(user_id: int) -> str:
    return f"autoapply:{user_id}"


async def run_autoapply(user_id: int) -> None:
    """The persisted job's callable: one cycle for `user_id` on the running runtime."""
    runtime = _registry.get("runtime")
    if runtime is None:
        log.warning("auto-apply job for user %d fired with no runtime", user_id)
        return
    await runtime.run_cycle_once(user_id)


async def run_status_poll() -> None:
    """The periodic status poll's callable."""
    runtime = _registry.get("runtime")
    if runtime is not None:
        await runtime.poll_status()


async def run_active_status_poll() -> None:
    """The frequent status poll's callable: users who used the chat within the last hour."""
    runtime = _registry.get("runtime")
    if runtime is not None:
        await runtime.poll_active()


class AutoApplyScheduler:
    """`core.ports.ScheduleControl` on an AsyncIOScheduler whose jobs live in the database."""

    def __init__(
        self,
        engine: Engine,
        runner: CycleRunner,
        store: Store,
        poller: StatusPoller | None = None,
        *,
        interval_hours: float = 4.0,
        poll_minutes: float = 15.0,
        activity: Activity | None = None,
        active_poll_seconds: float = 60.0,
        misfire_grace_s: int | None = None,
        max_cycles: int = 16,
        rng: random.Random | None = None,
    ) -> None:
        self._runner = runner
        self._store = store
        self._poller = poller
        self.interval_hours = interval_hours
        self.poll_minutes = poll_minutes
        self.activity = activity
        self.active_poll_seconds = active_poll_seconds
        interval_s = interval_hours * 3600
        self.misfire_grace_s = misfire_grace_s or max(60, int(interval_s / 4))
        self._jobstore = BulkJobStore(engine=engine)
        self.scheduler = CoalescingScheduler(jobstores={"default": self._jobstore}, timezone=UTC)
        self._running: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        # Cycles running at once in this process: memory stays flat however many fall due.
        self._slots = asyncio.Semaphore(max_cycles)
        self._rng = rng or random.Random()
        self.draining = False  # set on SIGTERM: no new cycles start
        self._idle = asyncio.Event()  # set when the last running cycle ends

    async def start(self, *, paused: bool = False) -> None:
        """Start firing jobs; users with auto-apply on get their job if it went missing.

        `paused` (a front process of a deployment): read and write the job store, never fire;
        the leader (bot.leader) fires."""
        _registry["runtime"] = self
        self.scheduler.start(paused=paused)
        if paused:
            return
        if self._poller is not None:
            self._every(run_status_poll, STATUS_POLL_JOB, self.poll_minutes * 60, grace_s=60)
            if self.activity is not None:
                # Someone who is using the chat hears an employer's answer within a minute.
                self._every(
                    run_active_status_poll, ACTIVE_POLL_JOB, self.active_poll_seconds, grace_s=30
                )
        users = await self._store.autoapply_user_ids()
        # The job store is synchronous: thousands of users are restored in a thread, so
        # the event loop (chats, the dispatcher) keeps running meanwhile.
        restored = await asyncio.to_thread(self._restore, users)
        if restored:
            log.info("scheduler: %d missing auto-apply jobs restored", restored)

    def _restore(self, user_ids: list[int]) -> int:
        """Add the jobs that went missing, their first runs spread over one interval; the
        stored ids are read without unpickling any job, and the missing jobs go in as one
        statement."""
        have = self._jobstore.job_ids()
        missing = [uid for uid in user_ids if job_id(uid) not in have]
        interval = self.interval_hours * 3600
        now = datetime.now(UTC)
        with self._jobstore.batch():
            for uid in missing:
                # Without the spread every restored user would fall due in the same second.
                self._add(uid, first=now + timedelta(seconds=self._rng.uniform(0, interval)))
        return len(missing)

    def _every(self, func: Any, job: str, seconds: float, *, grace_s: int) -> None:
        """A process-wide interval job (status polls), never two at once, missed runs merged."""
        self.scheduler.add_job(
            func,
            "interval",
            seconds=seconds,
            id=job,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=grace_s,
        )

    async def drain(self, grace: float) -> bool:
        """Fire no more cycles and wait up to `grace` seconds for the running ones to end.

        Returns whether none is left running."""
        self.draining = True
        if self.scheduler.running:
            self.scheduler.pause()
        if self._running:
            self._idle.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), grace)
        return not self._running

    def alive(self) -> bool:
        """Whether the scheduler fires jobs (for /healthz)."""
        return bool(self.scheduler.running) and not self.draining

    async def shutdown(self) -> None:
        """Stop firing; cycles already running are cancelled (recover() finishes their rows)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # AsyncIOScheduler stops on the loop's next turn
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if _registry.get("runtime") is self:
            del _registry["runtime"]

    def _add(self, user_id: int, first: datetime | None = None) -> datetime | None:
        timing: dict[str, Any] = {} if first is None else {"next_run_time": first}
        job = self.scheduler.add_job(
            run_autoapply,
            "interval",
            hours=self.interval_hours,
            args=[user_id],
            id=job_id(user_id),
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=self.misfire_grace_s,
            **timing,
        )
        when: datetime | None = getattr(job, "next_run_time", None)
        return when

    async def enable(self, user_id: int) -> datetime | None:
        """Start (or keep) the user's job; returns the next run time."""
        await self._store.set_autoapply(user_id, True)
        job = self.scheduler.get_job(job_id(user_id))
        if job is not None:
            when: datetime | None = job.next_run_time
            return when
        return self._add(user_id)

    async def disable(self, user_id: int) -> None:
        """Pause: no more scheduled cycles for the user."""
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(job_id(user_id))
        await self._store.set_autoapply(user_id, False)

    async def next_run(self, user_id: int) -> datetime | None:
        job = self.scheduler.get_job(job_id(user_id))
        when: datetime | None = None if job is None else job.next_run_time
        return when

    def is_running(self, user_id: int) -> bool:
        return user_id in self._running

    async def run_now(self, user_id: int) -> bool:
        """Start a cycle in the background, unless one is already running for the user."""
        if user_id in self._running or self.draining:
            log.info("run now for user %d refused: a cycle is running", user_id)
            return False
        self._running.add(user_id)  # taken now, so a second tap right after is refused too
        task = asyncio.create_task(self._cycle(user_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def run_cycle_once(self, user_id: int) -> None:
        """A scheduled cycle; skipped when run-now already runs one for the user."""
        if user_id in self._running or self.draining:
            log.info("scheduled cycle for user %d skipped: running or stopping", user_id)
            return
        self._running.add(user_id)
        await self._cycle(user_id)

    async def _cycle(self, user_id: int) -> None:
        try:
            async with self._slots:
                await self._runner.run_cycle(user_id)
        except Exception:
            log.exception("auto-apply cycle for user %d failed", user_id)
        finally:
            self._running.discard(user_id)
            if not self._running:
                self._idle.set()

    async def poll_status(self) -> None:
        if self._poller is None:
            return
        try:
            await self._poller.poll_once()
        except Exception:
            log.exception("status poll failed")

    async def poll_active(self) -> None:
        if self._poller is None or self.activity is None:
            return
        active = self.activity.active()
        if not active:
            return
        try:
            await self._poller.poll_users(active)
        except Exception:
            log.exception("status poll of active users failed")

    def jobs(self) -> list[Any]:
        return list(self.scheduler.get_jobs())
