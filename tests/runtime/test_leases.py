"""Two appliers on one database: a live lease is left alone, an expired one is finished once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx

from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine
from core.clock import FixedClock, SystemClock
from core.models import AppState, Job, Profile
from core.runtime.leases import LeasePolicy
from storage.sql_store import SqlStore
from tests.runtime.conftest import FAST, FakeWriter, approved_rows, make_user, no_sleep
from tests.runtime.test_apply_retry import ScriptedPortal


def _applier(
    store: SqlStore, fake: ScriptedPortal, owner: str, *, ahead: float = 0.0, writer: object = None
) -> tuple[ApplyRoutine, HttpPortal]:
    clock = FixedClock(SystemClock().now() + timedelta(seconds=ahead))
    portal = HttpPortal("http://portal.test", transport=httpx.MockTransport(fake))
    policy = LeasePolicy(seconds=60, owner=owner, clock=clock)
    applier = ApplyRoutine(
        store, portal, writer or FakeWriter(), policy=FAST, sleep=no_sleep, leases=policy
    )  # type: ignore[arg-type]
    return applier, portal


def _jobs(n: int, prefix: str) -> list[Job]:
    return [Job(id=f"{prefix}{i}", title="Dietitian", company="Acme") for i in range(n)]


async def test_a_second_applier_leaves_a_live_lease_and_finishes_an_expired_one(
    store: SqlStore,
) -> None:
    user_id = await make_user(store)
    [app_id] = await approved_rows(store, user_id, _jobs(1, "LV"))
    fake = ScriptedPortal()
    first, p1 = _applier(store, fake, "first:1:aa")
    # `first` claims the row and is still at work on it (its POST has not gone out).
    claimed = await store.transition(
        app_id, AppState.APPLYING, from_states=[AppState.APPROVED], lease=first.leases.lease()
    )
    assert claimed.won

    second, p2 = _applier(store, fake, "second:2:bb")
    assert await second.recover() == []
    assert (fake.status_calls, fake.posts) == (0, 0)  # not even asked: the row is not its own
    row = await store.get_application(app_id)
    assert row is not None and row.state is AppState.APPLYING
    assert row.lease_owner == "first:1:aa"

    # `first` died: two minutes later its lease has run out, and `second` finishes the row.
    later, p3 = _applier(store, fake, "second:2:bb", ahead=120)
    [done] = await later.recover()
    assert done.state is AppState.APPLIED and done.lease_owner is None
    assert fake.posts == 1 and fake.log[0] == "status"  # reconciled before it sent
    for portal in (p1, p2, p3):
        await portal.aclose()


async def test_eight_recoverers_send_each_expired_row_exactly_once(store: SqlStore) -> None:
    user_id = await make_user(store)
    ids = await approved_rows(store, user_id, _jobs(12, "EX"))
    for app_id in ids:  # a process claimed them and died
        await store.transition(app_id, AppState.APPLYING, lease=LeasePolicy(owner="dead").lease())
    fake = ScriptedPortal()
    appliers = [_applier(store, fake, f"r{i}:1:00", ahead=120) for i in range(8)]
    results = await asyncio.gather(*(a.recover() for a, _ in appliers))
    finished = sorted(row.id for batch in results for row in batch)
    assert finished == ids
    assert fake.posts == 12
    assert sorted(str(s["job_id"]) for s in fake.stored) == sorted(f"EX{i}" for i in range(12))
    assert await store.applications_in_state(AppState.APPLYING) == []
    for _, portal in appliers:
        await portal.aclose()


class SlowWriter(FakeWriter):
    """Writes documents only after `go` is set (a process stalled mid-apply)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = asyncio.Event()
        self.go = asyncio.Event()

    async def documents(self, profile: Profile, job: Job):  # type: ignore[no-untyped-def]
        self.started.set()
        await self.go.wait()
        return await super().documents(profile, job)


async def test_a_stalled_owner_whose_row_was_taken_over_sends_nothing(store: SqlStore) -> None:
    user_id = await make_user(store)
    [app_id] = await approved_rows(store, user_id, _jobs(1, "ST"))
    fake = ScriptedPortal()
    writer = SlowWriter()
    stalled, p1 = _applier(store, fake, "stalled:1:aa", writer=writer)
    task = asyncio.create_task(stalled.apply(app_id))
    await writer.started.wait()

    # Its lease runs out while it stalls; another process takes the row over and sends it.
    rescuer, p2 = _applier(store, fake, "rescuer:2:bb", ahead=120)
    [done] = await rescuer.recover()
    assert done.state is AppState.APPLIED

    writer.go.set()
    back = await task  # the stalled one's heartbeat finds the row gone: no second POST
    assert back.state is AppState.APPLIED
    assert fake.posts == 1
    for portal in (p1, p2):
        await portal.aclose()
