"""The composition root: builds the store, portal, LLM, judge and runtime from Settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import httpx

from bot.metrics import PrometheusMetrics
from bot.ops_server import LoopHeartbeat, OpsServer
from bot.rates_cmd import use_saved_rates
from bot.scheduler import AutoApplyScheduler
from bot.settings import Settings
from core.adapters.llm_hf import HFLLM
from core.adapters.llm_offline import OfflineLLM
from core.adapters.portal import HttpPortal
from core.adapters.render_docx import WordDocx
from core.adapters.render_pdf import TypstPdf
from core.adapters.sources.registry import build_sources
from core.apply import ApplyRoutine, RetryPolicy
from core.clock import SystemClock
from core.documents.files import DocumentFiles
from core.judge import Judge
from core.metrics import MeteredCycles, MeteredLLM, MeteredNotifier, MeteredPortal
from core.models import PORTAL_SOURCE, Documents, Job, Notification, Preferences, Profile, User
from core.notify import Dispatcher
from core.pipeline import AutoApply
from core.ports import LLM, JobScore, Notifier, Portal
from core.runtime.activity import Activity
from core.runtime.breaker import CircuitBreaker
from core.runtime.intake_limits import FairUse, UploadGate
from core.runtime.leases import LeasePolicy, process_owner
from core.runtime.llm_budget import LLMBudget
from core.runtime.warmup import settle_heap, warm_tables
from core.status_poll import StatusPoller
from storage.engine import make_writer_engine
from storage.sql_store import SqlStore

log = logging.getLogger(__name__)

# How long one portal search's answer serves other cycles asking the same (a round of many
# users takes minutes; the interval between one user's cycles is hours).
SHARED_SEARCH_SECONDS = 60.0


class LoggingNotifier:
    """The default Notifier: logs ids only (the chat adapters pass the real one)."""

    async def deliver(self, user: User, notification: Notification) -> None:
        log.info(
            "notification %d (%s) for user %d",
            notification.id,
            notification.kind.value,
            user.id,
        )


class LimitedLLM:
    """One global limit on LLM calls in flight, shared by every user's cycle and the
    Approve button (the engine may have its own limit too; this one is the product's)."""

    def __init__(self, inner: LLM, limit: int) -> None:
        self.inner = inner
        self.name = inner.name
        self.limit = asyncio.Semaphore(limit)

    async def extract_profile(self, resume_text: str) -> Profile:
        async with self.limit:
            return await self.inner.extract_profile(resume_text)

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        async with self.limit:
            return await self.inner.score_job(profile, prefs, job)

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        async with self.limit:
            return await self.inner.write_documents(profile, job)

    async def aclose(self) -> None:
        await self.inner.aclose()


def build_breaker(settings: Settings) -> CircuitBreaker:
    """The one circuit breaker of a runtime: every LLM call of every user goes through it."""
    return CircuitBreaker(settings.llm_breaker_failures, settings.llm_breaker_cooldown_seconds)


def build_llm(settings: Settings, breaker: CircuitBreaker | None = None) -> LLM:
    """The engine named by LLM_ENGINE (offline | hf | openai)."""
    if settings.llm_engine == "offline":
        return OfflineLLM()
    if settings.llm_engine == "hf":
        secret, base_url = settings.hf_token, None
    else:
        secret, base_url = settings.llm_api_key, settings.llm_base_url
    return HFLLM(
        model=settings.hf_model,
        token=secret.get_secret_value() if secret else None,
        base_url=base_url,
        concurrency=settings.llm_concurrency,
        timeout=settings.llm_timeout_seconds,
        schema_format=settings.llm_schema_format,
        breaker=breaker or build_breaker(settings),
    )


def engine_label(llm: LLM) -> str:
    """Which engine runs, for people: 'offline', or 'openai (schema: json_schema)'."""
    form = getattr(llm, "schema_format", None)
    return f"{llm.name} (schema: {form})" if form else llm.name


def build_documents() -> DocumentFiles:
    """The document files the chat and the demo make: PDF (Typst) and Word (python-docx)."""
    return DocumentFiles([TypstPdf(), WordDocx()])


def build_leases(settings: Settings) -> LeasePolicy:
    """This process's leases: LEASE_SECONDS long, held as `<INSTANCE_NAME or host>:pid:rnd`."""
    name = settings.instance_name
    return LeasePolicy(
        seconds=settings.lease_seconds,
        owner=process_owner(name),
        previous_owner=f"{name}:" if name else None,
    )


class Container:
    """Every long-lived object of one bot process, started and closed together."""

    def __init__(
        self,
        settings: Settings,
        *,
        notifier: Notifier | None = None,
        llm: LLM | None = None,
        portal_transport: httpx.AsyncBaseTransport | None = None,
        source_transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        dispatch_interval: float = 2.0,
        settle_heap: bool = False,
        warm_places: bool = False,
    ) -> None:
        self.settings = settings
        use_saved_rates(settings)  # rates from `jobbot rates refresh`, if any
        self.store = SqlStore.from_url(settings.database_url)
        # Counters and timings for /metrics (served only when METRICS_PORT is set).
        self.metrics = PrometheusMetrics()
        self.metrics.watch(self.store)
        self.portal_client = HttpPortal(
            settings.portal_url,
            transport=portal_transport,
            concurrency=settings.portal_concurrency,
        )
        self.portal: Portal = MeteredPortal(self.portal_client, self.metrics)
        self.breaker = build_breaker(settings)
        self.engine = llm or build_llm(settings, self.breaker)
        self.llm = LimitedLLM(MeteredLLM(self.engine, self.metrics), settings.llm_concurrency)
        self.judge = Judge(self.llm)
        self.applier = ApplyRoutine(
            self.store,
            self.portal,
            self.judge,
            policy=retry or RetryPolicy(max_attempts=settings.apply_max_attempts),
            leases=build_leases(settings),
        )
        self.access = settings.access_policy()
        self.uploads = UploadGate(FairUse(per_hour=settings.resume_uploads_per_hour))
        self.budget = LLMBudget(
            self.store, SystemClock(), settings.llm_daily_budget, self.engine.name
        )
        # Job boards without an apply API (JOB_SOURCES); none by default.
        self.sources = build_sources(
            settings.source_names(),
            base_urls=settings.source_base_urls(),
            transport=source_transport,
        )
        self.autoapply = AutoApply(
            self.store,
            self.portal,
            self.judge,
            self.applier,
            deadline=settings.cycle_deadline_minutes * 60,
            budget=self.budget,
            sources=self.sources,
            portal_discovery=PORTAL_SOURCE in settings.source_names(),
            default_boards=settings.source_boards(),
            # A round's cycles with the same search share the portal's answer for a minute.
            share_searches_for=SHARED_SEARCH_SECONDS,
        )
        self.cycles = MeteredCycles(self.autoapply, self.metrics)  # what workers should run
        self.poller = StatusPoller(self.store, self.portal)
        # Who used the chat lately (the chat records it): polled every minute, not every 15.
        self.activity = Activity()
        self.documents = build_documents()
        self.notifier: Notifier = notifier or LoggingNotifier()
        self.dispatcher = Dispatcher(self.store, MeteredNotifier(self.notifier, self.metrics))
        self.dispatch_interval = dispatch_interval
        # APScheduler's job store is synchronous: its own engine, same database.
        self.scheduler_engine = make_writer_engine(settings.database_url)
        self.scheduler = AutoApplyScheduler(
            self.scheduler_engine,
            self.cycles,
            self.store,
            self.poller,
            interval_hours=settings.autoapply_interval_hours,
            poll_minutes=settings.status_poll_minutes,
            activity=self.activity,
        )
        self._dispatch_task: asyncio.Task[None] | None = None
        self._sweep_task: asyncio.Task[None] | None = None
        self.heartbeat = LoopHeartbeat()
        self._heartbeat_task: asyncio.Task[None] | None = None
        self.ops: OpsServer | None = None
        # A long-running process (not a test) freezes its start-up heap: see settle_heap.
        self._settle_heap = settle_heap
        self._warm_places = warm_places  # a process serving chats loads the place index too
        self._warm_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Finish what a previous process left half-done, then start the schedules."""
        self._warm_task = asyncio.create_task(self._warm(), name="warm-up")
        await self.applier.recover()
        await self.scheduler.start()
        self._dispatch_task = asyncio.create_task(
            self.dispatcher.run_forever(self.dispatch_interval), name="dispatcher"
        )
        await self._start_upkeep(self.health_checks())

    async def start_for_worker(self) -> None:
        """What a `jobbot worker` needs of `start`: warm-up, the lease sweep, /healthz and
        /metrics. Its jobs come from the task queue (no schedule here) and the fronts deliver
        the notifications (a worker has no chat to send them to)."""
        self._warm_task = asyncio.create_task(self._warm(), name="warm-up")
        checks = self.health_checks()
        del checks["scheduler"]
        await self._start_upkeep(checks)

    async def _start_upkeep(self, checks: dict[str, Callable[[], bool]]) -> None:
        self._sweep_task = asyncio.create_task(self._sweep(), name="lease-sweep")
        self._heartbeat_task = asyncio.create_task(self.heartbeat.run(), name="loop-heartbeat")
        if self.settings.metrics_port:
            self.ops = OpsServer(
                self.metrics.registry,
                checks,
                self.settings.metrics_host,
                self.settings.metrics_port,
            )
            await self.ops.start()

    def health_checks(self) -> dict[str, Callable[[], bool]]:
        """What /healthz asks (from its own thread): the database, this loop, the schedule."""
        return {
            "database": self.store.ping,
            "loop": self.heartbeat.alive,
            "scheduler": self.scheduler.alive,
        }

    async def _sweep(self) -> None:
        """Finish, now and then, the applying rows whose process died (their lease ran out)."""
        while True:
            await asyncio.sleep(self.settings.lease_seconds / 2)
            try:
                await self.applier.recover()
            except Exception:
                log.exception("lease sweep failed")

    async def drain(self, grace: float | None = None) -> None:
        """SIGTERM: start no new cycle or apply; give the running ones `grace` seconds."""
        grace = self.settings.shutdown_grace_seconds if grace is None else grace
        loop = asyncio.get_running_loop()
        end = loop.time() + grace
        self.applier.accepting = False
        cycles_done = await self.scheduler.drain(grace)
        left = await self.applier.drain(max(0.0, end - loop.time()))
        log.info(
            "drained: cycles %s, %d applies still running", "done" if cycles_done else "cut", left
        )

    async def _hand_back(self) -> None:
        """End this process's leases, after every store call already started has landed
        (a cancelled claim's thread may still commit), so another process takes over now."""
        for _ in range(3):
            await asyncio.sleep(0)  # cancelled cycles unwind: no new store calls
        await asyncio.to_thread(self.store.pool.shutdown, True)
        try:
            owner = self.applier.leases.owner
            released = await asyncio.to_thread(self.store.release_leases_now, owner)
            if released:
                log.info("handed back %d applications still applying", released)
        except Exception:  # the database is down: the leases run out by themselves
            log.exception("could not hand back this process's applications")

    async def _warm(self) -> None:
        """The tables built at first use, built now in a thread (a chat would wait for them on
        the event loop); then, in a long-running process, the start-up heap frozen."""
        took = await asyncio.to_thread(warm_tables, with_places=self._warm_places)
        log.info("tables loaded in %.1f s", took)
        if self._settle_heap:
            settle_heap()

    async def aclose(self) -> None:
        """Stop and close everything, in the reverse order of start."""
        if self.ops is not None:
            await self.ops.stop()
            self.ops = None
        if self._warm_task is not None:
            self._warm_task.cancel()  # its thread finishes on its own
            with contextlib.suppress(asyncio.CancelledError):
                await self._warm_task
            self._warm_task = None
        for task in (self._dispatch_task, self._sweep_task, self._heartbeat_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._dispatch_task = self._sweep_task = self._heartbeat_task = None
        await self.scheduler.shutdown()
        await self._hand_back()
        self.scheduler_engine.dispose()
        await self.llm.aclose()
        await self.portal_client.aclose()
        for source in self.sources:
            await source.aclose()
        self.store.close()
