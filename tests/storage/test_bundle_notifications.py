"""pending_notifications and bundle_notifications: the digest's all-or-nothing swap."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import NotificationDraft, NotificationKind, Platform
from storage.sql_store import SqlStore

NOW = datetime(2030, 1, 1, 12, tzinfo=UTC)
LATER = NOW + timedelta(days=30)
A = NotificationKind.APPLIED
DIGEST = NotificationDraft(kind=NotificationKind.DIGEST, payload={"items": [{"id": 1}]})


async def _user(store: SqlStore, name: str) -> int:
    user, _ = await store.register_user(Platform.CONSOLE, name)
    return user.id


async def _add(store: SqlStore, uid: int, kind: NotificationKind = A) -> int:
    return (await store.add_notification(uid, NotificationDraft(kind=kind))).id


async def test_pending_is_the_users_undelivered_ones_of_those_kinds(store: SqlStore) -> None:
    uid, other = await _user(store, "a"), await _user(store, "b")
    applied = await _add(store, uid)
    later = await _add(store, uid, NotificationKind.SUMMARY)
    await _add(store, uid, NotificationKind.CLARIFY)
    await _add(store, other)
    done = await _add(store, uid)
    await store.mark_delivered(done)
    await store.defer_notification(later, LATER, "held")  # not due: still pending
    kinds = [A, NotificationKind.SUMMARY]
    assert [n.id for n in await store.pending_notifications(uid, kinds)] == [applied, later]
    assert [n.id for n in await store.pending_notifications(uid, kinds, limit=1)] == [applied]
    assert await store.pending_notifications(uid, []) == []


async def test_bundling_marks_them_delivered_and_writes_the_digest(store: SqlStore) -> None:
    uid = await _user(store, "a")
    ids = [await _add(store, uid) for _ in range(3)]
    lease = NOW + timedelta(minutes=5)
    digest = await store.bundle_notifications(uid, ids, DIGEST, not_before=lease)
    assert digest is not None
    assert (digest.user_id, digest.kind, digest.payload) == (uid, DIGEST.kind, DIGEST.payload)
    assert digest.not_before == lease and digest.delivered_at is None
    assert await store.pending_notifications(uid, [A]) == []
    # Written under the caller's lease: nobody else claims it before the lease ends.
    assert await store.claim_notifications(NOW, NOW + timedelta(minutes=1)) == []
    [claimed] = await store.claim_notifications(lease, lease + timedelta(minutes=1))
    assert claimed.id == digest.id


async def test_bundling_is_all_or_nothing(store: SqlStore) -> None:
    uid, other = await _user(store, "a"), await _user(store, "b")
    ids = [await _add(store, uid) for _ in range(3)]
    await store.mark_delivered(ids[1])
    assert await store.bundle_notifications(uid, ids, DIGEST) is None
    theirs = await _add(store, other)
    assert await store.bundle_notifications(uid, [ids[0], theirs], DIGEST) is None
    assert await store.bundle_notifications(uid, [], DIGEST) is None
    # Nothing changed: the two undelivered are still there and no digest was written.
    due = await store.due_notifications(LATER)
    assert sorted(n.id for n in due) == sorted([ids[0], ids[2], theirs])


async def test_concurrent_bundlers_of_one_set_make_one_digest(db_url: str, store: SqlStore) -> None:
    uid = await _user(store, "a")
    ids = [await _add(store, uid) for _ in range(40)]
    stores = [SqlStore.from_url(db_url, migrate=False) for _ in range(6)]
    try:
        results = await asyncio.gather(
            *(
                # The same set in different orders: one wins, none deadlocks.
                s.bundle_notifications(uid, ids if i % 2 else ids[::-1], DIGEST)
                for i, s in enumerate(stores)
            )
        )
    finally:
        for s in stores:
            s.close()
    won = [r for r in results if r is not None]
    assert len(won) == 1
    assert [n.kind for n in await store.due_notifications(LATER)] == [NotificationKind.DIGEST]
