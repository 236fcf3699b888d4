"""claim_notifications: each due notification is claimed by exactly one caller, for a lease."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import NotificationDraft, NotificationKind, Platform
from storage.sql_store import SqlStore

NOW = datetime(2030, 1, 1, 12, tzinfo=UTC)


async def _notifications(store: SqlStore, n: int) -> int:
    user, _ = await store.register_user(Platform.CONSOLE, "claims")
    for i in range(n):
        await store.add_notification(
            user.id, NotificationDraft(kind=NotificationKind.SUMMARY, payload={"i": i})
        )
    return user.id


async def test_a_claim_hides_the_row_until_the_lease_ends(store: SqlStore) -> None:
    await _notifications(store, 3)
    lease = NOW + timedelta(minutes=5)
    first = await store.claim_notifications(NOW, lease, limit=2)
    assert [n.payload["i"] for n in first] == [0, 1]
    second = await store.claim_notifications(NOW, lease, limit=10)
    assert [n.payload["i"] for n in second] == [2]
    assert await store.claim_notifications(NOW, lease) == []
    # Delivered ones never come back; a claimed-but-unfinished one does after its lease.
    await store.mark_delivered(first[0].id)
    again = await store.claim_notifications(lease, lease + timedelta(minutes=5))
    assert sorted(n.payload["i"] for n in again) == [1, 2]


async def test_concurrent_claimers_never_share_a_row(db_url: str, store: SqlStore) -> None:
    await _notifications(store, 300)
    claimers = [SqlStore.from_url(db_url, migrate=False) for _ in range(6)]
    try:

        async def claim_all(s: SqlStore) -> list[int]:
            got: list[int] = []
            while batch := await s.claim_notifications(NOW, NOW + timedelta(hours=1), limit=7):
                got.extend(n.id for n in batch)
            return got

        results = await asyncio.gather(*(claim_all(s) for s in claimers))
    finally:
        for s in claimers:
            s.close()
    every = [i for r in results for i in r]
    assert len(every) == len(set(every)) == 300
