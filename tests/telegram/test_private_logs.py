"""A whole Telegram conversation at LOG_LEVEL=DEBUG: the log holds none of the user's name,
e-mail, phone, address, typed answers or resume sentences, and no token."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.models import Preferences
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import FakeTelegramServer
from tests.support import product
from tests.support.logs import debug_logs, resume_sentences
from tests.support.product import JULIE_PDF
from tests.telegram.stack import Stack, running_stack

portal_url = product.portal_url
shared_store = product.shared_store
TYPED = "I love quiet mornings by the canal in Leiden"


@pytest.fixture
async def stack(
    tg: FakeTelegramServer, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(tg, shared_store, portal_url) as s:
        yield s


async def test_a_whole_conversation_logs_nothing_personal(stack: Stack) -> None:
    julie = stack.tg.user(74_001, "Julie")
    with debug_logs([stack.tg.token]) as logs:
        await stack.run(julie, "/start")
        [profile] = await stack.upload(
            julie, JULIE_PDF.name, JULIE_PDF.read_bytes(), "application/pdf"
        )
        await stack.press(julie, profile, "Looks right")
        uid = await stack.user_id(julie)
        await stack.run(julie, "/prefs")
        await stack.run(julie, "Nutrition consultant, Dietitian")
        await stack.store.save_preferences(uid, Preferences(countries=["Ireland"]))
        await stack.run(julie, f"/set summary {TYPED}")
        shown = await stack.run(julie, "/profile")
        await stack.press(julie, shown[-1], "Looks right")  # an edit asks for confirmation again
        await stack.run(julie, "/runnow")
        await stack.round(julie)
        await stack.deliver_all()
        cards = stack.cards(julie)
        assert cards, "the round produced cards to approve"
        await stack.press(julie, cards[0], "Approve")
        await stack.run(julie, "/export")
        await stack.run(julie, "/status")

    stored = await stack.store.latest_profile(uid)
    assert stored is not None
    person = stored.profile
    lines = stored.raw_text.splitlines()
    street = lines[lines.index("ADDRESS") + 1]  # the postal address as the resume gives it
    markers = [person.full_name, person.email, person.phone, person.location, street, TYPED]
    sentences = resume_sentences(stored.raw_text)
    assert all(markers) and len(sentences) >= 5
    assert person.full_name.upper() in stored.raw_text  # the markers are the real ones
    assert logs.leaks([*markers, *sentences, stack.tg.token]) == []
    # not blind: our own lines were written, at DEBUG and INFO, and went through the handler
    assert logs.raw.lines and "core." in logs.text()
