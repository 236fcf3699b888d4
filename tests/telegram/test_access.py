"""ACCESS=allowlist with the real python-telegram-bot against the fake Bot API: a stranger
gets one polite line and leaves no row; a listed person registers as usual."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import SQLModel

from core.adapters.llm_offline import OfflineLLM
from core.chat.service import ChatService
from core.models import Platform
from core.runtime.access import PRIVATE_BOT, AccessMode, AccessPolicy
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.conftest import StartBot


def rows(store: SqlStore) -> int:
    with store.engine.connect() as conn:
        return sum(
            conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in SQLModel.metadata.sorted_tables
        )


async def test_a_stranger_gets_one_line_and_no_row(
    tg: FakeTelegramServer, start_bot: StartBot, store: SqlStore
) -> None:
    policy = AccessPolicy(AccessMode.ALLOWLIST, allowed=frozenset({"telegram:5001"}))
    chat = ChatService(store, OfflineLLM(), None, None, None, access=policy)  # type: ignore[arg-type]
    await start_bot(chat)
    stranger, friend = tg.user(6001, "Mallory"), tg.user(5001, "Alice")
    before = rows(store)
    mark = tg.mark()
    tg.command(stranger, "/start")
    await tg.settle(quiet=0.3, within=20)
    assert [c.visible_text for c in tg.sent(stranger, after=mark)] == [PRIVATE_BOT]
    assert rows(store) == before
    assert await store.find_user(Platform.TELEGRAM, "6001") is None

    tg.command(friend, "/start")
    await tg.settle(quiet=0.3, within=20)
    assert await store.find_user(Platform.TELEGRAM, "5001") is not None
