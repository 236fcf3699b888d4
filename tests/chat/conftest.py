"""Chat fixtures: a ChatService on a real store, the real apply routine, and small fakes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.container import build_documents
from core.adapters.llm_offline import OfflineLLM
from core.apply import ApplyRoutine, RetryPolicy
from core.chat.charts import ChartData
from core.chat.flows import Flow
from core.chat.messages import Identity, Reply
from core.chat.service import ChatService
from core.clock import FixedClock
from core.errors import PortalProtocolError, PortalUnavailable
from core.models import (
    Application,
    AppState,
    Job,
    Match,
    NotificationDraft,
    NotificationKind,
    Platform,
    Preferences,
    Profile,
    Skill,
    Verdict,
)
from core.pipeline import profile_key
from core.ports import ApplyReceipt, ApplyRequest, PortalRecord, PortalStatusReport
from core.runtime.portal_identity import application_key
from storage.sql_store import SqlStore
from tests.support.product import FakeWriter

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
JULIE_PDF = RESUMES / "Amsterdam-Modern-Resume-Template.pdf"
ESTHER_PDF = RESUMES / "Dublin-Resume-Template-Modern.pdf"
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

TG = Identity(platform=Platform.TELEGRAM, user_id="1001", chat_id="1001", display_name="Julie")
TG_OTHER = Identity(platform=Platform.TELEGRAM, user_id="2002", chat_id="2002", display_name="Eve")
DC = Identity(platform=Platform.DISCORD, user_id="555000111", display_name="julie#1")


class FakePortal:
    """Records every call; `down` makes each call fail like a 500, `garbage` like bad JSON."""

    def __init__(self) -> None:
        self.applied: list[ApplyRequest] = []
        self.status_calls: list[str] = []
        self.down = False
        self.garbage = False
        self.apply_delay = 0.0
        self.decisions: dict[str, str] = {}  # job_id -> accepted | rejected
        self.closed: set[str] = set()  # job ids the portal no longer lists

    def _check(self) -> None:
        if self.down:
            raise PortalUnavailable("the job portal answered 500")
        if self.garbage:
            raise PortalProtocolError("the job portal answered something that is not JSON")

    async def search(self, query: str, top_k: int = 20) -> list[Job]:
        self._check()
        return []

    async def list_jobs(self, *, page: int = 1, limit: int = 50, q: str | None = None) -> list[Job]:
        return []

    async def apply(self, request: ApplyRequest, idempotency_key: str) -> ApplyReceipt:
        self._check()
        await asyncio.sleep(self.apply_delay)
        self.applied.append(request)
        return ApplyReceipt(application_id=f"P{len(self.applied)}")

    async def status(self, user_id: str) -> PortalStatusReport:
        self.status_calls.append(user_id)
        self._check()
        report = PortalStatusReport()
        for n, request in enumerate(self.applied, start=1):
            if request.user_id != user_id:
                continue
            record = PortalRecord(application_id=f"P{n}", job_id=request.job_id, user_id=user_id)
            decision = self.decisions.get(request.job_id)
            target = {"accepted": report.accepted, "rejected": report.rejected}.get(
                decision or "", report.on_process
            )
            target.append(record)
        return report

    async def job_open(self, job_id: str) -> bool | None:
        self._check()
        return job_id not in self.closed


@dataclass
class FakeSchedule:
    """ScheduleControl that records what it was asked."""

    clock: FixedClock
    enabled: set[int] = field(default_factory=set)
    calls: list[tuple[str, int]] = field(default_factory=list)
    broken: bool = False
    running: set[int] = field(default_factory=set)  # run_now refuses while a cycle runs

    def _record(self, what: str, user_id: int) -> None:
        self.calls.append((what, user_id))
        if self.broken:
            raise RuntimeError("scheduler down")

    async def enable(self, user_id: int) -> datetime | None:
        self._record("enable", user_id)
        self.enabled.add(user_id)
        return self.clock.now() + timedelta(hours=4)

    async def disable(self, user_id: int) -> None:
        self._record("disable", user_id)
        self.enabled.discard(user_id)

    async def next_run(self, user_id: int) -> datetime | None:
        return self.clock.now() + timedelta(hours=4) if user_id in self.enabled else None

    async def run_now(self, user_id: int) -> bool:
        self._record("run_now", user_id)
        started = user_id not in self.running
        self.running.add(user_id)
        return started


class FakeCharts:
    def __init__(self) -> None:
        self.drawn: list[ChartData] = []

    def render(self, data: ChartData) -> bytes:
        self.drawn.append(data)
        return b"\x89PNG\r\n\x1a\nfake"


@dataclass
class World:
    chat: ChatService
    store: SqlStore
    portal: FakePortal
    schedule: FakeSchedule
    writer: FakeWriter
    charts: FakeCharts
    clock: FixedClock

    def restarted(self) -> ChatService:
        """A new service on the same database, as after a restart."""
        return make_chat(
            self.store, self.portal, self.schedule, self.writer, self.charts, self.clock
        )


def make_chat(
    store: SqlStore,
    portal: FakePortal,
    schedule: FakeSchedule,
    writer: FakeWriter,
    charts: FakeCharts,
    clock: FixedClock,
) -> ChatService:
    applier = ApplyRoutine(
        store, portal, writer, policy=RetryPolicy(max_attempts=2, base_delay=0.001)
    )
    return ChatService(
        store,
        OfflineLLM(),
        applier,
        schedule,
        portal,
        charts=charts,
        clock=clock,
        documents=build_documents(),
    )


@pytest.fixture
async def world(sqlite_store: SqlStore) -> AsyncIterator[World]:
    clock = FixedClock(NOW)
    portal, writer, charts = FakePortal(), FakeWriter(), FakeCharts()
    schedule = FakeSchedule(clock)
    chat = make_chat(sqlite_store, portal, schedule, writer, charts, clock)
    yield World(chat, sqlite_store, portal, schedule, writer, charts, clock)


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.plain_text() for r in replies)


def payloads(reply: Reply) -> dict[str, str]:
    """Button label -> payload."""
    return {b.label: b.payload for row in reply.buttons for b in row}


async def press(chat: ChatService, who: Identity, payload: str) -> tuple[Flow, list[Reply]]:
    flow = await chat.handle_action(who, payload)
    assert isinstance(flow, Flow)
    return flow, await flow.collect()


PROFILE = Profile(
    full_name="Julie Monroe",
    email="julie@example.com",
    phone="+1 555 0100",
    location="Austin, United States",
    summary="Nutrition consultant.",
    skills=[Skill(name="Meal Planning"), Skill(name="Nutrition Counseling")],
)


async def registered(
    world: World,
    who: Identity = TG,
    *,
    profile: bool = True,
    prefs: bool = True,
    confirmed: bool = True,
) -> int:
    """A user registered through /start, with a profile (confirmed unless told otherwise) and
    preferences stored directly."""
    await world.chat.handle_command(who, "start")
    user = await world.store.find_user(who.platform, who.user_id)
    assert user is not None
    if profile:
        stored = await world.store.save_profile(
            user.id, PROFILE, "Julie Monroe, nutrition consultant"
        )
        if confirmed:
            await world.store.confirm_profile(user.id, stored.version)
    if prefs:
        await world.store.save_preferences(user.id, Preferences(countries=["United States"]))
    return user.id


def job(n: int, **extra: object) -> Job:
    data: dict[str, object] = {
        "id": f"J{n:04d}",
        "title": f"Nutrition Consultant {n}",
        "company": f"Company {n}",
        "countries": ["United States"],
        "is_remote": True,
        "salary_offered": 52000,
        "currency": "USD",
        "required_skills": ["meal planning", "nutrition counseling", "phlebotomy"],
        "description": "Plan meals and counsel clients.",
    }
    data.update(extra)
    return Job.model_validate(data)


async def application(
    world: World,
    user_id: int,
    n: int,
    state: AppState = AppState.CLARIFY,
    *,
    notify: bool = False,
    company: str | None = None,
    **fields: object,
) -> Application:
    """A stored job with one application moved to `state` (pending -> clarify/rejected...)."""
    j = job(n, company=company) if company else job(n)
    await world.store.upsert_jobs([j])
    app, _ = await world.store.create_application(
        user_id, j.id, idempotency_key=await application_key(world.store, user_id, j.id)
    )
    route = {
        AppState.PENDING: [],
        AppState.CLARIFY: [AppState.CLARIFY],
        AppState.REJECTED: [AppState.REJECTED],
        AppState.APPROVED: [AppState.APPROVED],
        AppState.FAILED: [AppState.APPROVED, AppState.APPLYING, AppState.FAILED],
        AppState.APPLIED: [AppState.APPROVED, AppState.APPLYING, AppState.APPLIED],
    }[state]
    draft = NotificationDraft(
        kind=NotificationKind.CLARIFY,
        payload={"application_id": app.id, "job_id": j.id, "title": j.title},
    )
    for step in route:
        last = step is route[-1]
        result = await world.store.transition(
            app.id,
            step,
            fields=dict(fields) if last else None,
            notify=draft if notify and last else None,
        )
        app = result.application
    return app


async def cache_verdict(world: World, user_id: int, n: int) -> Verdict:
    """The verdict the pipeline would have cached for job `n` under the current profile."""
    stored = await world.store.latest_profile(user_id)
    prefs = await world.store.get_preferences(user_id) or Preferences()
    assert stored is not None
    verdict = Verdict(
        score=55,
        decision="clarify",  # type: ignore[arg-type]
        reasons=["2 of 3 requirements shown"],
        matched=[
            Match(requirement="meal planning", evidence="Meal Planning"),
            Match(requirement="nutrition counseling", evidence="Nutrition Counseling"),
        ],
        missing=["phlebotomy"],
    )
    await world.store.cache_verdict(profile_key(stored, prefs), job(n).content_hash(), verdict)
    return verdict
