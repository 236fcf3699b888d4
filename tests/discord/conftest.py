"""Fixtures: a fake Discord (REST + gateway) and a real discord.py client connected to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord.http
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from pydantic import SecretStr

from bot.discord_bot import JobBotClient, build_client, start_client, stop_client
from bot.settings import Settings
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import FakeDiscord

ALICE = 111_111_111_111_111_111
BOB = 222_222_222_222_222_222
GUILD = 333_333_333_333_333_333


@pytest.fixture
async def fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake server, with discord.py's REST base and gateway pointed at it (restored after)."""
    async with FakeDiscord() as server:
        monkeypatch.setattr(discord.http.Route, "BASE", server.api)
        monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway))
        yield server
    # Whatever a test checked, the bot never sent what Discord refuses, never answered an
    # interaction late or twice.
    assert server.refused == []
    assert [e for log in server.interactions.values() for e in log.errors] == []


def discord_settings(server: FakeDiscord, guild_id: int | None = None) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        discord_bot_token=SecretStr(server.token),
        discord_guild_id=guild_id,
    )


Connect = Callable[..., Awaitable[JobBotClient]]


@pytest.fixture
async def connect(fake_discord: FakeDiscord) -> AsyncIterator[Connect]:
    """Start real clients on the fake (each stopped at the end): `await connect(chat)`."""
    running: list[tuple[JobBotClient, Any]] = []

    async def start(chat: Any, *, guild_id: int | None = None, **options: Any) -> JobBotClient:
        options.setdefault("guild_ready_timeout", 0.01)
        options.setdefault("ack_after", 0.5)
        client = build_client(discord_settings(fake_discord, guild_id), chat, **options)
        gateway = await start_client(client, ready_timeout=10)
        running.append((client, gateway))
        return client

    yield start
    for client, gateway in running:
        await stop_client(client, gateway, drain=2)


@pytest.fixture
def chat() -> FakeChat:
    return FakeChat()


@pytest.fixture
async def bot(connect: Connect, chat: FakeChat) -> JobBotClient:
    return await connect(chat)
