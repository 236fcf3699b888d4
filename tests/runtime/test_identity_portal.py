"""Attacks on identity at a real mock portal: two installations pointed at one portal, and a
newcomer after /forget, never see or replay each other's applications."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from core.models import AppState, Job, Platform, Preferences
from core.status_poll import StatusPoller
from storage.sql_store import SqlStore
from tests.runtime.conftest import PROFILE, approved_rows, client, make_user, portal_id, routine
from tests.runtime.portal import PortalProcess

TakeJobs = Callable[[int], list[Job]]


async def _first_user(store: SqlStore) -> int:
    """A fresh installation's first user (row id 1), with a profile and preferences."""
    user, _ = await store.register_user(Platform.CONSOLE, "julie", display_name="julie")
    stored = await store.save_profile(user.id, PROFILE, "Julie Monroe, nutrition consultant")
    await store.confirm_profile(user.id, stored.version)  # as her Looks right does
    await store.save_preferences(user.id, Preferences(countries=["United States"]))
    return user.id


async def _apply(store: SqlStore, proc: PortalProcess, user_id: int, jobs: list[Job]) -> list[str]:
    ids = await approved_rows(store, user_id, jobs)
    async with client(proc) as portal:
        applier = routine(store, portal)
        finals = await asyncio.gather(*(applier.apply(i) for i in ids))
    assert [row.state for row in finals] == [AppState.APPLIED] * len(jobs)
    return sorted(str(row.portal_application_id) for row in finals)


async def test_two_installations_on_one_portal_each_send_their_own(
    tmp_path: Path, clean_portal: PortalProcess, take_jobs: TakeJobs
) -> None:
    first = SqlStore.from_url(f"sqlite:///{tmp_path / 'install-a.db'}")
    second = SqlStore.from_url(f"sqlite:///{tmp_path / 'install-b.db'}")
    try:
        ua, ub = await _first_user(first), await _first_user(second)
        assert ua == ub == 1  # both installations' first user: the same row id
        jobs = take_jobs(6)
        sent_a = await _apply(first, clean_portal, ua, jobs)
        sent_b = await _apply(second, clean_portal, ub, jobs)
        # Each installation's rows are its own applications at the portal, none replayed.
        assert not set(sent_a) & set(sent_b)
        for store, uid, sent in ((first, ua, sent_a), (second, ub, sent_b)):
            who = await portal_id(store, uid)
            at_portal = clean_portal.admin(who)["applications"]
            assert sorted(a["application_id"] for a in at_portal) == sent
            assert clean_portal.stored(who) == {job.id: 1 for job in jobs}
        assert clean_portal.stored(str(ua)) == {}  # nothing under the row id
    finally:
        first.close()
        second.close()


async def test_a_newcomer_after_forget_sees_nothing_of_the_forgotten(
    sqlite_store: SqlStore, clean_portal: PortalProcess, take_jobs: TakeJobs
) -> None:
    gone = await make_user(sqlite_store, "forgotten")
    jobs = take_jobs(5)
    await _apply(sqlite_store, clean_portal, gone, jobs)
    await sqlite_store.delete_user(gone)
    newcomer = await make_user(sqlite_store, "newcomer")
    assert newcomer > gone
    async with client(clean_portal) as portal:
        report = await portal.status(await portal_id(sqlite_store, newcomer))
        assert report.on_process == report.accepted == report.rejected == []
        # the newcomer's own applications go out fresh: not a replay of hers
        sent = await _apply(sqlite_store, clean_portal, newcomer, jobs)
        poll = await StatusPoller(sqlite_store, portal).poll_once()
    assert len(sent) == 5 and poll.users == 1 and poll.checked == 5
    assert clean_portal.stored(await portal_id(sqlite_store, newcomer)) == {j.id: 1 for j in jobs}
