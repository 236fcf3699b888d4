"""The Metrics port and the wrappers that feed it: cycles, LLM calls, portal errors, delivery lag.

core/ never imports a metrics library: bot/ hands in an adapter (Prometheus), else NO_METRICS.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from core.clock import SystemClock
from core.errors import PortalError
from core.models import CycleSummary, Documents, Job, Notification, Preferences, Profile, User
from core.ports import (
    LLM,
    ApplyReceipt,
    ApplyRequest,
    Clock,
    CycleRunner,
    JobScore,
    Notifier,
    Portal,
    PortalStatusReport,
)


class Metrics(Protocol):
    """What the runtime reports as it works (counters and timings; gauges are read at scrape)."""

    def cycle_finished(self, outcome: str, seconds: float) -> None: ...
    def llm_call(self, engine: str, task: str, outcome: str, seconds: float) -> None: ...
    def portal_error(self, kind: str) -> None: ...
    def notification_delivered(self, lag_seconds: float) -> None: ...


class NoMetrics:
    """The default: nothing recorded."""

    def cycle_finished(self, outcome: str, seconds: float) -> None:
        return None

    def llm_call(self, engine: str, task: str, outcome: str, seconds: float) -> None:
        return None

    def portal_error(self, kind: str) -> None:
        return None

    def notification_delivered(self, lag_seconds: float) -> None:
        return None


NO_METRICS: Metrics = NoMetrics()


def cycle_outcome(summary: CycleSummary) -> str:
    """ok, or partial when the cycle reported errors (portal down, deadline, scoring)."""
    return "partial" if summary.errors else "ok"


class MeteredCycles:
    """`CycleRunner` that times each cycle and counts it by outcome (ok, partial, error)."""

    def __init__(self, inner: CycleRunner, metrics: Metrics) -> None:
        self.inner = inner
        self._metrics = metrics

    async def run_cycle(self, user_id: int) -> CycleSummary:
        started, outcome = time.perf_counter(), "error"
        try:
            summary = await self.inner.run_cycle(user_id)
            outcome = cycle_outcome(summary)
            return summary
        finally:
            self._metrics.cycle_finished(outcome, time.perf_counter() - started)


class MeteredPortal:
    """`Portal` that counts each failure by kind (unavailable, rejected, protocol)."""

    def __init__(self, inner: Portal, metrics: Metrics) -> None:
        self.inner = inner
        self._metrics = metrics

    @contextmanager
    def _counted(self) -> Iterator[None]:
        try:
            yield
        except PortalError as err:
            kind = type(err).__name__.removeprefix("Portal").lower() or "error"
            self._metrics.portal_error(kind)
            raise

    async def search(self, query: str, top_k: int = 20) -> list[Job]:
        with self._counted():
            return await self.inner.search(query, top_k)

    async def list_jobs(self, *, page: int = 1, limit: int = 50, q: str | None = None) -> list[Job]:
        with self._counted():
            return await self.inner.list_jobs(page=page, limit=limit, q=q)

    async def apply(self, request: ApplyRequest, idempotency_key: str) -> ApplyReceipt:
        with self._counted():
            return await self.inner.apply(request, idempotency_key)

    async def status(self, user_id: str) -> PortalStatusReport:
        with self._counted():
            return await self.inner.status(user_id)

    async def job_open(self, job_id: str) -> bool | None:
        with self._counted():
            return await self.inner.job_open(job_id)


class MeteredNotifier:
    """`Notifier` that records how long each notification waited before it was delivered."""

    def __init__(self, inner: Notifier, metrics: Metrics, clock: Clock | None = None) -> None:
        self.inner = inner
        self._metrics = metrics
        self._clock = clock or SystemClock()

    async def deliver(self, user: User, notification: Notification) -> None:
        await self.inner.deliver(user, notification)
        since = notification.not_before or notification.created_at
        lag = (self._clock.now() - since).total_seconds()
        self._metrics.notification_delivered(max(0.0, lag))


class MeteredLLM:
    """`LLM` that times every call by engine, task and outcome (ok or the error's name)."""

    def __init__(self, inner: LLM, metrics: Metrics) -> None:
        self.inner = inner
        self.name = inner.name
        self._metrics = metrics

    def _done(self, task: str, started: float, outcome: str) -> None:
        self._metrics.llm_call(self.name, task, outcome, time.perf_counter() - started)

    async def extract_profile(self, resume_text: str) -> Profile:
        started, outcome = time.perf_counter(), "error"
        try:
            result = await self.inner.extract_profile(resume_text)
            outcome = "ok"
            return result
        finally:
            self._done("extract_profile", started, outcome)

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        started, outcome = time.perf_counter(), "error"
        try:
            score = await self.inner.score_job(profile, prefs, job)
            outcome = "ok"
            return score
        finally:
            self._done("score_job", started, outcome)

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        started, outcome = time.perf_counter(), "error"
        try:
            documents = await self.inner.write_documents(profile, job)
            outcome = "ok"
            return documents
        finally:
            self._done("write_documents", started, outcome)

    async def aclose(self) -> None:
        await self.inner.aclose()


__all__: Sequence[str] = [
    "NO_METRICS",
    "MeteredCycles",
    "MeteredLLM",
    "MeteredNotifier",
    "MeteredPortal",
    "Metrics",
    "NoMetrics",
]
