"""Leases on applying rows, on SQLite and PostgreSQL: claimed with the move, taken over once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import AppState, Platform
from core.ports import Lease
from storage.sql_store import SqlStore

T0 = datetime(2030, 1, 1, 12, tzinfo=UTC)


def lease(owner: str, at: datetime = T0, seconds: float = 60) -> Lease:
    return Lease(owner, at + timedelta(seconds=seconds))


async def _applying_rows(store: SqlStore, n: int, owner: str = "dead:1:aa") -> list[int]:
    user, _ = await store.register_user(Platform.CONSOLE, "lea")
    ids = []
    for i in range(n):
        app, _ = await store.create_application(user.id, f"L{i}", idempotency_key=f"k{i}")
        await store.transition(app.id, AppState.APPROVED)
        moved = await store.transition(app.id, AppState.APPLYING, lease=lease(owner))
        assert moved.won and moved.application.lease_owner == owner
        ids.append(app.id)
    return ids


async def test_a_live_lease_is_not_taken_over_and_an_expired_one_is(store: SqlStore) -> None:
    [app_id] = await _applying_rows(store, 1, owner="a:1:aa")
    assert await store.take_over_applying(lease("b:2:bb"), T0 + timedelta(seconds=59)) == []

    later = T0 + timedelta(seconds=61)
    [taken] = await store.take_over_applying(lease("b:2:bb", later), later)
    assert (taken.id, taken.lease_owner) == (app_id, "b:2:bb")
    # The old owner's heartbeat now fails: it must stop before sending anything.
    assert not await store.renew_lease(app_id, lease("a:1:aa", T0, 600))
    assert await store.renew_lease(app_id, lease("b:2:bb", T0, 600))
    # b's renewed lease is live: nobody else gets the row.
    assert await store.take_over_applying(lease("c:3:cc"), T0 + timedelta(seconds=300)) == []


async def test_leaving_applying_ends_the_lease(store: SqlStore) -> None:
    [app_id] = await _applying_rows(store, 1)
    done = await store.transition(app_id, AppState.FAILED, fields={"last_error": "x"})
    assert done.application.lease_owner is None and done.application.lease_expires_at is None
    assert not await store.renew_lease(app_id, lease("dead:1:aa"))


async def test_released_leases_are_taken_at_once_and_previous_incarnations_too(
    store: SqlStore,
) -> None:
    mine = await _applying_rows(store, 2, owner="w1:10:aa")
    other = await store.create_application(
        (await store.register_user(Platform.CONSOLE, "o"))[0].id, "O1", idempotency_key="o1"
    )
    await store.transition(other[0].id, AppState.APPROVED)
    await store.transition(other[0].id, AppState.APPLYING, lease=lease("w2:11:bb"))

    # A restarted w1 inherits its previous incarnation's rows without waiting; w2's stay.
    taken = await store.take_over_applying(lease("w1:12:cc"), T0, previous_owner="w1:")
    assert [a.id for a in taken] == mine
    # ... and a prefix is only a prefix: "w" names no instance.
    assert await store.take_over_applying(lease("w:13:dd"), T0, previous_owner="w%") == []

    assert await store.release_leases("w2:11:bb") == 1
    [handed] = await store.take_over_applying(lease("w3:14:ee"), T0)
    assert handed.id == other[0].id


async def test_eight_concurrent_recoverers_take_each_expired_row_exactly_once(
    store: SqlStore, db_url: str
) -> None:
    ids = await _applying_rows(store, 40)
    stores = [SqlStore.from_url(db_url, migrate=False) for _ in range(8)]
    try:
        later = T0 + timedelta(minutes=5)
        results = await asyncio.gather(
            *(s.take_over_applying(lease(f"r{i}:1:00", later), later) for i, s in enumerate(stores))
        )
    finally:
        for s in stores:
            s.close()
    taken = [a.id for batch in results for a in batch]
    assert sorted(taken) == ids  # every row once: none twice, none missed
    for i, batch in enumerate(results):
        assert all(a.lease_owner == f"r{i}:1:00" for a in batch)


async def test_a_move_held_by_an_owner_fails_once_the_row_changed_hands(store: SqlStore) -> None:
    [app_id] = await _applying_rows(store, 1, owner="old:1:aa")
    later = T0 + timedelta(minutes=5)
    await store.take_over_applying(lease("new:2:bb", later), later)
    # The old owner's late answer must not move the row its new owner is working on.
    stale = await store.transition(app_id, AppState.FAILED, held_by="old:1:aa")
    assert not stale.won and stale.application.state is AppState.APPLYING
    done = await store.transition(app_id, AppState.APPLIED, held_by="new:2:bb")
    assert done.won and done.application.lease_owner is None


async def test_rows_claimed_in_a_batch_carry_the_claimers_lease(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.CONSOLE, "batch")
    for i in range(3):
        app, _ = await store.create_application(user.id, f"C{i}", idempotency_key=f"c{i}")
        await store.transition(app.id, AppState.APPROVED)
    claimed = await store.claim_approved(10, lease=lease("w:1:aa"))
    assert len(claimed) == 3 and {a.lease_owner for a in claimed} == {"w:1:aa"}
    assert await store.take_over_applying(lease("x:2:bb"), T0) == []  # live: left alone
