"""Start and stop the Discord client inside an asyncio program (`jobbot run`), cleanly."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import discord

from bot.discord_bot.client import JobBotClient, build_client
from bot.settings import Settings, SettingsError
from core.chat.messages import ChatHandler
from core.errors import JobBotError

logger = logging.getLogger(__name__)


class DiscordStartError(JobBotError):
    """The bot could not log in or connect; the message says why (never the token)."""


async def start_client(client: JobBotClient, *, ready_timeout: float = 60.0) -> asyncio.Task[None]:
    """Log in (publishing the slash commands), connect the gateway and wait until ready.

    Returns the gateway task; pass it to `stop_client`. Raises DiscordStartError.
    """
    secret = client.settings.discord_bot_token
    token = secret.get_secret_value().strip() if secret else ""
    if not token:
        raise SettingsError("setting DISCORD_BOT_TOKEN: not set")
    try:
        await client.login(token)
    except discord.LoginFailure:
        await client.close()
        raise DiscordStartError("Discord refused the bot token (DISCORD_BOT_TOKEN)") from None
    except (discord.HTTPException, OSError) as err:
        await client.close()
        raise DiscordStartError(f"cannot reach Discord ({type(err).__name__})") from None
    except BaseException:
        await client.close()
        raise
    gateway = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
    ready = asyncio.create_task(client.wait_until_ready(), name="discord-ready")
    try:
        done, _ = await asyncio.wait(
            {gateway, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
    except BaseException:  # cancelled (Ctrl-C while connecting): leave nothing running
        ready.cancel()
        await stop_client(client, gateway, drain=0)
        raise
    if ready in done:
        return gateway
    ready.cancel()
    await stop_client(client, gateway, drain=0)
    if gateway in done and gateway.exception() is not None:
        failure = type(gateway.exception()).__name__
        raise DiscordStartError(f"the Discord gateway failed ({failure})") from None
    raise DiscordStartError(f"Discord was not ready within {ready_timeout:.0f} s")


async def stop_client(
    client: JobBotClient, gateway: asyncio.Task[None], *, drain: float = 10.0
) -> None:
    """Let presses in progress finish (up to `drain` s), then close the gateway and HTTP."""
    if drain and not await client.conversation.idle(limit=drain):
        logger.warning("stopping Discord with interactions still running")
    await client.close()
    if not gateway.done():
        gateway.cancel()
    with suppress(asyncio.CancelledError, discord.ConnectionClosed, discord.HTTPException, OSError):
        await gateway


@asynccontextmanager
async def discord_running(
    settings: Settings, chat: ChatHandler, **options: Any
) -> AsyncIterator[JobBotClient]:
    """The bot connected for the duration of the block (for `jobbot run` beside Telegram)."""
    client = build_client(settings, chat, **options)
    gateway = await start_client(client)
    try:
        yield client
    finally:
        await stop_client(client, gateway)


async def run_client(
    settings: Settings, chat: ChatHandler, stop: asyncio.Event | None = None, **options: Any
) -> None:
    """Run the bot until `stop` is set or, when none is given, until SIGINT or SIGTERM (even
    while connecting); then shut down cleanly: presses in progress finish, the gateway and
    the HTTP session close. A gateway that fails for good ends it too."""
    client = build_client(settings, chat, **options)
    own_signals = stop is None
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM) if own_signals else ()
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    stopping = asyncio.create_task(stop.wait(), name="discord-stop")
    try:
        starting = asyncio.create_task(start_client(client), name="discord-start")
        await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():
            starting.cancel()
            with suppress(asyncio.CancelledError):
                await starting
            return
        gateway = starting.result()
        await asyncio.wait({gateway, stopping}, return_when=asyncio.FIRST_COMPLETED)
        logger.info("stopping the Discord bot")
        await stop_client(client, gateway)
    finally:
        stopping.cancel()
        for sig in signals:
            loop.remove_signal_handler(sig)
