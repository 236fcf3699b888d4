"""The Telegram application: its routing table, its build, and its start and stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
from collections.abc import AsyncIterator, Sequence
from typing import Any, TypeAlias

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.settings import Settings, SettingsError
from bot.telegram_bot.handlers import TelegramHandlers
from bot.telegram_bot.pacing import OVERALL_PER_SECOND, ChatOrderedUpdateProcessor, PacedRateLimiter
from bot.telegram_bot.webhook import Webhook, start_webhook
from core.chat.messages import ChatHandler, CommandSpec

logger = logging.getLogger(__name__)

_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
START = CommandSpec(name="start", description="Register and get started")
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]

TelegramApp: TypeAlias = Application[Any, Any, Any, Any, Any, Any]


def route(app: TelegramApp, handlers: TelegramHandlers, commands: Sequence[CommandSpec]) -> None:
    """Register every handler, top to bottom: this function is the bot's routing table."""
    new_messages = filters.UpdateType.MESSAGE  # an edited message never re-runs a command
    app.add_handler(CommandHandler(START.name, handlers.on_command, filters=new_messages))
    for spec in commands:
        if spec.name != START.name:
            app.add_handler(CommandHandler(spec.name, handlers.on_command, filters=new_messages))
    # Unknown commands still reach the chat layer, which answers them helpfully.
    app.add_handler(MessageHandler(filters.COMMAND & new_messages, handlers.on_command))
    app.add_handler(MessageHandler(filters.Document.ALL & new_messages, handlers.on_document))
    app.add_handler(MessageHandler(filters.PHOTO & new_messages, handlers.on_photo))
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & new_messages, handlers.on_text)
    )
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_error_handler(handlers.on_error)


def bot_commands(commands: Sequence[CommandSpec]) -> list[BotCommand]:
    """The command menu for setMyCommands, `/start` first; refuses names Telegram refuses."""
    start = next((c for c in commands if c.name == START.name), START)
    specs = [start, *(c for c in commands if c.name != START.name)]
    for spec in specs:
        if not _COMMAND_NAME.fullmatch(spec.name):
            raise ValueError(f"Telegram command names are 1-32 of a-z, 0-9, _: {spec.name!r}")
    return [BotCommand(spec.name, spec.description[:256] or spec.name) for spec in specs]


def build_application(
    settings: Settings,
    chat: ChatHandler,
    *,
    per_chat_interval: float = 1.0,
    overall_per_second: int = OVERALL_PER_SECOND,
    max_concurrent_updates: int = 256,
) -> TelegramApp:
    """The Telegram bot for `chat`, pointed at `settings.telegram_api_base_url`."""
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise SettingsError("setting TELEGRAM_BOT_TOKEN: not set")
    menu = bot_commands(chat.commands)

    async def publish_commands(app: TelegramApp) -> None:
        await app.bot.set_my_commands(menu)

    base = settings.telegram_api_base_url.rstrip("/")
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(
            PacedRateLimiter(
                per_chat_interval=per_chat_interval, overall_per_second=overall_per_second
            )
        )
        .concurrent_updates(ChatOrderedUpdateProcessor(max_concurrent_updates))
        .post_init(publish_commands)
        .build()
    )
    route(app, TelegramHandlers(chat), chat.commands)
    return app


async def start_telegram(app: TelegramApp, webhook: Webhook | None = None) -> None:
    """Initialize (getMe), publish the commands, start handling, then long polling or, given
    `webhook`, its server (after setWebhook)."""
    try:
        await app.initialize()
        if app.post_init is not None:  # run_polling would call it; we start by hand
            await app.post_init(app)
        await app.start()
        if app.updater is not None and webhook is not None:
            await start_webhook(app.updater, webhook, ALLOWED_UPDATES)
        elif app.updater is not None:
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
    except BaseException:
        await stop_telegram(app)
        raise
    how = f"listening for webhook updates on {webhook.where}" if webhook else "polling"
    logger.info("telegram bot @%s is %s", app.bot.username, how)


async def stop_telegram(app: TelegramApp) -> None:
    """Stop polling, finish running handlers and button flows, then release the connections."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    logger.info("telegram bot stopped")


@contextlib.asynccontextmanager
async def telegram_running(settings: Settings, chat: ChatHandler) -> AsyncIterator[TelegramApp]:
    """Build and start the bot for the body of the `async with`; stop it however it ends."""
    app = build_application(settings, chat)
    await start_telegram(app, Webhook.of(settings))
    try:
        yield app
    finally:
        await stop_telegram(app)


async def run_telegram(
    settings: Settings, chat: ChatHandler, stop: asyncio.Event | None = None
) -> None:
    """Run the bot until `stop` is set or, when none is given, until SIGINT or SIGTERM."""
    own_signals = stop is None
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if own_signals:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    try:
        async with telegram_running(settings, chat):
            await stop.wait()
    finally:
        if own_signals:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
