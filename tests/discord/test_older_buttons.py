"""Buttons of an older version and /register words, through the real discord.py client."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest

from bot.discord_bot.components import custom_id
from core.chat.flows import OLDER_VERSION
from storage.sql_store import SqlStore
from tests.discord.conftest import ALICE, Connect
from tests.discord.stack import Stack, running_stack
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord
from tests.support import product

portal_url = product.portal_url
shared_store = product.shared_store
_people = itertools.count(1)


@pytest.fixture
async def stack(
    fake_discord: FakeDiscord, connect: Connect, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(fake_discord, connect, shared_store, portal_url) as s:
        yield s


async def test_a_button_of_an_older_format_gets_a_polite_answer(stack: Stack) -> None:
    alice = ALICE + 7000 + next(_people)
    await stack.run(alice, "register")
    for old_id in ("approve:17", custom_id(alice, "zz:17:1")):
        row = {"type": 1, "components": [
            {"type": 2, "style": 2, "label": "Approve", "custom_id": old_id}
        ]}  # fmt: skip
        old = stack.server.post_as_bot(alice, {"content": "old card", "components": [row]})
        log = await stack.server.click(alice, old["id"], old_id)
        (answer,) = await stack.settle(log)
        assert answer["content"] == OLDER_VERSION and answer["flags"] & EPHEMERAL


async def test_discord_never_tells_anyone_to_send_start(stack: Stack) -> None:
    alice = ALICE + 8000 + next(_people)
    replies = await stack.run(alice, "link")  # before /register
    said = " ".join(r.get("content") or "" for r in replies)
    assert "/register" in said and "/start" not in said
