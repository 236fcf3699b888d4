"""The whole product behind the fake Bot API: the real ChatService, store, offline engine,
apply routine, scheduler and outbox, against the mock portal running as a subprocess."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.telegram_bot import (
    TelegramNotifier,
    build_application,
    start_telegram,
    stop_telegram,
)
from bot.telegram_bot.app import TelegramApp
from core.chat.service import ChatService
from core.models import Platform
from core.ports import Notifier
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import Call, FakeTelegramServer, FakeUser
from tests.support.product import Product, ProductStack, running_product
from tests.telegram.conftest import settings_for


@dataclass
class Stack(ProductStack):
    platform = Platform.TELEGRAM
    tg: FakeTelegramServer
    product: Product
    chat: ChatService
    app: TelegramApp

    def notifier(self) -> Notifier:
        return TelegramNotifier(self.app.bot, self.chat)

    async def restart(self) -> None:
        """A new process: a fresh ChatService and Application on the same database."""
        await stop_telegram(self.app)
        self.chat = self.product.chat_service()
        self.app = await _start(self.tg, self.chat)

    async def _quiet(self) -> None:
        await self.tg.settle(quiet=0.15, within=30)

    async def run(self, user: FakeUser, text: str) -> list[Call]:
        """`/command args` (or free text) as the user; what the bot sent once it is done."""
        mark = self.tg.mark()
        if text.startswith("/"):
            self.tg.command(user, text)
        else:
            self.tg.text(user, text)
        await self.tg.expect(user, 1, after=mark, within=20)
        await self._quiet()
        return self.tg.sent(user, after=mark)

    async def upload(self, user: FakeUser, name: str, data: bytes, mime: str) -> list[Call]:
        mark = self.tg.mark()
        self.tg.document(user, name, data, mime=mime)
        await self.tg.expect(user, 1, after=mark, within=30)
        await self._quiet()
        return self.tg.sent(user, after=mark)

    async def press(self, user: FakeUser, message: Call, label: str) -> tuple[Call, list[Call]]:
        """Press the button labelled like `label` on `message` (as it is now): the toast,
        and what the bot sent or edited afterwards."""
        current = self.current(message)
        payload = current.payload(label)
        mark = self.tg.mark()
        _, query_id = self.tg.press(user, payload, message=current)
        await self.tg.wait_until(
            lambda: any(
                c.params.get("callback_query_id") == query_id
                for c in self.tg.of("answerCallbackQuery", after=mark)
            ),
            within=10,
        )
        await self._quiet()
        [answer] = [
            c
            for c in self.tg.of("answerCallbackQuery", after=mark)
            if c.params.get("callback_query_id") == query_id
        ]
        return answer, self.tg.sent(user, after=mark)

    def current(self, message: Call) -> Call:
        """`message` as it is now in the chat (after edits), as a Call to press on."""
        state = self.tg.message(int(message.chat_id or 0), message.message_id)
        params = {
            "chat_id": message.chat_id,
            "message_id": message.message_id,
            "text": state.get("text", state.get("caption", "")),
            "reply_markup": state.get("reply_markup"),
        }
        return Call("current", params, {}, 0.0, chat_id=message.chat_id, result=state)

    def cards(self, user: FakeUser) -> list[Call]:
        """Messages in the user's chat whose buttons still offer Approve."""
        sent = [c for c in self.tg.sent(user) if c.method in ("sendMessage", "sendPhoto")]
        current = [self.current(c) for c in sent]
        return [c for c in current if any("Approve" in b for row in c.buttons for b, _ in row)]

    async def user_id(self, user: FakeUser) -> int:
        return await self.user_id_of(str(user.id))

    async def round(self, user: FakeUser) -> None:
        """Wait for the background cycle `/runnow` started."""
        await self.round_of(str(user.id))

    async def deliver_all(self) -> int:
        """Run the outbox until it is empty; how many notifications were delivered."""
        delivered = 0
        while (result := await self.dispatcher.dispatch_once()).delivered:
            delivered += result.delivered
        await self._quiet()
        return delivered


async def _start(tg: FakeTelegramServer, chat: ChatService) -> TelegramApp:
    app = build_application(settings_for(tg), chat, per_chat_interval=0.02)
    await start_telegram(app)
    return app


@asynccontextmanager
async def running_stack(
    tg: FakeTelegramServer, store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    """Everything bound to this test's event loop, on a shared database and portal."""
    async with running_product(store, portal_url) as product:
        chat = product.first_chat()
        stack = Stack(tg, product, chat, await _start(tg, chat))
        try:
            yield stack
        finally:
            await stop_telegram(stack.app)
