"""Many users' cycles at once on one store against the mock portal: none lost, none doubled."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

from core.apply import ApplyRoutine
from core.models import (
    AppState,
    Decision,
    Documents,
    Job,
    NotificationKind,
    Preferences,
    Profile,
    Verdict,
)
from core.pipeline import AutoApply
from storage.sql_store import SqlStore
from tests.runtime.conftest import FAST, FakeWriter, client, make_user, no_sleep, portal_id
from tests.runtime.portal import PortalProcess

JOBS = 12
FAR = datetime(2100, 1, 1, tzinfo=UTC)


class ByNumberJudge:
    """Accept, clarify or reject by job number, like a model that agrees with itself."""

    def __init__(self, accept_all: bool = False) -> None:
        self.writer = FakeWriter()
        self.accept_all = accept_all

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str,
        *,
        screened: bool = False,
    ) -> Verdict:
        await asyncio.sleep(0)
        decision = [Decision.ACCEPT, Decision.CLARIFY, Decision.REJECT][int(job.id[1:]) % 3]
        if self.accept_all:
            decision = Decision.ACCEPT
        return Verdict(score=50, decision=decision, reasons=["judged"])

    async def documents(self, profile: Profile, job: Job) -> Documents:
        return await self.writer.documents(profile, job)


async def _everyone_at_once(store: SqlStore, portal_proc: PortalProcess, users: int) -> None:
    # Users search for overlapping jobs in different orders (the numbers in the titles rank
    # differently), so every cycle writes many of the same shared job rows, each in its own
    # ranking order: the pattern that deadlocked PostgreSQL.
    rng = random.Random(16)
    uids = []
    for i in range(users):
        roles = [f"Consultant {n}" for n in rng.sample(range(40), 8)]
        prefs = Preferences(countries=["United States"], roles=roles)
        uids.append(await make_user(store, f"user{i}", prefs=prefs))
    judge = ByNumberJudge()
    async with client(portal_proc) as portal:
        applier = ApplyRoutine(store, portal, judge, policy=FAST, sleep=no_sleep)
        runtime = AutoApply(store, portal, judge, applier, max_jobs=JOBS, page_size=6)
        results = await asyncio.gather(
            *(runtime.run_cycle(uid) for uid in uids), return_exceptions=True
        )
    lost = [r for r in results if isinstance(r, BaseException) or r.errors]
    assert lost == []
    notes = await store.due_notifications(FAR, limit=100_000)
    summaries = [n.user_id for n in notes if n.kind == NotificationKind.SUMMARY]
    assert sorted(summaries) == sorted(uids)
    for uid, summary in zip(uids, results, strict=True):
        assert not isinstance(summary, BaseException)
        counts = await store.count_by_state(uid)
        assert sum(counts.values()) == summary.new_jobs == JOBS
        assert counts.get(AppState.REJECTED, 0) == summary.rejected > 0
        assert counts.get(AppState.CLARIFY, 0) == summary.clarify > 0
        assert summary.applied + summary.clarify + summary.rejected == JOBS
        applied = [
            a.job_id for a in (await store.list_applications(uid, [AppState.APPLIED], limit=50))[0]
        ]
        assert len(applied) == summary.applied
        # Exactly once at the portal: every applied row sent once, nothing else sent.
        assert portal_proc.stored(await portal_id(store, uid)) == {j: 1 for j in applied}


async def test_cycles_all_at_once_lose_nothing(
    store: SqlStore, clean_portal: PortalProcess
) -> None:
    """200 users at once on PostgreSQL (97 of 100 died of deadlocks before), 30 on SQLite."""
    users = 200 if store.engine.dialect.name == "postgresql" else 30
    await _everyone_at_once(store, clean_portal, users)


async def test_two_processes_together_keep_the_daily_cap(
    store: SqlStore, clean_portal: PortalProcess
) -> None:
    """Each process used to work out its own remaining budget: the database decides now."""
    uid = await make_user(store, prefs=Preferences(countries=["United States"], daily_cap=1))
    other = SqlStore.from_url(store.engine.url.render_as_string(hide_password=False))
    judge = ByNumberJudge(accept_all=True)
    try:
        async with client(clean_portal) as portal:
            runtimes = [
                AutoApply(
                    s,
                    portal,
                    judge,
                    ApplyRoutine(s, portal, judge, policy=FAST, sleep=no_sleep),
                    max_jobs=JOBS,
                    page_size=6,
                )
                for s in (store, other)
            ]
            first, second = await asyncio.gather(*(r.run_cycle(uid) for r in runtimes))
    finally:
        other.close()
    assert first.applied + second.applied == 1
    assert first.cap_reached and second.cap_reached
    assert len(clean_portal.stored(await portal_id(store, uid))) == 1
    counts = await store.count_by_state(uid)
    assert counts == {AppState.APPLIED: 1, AppState.PENDING: JOBS - 1}
