"""Fixtures: the fake Bot API server, the fake chat layer, and a running bot between them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from bot.settings import Settings
from bot.telegram_bot import build_application, start_telegram, stop_telegram
from bot.telegram_bot.app import TelegramApp
from core.chat.messages import ChatHandler
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.fake_chat import FakeChat

StartBot = Callable[..., Awaitable[TelegramApp]]


def settings_for(server: FakeTelegramServer) -> Settings:
    return Settings(telegram_bot_token=server.token, telegram_api_base_url=server.url)


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer() as server:
        yield server


@pytest.fixture
def chat() -> FakeChat:
    return FakeChat()


@pytest.fixture
async def start_bot(tg: FakeTelegramServer, chat: FakeChat) -> AsyncIterator[StartBot]:
    """Start a bot on `tg` (stopped at the end); pacing is short unless a test asks."""
    running: list[TelegramApp] = []

    async def start(handler: ChatHandler | None = None, **options: Any) -> TelegramApp:
        options.setdefault("per_chat_interval", 0.05)
        app = build_application(settings_for(tg), handler or chat, **options)
        await start_telegram(app)
        running.append(app)
        return app

    yield start
    for app in reversed(running):
        await stop_telegram(app)


@pytest.fixture
async def bot(start_bot: StartBot) -> TelegramApp:
    return await start_bot()
