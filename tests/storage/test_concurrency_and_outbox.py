"""Concurrency under load, batch claiming, and the outbox's all-or-nothing writes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from core.models import AppState, NotificationDraft, NotificationKind, Platform
from storage.engine import DatabaseUrlError, make_engine
from storage.sql_store import SqlStore
from storage.tables import ApplicationRow

FAR_FUTURE = datetime(2100, 1, 1, tzinfo=UTC)


async def test_fifty_concurrent_writers_on_sqlite_never_see_locked(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    SqlStore.from_url(url).close()
    # Separate stores: separate connection pools and threads, all writing at once.
    stores = [SqlStore.from_url(url, migrate=False) for _ in range(50)]
    try:

        async def writer(i: int, store: SqlStore) -> None:
            user, _ = await store.register_user(Platform.CONSOLE, f"writer-{i}")
            for j in range(10):
                app, _ = await store.create_application(
                    user.id, f"J{j}", idempotency_key=f"{i}-{j}"
                )
                await store.transition(
                    app.id,
                    AppState.APPROVED,
                    notify=NotificationDraft(kind=NotificationKind.SUMMARY),
                )

        await asyncio.gather(*[writer(i, s) for i, s in enumerate(stores)])
        counts = [await stores[0].count_by_state(u) for u in range(1, 51)]
        assert all(c == {AppState.APPROVED: 10} for c in counts)
        assert len(await stores[0].due_notifications(FAR_FUTURE, limit=1000)) == 500
    finally:
        for s in stores:
            s.close()


@pytest.mark.postgres
async def test_eight_claimers_over_2000_rows_claim_each_exactly_once(
    postgres_url: str, _pg_store: SqlStore
) -> None:
    store = _pg_store
    user, _ = await store.register_user(Platform.CONSOLE, "claims")
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(ApplicationRow),
            [
                {
                    "user_id": user.id,
                    "job_id": f"C{i}",
                    "state": "approved",
                    "reasons": [],
                    "attempts": 0,
                    "idempotency_key": f"c{i}",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(2000)
            ],
        )
    claimers = [SqlStore.from_url(postgres_url, migrate=False) for _ in range(8)]
    try:

        async def claim_all(s: SqlStore) -> list[int]:
            got: list[int] = []
            while batch := await s.claim_approved(25, user_id=user.id):
                got.extend(a.id for a in batch)
            return got

        claimed = await asyncio.gather(*[claim_all(s) for s in claimers])
    finally:
        for s in claimers:
            s.close()
    flat = [i for batch in claimed for i in batch]
    assert len(flat) == 2000 and len(set(flat)) == 2000
    assert sum(1 for batch in claimed if batch) > 1  # the work really was shared
    assert await store.count_by_state(user.id) == {AppState.APPLYING: 2000}


async def test_claim_on_each_database_moves_rows_once(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.CONSOLE, "c")
    for i in range(30):
        app, _ = await store.create_application(user.id, f"J{i}", idempotency_key=str(i))
        await store.transition(app.id, AppState.APPROVED)
    batches = await asyncio.gather(*[store.claim_approved(4) for _ in range(12)])
    ids = [a.id for b in batches for a in b]
    assert len(ids) == len(set(ids)) == 30
    assert all(a.state is AppState.APPLYING for b in batches for a in b)


async def test_outbox_rows_only_with_committed_transitions(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "t1", chat_id="c1")
    app, _ = await store.create_application(user.id, "J", idempotency_key="k")
    draft = NotificationDraft(kind=NotificationKind.CLARIFY, payload={"application_id": app.id})
    assert (await store.transition(app.id, AppState.CLARIFY, notify=draft)).won
    # A losing move (already clarify, so pending -> clarify cannot win) writes nothing.
    lost = await store.transition(
        app.id, AppState.CLARIFY, from_states=[AppState.PENDING], notify=draft
    )
    assert not lost.won
    # A move that fails inside the transaction (bad field) rolls back its notification too.
    with pytest.raises(ValueError):
        await store.transition(app.id, AppState.APPROVED, fields={"bogus": 1}, notify=draft)
    with pytest.raises(Exception):  # noqa: B017 - the database refuses a non-integer score
        await store.transition(
            app.id, AppState.APPROVED, fields={"score": "not a number"}, notify=draft
        )
    current = await store.get_application(app.id)
    assert current is not None and current.state is AppState.CLARIFY
    notes = await store.due_notifications(FAR_FUTURE)
    assert [(n.kind, n.payload) for n in notes] == [
        (NotificationKind.CLARIFY, {"application_id": app.id})
    ]


async def test_outbox_delivery_and_deferral(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "t2")
    note = await store.add_notification(user.id, NotificationDraft(kind=NotificationKind.SUMMARY))
    now = datetime.now(UTC)
    await store.defer_notification(note.id, now + timedelta(hours=1), "quiet hours")
    assert await store.due_notifications(now) == []
    [due] = await store.due_notifications(now + timedelta(hours=2))
    assert due.attempts == 1 and due.last_error == "quiet hours"
    await store.mark_delivered(note.id)
    assert await store.due_notifications(FAR_FUTURE) == []


async def test_portal_status_notifies_only_on_change(store: SqlStore) -> None:
    from core.models import PortalStatus

    user, _ = await store.register_user(Platform.TELEGRAM, "t3")
    app, _ = await store.create_application(user.id, "J", idempotency_key="k")
    draft = NotificationDraft(kind=NotificationKind.STATUS_CHANGED)
    assert await store.set_portal_status(app.id, PortalStatus.ON_PROCESS, draft)
    assert not await store.set_portal_status(app.id, PortalStatus.ON_PROCESS, draft)
    assert await store.set_portal_status(app.id, PortalStatus.ACCEPTED, draft)
    assert len(await store.due_notifications(FAR_FUTURE)) == 2


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://root@localhost/db", "postgresql://u@host:notaport/db", "postgres://x"],
)
def test_malformed_database_url_gives_one_clear_line(url: str) -> None:
    with pytest.raises(DatabaseUrlError) as info:
        make_engine(url)
    message = str(info.value)
    assert "DATABASE_URL" in message and "\n" not in message
