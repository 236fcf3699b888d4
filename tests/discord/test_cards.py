"""One message per job on Discord: the DM card is edited in place through the application's
life, against the fake gateway and REST with the real chat layer, store and mock portal."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator

import pytest

from core.models import AppState, NotificationDraft, NotificationKind, Platform, PortalStatus
from storage.sql_store import SqlStore
from tests.discord.conftest import ALICE, Connect
from tests.discord.stack import Stack, running_stack
from tests.discord.test_end_to_end import app_id, on_portal, onboard
from tests.fakes.discord_server import FakeDiscord, button_id, buttons, text_of
from tests.support import product

portal_url = product.portal_url
shared_store = product.shared_store
_people = itertools.count(1)


@pytest.fixture
def alice() -> int:
    return ALICE + 50_000 + next(_people)


@pytest.fixture
async def stack(
    fake_discord: FakeDiscord, connect: Connect, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(fake_discord, connect, shared_store, portal_url) as s:
        yield s


def last_line(message: dict) -> str:
    return text_of(message).rstrip().rsplit("\n", 1)[-1].strip("*")


async def deliver_all(stack: Stack) -> None:
    while (await stack.dispatcher.dispatch_once()).delivered:
        pass


async def first_card(stack: Stack, who: int) -> dict:
    await stack.run(who, "runnow")
    await stack.round(who)
    await deliver_all(stack)
    return stack.cards(who)[0]


async def test_one_approve_is_one_dm_edited_to_applied_then_to_the_employers_answer(
    stack: Stack, alice: int
) -> None:
    uid = await onboard(stack, alice)
    card = await first_card(stack, alice)
    app = app_id(card)
    before = len(stack.server.dms(alice))
    await stack.press(alice, card, "Approve")
    await deliver_all(stack)  # the routine's "applied" notification edits, never sends
    shown = stack.server.messages[card["id"]]
    assert last_line(shown) == "Applied ✓" and buttons(shown) == ["Documents", "Why?"]
    assert len(stack.server.dms(alice)) == before
    stored = await stack.store.get_application(app)
    assert stored is not None and await on_portal(stack, uid, stored.job_id) == 1

    edits = shown["edits"]
    draft = NotificationDraft(
        kind=NotificationKind.STATUS_CHANGED, payload={"application_id": app, "status": "accepted"}
    )
    assert await stack.store.set_portal_status(app, PortalStatus.ACCEPTED, draft)
    await deliver_all(stack)
    shown = stack.server.messages[card["id"]]
    assert shown["edits"] == edits + 1 and len(stack.server.dms(alice)) == before
    assert last_line(shown) == "The employer accepted your application 🎉"
    assert "Applied ✓" not in text_of(shown)
    recorded = await stack.store.card_message(app, Platform.DISCORD)
    assert recorded is not None and recorded.message_id == card["id"]


async def test_approve_and_discard_at_once_leave_the_card_in_the_rows_state(
    stack: Stack, alice: int
) -> None:
    uid = await onboard(stack, alice)
    card = await first_card(stack, alice)
    app = app_id(card)  # `card` is the live message: read its buttons before pressing
    approve, discard = button_id(card, "Approve"), button_id(card, "Discard")
    presses = await asyncio.gather(
        stack.server.click(alice, card["id"], approve),
        stack.server.click(alice, card["id"], discard),
    )
    for log in presses:
        await stack.settle(log)
    await deliver_all(stack)
    stored = await stack.store.get_application(app)
    assert stored is not None
    shown = stack.server.messages[card["id"]]
    assert "Approve" not in buttons(shown)  # never restored to the clarify card
    # the losing press is told privately what happened; the winner's answer is on the card
    [told] = [m["content"] for log in presses for m in stack.server.replies(log)]
    if stored.state is AppState.REJECTED:
        assert told == "Already discarded"
        assert last_line(shown) == "Discarded."
        assert await on_portal(stack, uid, stored.job_id) == 0
    else:
        assert told in ("Already applying", "Already applied")
        assert stored.state is AppState.APPLIED and last_line(shown) == "Applied ✓"
        assert await on_portal(stack, uid, stored.job_id) == 1
