"""Group chats, with the real python-telegram-bot against the fake Bot API: personal commands
get a polite refusal there, nothing personal is posted, and news go to the private chat."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest

from core import actions
from core.models import CycleSummary, NotificationDraft, NotificationKind, Platform, Profile
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import FakeTelegramServer, FakeUser
from tests.support import product
from tests.telegram.stack import Stack, running_stack

portal_url = product.portal_url
shared_store = product.shared_store

_people = itertools.count(1)
NAME, EMAIL, PHONE = "Griselda Oakes", "griselda@example.org", "+44 20 7946 0011"


@pytest.fixture
def people(tg: FakeTelegramServer) -> tuple[FakeUser, int]:
    """A Telegram user no other test has seen, and a group chat of theirs."""
    n = next(_people)
    return tg.user(73_000 + n, "Griselda"), -100_900_000 - n


@pytest.fixture
async def stack(
    tg: FakeTelegramServer, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(tg, shared_store, portal_url) as s:
        yield s


async def _in_group(stack: Stack, user: FakeUser, group: int, text: str) -> list[str]:
    """Send `text` in the group; every message the bot posted anywhere afterwards."""
    mark = stack.tg.mark()
    if text.startswith("/"):
        stack.tg.command(user, text, group=group)
    else:
        stack.tg.text(user, text, group=group)
    await stack.tg.settle(quiet=0.3, within=20)
    elsewhere = [c for c in stack.tg.sent(after=mark) if c.chat_id != group]
    assert elsewhere == []
    return [c.visible_text for c in stack.tg.sent(group, after=mark)]


async def test_start_in_a_group_registers_nobody(
    stack: Stack, people: tuple[FakeUser, int]
) -> None:
    user, group = people
    [refusal] = await _in_group(stack, user, group, "/start")
    assert "private chat" in refusal
    assert await stack.store.find_user(Platform.TELEGRAM, str(user.id)) is None


async def test_personal_commands_and_buttons_stay_out_of_groups(
    stack: Stack, people: tuple[FakeUser, int]
) -> None:
    user, group = people
    await stack.run(user, "/start")  # registered in the private chat
    uid = await stack.user_id(user)
    profile = Profile(full_name=NAME, email=EMAIL, phone=PHONE, location="Bath")
    await stack.store.save_profile(uid, profile, f"{NAME} {EMAIL} {PHONE}")

    mark = stack.tg.mark()
    for command in ("/profile", "/export", "/status", "/link", "/forget", "/start"):
        [said] = await _in_group(stack, user, group, command)
        assert "private chat" in said
        assert NAME not in said and EMAIL not in said
    assert stack.tg.of("sendDocument", after=mark) == []  # no export file in the group
    assert "What I can do" in (await _in_group(stack, user, group, "/help"))[0]
    # free text and files in a group are not for the bot: no answer at all
    assert await _in_group(stack, user, group, f"call me on {PHONE}") == []
    doc_mark = stack.tg.mark()
    stack.tg.document(user, "cv.txt", b"Griselda Oakes\nNurse", mime="text/plain", group=group)
    await stack.tg.settle(quiet=0.3, within=20)
    assert stack.tg.sent(after=doc_mark) == [] and stack.tg.of("getFile", after=doc_mark) == []

    # even the user's own button, pressed in a group, does nothing but say why
    press_mark = stack.tg.mark()
    _, query_id = stack.tg.press(user, actions.forget(True, uid), group=group)
    await stack.tg.settle(quiet=0.3, within=20)
    [answer] = [
        c
        for c in stack.tg.of("answerCallbackQuery", after=press_mark)
        if c.params.get("callback_query_id") == query_id
    ]
    assert "private chat" in str(answer.params.get("text")) and answer.params.get("show_alert")
    assert await stack.store.get_user(uid) is not None

    user_row = await stack.store.get_user(uid)
    assert user_row is not None and user_row.telegram_chat_id == str(user.id)


async def test_news_go_to_the_private_chat_even_if_a_group_was_stored(
    stack: Stack, people: tuple[FakeUser, int]
) -> None:
    user, group = people
    # Before this fix a /start in a group stored the group as where news go.
    await stack.store.register_user(Platform.TELEGRAM, str(user.id), chat_id=str(group))
    uid = await stack.user_id(user)
    summary = CycleSummary(user_id=uid)
    await stack.store.add_notification(
        uid,
        NotificationDraft(
            kind=NotificationKind.SUMMARY,
            payload={"line": summary.line(), **summary.model_dump(exclude={"user_id"})},
        ),
    )
    mark = stack.tg.mark()
    assert await stack.deliver_all() == 1
    assert stack.tg.sent(group, after=mark) == []
    assert len(stack.tg.sent(user, after=mark)) == 1
