"""Slash commands on the real discord.py against the fake Discord: sync, options, replies."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bot.discord_bot import JobBotClient
from bot.discord_bot.commands import build_commands
from core.chat.commands import COMMANDS
from core.chat.uploads import too_big
from tests.discord.conftest import ALICE, GUILD, Connect
from tests.discord.fake_chat import FakeChat
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord, text_of

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
RESUME = RESUMES / "Personal-trainer-resume-example-3.pdf"


async def replies_of(server: FakeDiscord, bot: JobBotClient, log, count: int = 1) -> list[dict]:
    """The messages an interaction produced, once the bot is done with it."""
    await server.until(lambda: log.callback_type is not None)
    await bot.conversation.idle(5)
    msgs = server.replies(log)
    assert len(msgs) >= count, msgs
    return msgs


async def test_commands_are_published_globally_with_typed_options(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    published = {c["name"]: c for c in fake_discord.commands[None]}
    expected = {"register" if s.name == "start" else s.name for s in chat.commands}
    assert set(published) == expected
    assert published["register"]["description"] == "Register and see what I do for you"
    (file_option,) = published["resume"]["options"]
    assert (file_option["name"], file_option["type"], file_option.get("required", False)) == (
        "file",
        11,
        False,
    )
    options = {o["name"]: o for o in published["set"]["options"]}
    assert options["field"]["type"] == 3 and options["field"]["required"] is True
    assert options["count"]["type"] == 4 and not options["count"].get("required", False)
    assert published["help"].get("contexts") == [0, 1]  # servers and the bot's DM


async def test_guild_id_setting_syncs_to_that_guild_only(
    fake_discord: FakeDiscord, connect: Connect, chat: FakeChat
) -> None:
    bot = await connect(chat, guild_id=GUILD)
    assert None not in fake_discord.commands
    assert {c["name"] for c in fake_discord.commands[str(GUILD)]} >= {"register", "resume"}
    log = await fake_discord.slash(ALICE, "help", guild_id=GUILD)
    assert (await replies_of(fake_discord, bot, log))[0]["flags"] & EPHEMERAL


async def test_register_calls_start_and_answers_in_the_dm(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    log = await fake_discord.slash(ALICE, "register")
    (msg,) = await replies_of(fake_discord, bot, log)
    assert chat.calls == [("command", str(ALICE), "start")]
    assert msg["content"] == "Welcome, User111111111111111111!"
    assert log.callback_type == 4 and not msg["flags"] & EPHEMERAL  # a DM: kept for the user
    assert msg["allowed_mentions"]["parse"] == []  # no @everyone, no user pings


async def test_in_a_server_every_reply_is_ephemeral(
    fake_discord: FakeDiscord, bot: JobBotClient
) -> None:
    log = await fake_discord.slash(ALICE, "help", guild_id=GUILD)
    msgs = await replies_of(fake_discord, bot, log, 2)
    assert all(m["flags"] & EPHEMERAL for m in msgs)


async def test_options_become_the_command_args(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    log = await fake_discord.slash(ALICE, "set", {"field": "city", "count": 3})
    await replies_of(fake_discord, bot, log)
    log = await fake_discord.slash(ALICE, "link", {"code": "K7Q-2M9"})
    await replies_of(fake_discord, bot, log)
    assert [c[2] for c in chat.calls] == ["set city 3", "link K7Q-2M9"]


async def test_over_2000_characters_is_split_into_ordered_messages(
    fake_discord: FakeDiscord, bot: JobBotClient
) -> None:
    log = await fake_discord.slash(ALICE, "help")
    msgs = await replies_of(fake_discord, bot, log, 3)
    assert all(len(m["content"]) <= 2000 for m in msgs)
    lines = "\n".join(m["content"] for m in msgs).splitlines()
    assert [line[:8] for line in lines] == [f"line {i:03d}" for i in range(100)]


async def test_slow_work_is_deferred_within_the_deadline_then_edited(
    fake_discord: FakeDiscord, connect: Connect, chat: FakeChat
) -> None:
    chat.slow_seconds = 0.4
    bot = await connect(chat, ack_after=0.1)
    log = await fake_discord.slash(ALICE, "slow", guild_id=GUILD)
    (msg,) = await replies_of(fake_discord, bot, log)
    assert log.callback_type == 5  # "thinking…": answered before the work finished
    assert log.callback_at is not None and log.callback_at - log.sent_at < 3
    assert msg["content"] == "Slow done" and msg["flags"] & EPHEMERAL
    assert log.errors == []


async def test_resume_upload_as_an_attachment(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    data = RESUME.read_bytes()
    attachment = fake_discord.add_attachment(RESUME.name, data, "application/pdf")
    log = await fake_discord.slash(ALICE, "resume", {"file": attachment})
    (msg,) = await replies_of(fake_discord, bot, log)
    (received,) = chat.files
    assert received.data == data and received.filename == RESUME.name
    assert received.mime == "application/pdf"
    assert msg["content"] == f"Read {RESUME.name} ({len(data)} bytes)"


async def test_resume_without_a_file_asks_the_chat_layer(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    log = await fake_discord.slash(ALICE, "resume")
    await replies_of(fake_discord, bot, log)
    assert chat.calls == [("command", str(ALICE), "resume")]


async def test_too_big_or_wrong_type_attachments_are_refused_unread(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    big = fake_discord.add_attachment(
        "cv.pdf", b"%PDF" + b"\0" * (11 * 1024 * 1024), "application/pdf"
    )
    log = await fake_discord.slash(ALICE, "resume", {"file": big})
    (msg,) = await replies_of(fake_discord, bot, log)
    assert msg["content"] == too_big("cv.pdf", 11 * 1024 * 1024 + 4)  # the shared sentence
    image = fake_discord.add_attachment("me.png", b"\x89PNG", "image/png")
    log = await fake_discord.slash(ALICE, "resume", {"file": image})
    (msg,) = await replies_of(fake_discord, bot, log)
    assert "not a resume I can read" in msg["content"]
    assert chat.files == []
    assert not any(path.startswith("/cdn/") for _, path in fake_discord.requests)


async def test_chart_image_is_attached_and_oversized_export_explained(
    fake_discord: FakeDiscord, bot: JobBotClient
) -> None:
    log = await fake_discord.slash(ALICE, "stats")
    (msg,) = await replies_of(fake_discord, bot, log)
    assert [a["filename"] for a in msg["attachments"]] == ["stats.png"]
    assert fake_discord.files[msg["attachments"][0]["id"]].startswith(b"\x89PNG")
    log = await fake_discord.slash(ALICE, "export")
    (msg,) = await replies_of(fake_discord, bot, log)
    assert (
        msg["attachments"] == [] and "export.zip" in msg["content"] and "26.0 MB" in msg["content"]
    )


async def test_dm_text_and_files_reach_the_chat_layer(
    fake_discord: FakeDiscord, bot: JobBotClient, chat: FakeChat
) -> None:
    await fake_discord.send_dm(ALICE, "remote only please")
    await fake_discord.until(lambda: fake_discord.dms(ALICE))
    attachment = fake_discord.add_attachment("cv.txt", b"Jane Doe, nurse", "text/plain")
    await fake_discord.send_dm(ALICE, attachments=[attachment])
    await fake_discord.until(lambda: len(fake_discord.dms(ALICE)) == 2)
    texts = [text_of(m) for m in fake_discord.dms(ALICE)]
    assert texts == ["You said: remote only please", "Read cv.txt (15 bytes)"]
    assert chat.calls[0] == ("text", str(ALICE), "remote only please")


async def test_commands_run_concurrently_for_different_users(
    fake_discord: FakeDiscord, connect: Connect, chat: FakeChat
) -> None:
    chat.slow_seconds = 0.5
    bot = await connect(chat, ack_after=0.1)
    logs = [await fake_discord.slash(ALICE + i, "slow") for i in range(5)]
    await asyncio.gather(*(replies_of(fake_discord, bot, log) for log in logs))
    await bot.conversation.idle(5)
    edits = [fake_discord.replies(log)[0]["edited_timestamp"] for log in logs]
    assert all(edits)
    spread = time.monotonic() - min(log.sent_at for log in logs)
    assert spread < 2.0  # five 0.5 s commands did not wait for each other (2.5 s in a row)


def test_every_chat_layer_command_is_published_under_its_discord_name() -> None:
    async def run(*_: object) -> None:
        return None

    published = {c.name: c for c in build_commands(COMMANDS, run)}
    names = "register resume profile set prefs autoapply pause runnow status applied pending"
    names += " clarify rejected failed stats settings sources export forget link help"
    assert set(published) == set(names.split())
    (file_option,) = published["resume"].parameters
    assert file_option.type.value == 11 and not file_option.required
