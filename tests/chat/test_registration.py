"""/start, /help, the command list, unknown commands, free text and unregistered users."""

from __future__ import annotations

import pytest

from core.chat.messages import ChatHandler
from core.models import Platform
from tests.chat.conftest import DC, TG, World, text_of


async def test_start_registers_explains_and_asks_for_a_resume(world: World) -> None:
    replies = await world.chat.handle_command(TG, "start")
    said = text_of(replies)
    assert "Hello Julie" in said
    assert "apply in your name" in said and "What I store" in said
    assert "/forget" in said and "send me your resume" in said
    user = await world.store.find_user(Platform.TELEGRAM, "1001")
    assert user is not None and user.telegram_chat_id == "1001" and user.display_name == "Julie"


async def test_start_again_does_not_register_twice_and_says_what_is_next(world: World) -> None:
    await world.chat.handle_command(TG, "/start")
    replies = await world.chat.handle_command(TG, "/start@JobBot")
    assert "Welcome back, Julie" in text_of(replies) and "resume" in text_of(replies)
    assert len(await world.store.users_with_autoapply()) == 0
    user = await world.store.find_user(Platform.TELEGRAM, "1001")
    assert user is not None and user.id == 1


async def test_discord_registers_with_register(world: World) -> None:
    replies = await world.chat.handle_command(DC, "register")
    assert "Hello" in text_of(replies)
    assert await world.store.find_user(Platform.DISCORD, DC.user_id) is not None


@pytest.mark.parametrize(
    "command",
    [
        "profile",
        "prefs",
        "autoapply",
        "pause",
        "runnow",
        "status",
        "applied",
        "pending",
        "clarify",
        "rejected",
        "failed",
        "stats",
        "settings",
        "export",
        "forget",
        "resume",
        "set",
        "nonsense",
    ],
)
async def test_unregistered_users_are_told_to_start_first(world: World, command: str) -> None:
    replies = await world.chat.handle_command(TG, command, "email a@b.co")
    assert text_of(replies) == "Send /start first."
    assert await world.store.find_user(Platform.TELEGRAM, TG.user_id) is None
    assert world.schedule.calls == []


async def test_unregistered_text_and_files_and_discord_wording(world: World) -> None:
    assert text_of(await world.chat.handle_text(TG, "hello")) == "Send /start first."
    assert text_of(await world.chat.handle_command(DC, "stats")) == "Send /register first."


async def test_help_lists_every_command_even_before_start(world: World) -> None:
    said = text_of(await world.chat.handle_command(TG, "help"))
    for spec in world.chat.commands:
        assert f"/{spec.name}" in said
    assert "/register" in text_of(await world.chat.handle_command(DC, "help"))


async def test_unknown_commands_and_free_text_get_a_short_helpful_answer(world: World) -> None:
    await world.chat.handle_command(TG, "start")
    said = text_of(await world.chat.handle_command(TG, "dance"))
    assert "/dance" in said and "/help" in said
    said = text_of(await world.chat.handle_text(TG, "can you find me a job?"))
    assert "/help" in said and "resume" in said
    # a command typed as text is a command
    assert "What I can do" in text_of(await world.chat.handle_text(TG, "/help"))


def test_the_command_list_is_complete_and_typed(world: World) -> None:
    chat: ChatHandler = world.chat  # the protocol every adapter codes against
    specs = {c.name: c for c in chat.commands}
    expected = {
        "start",
        "resume",
        "profile",
        "set",
        "prefs",
        "autoapply",
        "pause",
        "runnow",
        "status",
        "applied",
        "pending",
        "clarify",
        "rejected",
        "failed",
        "stats",
        "settings",
        "sources",
        "export",
        "forget",
        "link",
        "help",
    }
    assert set(specs) == expected
    assert all(0 < len(c.description) <= 100 for c in specs.values())
    [file] = specs["resume"].options
    assert (file.name, file.kind, file.required) == ("file", "attachment", False)
    assert [(o.name, o.required) for o in specs["set"].options] == [
        ("field", True),
        ("value", False),  # issue 11: `/set FIELD` alone is answered by the next message
    ]
    assert [(o.name, o.required) for o in specs["link"].options] == [("code", False)]
    discord = [c.name for c in world.chat.commands_for(Platform.DISCORD)]
    assert "register" in discord and "start" not in discord


async def test_a_crash_inside_a_command_gives_a_plain_answer(world: World) -> None:
    await world.chat.handle_command(TG, "start")
    world.chat.deps.store = None  # type: ignore[assignment]  # every store call now fails
    said = text_of(await world.chat.handle_command(TG, "status"))
    assert said.startswith("Something went wrong") and "Traceback" not in said
