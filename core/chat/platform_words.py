"""The platform's own words: replies written with /start say /register on Discord.

The conversation modules write Telegram's (and the console's) command names; this one place
turns every reply, toast and button label into the names of the platform it goes to, so no
message tells a Discord user to send a command Discord does not have.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from core.chat.flows import Flow
from core.chat.messages import Reply
from core.models import Platform

# Each platform's name for the chat layer's commands, where it differs.
RENAMED: dict[Platform, dict[str, str]] = {Platform.DISCORD: {"start": "register"}}
_COMMAND = re.compile(r"(?<![\w/])/([a-z]+)\b")


def command(name: str, platform: Platform) -> str:
    """`/start` as `platform` spells it."""
    return "/" + RENAMED.get(platform, {}).get(name, name)


def words(text: str, platform: Platform) -> str:
    """`text` with each command named as `platform` names it."""
    renamed = RENAMED.get(platform)
    if not renamed or "/" not in text:
        return text
    return _COMMAND.sub(lambda m: "/" + renamed.get(m[1], m[1]), text)


def reply(item: Reply, platform: Platform) -> Reply:
    if platform not in RENAMED:
        return item
    spans = [s.model_copy(update={"text": words(s.text, platform)}) for s in item.spans]
    buttons = [
        [b.model_copy(update={"label": words(b.label, platform)}) for b in row]
        for row in item.buttons
    ]
    return item.model_copy(update={"spans": spans, "buttons": buttons})


def replies(items: list[Reply], platform: Platform) -> list[Reply]:
    return [reply(r, platform) for r in items]


def flow(pressed: Flow, platform: Platform) -> Flow:
    """The same press, its toast and replies in the platform's words."""
    if platform not in RENAMED:
        return pressed
    answer = pressed.answer.model_copy(update={"text": words(pressed.answer.text, platform)})

    async def stream() -> AsyncIterator[Reply]:
        async for item in pressed.replies():
            yield reply(item, platform)

    return Flow(answer, stream=stream)
