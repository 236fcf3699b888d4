"""The whole product behind the fake Discord: real ChatService, store, judge, apply routine,
scheduler and outbox dispatcher, against the mock portal running as a subprocess."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.discord_bot import DiscordNotifier, JobBotClient
from bot.scheduler import AutoApplyScheduler
from core.adapters.charts import MatplotlibCharts
from core.adapters.llm_offline import OfflineLLM
from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine, RetryPolicy
from core.chat.service import ChatService
from core.judge import Judge
from core.notify import Dispatcher
from core.pipeline import AutoApply
from storage.engine import make_engine
from storage.sql_store import SqlStore
from tests.discord.conftest import Connect
from tests.fakes.discord_server import FakeDiscord, InteractionLog, buttons

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


@dataclass
class Stack:
    server: FakeDiscord
    connect: Connect
    store: SqlStore
    portal: HttpPortal
    schedule: AutoApplyScheduler
    chat: ChatService
    client: JobBotClient
    clock: ShiftedClock
    parts: dict[str, Any] = field(default_factory=dict)

    @property
    def dispatcher(self) -> Dispatcher:
        notifier = DiscordNotifier(self.client, self.chat, min_interval=0)
        return Dispatcher(self.store, notifier, self.clock)

    async def restart(self) -> None:
        """A new process: a fresh ChatService and Discord client on the same database."""
        await self.client.close()
        self.chat = ChatService(
            self.store, self.parts["llm"], self.parts["applier"], self.schedule, self.portal
        )
        self.client = await self.connect(self.chat)

    async def run(
        self, user: int, name: str, options: dict[str, Any] | None = None, **where: Any
    ) -> list[dict[str, Any]]:
        """`/name` as the user; the messages it produced once the bot is done."""
        log = await self.server.slash(user, name, options, **where)
        return await self.settle(log)

    async def settle(self, log: InteractionLog) -> list[dict[str, Any]]:
        await self.server.until(lambda: log.callback_type is not None, 10)
        await self.client.conversation.idle(20)
        return self.server.replies(log)

    async def press(self, user: int, message: dict[str, Any], label: str) -> InteractionLog:
        log = await self.server.click_label(user, message["id"], label)
        await self.settle(log)
        return log

    async def say(self, user: int, text: str) -> list[dict[str, Any]]:
        """A DM from the user; the bot's DM answers to it."""
        before = len(self.server.dms(user))
        await self.server.send_dm(user, text)
        await self.server.until(lambda: len(self.server.dms(user)) > before, 10)
        await self.client.conversation.idle(20)
        return self.server.dms(user)[before:]

    async def user_id(self, discord_id: int) -> int:
        user = await self.store.find_user("discord", str(discord_id))  # type: ignore[arg-type]
        assert user is not None
        return user.id

    async def round(self, discord_id: int) -> None:
        """Wait for the background cycle `/runnow` started."""
        uid = await self.user_id(discord_id)
        await eventually(lambda: not self.schedule.is_running(uid), 30)

    def cards(self, discord_id: int) -> list[dict[str, Any]]:
        """Clarify cards in the user's DMs that still have their buttons."""
        return [m for m in self.server.dms(discord_id) if "Approve" in buttons(m)]


@asynccontextmanager
async def running_stack(
    server: FakeDiscord, connect: Connect, store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    """Everything bound to this test's event loop, on a shared database and portal."""
    portal = HttpPortal(portal_url)
    llm = OfflineLLM()
    judge = Judge(llm)
    applier = ApplyRoutine(
        store, portal, judge, policy=RetryPolicy(max_attempts=2, base_delay=0.001)
    )
    engine = make_engine(store.engine.url.render_as_string(hide_password=False))
    schedule = AutoApplyScheduler(engine, AutoApply(store, portal, judge, applier), store)
    await schedule.start()
    chat = ChatService(store, llm, applier, schedule, portal, charts=MatplotlibCharts())
    client = await connect(chat)
    parts = {"llm": llm, "applier": applier}
    try:
        yield Stack(server, connect, store, portal, schedule, chat, client, ShiftedClock(), parts)
    finally:
        await schedule.shutdown()
        # The database outlives the test: leave no notification for the next test to send.
        for left in await store.due_notifications(datetime.now(UTC) + timedelta(days=30), 10_000):
            await store.mark_delivered(left.id)
        engine.dispose()
        await portal.aclose()
