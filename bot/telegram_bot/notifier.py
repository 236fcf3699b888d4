"""Outbox notifications delivered to the user's Telegram chat (core.ports.Notifier)."""

from __future__ import annotations

from telegram import Bot

from bot.telegram_bot.cards import deliver
from core.chat.cards import desk_of
from core.chat.messages import ChatHandler
from core.errors import JobBotError
from core.models import Notification, User


class NotOnTelegram(JobBotError):
    """The user has no Telegram chat to deliver to."""


class TelegramNotifier:
    """Render with the chat layer, send through the bot's paced, rate-limited requests.

    Every failure propagates (network down, Telegram refusing, RetryAfter past the retries),
    so the outbox keeps the notification and tries again later.
    """

    def __init__(self, bot: Bot, chat: ChatHandler) -> None:
        self._bot = bot
        self._chat = chat

    async def deliver(self, user: User, notification: Notification) -> None:
        chat_id = private_chat(user)
        if not chat_id:
            raise NotOnTelegram(f"user {user.id} has no Telegram chat")
        desk = desk_of(self._chat)
        for reply in await self._chat.render_notification(user, notification):
            # A job's card: its earlier message is edited instead of sending another.
            await deliver(self._bot, chat_id, reply, desk)


def private_chat(user: User) -> str | None:
    """The user's private chat with the bot, never a group: Telegram gives group and channel
    chats negative ids, and a private chat the user's own id."""
    chat = user.telegram_chat_id
    if chat and not chat.startswith("-"):
        return chat
    return user.telegram_user_id
