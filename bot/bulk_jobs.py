"""APScheduler for thousands of users: ids without unpickling, bulk adds, wakeups off the loop."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from apscheduler.executors.asyncio import AsyncIOExecutor
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.util import datetime_to_utc_timestamp
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

log = logging.getLogger(__name__)

_UPSERTS: dict[str, Any] = {"postgresql": pg_insert, "sqlite": sqlite_insert}


class BulkJobStore(SQLAlchemyJobStore):  # type: ignore[misc]
    """The SQLAlchemy job store, plus: the stored ids in one query, and `batch()`, in which
    the calling thread's added jobs go in together as one statement at the end."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # Per thread: only the batching thread's adds wait; a user's /pause on the event
        # loop meanwhile removes a stored row, never one still sitting in a buffer.
        self._local = threading.local()

    def job_ids(self) -> set[str]:
        """Every stored job id (no job is unpickled)."""
        with self.engine.begin() as conn:
            return set(conn.execute(select(self.jobs_t.c.id)).scalars())

    def add_job(self, job: Job) -> None:
        buffer: list[dict[str, Any]] | None = getattr(self._local, "buffer", None)
        if buffer is None:
            super().add_job(job)
            return
        buffer.append(
            {
                "id": job.id,
                "next_run_time": datetime_to_utc_timestamp(job.next_run_time),
                "job_state": self._pickled(job),
            }
        )

    def _pickled(self, job: Job) -> bytes:
        return pickle.dumps(job.__getstate__(), self.pickle_protocol)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Jobs this thread adds inside the block are written on leaving it, in one
        executemany; an id already stored is replaced (as `replace_existing=True`)."""
        self._local.buffer = []
        try:
            yield
        finally:
            rows, self._local.buffer = self._local.buffer, None
        if rows:
            self._write(rows)
            # The scheduler's wakeups during the block saw none of these jobs: one more now.
            scheduler = getattr(self, "_scheduler", None)
            if scheduler is not None and scheduler.running:
                scheduler.wakeup()

    def _write(self, rows: list[dict[str, Any]]) -> None:
        upsert = _UPSERTS.get(self.engine.dialect.name)
        if upsert is None:  # another database: one statement per job, as APScheduler does
            for row in rows:
                self._write_one(row)
            return
        stmt = upsert(self.jobs_t)
        stmt = stmt.on_conflict_do_update(
            index_elements=[self.jobs_t.c.id],
            set_={
                "next_run_time": stmt.excluded.next_run_time,
                "job_state": stmt.excluded.job_state,
            },
        )
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)

    def _write_one(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(
                self.jobs_t.update().where(self.jobs_t.c.id == row["id"]).values(**row)
            )
            if done.rowcount == 0:
                conn.execute(self.jobs_t.insert().values(**row))


def _on(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


class LoopExecutor(AsyncIOExecutor):  # type: ignore[misc]
    """AsyncIOExecutor that may be handed a due job by another thread: the job's task is
    still created on the event loop."""

    def _do_submit_job(self, job: Job, run_times: list[Any]) -> None:
        loop = self._eventloop
        if _on(loop):
            super()._do_submit_job(job, run_times)
        else:
            loop.call_soon_threadsafe(super()._do_submit_job, job, run_times)


class CoalescingScheduler(AsyncIOScheduler):  # type: ignore[misc]
    """AsyncIOScheduler that reads its job store off the event loop, one wakeup at a time.

    APScheduler's wakeup finds the due jobs, stores their next run times and reads the next
    wakeup time: several SQL round trips, run on the event loop, and one wakeup is queued per
    added job. Here the wakeups collapse into one while one is queued, and each runs in the
    scheduler's own thread (one, so they never overlap); only the timer and the due jobs'
    tasks are handled on the loop.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._wake_lock = threading.Lock()
        self._wake_queued = False
        self._store_thread = ThreadPoolExecutor(1, thread_name_prefix="scheduler")

    def _create_default_executor(self) -> LoopExecutor:
        return LoopExecutor()

    def wakeup(self) -> None:
        loop = self._eventloop
        if loop is None:
            return
        with self._wake_lock:
            if self._wake_queued:
                return
            self._wake_queued = True
        loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        with self._wake_lock:
            self._wake_queued = False  # an add from now on queues a fresh wakeup
        loop = self._eventloop
        if loop is None:  # shut down meanwhile
            return
        self._stop_timer()
        try:
            done = loop.run_in_executor(self._store_thread, self._process_jobs)
        except RuntimeError:  # the thread is gone: shutting down
            return
        done.add_done_callback(self._processed)

    def _processed(self, done: asyncio.Future[float | None]) -> None:
        if self._eventloop is None or done.cancelled():
            return
        error = done.exception()
        if error is not None:
            log.error("scheduler: processing jobs failed (%s)", type(error).__name__)
            self._start_timer(self.jobstore_retry_interval)
            return
        self._start_timer(done.result())

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._store_thread.shutdown(wait=False)
