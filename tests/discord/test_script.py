"""The scripted conversation (tests/chat/script.py) through the real Discord adapter, in the DM."""

from __future__ import annotations

import copy
from typing import Any

from bot.discord_bot import JobBotClient
from core.models import Platform
from storage.sql_store import SqlStore
from tests.chat.script import Said, play, world_on
from tests.discord.conftest import ALICE, Connect
from tests.fakes.discord_server import FakeDiscord, InteractionLog, buttons, text_of


class DiscordDriver:
    """Slash commands and clicks on the fake gateway; each answer is the interaction's
    messages, and the clicked message as it is after the press."""

    platform = Platform.DISCORD

    def __init__(self, server: FakeDiscord, client: JobBotClient, user: int) -> None:
        self.server, self.client, self.user = server, client, user
        self.user_id = str(user)

    def _said(self, message: dict[str, Any]) -> Said:
        return Said(text_of(message), buttons(message), message["id"])

    async def _settle(self, log: InteractionLog) -> list[dict[str, Any]]:
        await self.server.until(lambda: log.callback_type is not None, 10)
        await self.client.conversation.idle(20)
        return self.server.replies(log)

    async def command(self, name: str) -> list[Said]:
        name = "register" if name == "start" else name
        log = await self.server.slash(self.user, name)
        return [self._said(m) for m in await self._settle(log)]

    async def press(self, said: Said, label: str) -> list[Said]:
        before = copy.deepcopy(self.server.messages[said.handle])
        log = await self.server.click_label(self.user, said.handle, label)
        replies = [self._said(m) for m in await self._settle(log) if m["id"] != said.handle]
        pressed = self.server.messages[said.handle]
        return replies if pressed == before else [self._said(pressed), *replies]


async def test_the_script_on_discord(
    fake_discord: FakeDiscord, connect: Connect, sqlite_store: SqlStore
) -> None:
    world = world_on(sqlite_store)
    client = await connect(world.chat)
    await play(world, DiscordDriver(fake_discord, client, ALICE))
