"""The whole product behind the fake Discord: real ChatService, store, judge, apply routine,
scheduler and outbox dispatcher, against the mock portal running as a subprocess."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bot.discord_bot import DiscordNotifier, JobBotClient
from core.chat.service import ChatService
from core.models import Platform
from core.ports import Notifier
from storage.sql_store import SqlStore
from tests.discord.conftest import Connect
from tests.fakes.discord_server import FakeDiscord, InteractionLog, buttons
from tests.support.product import Product, ProductStack, running_product


@dataclass
class Stack(ProductStack):
    platform = Platform.DISCORD
    server: FakeDiscord
    connect: Connect
    product: Product
    chat: ChatService
    client: JobBotClient

    def notifier(self) -> Notifier:
        return DiscordNotifier(self.client, self.chat, min_interval=0)

    async def restart(self) -> None:
        """A new process: a fresh ChatService and Discord client on the same database."""
        await self.client.close()
        self.chat = self.product.chat_service()
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
        return await self.user_id_of(str(discord_id))

    async def round(self, discord_id: int) -> None:
        """Wait for the background cycle `/runnow` started."""
        await self.round_of(str(discord_id))

    def cards(self, discord_id: int) -> list[dict[str, Any]]:
        """Clarify cards in the user's DMs that still have their buttons."""
        return [m for m in self.server.dms(discord_id) if "Approve" in buttons(m)]


@asynccontextmanager
async def running_stack(
    server: FakeDiscord, connect: Connect, store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    """Everything bound to this test's event loop, on a shared database and portal."""
    async with running_product(store, portal_url) as product:
        chat = product.first_chat()
        yield Stack(server, connect, product, chat, await connect(chat))
