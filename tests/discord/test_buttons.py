"""Clarify cards and their buttons: owner checks, one apply per double click, restarts."""

from __future__ import annotations

import asyncio

from bot.discord_bot import JobBotClient
from bot.discord_bot.components import NOT_YOURS
from tests.discord.conftest import ALICE, BOB, GUILD, Connect
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord, InteractionLog, buttons, text_of


async def clarify_card(server: FakeDiscord, bot: JobBotClient, **where: int) -> dict:
    log = await server.slash(ALICE, "clarify", **where)
    await server.until(lambda: len(server.replies(log)) == 2)
    await bot.conversation.idle(5)
    return server.replies(log)[1]


async def settled(server: FakeDiscord, bot: JobBotClient, log: InteractionLog) -> None:
    await server.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)


async def test_clarify_card_is_an_embed_with_escaped_text_and_three_buttons(
    fake_discord: FakeDiscord, bot: JobBotClient
) -> None:
    card = await clarify_card(fake_discord, bot)
    (embed,) = card["embeds"]
    assert embed["title"] == "Nutrition Consultant at Acme"
    assert "@\u200beveryone" in embed["description"]
    assert "\\*\\*free\\*\\*" in embed["description"] and "\\[click\\]" in embed["description"]
    assert "<@123456789012345678>" not in embed["description"]
    assert buttons(card) == ["Approve", "Discard", "Full report"]
    ids = [b["custom_id"] for row in card["components"] for b in row["components"]]
    assert all(len(i) < 100 for i in ids) and len(set(ids)) == 3


async def test_approve_shows_the_answer_at_once_then_edits_the_card_to_the_outcome(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    card = await clarify_card(fake_discord, bot)
    log = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await settled(fake_discord, bot, log)
    assert log.callback_type == 7  # an immediate update of the card itself
    assert log.callback_at - log.sent_at < 3 and log.errors == []
    final = fake_discord.messages[card["id"]]
    assert final["edits"] == 3  # "Applying…", then the flow's two edits
    assert text_of(final).startswith("Applied ✓") and final["content"] == ""
    assert final["components"] == []  # the outcome has no buttons left
    assert chat.applied == [7]
    assert fake_discord.replies(log) == []  # nothing else was posted


async def test_discard_edits_the_card_and_report_posts_a_split_followup(
    fake_discord: FakeDiscord, bot: JobBotClient
) -> None:
    card = await clarify_card(fake_discord, bot, guild_id=GUILD)
    log = await fake_discord.click_label(ALICE, card["id"], "Full report", guild_id=GUILD)
    await settled(fake_discord, bot, log)
    assert log.callback_type == 6  # no answer text: a silent acknowledgement
    report = fake_discord.replies(log)
    assert len(report) == 2 and all(m["flags"] & EPHEMERAL for m in report)
    assert "".join(m["content"] for m in report) == "Full report: " + "r" * 2500
    log = await fake_discord.click_label(ALICE, card["id"], "Discard", guild_id=GUILD)
    await settled(fake_discord, bot, log)
    assert text_of(fake_discord.messages[card["id"]]) == "Discarded."


async def test_another_users_press_is_refused_before_the_chat_layer(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    card = await clarify_card(fake_discord, bot, guild_id=GUILD)
    before = list(chat.calls)
    log = await fake_discord.click_label(BOB, card["id"], "Approve", guild_id=GUILD)
    await settled(fake_discord, bot, log)
    (refusal,) = fake_discord.replies(log)
    assert refusal["content"] == NOT_YOURS and refusal["flags"] & EPHEMERAL
    assert chat.calls == before and chat.applied == []
    assert fake_discord.messages[card["id"]].get("edits") is None


async def test_the_chat_layers_refusal_is_shown_as_a_private_alert(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    card = await clarify_card(fake_discord, bot)
    chat.owners[7] = str(BOB)  # the application belongs to someone else now
    log = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await settled(fake_discord, bot, log)
    (alert,) = fake_discord.replies(log)
    assert alert["content"] == "This button is not for you." and alert["flags"] & EPHEMERAL
    assert chat.applied == [] and fake_discord.messages[card["id"]].get("edits") is None


async def test_a_double_click_applies_once(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    chat.action_delay = 0.2
    card = await clarify_card(fake_discord, bot)
    first = await fake_discord.click_label(ALICE, card["id"], "Approve")
    second = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await settled(fake_discord, bot, first)
    await settled(fake_discord, bot, second)
    assert chat.applied == [7]
    assert [c for c in chat.calls if c[0] == "action"] == [("action", str(ALICE), "ca:7")]
    (busy,) = fake_discord.replies(second)
    assert busy["flags"] & EPHEMERAL and "Still working" in busy["content"]
    assert text_of(fake_discord.messages[card["id"]]).startswith("Applied ✓")


async def test_buttons_still_work_after_a_restart(
    fake_discord: FakeDiscord, connect: Connect, chat: FakeChat
) -> None:
    first = await connect(chat)
    card = await clarify_card(fake_discord, first)
    await first.close()
    fresh_chat = FakeChat()
    fresh_chat.owners[7] = str(ALICE)
    second = await connect(fresh_chat)  # a new process: no views in memory
    log = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await settled(fake_discord, second, log)
    assert fresh_chat.applied == [7]
    assert text_of(fake_discord.messages[card["id"]]).startswith("Applied ✓")


async def test_slow_action_is_deferred_before_the_deadline(
    fake_discord: FakeDiscord, connect: Connect, chat: FakeChat
) -> None:
    bot = await connect(chat, ack_after=0.05)
    card = await clarify_card(fake_discord, bot)
    original = chat.handle_action

    async def slow_action(who, payload):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0.3)
        return await original(who, payload)

    chat.handle_action = slow_action  # type: ignore[method-assign]
    log = await fake_discord.click_label(ALICE, card["id"], "Approve")
    await settled(fake_discord, bot, log)
    assert log.callback_type == 6  # deferred: handle_action had not answered yet
    assert log.callback_at is not None and log.callback_at - log.sent_at < 3
    assert log.errors == [] and chat.applied == [7]
    assert text_of(fake_discord.messages[card["id"]]).startswith("Applied ✓")
