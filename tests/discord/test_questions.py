"""A guided question shown in a server: an "Answer here" modal and a DM link, never a dead end."""

from __future__ import annotations

from bot.discord_bot import JobBotClient
from bot.discord_bot.components import NOT_YOURS
from bot.discord_bot.questions import ANSWER_LABEL
from core.chat.messages import Awaited
from tests.discord.conftest import ALICE, BOB, GUILD
from tests.discord.fake_chat import FakeChat
from tests.discord.test_commands import replies_of
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord, buttons, text_of


async def test_a_question_in_a_server_is_answered_in_a_modal(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    chat.awaiting[str(ALICE)] = Awaited.TEXT
    log = await fake_discord.slash(ALICE, "set", {"field": "name"}, guild_id=GUILD)
    answer, offer = await replies_of(fake_discord, bot, log, 2)
    assert answer["flags"] & EPHEMERAL and offer["flags"] & EPHEMERAL
    dm = fake_discord.dm_channel(ALICE)["id"]
    assert f"answer me in our DM: https://discord.com/channels/@me/{dm}" in text_of(offer)
    assert buttons(offer) == [ANSWER_LABEL]

    click = await fake_discord.click_label(ALICE, offer["id"], ANSWER_LABEL, guild_id=GUILD)
    await fake_discord.until(lambda: click.callback_type is not None)
    assert click.callback_type == 9 and click.modal is not None  # the modal, at once
    submitted = await fake_discord.submit(ALICE, click, "Julie Monroe", guild_id=GUILD)
    chat.awaiting.clear()  # the answer was the last one the question wanted
    (said,) = await replies_of(fake_discord, bot, submitted)
    assert said["content"] == "You said: Julie Monroe" and said["flags"] & EPHEMERAL
    assert ("text", str(ALICE), "Julie Monroe") in chat.calls


async def test_another_member_cannot_open_someone_elses_answer_box(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    chat.awaiting[str(ALICE)] = Awaited.TEXT
    log = await fake_discord.slash(ALICE, "set", {"field": "name"}, guild_id=GUILD)
    _, offer = await replies_of(fake_discord, bot, log, 2)
    click = await fake_discord.click_label(BOB, offer["id"], ANSWER_LABEL, guild_id=GUILD)
    (refusal,) = await replies_of(fake_discord, bot, click)
    assert refusal["content"] == NOT_YOURS and click.modal is None


async def test_a_file_question_in_a_server_points_to_the_dm(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    chat.awaiting[str(ALICE)] = Awaited.FILE
    log = await fake_discord.slash(ALICE, "resume", guild_id=GUILD)
    _, offer = await replies_of(fake_discord, bot, log, 2)
    assert "Send the file to me in our DM: https://discord.com/channels/@me/" in text_of(offer)
    assert buttons(offer) == []


async def test_in_the_dm_a_question_needs_no_other_way(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    chat.awaiting[str(ALICE)] = Awaited.TEXT
    log = await fake_discord.slash(ALICE, "set", {"field": "name"})
    assert len(await replies_of(fake_discord, bot, log)) == 1
    chat.awaiting.clear()
    log = await fake_discord.slash(ALICE, "stats", guild_id=GUILD)  # nothing asked: no offer
    assert len(await replies_of(fake_discord, bot, log)) == 1
