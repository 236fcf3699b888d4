"""The apply routine against the real mock portal: faults, races, an idempotency-less portal."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from core.models import AppState, Job, NotificationKind
from storage.sql_store import SqlStore
from tests.runtime.conftest import (
    FakeWriter,
    approved_rows,
    client,
    make_user,
    portal_id,
    routine,
)
from tests.runtime.portal import PortalProcess

FAR = datetime(2100, 1, 1, tzinfo=UTC)

TakeJobs = Callable[[int], list[Job]]


async def _apply_all_and_check(
    store: SqlStore, proc: PortalProcess, jobs: list[Job], user_id: int
) -> dict[AppState, int]:
    ids = await approved_rows(store, user_id, jobs)
    writer = FakeWriter()
    async with client(proc) as portal:
        applier = routine(store, portal, writer)
        finals = await asyncio.gather(*(applier.apply(i) for i in ids))
    who = await portal_id(store, user_id)
    stored = proc.stored(who, {j.id for j in jobs})
    admin = {a["application_id"]: a for a in proc.admin(who)["applications"]}
    states: dict[AppState, int] = {}
    for row in finals:
        states[row.state] = states.get(row.state, 0) + 1
        assert row.state in (AppState.APPLIED, AppState.FAILED), row
        if row.state is AppState.APPLIED:
            assert stored[row.job_id] == 1, f"{row.job_id} stored {stored[row.job_id]} times"
            sent = admin[row.portal_application_id or ""]
            assert row.documents is not None
            assert sent["resume"] == row.documents.resume_md  # the exact documents sent
            assert sent["evidence_points"] == "\n".join(row.documents.evidence_points)
            assert sent["name"] == "Julie Monroe"
        else:
            assert row.last_error, "a failed row says why"
            assert stored[row.job_id] == 0, "failed, yet the portal has it"
    # Every move wrote its notification: one APPLIED or FAILED per row.
    notes = await store.due_notifications(FAR, limit=1000)
    kinds = [n.kind for n in notes if n.user_id == user_id]
    assert kinds.count(NotificationKind.APPLIED) == states.get(AppState.APPLIED, 0)
    assert kinds.count(NotificationKind.FAILED) == states.get(AppState.FAILED, 0)
    assert all("resume" not in str(n.payload).lower() for n in notes)
    assert sorted(writer.calls) == sorted(j.id for j in jobs)  # documents written once each
    return states


async def test_faults_each_job_applied_once_or_failed_with_reason(
    store: SqlStore, faulty_portal: PortalProcess, take_jobs: TakeJobs
) -> None:
    user_id = await make_user(store)
    states = await _apply_all_and_check(store, faulty_portal, take_jobs(60), user_id)
    assert states.get(AppState.APPLIED, 0) >= 45  # 3 attempts beat a 30% refusal rate


async def test_faults_on_a_portal_without_idempotency_still_once(
    store: SqlStore, original_portal: PortalProcess, take_jobs: TakeJobs
) -> None:
    user_id = await make_user(store)
    states = await _apply_all_and_check(store, original_portal, take_jobs(60), user_id)
    assert states.get(AppState.APPLIED, 0) >= 45


@pytest.mark.parametrize("portal_name", ["clean_portal", "original_portal"])
async def test_thousand_concurrent_approvals_apply_once(
    store: SqlStore, take_jobs: TakeJobs, portal_name: str, request: pytest.FixtureRequest
) -> None:
    proc: PortalProcess = request.getfixturevalue(portal_name)
    user_id = await make_user(store)
    [job] = take_jobs(1)
    [app_id] = await approved_rows(store, user_id, [job], AppState.CLARIFY)
    writer = FakeWriter()
    async with client(proc) as portal:
        applier = routine(store, portal, writer)
        finals = await asyncio.gather(*(applier.approve_and_apply(app_id) for _ in range(1000)))
    row = await store.get_application(app_id)
    assert row is not None
    if row.state is AppState.APPLIED:
        assert proc.stored(await portal_id(store, user_id), {job.id})[job.id] == 1
    else:  # the faulty original portal may refuse three times in a row
        who = await portal_id(store, user_id)
        assert row.state is AppState.FAILED and proc.stored(who, {job.id})[job.id] == 0
    assert len(writer.calls) == 1, "only the winner wrote documents"
    assert sum(f.state is row.state for f in finals) >= 1
