"""The Telegram adapter: updates to ChatHandler calls, neutral replies to Telegram messages."""

from bot.telegram_bot.app import (
    build_application,
    run_telegram,
    start_telegram,
    stop_telegram,
    telegram_running,
)
from bot.telegram_bot.notifier import NotOnTelegram, TelegramNotifier

__all__ = [
    "NotOnTelegram",
    "TelegramNotifier",
    "build_application",
    "run_telegram",
    "start_telegram",
    "stop_telegram",
    "telegram_running",
]
