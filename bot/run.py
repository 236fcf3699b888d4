"""`jobbot run`: the Telegram and/or Discord bot with the scheduler and the outbox, one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.console import build_chat
from bot.container import Container
from bot.settings import Settings, SettingsError
from bot.signals import stop_on_signals
from core.chat import places
from core.errors import JobBotError
from core.models import Notification, User
from core.ports import Notifier

log = logging.getLogger(__name__)


class NoChatForUser(JobBotError):
    """The user has no identity on a platform this process runs; the outbox keeps the note."""


class PlatformRouter:
    """The Notifier of a bot process: Telegram when the user has a chat there, else Discord."""

    def __init__(self) -> None:
        self.telegram: Notifier | None = None
        self.discord: Notifier | None = None

    async def deliver(self, user: User, notification: Notification) -> None:
        if user.telegram_chat_id and self.telegram is not None:
            await self.telegram.deliver(user, notification)
        elif user.discord_user_id and self.discord is not None:
            await self.discord.deliver(user, notification)
        else:
            raise NoChatForUser(f"no running chat platform reaches user {user.id}")


async def run_bots(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run every bot whose token is set until `stop` is set (or SIGINT/SIGTERM)."""
    if not settings.telegram_bot_token and not settings.discord_bot_token:
        raise SettingsError(
            "set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN to run a bot "
            "(no tokens? try `jobbot demo` or `jobbot chat`)"
        )
    stop = stop or stop_on_signals()
    router = PlatformRouter()
    if settings.role == "front":
        from bot.front import FrontContainer  # procrastinate: the deployment path only

        container: Container = FrontContainer(settings, notifier=router, settle_heap=True)
    else:
        container = Container(settings, notifier=router, settle_heap=True)
    chat = build_chat(container)
    # The place index is loaded before the first message: its JSON parse holds the GIL for
    # about a second, which would stall every chat (bench_place_index.py).
    await places.ready()
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(container.aclose)
        if settings.telegram_bot_token:
            from bot.telegram_bot.app import telegram_running
            from bot.telegram_bot.notifier import TelegramNotifier

            app = await stack.enter_async_context(telegram_running(settings, chat))
            router.telegram = TelegramNotifier(app.bot, chat)
        if settings.discord_bot_token:
            from bot.discord_bot.client import build_client
            from bot.discord_bot.notifier import DiscordNotifier
            from bot.discord_bot.runner import start_client, stop_client

            client = build_client(settings, chat)
            gateway = await start_client(client)
            stack.push_async_callback(stop_client, client, gateway)
            router.discord = DiscordNotifier(client, chat)
        # Bots first, then the schedule and the outbox: nothing is sent before a bot can send.
        await container.start()
        log.info("jobbot is running; Ctrl-C or SIGTERM stops it")
        await stop.wait()
        log.info(
            "stopping: no new cycles; in-flight work gets %.0f s", settings.shutdown_grace_seconds
        )
        await container.drain()
