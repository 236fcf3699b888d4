"""One auto-apply cycle against the mock portal: routing, cap, dry run, LLM and portal outages."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine
from core.errors import LLMUnavailable
from core.models import (
    AppState,
    Decision,
    Documents,
    Job,
    Match,
    NotificationKind,
    Preferences,
    Profile,
    UserSettings,
    Verdict,
    WorkMode,
)
from core.pipeline import CAP_REACHED, DRY_RUN, SCORING_UNAVAILABLE, AutoApply, search_query
from storage.sql_store import SqlStore
from tests.runtime.conftest import FAST, FakeWriter, client, make_user, no_sleep, portal_id
from tests.runtime.portal import PortalProcess

FAR = datetime(2100, 1, 1, tzinfo=UTC)


class FakeJudge:
    """Decides by job number: 0 accept, 1 clarify, 2 reject, 3 LLM down (unless `healthy`)."""

    def __init__(self, rule: str = "mod4") -> None:
        self.rule = rule
        self.evaluated: list[str] = []
        self.writer = FakeWriter()
        self.in_flight = 0
        self.most_in_flight = 0

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str,
        *,
        screened: bool = False,
    ) -> Verdict:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.001)
            self.evaluated.append(job.id)
            kind = int(job.id[1:]) % 4 if self.rule == "mod4" else 0
            if self.rule == "down" or kind == 3:
                raise LLMUnavailable("scoring is unavailable")
            decision = [Decision.ACCEPT, Decision.CLARIFY, Decision.REJECT][kind]
            score = {Decision.ACCEPT: 90, Decision.CLARIFY: 55, Decision.REJECT: 10}[decision]
            matched = [Match(requirement="Meal planning", evidence="Wrote weekly meal plans")]
            return Verdict(
                score=score,
                decision=decision,
                reasons=[f"scored {score}"],
                matched=matched,
                missing=["HACCP"],
            )
        finally:
            self.in_flight -= 1

    async def documents(self, profile: Profile, job: Job) -> Documents:
        return await self.writer.documents(profile, job)


def _runtime(
    store: SqlStore, portal: HttpPortal, judge: FakeJudge, max_jobs: int = 12
) -> AutoApply:
    applier = ApplyRoutine(store, portal, judge, policy=FAST, sleep=no_sleep)
    return AutoApply(store, portal, judge, applier, max_jobs=max_jobs, page_size=5)


async def _kinds(store: SqlStore, user_id: int) -> list[NotificationKind]:
    return [n.kind for n in await store.due_notifications(FAR, limit=1000) if n.user_id == user_id]


async def test_a_cycle_routes_applies_and_summarises(
    store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(store)
    judge = FakeJudge()
    async with client(clean_portal) as portal:
        summary = await _runtime(store, portal, judge).run_cycle(uid)
        apps, total = await store.list_applications(uid, limit=100)
        assert total == summary.new_jobs == 12
        by_state = {s: [a for a in apps if a.state is s] for s in AppState}
        assert (summary.applied, summary.clarify, summary.rejected, summary.pending) == (3, 3, 3, 3)
        assert summary.line() == (
            "12 new jobs: 3 applied, 3 need you, 3 skipped, 3 waiting (scoring unavailable)"
        )
        stored = clean_portal.stored(await portal_id(store, uid))
        assert stored == {a.job_id: 1 for a in by_state[AppState.APPLIED]}
        # Every judged decision keeps the report it was made on (the chat's "Why?").
        judged = by_state[AppState.CLARIFY] + by_state[AppState.APPLIED]
        assert all(a.report for a in judged + by_state[AppState.REJECTED])
        assert all("Compatibility: 10/100" in (a.report or "") for a in by_state[AppState.REJECTED])
        assert all(a.reasons == ["scored 10"] for a in by_state[AppState.REJECTED])
        assert all(a.reasons == [SCORING_UNAVAILABLE] for a in by_state[AppState.PENDING])
        kinds = await _kinds(store, uid)
        assert sorted(kinds) == sorted(
            [NotificationKind.APPLIED] * 3
            + [NotificationKind.CLARIFY] * 3
            + [NotificationKind.SUMMARY]
        )
        notes = await store.due_notifications(FAR)
        for card in (n for n in notes if n.kind == NotificationKind.CLARIFY):
            # The card's evidence travels with it: what matched, from the resume, and what not.
            assert card.payload["matched"] == [
                {"requirement": "Meal planning", "evidence": "Wrote weekly meal plans"}
            ]
            assert card.payload["missing"] == ["HACCP"]
        summary_note = next(n for n in notes if n.kind == "summary")
        assert summary_note.payload["line"] == summary.line()
        # Next cycle: nothing new; the unscored jobs are tried again, never the judged ones.
        judge.rule = "all-accept"
        judge.evaluated.clear()
        again = await _runtime(store, portal, judge).run_cycle(uid)
    assert again.new_jobs == 0 and again.applied == 3
    assert sorted(judge.evaluated) == sorted(a.job_id for a in by_state[AppState.PENDING])
    assert len(clean_portal.stored(await portal_id(store, uid))) == 6


async def test_screening_rejects_without_llm_calls_or_notifications(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(sqlite_store, prefs=Preferences(work_modes=[WorkMode.ONSITE]))
    judge = FakeJudge()
    async with client(clean_portal) as portal:
        summary = await _runtime(sqlite_store, portal, judge).run_cycle(uid)
    assert summary.rejected == summary.new_jobs == 12 and judge.evaluated == []
    assert await _kinds(sqlite_store, uid) == [NotificationKind.SUMMARY]


async def test_daily_cap_leaves_the_rest_pending(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    prefs = Preferences(countries=["United States"], daily_cap=2)
    uid = await make_user(sqlite_store, prefs=prefs)
    judge = FakeJudge("all-accept")
    async with client(clean_portal) as portal:
        first = await _runtime(sqlite_store, portal, judge).run_cycle(uid)
        judged = len(judge.evaluated)
        second = await _runtime(sqlite_store, portal, judge).run_cycle(uid)
    assert judged == 12 and len(judge.evaluated) == 12, "cached verdicts are not paid twice"
    assert (first.applied, first.pending, first.cap_reached) == (2, 10, True)
    assert (second.applied, second.pending) == (0, 10)
    assert len(clean_portal.stored(await portal_id(sqlite_store, uid))) == 2
    pending = await sqlite_store.applications_in_state(AppState.PENDING, user_id=uid)
    assert all(a.reasons[0] == CAP_REACHED for a in pending)


async def test_dry_run_writes_documents_and_submits_nothing(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(sqlite_store, settings=UserSettings(dry_run=True))
    judge = FakeJudge("all-accept")
    async with client(clean_portal) as portal:
        summary = await _runtime(sqlite_store, portal, judge).run_cycle(uid)
    assert summary.dry_run and summary.applied == 0 and summary.pending == 12
    pending = await sqlite_store.applications_in_state(AppState.PENDING, user_id=uid)
    assert all(a.reasons[0] == DRY_RUN and a.documents is not None for a in pending)
    assert clean_portal.stored(await portal_id(sqlite_store, uid)) == {}


async def test_llm_down_keeps_jobs_pending_and_never_applies(
    store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(store)
    judge = FakeJudge("down")
    async with client(clean_portal) as portal:
        summary = await _runtime(store, portal, judge).run_cycle(uid)
    assert summary.pending == 12 and summary.applied == 0
    pending = await store.applications_in_state(AppState.PENDING, user_id=uid)
    assert len(pending) == 12 and all(a.reasons == [SCORING_UNAVAILABLE] for a in pending)
    assert clean_portal.stored(await portal_id(store, uid)) == {} and judge.writer.calls == []


async def test_portal_outage_during_discovery_is_an_error_line(sqlite_store: SqlStore) -> None:
    uid = await make_user(sqlite_store)
    portal = HttpPortal("http://127.0.0.1:9", connect_timeout=1)  # nothing listens there
    summary = await _runtime(sqlite_store, portal, FakeJudge()).run_cycle(uid)
    await portal.aclose()
    assert summary.new_jobs == 0 and summary.errors
    assert "portal" in summary.errors[0]
    assert await _kinds(sqlite_store, uid) == [NotificationKind.SUMMARY]


async def test_clarify_job_approved_by_the_user_is_applied_once(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(sqlite_store)
    judge = FakeJudge()
    async with client(clean_portal) as portal:
        runtime = _runtime(sqlite_store, portal, judge)
        await runtime.run_cycle(uid)
        [clarify, *_] = await sqlite_store.applications_in_state(AppState.CLARIFY, user_id=uid)
        applier = ApplyRoutine(sqlite_store, portal, judge, policy=FAST, sleep=no_sleep)
        taps = await asyncio.gather(*(applier.approve_and_apply(clarify.id) for _ in range(5)))
    assert any(t.state is AppState.APPLIED for t in taps)
    assert clean_portal.stored(await portal_id(sqlite_store, uid))[clarify.job_id] == 1


async def test_users_cycles_run_side_by_side_without_mixing(
    sqlite_store: SqlStore, clean_portal: PortalProcess
) -> None:
    users = [await make_user(sqlite_store, f"user{i}") for i in range(4)]
    judge = FakeJudge("all-accept")
    async with client(clean_portal) as portal:
        runtime = _runtime(sqlite_store, portal, judge)
        summaries = await asyncio.gather(*(runtime.run_cycle(u) for u in users))
    assert [s.applied for s in summaries] == [12] * 4
    assert judge.most_in_flight > 1  # the jobs of a cycle are judged concurrently
    for uid in users:
        assert sorted(clean_portal.stored(await portal_id(sqlite_store, uid)).values()) == [1] * 12


def test_search_query_uses_roles_skills_and_places() -> None:
    from tests.runtime.conftest import PROFILE

    prefs = Preferences(roles=["Dietitian"], cities=["Austin"], countries=["United States"])
    query = search_query(PROFILE, prefs)
    assert query == "Dietitian Meal Planning Nutrition Counseling Austin United States"


async def test_cycles_against_a_faulty_portal_apply_each_job_once_or_fail(
    sqlite_store: SqlStore, faulty_portal: PortalProcess
) -> None:
    users = [await make_user(sqlite_store, f"faulty{i}") for i in range(3)]
    judge = FakeJudge("all-accept")
    async with client(faulty_portal) as portal:
        runtime = _runtime(sqlite_store, portal, judge, max_jobs=15)
        summaries = await asyncio.gather(*(runtime.run_cycle(u) for u in users))
    for uid, summary in zip(users, summaries, strict=True):
        stored = faulty_portal.stored(await portal_id(sqlite_store, uid))
        apps, _ = await sqlite_store.list_applications(uid, limit=100)
        assert summary.applied + summary.failed == 15
        for app in apps:
            assert app.state in (AppState.APPLIED, AppState.FAILED)
            assert stored.get(app.job_id, 0) == (1 if app.state is AppState.APPLIED else 0)
            assert app.state is AppState.APPLIED or app.last_error
