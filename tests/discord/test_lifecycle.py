"""Start, stop and signals: clean shutdown, a refused token, and the token never logged."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from datetime import UTC, datetime

import pytest
from pydantic import SecretStr

from bot.discord_bot import (
    DiscordNotifier,
    DiscordStartError,
    build_client,
    discord_running,
    run_client,
    start_client,
    stop_client,
)
from core.models import Notification, NotificationKind, User
from tests.discord.conftest import ALICE, discord_settings
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import FakeDiscord


async def test_a_whole_session_never_logs_the_token(
    fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = build_client(discord_settings(fake_discord), FakeChat(), guild_ready_timeout=0.01)
    gateway = await start_client(client, ready_timeout=10)
    assert fake_discord.identified[0]["token"] == fake_discord.token
    log = await fake_discord.slash(ALICE, "register")
    await fake_discord.until(lambda: fake_discord.replies(log))
    await stop_client(client, gateway)
    assert caplog.records, "discord.py logged nothing at DEBUG: the check would be empty"
    assert fake_discord.token not in caplog.text
    assert client.is_closed() and gateway.done()
    assert all(ws.closed for ws in fake_discord.sockets)


async def test_a_refused_token_is_a_clear_error_without_the_token(
    fake_discord: FakeDiscord,
) -> None:
    settings = discord_settings(fake_discord)
    settings.discord_bot_token = SecretStr("wrong-token-" + "y" * 40)
    client = build_client(settings, FakeChat())
    with pytest.raises(DiscordStartError, match="refused the bot token") as caught:
        await start_client(client)
    assert "wrong-token" not in str(caught.value)
    assert client.is_closed()


async def test_stop_waits_for_a_press_in_progress(fake_discord: FakeDiscord) -> None:
    chat = FakeChat()
    chat.slow_seconds = 0.3
    client = build_client(
        discord_settings(fake_discord), chat, guild_ready_timeout=0.01, ack_after=0.05
    )
    gateway = await start_client(client, ready_timeout=10)
    log = await fake_discord.slash(ALICE, "slow")
    await fake_discord.until(lambda: log.callback_type is not None)
    await stop_client(client, gateway, drain=5)
    assert [m["content"] for m in fake_discord.replies(log)] == ["Slow done"]


async def test_sigterm_stops_run_client_cleanly(fake_discord: FakeDiscord) -> None:
    settings = discord_settings(fake_discord)
    chat = FakeChat()
    chat.slow_seconds = 0.3
    task = asyncio.create_task(run_client(settings, chat, guild_ready_timeout=0.01, ack_after=0.05))
    await fake_discord.until(lambda: fake_discord.identified)
    await asyncio.sleep(0.1)  # READY handled
    log = await fake_discord.slash(ALICE, "slow")
    await fake_discord.until(lambda: log.callback_type is not None)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(task, 10)
    assert [m["content"] for m in fake_discord.replies(log)] == ["Slow done"]  # drained
    assert all(ws.closed for ws in fake_discord.sockets)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # handler removed again


async def test_sigint_while_connecting_leaves_nothing_running(fake_discord: FakeDiscord) -> None:
    settings = discord_settings(fake_discord)
    # A long wait for guilds keeps the client connecting (not ready) when Ctrl-C comes.
    task = asyncio.create_task(run_client(settings, FakeChat(), guild_ready_timeout=30))
    await fake_discord.until(lambda: fake_discord.identified)
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.wait_for(task, 5)
    await fake_discord.until(lambda: all(ws.closed for ws in fake_discord.sockets))


async def test_discord_running_serves_the_block_then_closes(fake_discord: FakeDiscord) -> None:
    chat = FakeChat()
    settings = discord_settings(fake_discord)
    async with discord_running(settings, chat, guild_ready_timeout=0.01) as client:
        notifier = DiscordNotifier(client, chat, min_interval=0)
        user = User(id=1, discord_user_id=str(ALICE), created_at=datetime.now(UTC))
        note = Notification(
            id=1, user_id=1, kind=NotificationKind.CLARIFY, payload={"app_id": 3},
            created_at=datetime.now(UTC),
        )  # fmt: skip
        await notifier.deliver(user, note)
    assert client.is_closed() and len(fake_discord.dms(ALICE)) == 1


async def test_run_client_stops_on_a_shared_event(fake_discord: FakeDiscord) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_client(discord_settings(fake_discord), FakeChat(), stop, guild_ready_timeout=0.01)
    )
    await fake_discord.until(lambda: fake_discord.identified)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the caller owns the signals
    stop.set()
    await asyncio.wait_for(task, 5)
    await fake_discord.until(lambda: all(ws.closed for ws in fake_discord.sockets))
