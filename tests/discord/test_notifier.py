"""DiscordNotifier: notifications and clarify cards by DM, closed DMs, outages, pacing."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest

from bot.discord_bot import (
    DiscordNotifier,
    DiscordUnavailable,
    DMsClosed,
    JobBotClient,
    NotOnDiscord,
)
from bot.discord_bot.components import NOT_YOURS
from bot.discord_bot.conversation import DMS_CLOSED
from core.models import Notification, NotificationKind, User
from tests.discord.conftest import ALICE, BOB, GUILD
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord, buttons, text_of

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def user(discord_id: int | None = ALICE, user_id: int = 1) -> User:
    return User(
        id=user_id,
        discord_user_id=str(discord_id) if discord_id else None,
        created_at=NOW,
    )


def clarify(app_id: int = 7, notification_id: int = 1) -> Notification:
    return Notification(
        id=notification_id,
        user_id=1,
        kind=NotificationKind.CLARIFY,
        payload={"app_id": app_id},
        created_at=NOW,
    )


@pytest.fixture
def notifier(bot: JobBotClient, chat: FakeChat) -> DiscordNotifier:
    return DiscordNotifier(bot, chat, min_interval=0.05)


async def test_a_clarify_card_arrives_by_dm_and_its_buttons_work(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat, notifier: DiscordNotifier
) -> None:
    await notifier.deliver(user(), clarify())
    (card,) = fake_discord.dms(ALICE)
    assert card["embeds"][0]["title"] == "Nutrition Consultant at Acme"
    assert buttons(card) == ["Approve", "Discard", "Full report"]
    log = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await fake_discord.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)
    assert chat.applied == [7]
    assert text_of(fake_discord.messages[card["id"]]).startswith("Applied ✓")


async def test_someone_else_cannot_drive_a_users_dm_card(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat, notifier: DiscordNotifier
) -> None:
    await notifier.deliver(user(), clarify())
    (card,) = fake_discord.dms(ALICE)
    chat.owners[7] = str(BOB)  # even were the chat layer to allow it
    log = await fake_discord.click_label(BOB, card["id"], "Approve")
    await fake_discord.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)
    (refusal,) = fake_discord.replies(log)
    assert refusal["content"] == NOT_YOURS and refusal["flags"] & EPHEMERAL
    assert chat.applied == [] and not [c for c in chat.calls if c[0] == "action"]


async def test_closed_dms_raise_and_the_next_interaction_says_so_once(
    fake_discord: FakeDiscord, bot: JobBotClient, notifier: DiscordNotifier
) -> None:
    fake_discord.dm_closed.add(ALICE)
    with pytest.raises(DMsClosed):
        await notifier.deliver(user(), clarify())
    assert fake_discord.dms(ALICE) == []
    log = await fake_discord.slash(ALICE, "help", guild_id=GUILD)
    await fake_discord.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)
    first = fake_discord.replies(log)[0]
    assert first["content"] == DMS_CLOSED and first["flags"] & EPHEMERAL
    log = await fake_discord.slash(ALICE, "help", guild_id=GUILD)
    await fake_discord.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)
    assert all(DMS_CLOSED not in m["content"] for m in fake_discord.replies(log))
    fake_discord.dm_closed.clear()  # the user opened their DMs: the retry gets through
    await notifier.deliver(user(), clarify())
    assert len(fake_discord.dms(ALICE)) == 1


async def test_an_outage_raises_so_the_outbox_retries_and_nothing_is_lost(
    fake_discord: FakeDiscord, notifier: DiscordNotifier
) -> None:
    fake_discord.outage = True
    with pytest.raises(DiscordUnavailable):
        await notifier.deliver(user(), clarify())
    fake_discord.outage = False
    await notifier.deliver(user(), clarify())
    assert len(fake_discord.dms(ALICE)) == 1


async def test_an_unreachable_discord_raises_unavailable(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat, monkeypatch: pytest.MonkeyPatch
) -> None:
    import discord.http

    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")
    notifier = DiscordNotifier(bot, chat, min_interval=0)
    with pytest.raises(DiscordUnavailable):
        await notifier.deliver(user(), clarify())


async def test_a_rate_limit_is_waited_out_by_discord_py(
    fake_discord: FakeDiscord, notifier: DiscordNotifier
) -> None:
    fake_discord.rate_limit_next = 1
    await notifier.deliver(user(), clarify())
    assert len(fake_discord.dms(ALICE)) == 1
    sends = [p for m, p in fake_discord.requests if m == "POST" and p.endswith("/messages")]
    assert len(sends) == 2  # the 429, then the retry


async def test_dms_are_paced(fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat) -> None:
    notifier = DiscordNotifier(bot, chat, min_interval=0.2)
    started = time.monotonic()
    await asyncio.gather(*(notifier.deliver(user(ALICE + i), clarify(7 + i)) for i in range(3)))
    assert time.monotonic() - started >= 0.4  # three DMs, at least 0.2 s apart
    assert all(len(fake_discord.dms(ALICE + i)) == 1 for i in range(3))


async def test_users_without_discord_or_a_stopped_client_raise(
    fake_discord: FakeDiscord, bot: JobBotClient, notifier: DiscordNotifier
) -> None:
    with pytest.raises(NotOnDiscord):
        await notifier.deliver(user(discord_id=None), clarify())
    await bot.close()
    with pytest.raises(DiscordUnavailable):
        await notifier.deliver(user(), clarify())
