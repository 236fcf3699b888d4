"""The runtime sends nothing for a profile that is unconfirmed or lacks a real name or contact:
a cycle keeps its accepted jobs pending and says so once, approved rows wait, recovery waits,
and the apply routine itself refuses."""

from __future__ import annotations

import pytest

from core.apply import ApplyRoutine
from core.errors import ProfileNotReady
from core.models import AppState, NotificationKind
from core.pipeline import PROFILE_HOLD
from core.runtime.consent import CONFIRM_FIRST, NO_NAME
from storage.sql_store import SqlStore
from tests.runtime.conftest import (
    FAST,
    PROFILE,
    FakeWriter,
    approved_rows,
    client,
    make_user,
    no_sleep,
    portal_id,
)
from tests.runtime.portal import PortalProcess
from tests.runtime.test_pipeline import FAR, FakeJudge, _runtime


async def test_an_unconfirmed_profile_holds_accepted_jobs_until_confirmed(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    store = sqlite_store
    uid = await make_user(store, confirmed=False)
    judge = FakeJudge()
    async with client(clean_portal) as portal:
        held = await _runtime(store, portal, judge).run_cycle(uid)
        assert held.profile_hold == CONFIRM_FIRST and held.applied == 0
        assert (held.clarify, held.rejected, held.pending) == (3, 3, 6)
        assert clean_portal.stored(await portal_id(store, uid)) == {} and judge.writer.calls == []
        pending = await store.applications_in_state(AppState.PENDING, user_id=uid)
        kept = {a.job_id for a in pending if a.reasons[0] == PROFILE_HOLD}
        assert len(kept) == 3
        summaries = [
            n
            for n in await store.due_notifications(FAR, limit=1000)
            if n.user_id == uid and n.kind is NotificationKind.SUMMARY
        ]
        assert [n.payload["profile_hold"] for n in summaries] == [CONFIRM_FIRST]  # told once

        stored = await store.latest_profile(uid)
        assert stored is not None
        await store.confirm_profile(uid, stored.version)
        judge.evaluated.clear()
        after = await _runtime(store, portal, judge).run_cycle(uid)
    assert after.profile_hold is None
    assert kept <= set(clean_portal.stored(await portal_id(store, uid)))  # nothing was lost
    assert not kept & set(judge.evaluated), "held verdicts are cached, not paid twice"


async def test_approved_rows_wait_while_the_profile_has_no_real_name(
    sqlite_store: SqlStore, clean_portal: PortalProcess, take_jobs: object
) -> None:
    nameless = PROFILE.model_copy(update={"full_name": "tester2"})
    uid = await make_user(sqlite_store, "tester2", profile=nameless)
    jobs = take_jobs(2)  # type: ignore[operator]
    ids = await approved_rows(sqlite_store, uid, jobs)
    async with client(clean_portal) as portal:
        summary = await _runtime(sqlite_store, portal, FakeJudge()).run_cycle(uid)
        assert summary.profile_hold == NO_NAME and summary.applied == 0
        applier = ApplyRoutine(sqlite_store, portal, FakeWriter(), policy=FAST, sleep=no_sleep)
        direct = await applier.apply(ids[0])  # even a direct call sends nothing
    assert direct.state is AppState.APPROVED and direct.last_error == NO_NAME
    for app_id in ids:
        app = await sqlite_store.get_application(app_id)
        assert app is not None and app.state is AppState.APPROVED and app.attempts == 0
    assert clean_portal.stored(await portal_id(sqlite_store, uid)) == {}


async def test_approve_and_recovery_send_nothing_for_an_unconfirmed_profile(
    sqlite_store: SqlStore, clean_portal: PortalProcess, take_jobs: object
) -> None:
    uid = await make_user(sqlite_store, confirmed=False)
    jobs = take_jobs(2)  # type: ignore[operator]
    clarify, applying = await approved_rows(sqlite_store, uid, jobs, AppState.CLARIFY)
    await sqlite_store.transition(applying, AppState.APPROVED)
    await sqlite_store.transition(applying, AppState.APPLYING)  # as a crash left it
    writer = FakeWriter()
    async with client(clean_portal) as portal:
        applier = ApplyRoutine(sqlite_store, portal, writer, policy=FAST, sleep=no_sleep)
        with pytest.raises(ProfileNotReady, match="Confirm your profile"):
            await applier.approve_and_apply(clarify)
        await applier.recover()
    row = await sqlite_store.get_application(clarify)
    assert row is not None and row.state is AppState.CLARIFY
    row = await sqlite_store.get_application(applying)
    assert row is not None and row.state is AppState.APPROVED
    assert clean_portal.stored(await portal_id(sqlite_store, uid)) == {} and writer.calls == []
