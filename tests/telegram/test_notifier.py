"""TelegramNotifier: renders through the chat layer, raises so the outbox retries later."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram.error import Forbidden, NetworkError

from bot.telegram_bot import NotOnTelegram, TelegramNotifier
from bot.telegram_bot.app import TelegramApp
from core.models import Notification, NotificationKind, User
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.fake_chat import FakeChat

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _user(chat_id: str | None = "1001") -> User:
    return User(id=7, telegram_user_id=chat_id, telegram_chat_id=chat_id, created_at=NOW)


def _note(title: str = "Barista <Café & Co>") -> Notification:
    return Notification(
        id=41, user_id=7, kind=NotificationKind.APPLIED, payload={"title": title}, created_at=NOW
    )


async def test_a_notification_is_rendered_and_sent_to_the_users_chat(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    notifier = TelegramNotifier(bot.bot, chat)
    mark = tg.mark()
    await notifier.deliver(_user(), _note())
    [sent] = tg.sent(after=mark)
    assert (sent.chat_id, sent.text) == (1001, "<b>Barista &lt;Café &amp; Co&gt;</b> (applied)")
    assert chat.of("notify")[0][2] == 41


async def test_a_user_without_telegram_is_an_error(chat: FakeChat, bot: TelegramApp) -> None:
    with pytest.raises(NotOnTelegram):
        await TelegramNotifier(bot.bot, chat).deliver(_user(None), _note())


async def test_telegram_unreachable_raises_and_a_later_try_delivers(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    notifier = TelegramNotifier(bot.bot, chat)
    tg.set_down(True)
    with pytest.raises(NetworkError):
        await notifier.deliver(_user(), _note("first try"))
    assert tg.sent() == []
    tg.set_down(False)
    await notifier.deliver(_user(), _note("second try"))
    assert [c.visible_text for c in tg.sent()] == ["second try (applied)"]


async def test_a_429_during_delivery_is_waited_out(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    tg.fail_next("sendMessage", status=429, retry_after=1)
    await TelegramNotifier(bot.bot, chat).deliver(_user(), _note("patience"))
    assert [c.visible_text for c in tg.sent()] == ["patience (applied)"]
    assert tg.too_many == 1


async def test_a_user_who_blocked_the_bot_raises(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    tg.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden):
        await TelegramNotifier(bot.bot, chat).deliver(_user(), _note())
