"""Retry mapping of the apply routine, at the HTTP transport (httpx.MockTransport)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine, RetryPolicy
from core.models import AppState, Job, NotificationKind
from storage.sql_store import SqlStore
from tests.runtime.conftest import FakeWriter, approved_rows, make_user

FAR = datetime(2100, 1, 1, tzinfo=UTC)
JOB = Job(id="R1", title="Dietitian", company="Acme", countries=["United States"])


class ScriptedPortal:
    """Answers /apply from a script of (status, headers) or exceptions; keeps what it stored."""

    def __init__(self, *script: tuple[int, dict[str, str]] | Exception | str) -> None:
        self.script = list(script)
        self.posts = 0
        self.status_calls = 0
        self.stored: list[dict[str, object]] = []
        self.log: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status":
            self.status_calls += 1
            self.log.append("status")
            records = [
                {"application_id": "P1", "job_id": s["job_id"], "user_id": s["user_id"]}
                for s in self.stored
            ]
            return httpx.Response(200, json={"accepted": [], "rejected": [], "on_process": records})
        self.posts += 1
        self.log.append("apply")
        body = json.loads(request.content)
        step = self.script.pop(0) if self.script else (200, {})
        if step == "commit-then-drop":
            self.stored.append(body)
            raise httpx.ReadError("connection dropped")
        if isinstance(step, Exception):
            raise step
        assert not isinstance(step, str)
        status, headers = step
        if status == 200:
            self.stored.append(body)
            return httpx.Response(200, json={"application_id": "P1", "status": "pending"})
        detail = {"detail": "resume: field required"} if status == 422 else {"detail": "busy"}
        return httpx.Response(status, json=detail, headers=headers)


def _routine(
    store: SqlStore, fake: ScriptedPortal, sleeps: list[float], **policy: float
) -> tuple[ApplyRoutine, HttpPortal]:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    portal = HttpPortal("http://portal.test", transport=httpx.MockTransport(fake))
    settings = {"max_attempts": 3, "base_delay": 0.5, "max_delay": 8.0, **policy}
    applier = ApplyRoutine(
        store,
        portal,
        FakeWriter(),
        policy=RetryPolicy(**settings),  # type: ignore[arg-type]
        sleep=sleep,
        rng=random.Random(1),
    )
    return applier, portal


async def _one_row(store: SqlStore) -> tuple[int, int]:
    user_id = await make_user(store)
    [app_id] = await approved_rows(store, user_id, [JOB])
    return user_id, app_id


async def _kinds(store: SqlStore) -> list[NotificationKind]:
    return [n.kind for n in await store.due_notifications(FAR)]


async def test_retry_after_is_honoured_and_reconciled_before_resending(
    sqlite_store: SqlStore,
) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal((503, {"Retry-After": "7"}), (429, {"Retry-After": "5"}))
    sleeps: list[float] = []
    applier, portal = _routine(sqlite_store, fake, sleeps)
    row = await applier.apply(app_id)
    await portal.aclose()
    assert row.state is AppState.APPLIED and row.portal_application_id == "P1"
    assert row.attempts == 3 and fake.posts == 3
    assert sleeps[0] >= 7 and sleeps[1] >= 5
    assert fake.log == ["apply", "status", "apply", "status", "apply"]
    assert await _kinds(sqlite_store) == [NotificationKind.APPLIED]


async def test_422_is_permanent_with_the_portal_reason(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal((422, {}))
    applier, portal = _routine(sqlite_store, fake, [])
    row = await applier.apply(app_id)
    await portal.aclose()
    assert row.state is AppState.FAILED and fake.posts == 1
    assert row.last_error and "field required" in row.last_error
    notes = await sqlite_store.due_notifications(FAR)
    assert [n.kind for n in notes] == [NotificationKind.FAILED]
    assert "field required" in notes[0].payload["reason"]


async def test_dropped_answer_is_found_by_status_not_sent_twice(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal("commit-then-drop")
    applier, portal = _routine(sqlite_store, fake, [])
    row = await applier.apply(app_id)
    await portal.aclose()
    assert row.state is AppState.APPLIED and fake.posts == 1 and len(fake.stored) == 1


async def test_backoff_grows_and_failure_allows_try_again(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal((500, {}), (502, {}), (500, {}))
    sleeps: list[float] = []
    applier, portal = _routine(sqlite_store, fake, sleeps)
    row = await applier.apply(app_id)
    assert row.state is AppState.FAILED and fake.posts == 3
    assert row.last_error == "portal error 500" and row.attempts == 3
    assert len(sleeps) == 2 and 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 1.5
    assert await _kinds(sqlite_store) == [NotificationKind.FAILED]
    # Try again: status first (an earlier attempt may have landed), then one more POST.
    fake.log.clear()
    again = await applier.approve_and_apply(app_id)
    await portal.aclose()
    assert again.state is AppState.APPLIED and again.attempts == 4
    assert fake.log == ["status", "apply"]


async def test_try_again_when_the_portal_already_has_it_sends_nothing(
    sqlite_store: SqlStore,
) -> None:
    user_id, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal((500, {}), (500, {}), (500, {}))
    applier, portal = _routine(sqlite_store, fake, [])
    assert (await applier.apply(app_id)).state is AppState.FAILED
    fake.stored.append({"job_id": JOB.id, "user_id": str(user_id)})  # it landed after all
    fake.log.clear()
    row = await applier.approve_and_apply(app_id)
    await portal.aclose()
    assert row.state is AppState.APPLIED and fake.log == ["status"]


async def test_a_long_retry_after_gives_up_now(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal((429, {"Retry-After": "3600"}))
    sleeps: list[float] = []
    applier, portal = _routine(sqlite_store, fake, sleeps)
    row = await applier.apply(app_id)
    await portal.aclose()
    assert row.state is AppState.FAILED and fake.posts == 1 and sleeps == []
    assert row.last_error and "3600" in row.last_error


async def test_connect_errors_are_retried(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal(httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"))
    applier, portal = _routine(sqlite_store, fake, [])
    row = await applier.apply(app_id)
    await portal.aclose()
    assert row.state is AppState.APPLIED and fake.posts == 3 and len(fake.stored) == 1


async def test_a_lost_race_does_nothing(sqlite_store: SqlStore) -> None:
    _, app_id = await _one_row(sqlite_store)
    fake = ScriptedPortal()
    applier, portal = _routine(sqlite_store, fake, [])
    first = await applier.apply(app_id)
    second = await applier.apply(app_id)
    await portal.aclose()
    assert first.state is second.state is AppState.APPLIED
    assert fake.posts == 1


def test_backoff_delays_are_exponential_with_bounded_jitter() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=10.0)
    rng = random.Random(3)
    for attempt, low in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (6, 10.0)]:
        delay = policy.delay(attempt, None, rng)
        assert low <= delay <= low + 1.0
    assert policy.delay(1, 30.0, rng) == 30.0


Take = Callable[[int], list[Job]]


async def test_recover_finishes_interrupted_rows_without_sending_twice(
    sqlite_store: SqlStore,
) -> None:
    user_id = await make_user(sqlite_store)
    landed, lost = Job(id="R2", title="Dietitian"), Job(id="R3", title="Dietitian")
    ids = await approved_rows(sqlite_store, user_id, [landed, lost])
    for app_id in ids:  # a process died here, after the claim
        assert (await sqlite_store.transition(app_id, AppState.APPLYING)).won
    fake = ScriptedPortal()
    fake.stored.append({"job_id": landed.id, "user_id": str(user_id)})  # its POST had landed
    applier, portal = _routine(sqlite_store, fake, [])
    finished = await applier.recover()
    await portal.aclose()
    assert {r.job_id: r.state for r in finished} == {
        landed.id: AppState.APPLIED,
        lost.id: AppState.APPLIED,
    }
    assert fake.posts == 1 and [s["job_id"] for s in fake.stored] == [landed.id, lost.id]
    assert await sqlite_store.applications_in_state(AppState.APPLYING) == []


async def test_recover_sends_nothing_blind_when_status_is_down(sqlite_store: SqlStore) -> None:
    user_id = await make_user(sqlite_store)
    [app_id] = await approved_rows(sqlite_store, user_id, [Job(id="R4", title="Dietitian")])
    await sqlite_store.transition(app_id, AppState.APPLYING)

    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"detail": "down"})

    portal = HttpPortal("http://portal.test", transport=httpx.MockTransport(down))
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    applier = ApplyRoutine(sqlite_store, portal, FakeWriter(), sleep=sleep)
    assert await applier.recover() == []
    assert len(sleeps) == 2  # asked three times, with backoff
    await portal.aclose()
    row = await sqlite_store.get_application(app_id)
    assert row is not None and row.state is AppState.APPLYING  # kept for the next start
