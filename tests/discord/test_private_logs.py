"""A whole Discord conversation at LOG_LEVEL=DEBUG: the log holds none of the user's name,
e-mail, phone, address, typed answers or resume sentences, and no token of any kind."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.models import Preferences
from storage.sql_store import SqlStore
from tests.discord.conftest import ALICE, GUILD, Connect
from tests.discord.stack import Stack, running_stack
from tests.fakes.discord_server import FakeDiscord
from tests.support import product
from tests.support.logs import debug_logs, resume_sentences
from tests.support.product import JULIE_PDF

portal_url = product.portal_url
shared_store = product.shared_store
TYPED = "I love quiet mornings by the canal in Leiden"


@pytest.fixture
async def stack(
    fake_discord: FakeDiscord, connect: Connect, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(fake_discord, connect, shared_store, portal_url) as s:
        yield s


async def test_a_whole_conversation_logs_nothing_personal(stack: Stack) -> None:
    alice = ALICE + 77_000
    server = stack.server
    with debug_logs([server.token]) as logs:
        await stack.run(alice, "register", guild_id=GUILD)
        pdf = server.add_attachment(JULIE_PDF.name, JULIE_PDF.read_bytes(), "application/pdf")
        (profile,) = await stack.run(alice, "resume", {"file": pdf})
        await stack.press(alice, profile, "Looks right")
        uid = await stack.user_id(alice)
        await stack.run(alice, "prefs")
        await stack.say(alice, "Nutrition consultant, Dietitian")
        await stack.store.save_preferences(uid, Preferences(countries=["Ireland"]))
        await stack.run(alice, "set", {"field": "summary", "value": TYPED}, guild_id=GUILD)
        shown = await stack.run(alice, "profile")
        await stack.press(alice, shown[-1], "Looks right")  # an edit asks for confirmation again
        await stack.run(alice, "runnow")
        await stack.round(alice)
        while (await stack.dispatcher.dispatch_once()).delivered:
            pass
        cards = stack.cards(alice)
        assert cards, "the round produced cards to approve"
        await stack.press(alice, cards[0], "Approve")
        await stack.run(alice, "export", guild_id=GUILD)

    stored = await stack.store.latest_profile(uid)
    assert stored is not None and stored.profile.summary == TYPED
    person = stored.profile
    lines = stored.raw_text.splitlines()
    street = lines[lines.index("ADDRESS") + 1]
    markers = [person.full_name, person.email, person.phone, person.location, street, TYPED]
    sentences = resume_sentences(stored.raw_text)
    assert all(markers) and len(sentences) >= 5
    tokens = [server.token, *server.interactions]  # the bot's and every interaction's
    assert len(tokens) > 5
    assert logs.leaks([*markers, *sentences, *tokens]) == []
    assert logs.raw.lines and "core." in logs.text()
