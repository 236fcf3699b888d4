"""Writes that scale: shared jobs once per change, bulk rejects, batched reads, the cap, retries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from core.errors import NotFound
from core.models import (
    AppState,
    Decision,
    Job,
    NotificationDraft,
    NotificationKind,
    Platform,
    Verdict,
)
from core.ports import RejectedJob
from storage.base import StoreBase, _threaded, is_transient
from storage.sql_store import SqlStore

MIDNIGHT = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


@contextmanager
def writes(store: SqlStore) -> Iterator[list[str]]:
    """The INSERT/UPDATE statements the store sends while the block runs."""
    seen: list[str] = []

    def record(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        found = re.match(r"\s*(INSERT INTO|UPDATE)\s+(\w+)", statement, re.IGNORECASE)
        if found:
            seen.append(f"{found[1].split()[0].upper()} {found[2]}")

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def _jobs(n: int, title: str = "Baker") -> list[Job]:
    return [Job(id=f"job-{i:03d}", title=f"{title} {i}", company="Bakery") for i in range(n)]


async def test_shared_job_rows_are_written_once_per_content_change(store: SqlStore) -> None:
    with writes(store) as first:
        await store.upsert_jobs(list(reversed(_jobs(5))))
    assert first == ["INSERT jobs"]  # one statement for all five
    with writes(store) as again:
        await store.upsert_jobs(_jobs(5))
    assert again == []  # nothing changed: nothing written, no row locked
    changed = _jobs(5)
    changed[3] = changed[3].model_copy(update={"title": "Head Baker"})
    with writes(store) as third:
        await store.upsert_jobs([*changed, *_jobs(7)[5:]])
    assert sorted(third) == ["INSERT jobs", "UPDATE jobs"]
    stored = await store.get_jobs([j.id for j in _jobs(7)] + ["job-missing"])
    assert sorted(stored) == [f"job-{i:03d}" for i in range(7)]
    assert stored["job-003"].title == "Head Baker"


async def test_rejected_jobs_go_in_one_insert_and_never_over_a_row(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "r1")
    kept, _ = await store.create_application(user.id, "job-001", idempotency_key="k1")
    verdict = Verdict(score=12, decision=Decision.REJECT, reasons=["too far away"])
    rejected = [RejectedJob(f"job-{i:03d}", f"key-{i}", verdict) for i in (4, 1, 2, 3)]
    with writes(store) as sent:
        assert await store.record_rejected(user.id, rejected) == 3
    assert sent == ["INSERT applications"]
    rows = {a.job_id: a for a in (await store.list_applications(user.id, limit=10))[0]}
    assert rows["job-001"].id == kept.id and rows["job-001"].state is AppState.PENDING
    for job_id in ("job-002", "job-003", "job-004"):
        row = rows[job_id]
        assert row.state is AppState.REJECTED and row.reasons == ["too far away"]
        assert row.score == 12 and row.portal_user_id == user.portal_user_id
    assert await store.record_rejected(user.id, rejected) == 0  # again: nothing new
    assert await store.record_rejected(user.id, []) == 0
    with pytest.raises(NotFound):
        await store.record_rejected(user.id + 1000, rejected)


async def test_batched_reads_and_delivered_marks(store: SqlStore) -> None:
    a, _ = await store.register_user(Platform.TELEGRAM, "b1")
    b, _ = await store.register_user(Platform.TELEGRAM, "b2")
    users = await store.get_users([a.id, b.id, b.id + 99])
    assert sorted(users) == [a.id, b.id] and users[a.id].telegram_user_id == "b1"
    draft = NotificationDraft(kind=NotificationKind.SUMMARY, payload={"line": "x"})
    notes = [await store.add_notification(uid, draft) for uid in (a.id, b.id, a.id)]
    with writes(store) as sent:
        await store.mark_many_delivered([n.id for n in notes[:2]])
    assert sent == ["UPDATE notifications"]
    left = await store.due_notifications(datetime(2100, 1, 1, tzinfo=UTC))
    assert [n.id for n in left] == [notes[2].id]


async def test_the_daily_cap_counts_the_day_in_the_database(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "c1")
    ids = []
    for i in range(4):
        app, _ = await store.create_application(user.id, f"job-{i}", idempotency_key=f"c{i}")
        ids.append(app.id)
    first = await store.approve_within_cap(ids[0], cap=2, since=MIDNIGHT, fields={"score": 90})
    assert first is not None and first.won and first.application.score == 90
    second = await store.approve_within_cap(ids[1], cap=2, since=MIDNIGHT)
    assert second is not None and second.won
    # Two on their way out: the day is full, and the third row is left as it was.
    assert await store.approve_within_cap(ids[2], cap=2, since=MIDNIGHT) is None
    untouched = await store.get_application(ids[2])
    assert untouched is not None and untouched.state is AppState.PENDING
    # One of them failed: it no longer counts, so one more may go today.
    await store.transition(ids[1], AppState.APPLYING)
    await store.transition(ids[1], AppState.FAILED)
    third = await store.approve_within_cap(ids[2], cap=2, since=MIDNIGHT)
    assert third is not None and third.won
    # Applied yesterday does not count today.
    tomorrow = MIDNIGHT + timedelta(days=1)
    await store.transition(ids[0], AppState.APPLYING)
    await store.transition(ids[0], AppState.APPLIED)
    await store.transition(ids[2], AppState.APPLYING)
    await store.transition(ids[2], AppState.APPLIED)
    assert await store.approve_within_cap(ids[3], cap=2, since=MIDNIGHT) is None
    fourth = await store.approve_within_cap(ids[3], cap=2, since=tomorrow)
    assert fourth is not None and fourth.won


class _Collider(StoreBase):
    """A store method whose first run collides with another writer (a real conflict)."""

    calls = 0

    @_threaded
    def bump(self) -> int:
        type(self).calls += 1
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                value = conn.execute(text("SELECT value FROM meta WHERE key = 'n'")).scalar_one()
                if type(self).calls == 1:  # someone else changes the row meanwhile
                    with self.engine.begin() as other:
                        other.execute(text("UPDATE meta SET value = 'x' WHERE key = 'n'"))
                conn.execute(text("UPDATE meta SET value = :v WHERE key = 'n'"), {"v": "done"})
                return len(value)


@pytest.mark.postgres
async def test_a_serialization_failure_runs_the_call_again(postgres_url: str) -> None:
    store = _Collider.from_url(postgres_url)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM meta WHERE key = 'n'"))
            conn.execute(text("INSERT INTO meta (key, value) VALUES ('n', '0')"))
        assert await store.bump() == 1  # the second run read 'x'
        assert _Collider.calls == 2
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM meta WHERE key='n'")).scalar() == "done"
    finally:
        store.close()


def test_only_conflicts_count_as_transient() -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError

    class Orig(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    assert is_transient(OperationalError("UPDATE", {}, Orig("40P01")))
    assert is_transient(OperationalError("UPDATE", {}, Orig("40001")))
    assert not is_transient(IntegrityError("INSERT", {}, Orig("23505")))
    assert not is_transient(ValueError("no"))
