"""The whole product, platform-neutral, for the end-to-end stacks: the real store, offline
engine, judge, apply routine, scheduler and outbox, against the mock portal running as a
subprocess. Each platform's stack adds its fake chat server and bot on top."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest

from bot.container import build_documents
from bot.scheduler import AutoApplyScheduler
from core.adapters.charts import MatplotlibCharts
from core.adapters.llm_offline import OfflineLLM
from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine, RetryPolicy
from core.chat.service import ChatService
from core.judge import Judge
from core.models import Documents, Job, Platform, Profile
from core.notify import Dispatcher
from core.pipeline import AutoApply
from core.ports import Notifier
from mock_portal.testing import running_portal
from storage.engine import make_engine
from storage.sql_store import SqlStore

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
JULIE_PDF = RESUMES / "Amsterdam-Modern-Resume-Template.pdf"


class ShiftedClock:
    """The wall clock, moved forward on request (to make a deferred notification due)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


async def eventually(predicate: Callable[[], Any], within: float = 10.0) -> Any:
    """Poll state the test cannot be told about (the scheduler's background round)."""
    for _ in range(int(within / 0.02)):
        if result := predicate():
            return result
        await asyncio.sleep(0.02)
    raise TimeoutError(f"not true within {within} s")


class FakeWriter:
    """Writes plain documents and records which jobs it wrote for."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def resume_for(self, job: Job) -> str:
        """What the resume says it is for."""
        return job.title

    async def documents(self, profile: Profile, job: Job) -> Documents:
        self.calls.append(job.id)
        return Documents(
            resume_md=f"# {profile.full_name}\nResume for {self.resume_for(job)}",
            cover_letter=f"Dear {job.company}, I would like the {job.title} role.",
            evidence_points=["Planned 300 meals a week", "Counselled 40 clients"],
        )


@pytest.fixture(scope="module")
def portal_url() -> Iterator[str]:
    """One mock portal subprocess for the module (starting one takes 0.5-2 s here)."""
    with running_portal() as url:
        yield url


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqlStore]:
    """One database for the module: its users get new ids, so the portal never mixes them."""
    store = SqlStore.from_url(f"sqlite:///{tmp_path_factory.mktemp('db') / 'jobbot.db'}")
    yield store
    store.close()


@dataclass
class Product:
    """Everything but the chat platform, bound to one test's event loop."""

    store: SqlStore
    portal: HttpPortal
    llm: OfflineLLM
    applier: ApplyRoutine
    schedule: AutoApplyScheduler
    clock: ShiftedClock

    def first_chat(self) -> ChatService:
        """The ChatService the bot starts with (it draws charts and makes PDF/Word files)."""
        return self.chat_service(charts=MatplotlibCharts(), documents=build_documents())

    def chat_service(self, **options: Any) -> ChatService:
        return ChatService(
            self.store, self.llm, self.applier, self.schedule, self.portal, **options
        )


@asynccontextmanager
async def running_product(store: SqlStore, portal_url: str) -> AsyncIterator[Product]:
    """The product on a shared database and portal; the scheduler started, stopped at the end."""
    portal = HttpPortal(portal_url)
    llm = OfflineLLM()
    judge = Judge(llm)
    applier = ApplyRoutine(
        store, portal, judge, policy=RetryPolicy(max_attempts=2, base_delay=0.001)
    )
    engine = make_engine(store.engine.url.render_as_string(hide_password=False))
    schedule = AutoApplyScheduler(engine, AutoApply(store, portal, judge, applier), store)
    await schedule.start()
    try:
        yield Product(store, portal, llm, applier, schedule, ShiftedClock())
    finally:
        await schedule.shutdown()
        # The database outlives the test: leave no notification for the next test to send.
        for left in await store.due_notifications(datetime.now(UTC) + timedelta(days=30), 10_000):
            await store.mark_delivered(left.id)
        engine.dispose()
        await portal.aclose()


class ProductStack:
    """The platform-neutral half of a platform's stack: it holds `product` and `chat`, and
    says which platform it is and how to notify on it."""

    platform: ClassVar[Platform]
    product: Product
    chat: ChatService

    @property
    def store(self) -> SqlStore:
        return self.product.store

    @property
    def portal(self) -> HttpPortal:
        return self.product.portal

    @property
    def schedule(self) -> AutoApplyScheduler:
        return self.product.schedule

    @property
    def clock(self) -> ShiftedClock:
        return self.product.clock

    def notifier(self) -> Notifier:
        raise NotImplementedError

    @property
    def dispatcher(self) -> Dispatcher:
        return Dispatcher(self.store, self.notifier(), self.clock)

    async def user_id_of(self, platform_id: str) -> int:
        found = await self.store.find_user(self.platform, platform_id)
        assert found is not None
        return found.id

    async def round_of(self, platform_id: str) -> None:
        """Wait for the background cycle `/runnow` started."""
        uid = await self.user_id_of(platform_id)
        await eventually(lambda: not self.schedule.is_running(uid), 30)
