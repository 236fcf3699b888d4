"""Every message in the platform's own words: no Telegram command shown on Discord, or back."""

from __future__ import annotations

import re

import pytest

from core.chat.commands import COMMANDS
from core.chat.flows import Flow
from core.chat.messages import Identity, IncomingFile, Reply
from core.intake import RESUME_TYPES_TEXT
from core.models import Platform
from tests.chat.conftest import DC, TG, World, press, registered

# Commands that exist on one platform only.
FOREIGN = {Platform.DISCORD: {"/start"}, Platform.TELEGRAM: {"/register"}}
_COMMAND = re.compile(r"(?<![\w/])/[a-z]+\b")


def _foreign(replies: list[Reply], platform: Platform, answer: str = "") -> set[str]:
    texts = [answer] + [r.plain_text() for r in replies]
    texts += [b.label for r in replies for row in r.buttons for b in row]
    found = {c for t in texts for c in _COMMAND.findall(t)}
    return found & FOREIGN[platform]


async def _every_message(world: World, who: Identity) -> list[tuple[str, list[Reply], str]]:
    """What the chat says to `who` before /start, in a group, and for every command after."""
    said: list[tuple[str, list[Reply], str]] = []
    said.append(("text before start", await world.chat.handle_text(who, "hello"), ""))
    said.append(("/status before start", await world.chat.handle_command(who, "status"), ""))
    said.append(("/link before start", await world.chat.handle_command(who, "link"), ""))
    group = who.model_copy(update={"private": False, "chat_id": "-100"})
    said.append(("group", await world.chat.handle_command(group, "prefs"), ""))
    await registered(world, who)
    for spec in COMMANDS:
        replies = await world.chat.handle_command(who, spec.name)
        said.append((f"/{spec.name}", replies, ""))
        for reply in replies:  # and what each of their buttons answers
            for row in reply.buttons:
                for button in row[:2]:
                    flow, pressed = await press(world.chat, who, button.payload)
                    said.append((f"/{spec.name} {button.label}", pressed, flow.answer.text))
        user = await world.store.find_user(who.platform, who.user_id)
        if user is None:  # /forget's button deleted the account: start again
            await registered(world, who)
        else:
            await world.store.set_chat_state(user.id, None)
    file = IncomingFile(filename="photo.png", data=b"\x89PNG")
    said.append(("a photo", await world.chat.handle_file(who, file), ""))
    flow: Flow = await world.chat.handle_action(who, "zz:old:1")
    said.append(("an old button", await flow.collect(), flow.answer.text))
    return said


@pytest.mark.parametrize("who", [TG, DC], ids=["telegram", "discord"])
async def test_no_message_names_another_platforms_command(world: World, who: Identity) -> None:
    said = await _every_message(world, who)
    assert len(said) > 40  # every command and the buttons of what they show
    wrong = {
        where: found
        for where, replies, answer in said
        if (found := _foreign(replies, who.platform, answer))
    }
    assert wrong == {}
    start = "/register" if who.platform is Platform.DISCORD else "/start"
    assert start in " ".join(r.plain_text() for _, replies, _ in said for r in replies)


async def test_one_sentence_for_the_accepted_file_types(world: World) -> None:
    [before] = await world.chat.handle_command(TG, "start")
    assert RESUME_TYPES_TEXT in before.plain_text()
    await registered(world, TG, profile=False)
    said = " ".join(r.plain_text() for r in await world.chat.handle_command(TG, "profile"))
    assert RESUME_TYPES_TEXT in said
    said = " ".join(r.plain_text() for r in await world.chat.handle_command(TG, "autoapply"))
    assert RESUME_TYPES_TEXT in said


async def test_an_unknown_button_gets_the_older_version_answer(world: World) -> None:
    await registered(world, DC)
    flow = await world.chat.handle_action(DC, "xx:1:2:3")
    assert flow.answer.alert and "older version" in flow.answer.text
