"""ACCESS=allowlist and invite: strangers get one polite line and leave no row behind."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from core.adapters.llm_offline import OfflineLLM
from core.chat.messages import Identity
from core.chat.service import ChatService
from core.clock import FixedClock
from core.models import Platform
from core.runtime.access import (
    BAD_INVITE,
    BY_INVITATION,
    PRIVATE_BOT,
    AccessMode,
    AccessPolicy,
    parse_identities,
)
from storage.sql_store import SqlStore
from tests.chat.conftest import NOW, FakePortal, FakeSchedule, text_of

FRIEND = Identity(platform=Platform.TELEGRAM, user_id="100", display_name="Friend")
STRANGER = Identity(platform=Platform.TELEGRAM, user_id="666", display_name="Stranger")
ADMIN = Identity(platform=Platform.DISCORD, user_id="1", display_name="Admin")


def chat(store: SqlStore, mode: AccessMode) -> ChatService:
    policy = AccessPolicy(
        mode, allowed=parse_identities("telegram:100"), admins=parse_identities("discord:1")
    )
    clock = FixedClock(NOW)
    unused = FakeSchedule(clock)
    return ChatService(
        store, OfflineLLM(), unused, unused, FakePortal(), clock=clock, access=policy
    )  # type: ignore[arg-type]


def rows(store: SqlStore) -> int:
    """Every row of every table: a stranger must not add one anywhere."""
    with store.engine.connect() as conn:
        return sum(
            conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in SQLModel.metadata.sorted_tables
        )


@pytest.mark.parametrize("mode", [AccessMode.ALLOWLIST, AccessMode.INVITE])
async def test_a_stranger_gets_one_polite_line_and_no_row(
    store: SqlStore, mode: AccessMode
) -> None:
    bot = chat(store, mode)
    before = rows(store)
    expected = PRIVATE_BOT if mode is AccessMode.ALLOWLIST else BY_INVITATION
    for replies in (
        await bot.handle_command(STRANGER, "start"),
        await bot.handle_command(STRANGER, "profile"),
        await bot.handle_command(STRANGER, "link", "ABCDEFGH"),
        await bot.handle_text(STRANGER, "hello there"),
    ):
        assert len(replies) == 1 and text_of(replies) == expected
    flow = await bot.handle_action(STRANGER, "pl:ok:1:1")
    assert flow.answer is not None and flow.answer.text == expected
    assert rows(store) == before
    assert await store.find_user(STRANGER.platform, STRANGER.user_id) is None


async def test_listed_people_and_admins_register(store: SqlStore) -> None:
    bot = chat(store, AccessMode.ALLOWLIST)
    assert "Hello Friend" in text_of(await bot.handle_command(FRIEND, "start"))
    assert "Hello Admin" in text_of(await bot.handle_command(ADMIN, "start"))
    assert await store.find_user(FRIEND.platform, FRIEND.user_id) is not None


async def test_an_invitation_works_once(store: SqlStore) -> None:
    bot = chat(store, AccessMode.INVITE)
    made = text_of(await bot.handle_command(ADMIN, "invite"))
    code = made.split("Invitation code: ")[1].split()[0]
    assert "Hello Stranger" in text_of(await bot.handle_command(STRANGER, "start", code))
    # registered by invitation: the account works without a code from now on
    assert "Welcome back" in text_of(await bot.handle_command(STRANGER, "start"))
    other = Identity(platform=Platform.TELEGRAM, user_id="777")
    before = rows(store)
    assert text_of(await bot.handle_command(other, "start", code)) == BAD_INVITE
    assert text_of(await bot.handle_command(other, "start", "guessed-code")) == BAD_INVITE
    assert rows(store) == before


async def test_only_admins_make_invitations(store: SqlStore) -> None:
    bot = chat(store, AccessMode.INVITE)
    await bot.handle_command(FRIEND, "start")
    assert "Invitation code" not in text_of(await bot.handle_command(FRIEND, "invite"))


async def test_an_expired_invitation_is_refused(store: SqlStore) -> None:
    await store.create_invite("old-code", NOW)
    assert not await store.redeem_invite("old-code", NOW)


async def test_removing_someone_from_the_allowlist_locks_them_out(store: SqlStore) -> None:
    open_bot = chat(store, AccessMode.OPEN)
    await open_bot.handle_command(STRANGER, "start")
    closed = chat(store, AccessMode.ALLOWLIST)
    assert text_of(await closed.handle_command(STRANGER, "profile")) == PRIVATE_BOT


def test_allowed_users_are_checked() -> None:
    assert parse_identities("telegram:1, discord:2") == {"telegram:1", "discord:2"}
    with pytest.raises(ValueError, match="platform:id"):
        parse_identities("bob")


async def test_typed_text_is_cleaned_before_it_is_stored(store: SqlStore) -> None:
    bot = chat(store, AccessMode.OPEN)
    await bot.handle_command(FRIEND, "start")
    await bot.handle_command(FRIEND, "resume")
    pasted = "Julie\x00 Monroe\nNutrition consultant\x1b\n" + "Planned meals for clinics. " * 20
    await bot.handle_text(FRIEND, pasted)
    user = await store.find_user(FRIEND.platform, FRIEND.user_id)
    assert user is not None
    stored = await store.latest_profile(user.id)
    assert stored is not None and stored.raw_text.startswith("Julie Monroe\nNutrition")
    assert "\x00" not in stored.profile.model_dump_json()
