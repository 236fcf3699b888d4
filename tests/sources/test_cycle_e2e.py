"""End to end through the chat layer: one cycle over the mock portal (in process) and two fake
boards (Greenhouse and Remotive, over HTTP) gives one deduplicated set of cards, applies by API
only on the portal, and hands the user assisted-apply kits for the rest."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from core.adapters.portal import HttpPortal
from core.adapters.sources.registry import build_sources
from core.apply import ApplyRoutine, RetryPolicy
from core.chat.service import ChatService
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
from core.ports import JobSource
from mock_portal.app import create_app
from mock_portal.config import PortalConfig
from storage.sql_store import SqlStore
from tests.chat.conftest import (
    NOW,
    TG,
    FakeCharts,
    FakeSchedule,
    FixedClock,
    World,
    make_chat,
    payloads,
    press,
    registered,
)
from tests.fakes.job_boards import Boards, FakeJobBoards
from tests.sources.conftest import QUICK
from tests.support.product import FakeWriter


def _portal_job(id: str, title: str, company: str) -> dict[str, object]:
    return {
        "id": id, "title": title, "company": company, "cities": ["Austin"],
        "countries": ["United States"], "is_remote": False, "is_hybride": False,
        "is_onsite": True, "salary_offered": 52000, "currency": "USD",
        "visa_sponsorship_offered": False, "start_date": "2027-01-04",
        "required_skills": ["meal planning"], "description": "Plan meals for clients.",
    }  # fmt: skip


PORTAL_JOBS = [
    _portal_job("p1", "Nutrition Consultant", "Zoë Müller GmbH"),
    _portal_job("p2", "Dietitian", "GreenPlate"),
]
GREENHOUSE = {
    "jobs": [
        {  # the portal's p1 again, as its employer's own board lists it
            "id": 11,
            "title": "Nutrition Consultant",
            "company_name": "Zoë Müller",
            "location": {"name": "Austin, United States"},
            "absolute_url": "https://boards.greenhouse.io/zoe/jobs/11",
            "content": "&lt;p&gt;Plan meals for clients.&lt;/p&gt;",
            "updated_at": "2026-03-01T10:00:00Z",
        },
        {
            "id": 12,
            "title": "Meal Planning Coach",
            "company_name": "Zoë Müller",
            "location": {"name": "Austin, United States"},
            "absolute_url": "https://boards.greenhouse.io/zoe/jobs/12",
            "content": "&lt;p&gt;Coach clients on &lt;b&gt;meal planning&lt;/b&gt;.&lt;/p&gt;",
            "updated_at": "2026-03-01T10:00:00Z",
        },
    ]
}
REMOTIVE = {
    "job-count": 1,
    "jobs": [
        {
            "id": 77,
            "url": "https://remotive.com/remote-jobs/health/nutrition-coach-77",
            "title": "Remote Nutrition Consultant",
            "company_name": "Wellness Co",
            "tags": ["nutrition"],
            "publication_date": "2026-03-02T08:00:00",
            "candidate_required_location": "USA Only",
            "salary": "$50k - $60k a year",
            "description": "<p>Counsel clients online.</p>",
        }
    ],
}


@dataclass
class Rig:
    """The mock portal in process, the named boards on the fake server, the chat, one user."""

    portal: HttpPortal
    sources: list[JobSource]
    chat: ChatService
    user_id: int
    writer: FakeWriter
    applier: ApplyRoutine

    async def close(self) -> None:
        await self.portal.aclose()
        for source in self.sources:
            await source.aclose()


async def _rig(
    store: SqlStore, boards: FakeJobBoards, names: list[str], portal_jobs: list[dict[str, object]]
) -> Rig:
    app = create_app(PortalConfig(decision_delay=3600), jobs=portal_jobs)
    portal = HttpPortal("http://portal.test", transport=httpx.ASGITransport(app=app))
    sources = build_sources(names, base_urls=dict.fromkeys(names, boards.url), politeness=QUICK)
    clock = FixedClock(NOW)
    writer = FakeWriter()
    chat = make_chat(store, portal, FakeSchedule(clock), writer, FakeCharts(), clock)
    world = World(chat, store, portal, FakeSchedule(clock), writer, FakeCharts(), clock)
    user_id = await registered(world)
    applier = ApplyRoutine(store, portal, writer, policy=RetryPolicy(max_attempts=2, base_delay=0))
    return Rig(portal, sources, chat, user_id, writer, applier)


class AcceptAll:
    """A judge that accepts every job (the routing, not the judging, is under test)."""

    def __init__(self, writer: FakeWriter) -> None:
        self.writer = writer

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str,
        *,
        screened: bool = False,
    ) -> Verdict:
        return Verdict(score=90, decision=Decision.ACCEPT, reasons=["a good fit"])

    async def documents(self, profile: Profile, job: Job) -> Documents:
        return await self.writer.documents(profile, job)


@pytest.fixture
async def boards() -> AsyncIterator[FakeJobBoards]:
    async with FakeJobBoards(Boards(greenhouse={"zoe": GREENHOUSE}, remotive=REMOTIVE)) as b:
        yield b


async def test_one_cycle_over_the_portal_and_two_boards(
    sqlite_store: SqlStore, boards: FakeJobBoards
) -> None:
    store = sqlite_store
    r = await _rig(store, boards, ["greenhouse", "remotive"], PORTAL_JOBS)
    cycle = AutoApply(
        store, r.portal, AcceptAll(r.writer), r.applier,
        sources=r.sources, default_boards=["greenhouse:zoe"],
    )  # fmt: skip
    try:
        summary = await cycle.run_cycle(r.user_id)
        again = await cycle.run_cycle(r.user_id)  # nothing new, nothing sent twice
        user = await store.get_user(r.user_id)
        assert user is not None
        at_portal = await r.portal.status(user.portal_user_id)
    finally:
        await r.close()

    # One feed: Greenhouse's copy of p1 is dropped; 2 r.portal + 1 Greenhouse + 1 Remotive.
    assert summary.new_jobs == 4 and summary.errors == []
    assert (summary.applied, summary.assisted) == (2, 2)
    assert again.new_jobs == 0 and again.applied == 0
    sent = sorted(r.job_id for r in at_portal.on_process + at_portal.accepted + at_portal.rejected)
    assert sent == ["p1", "p2"]  # only the r.portal's jobs, exactly once each
    rows = {a.job_id: a for a in (await store.list_applications(r.user_id, limit=50))[0]}
    assert set(rows) == {"p1", "p2", "greenhouse:zoe:12", "remotive:77"}
    p1 = await store.get_job("p1")
    assert p1 is not None and p1.seen_on == ["greenhouse"]

    # The cards, as the r.chat renders the outbox.
    due = await store.due_notifications(NOW + timedelta(days=1), limit=50)
    kinds = sorted(n.kind.value for n in due if n.kind is not NotificationKind.SUMMARY)
    assert kinds == ["applied", "applied", "assisted", "assisted"]
    kits = {}
    for note in due:
        if note.kind is NotificationKind.ASSISTED:
            replies = await r.chat.render_notification(user, note)
            kits[note.payload["job_id"]] = replies
    card, files = kits["remotive:77"]
    text = card.plain_text()
    assert "Ready for you to apply" in text and "via Remotive" in text
    assert "https://remotive.com/remote-jobs/health/nutrition-coach-77" in text
    assert set(payloads(card)) == {"I applied", "Not for me", "Documents"}
    assert [f.filename.endswith(".pdf") for f in files.files] == [True, True]

    # "I applied" records it; nothing more reaches any r.portal. "Not for me" sets one aside.
    _, after = await press(r.chat, TG, payloads(card)["I applied"])
    assert "You applied" in after[-1].plain_text()
    gh_card, _ = kits["greenhouse:zoe:12"]
    await press(r.chat, TG, payloads(gh_card)["Not for me"])
    states = {a.job_id: a.state for a in (await store.list_applications(r.user_id, limit=50))[0]}
    assert states["remotive:77"] is AppState.APPLIED_BY_USER
    assert states["greenhouse:zoe:12"] is AppState.REJECTED
    applied = await r.chat.handle_command(TG, "applied")
    assert "Remote Nutrition Consultant" in "\n".join(r.plain_text() for r in applied)


async def test_a_failing_board_is_a_note_and_the_cycle_goes_on(
    sqlite_store: SqlStore, boards: FakeJobBoards
) -> None:
    boards.boards.raw["/api/remote-jobs"] = b"{not json"
    store = sqlite_store
    r = await _rig(store, boards, ["greenhouse", "remotive"], PORTAL_JOBS)
    cycle = AutoApply(
        store, r.portal, AcceptAll(r.writer), r.applier,
        sources=r.sources, default_boards=["greenhouse:zoe"],
    )  # fmt: skip
    try:
        summary = await cycle.run_cycle(r.user_id)
    finally:
        await r.close()
    assert summary.errors == ["remotive skipped: remotive: the answer is not JSON"]
    assert (summary.new_jobs, summary.applied, summary.assisted) == (3, 2, 1)


class AskAboutBoards(AcceptAll):
    """Accepts the r.portal's jobs and asks the user about every board's job."""

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str,
        *,
        screened: bool = False,
    ) -> Verdict:
        if job.from_portal():
            return await super().evaluate(profile, prefs, job, resume_text)
        return Verdict(score=55, decision=Decision.CLARIFY, reasons=["half a fit"])


async def test_approving_a_boards_job_gives_the_kit_and_sends_nothing(
    sqlite_store: SqlStore, boards: FakeJobBoards
) -> None:
    store = sqlite_store
    r = await _rig(store, boards, ["remotive"], PORTAL_JOBS)
    cycle = AutoApply(store, r.portal, AskAboutBoards(r.writer), r.applier, sources=r.sources)
    try:
        summary = await cycle.run_cycle(r.user_id)
        assert (summary.applied, summary.clarify, summary.assisted) == (2, 1, 0)
        user = await store.get_user(r.user_id)
        assert user is not None
        due = await store.due_notifications(NOW + timedelta(days=1), limit=50)
        [note] = [n for n in due if n.kind is NotificationKind.CLARIFY]
        [card] = await r.chat.render_notification(user, note)
        _, after = await press(r.chat, TG, payloads(card)["Approve"])
        at_portal = await r.portal.status(user.portal_user_id)
    finally:
        await r.close()
    row = next(a for a in (await store.list_applications(r.user_id, limit=50))[0]
               if a.job_id == "remotive:77")  # fmt: skip
    assert row.state is AppState.ASSISTED and row.documents is not None
    assert "Apply here" in after[-1].plain_text()
    assert sorted(r.job_id for r in at_portal.on_process) == ["p1", "p2"]


async def test_an_unanswered_kit_is_recalled_once_after_three_days(
    sqlite_store: SqlStore, boards: FakeJobBoards
) -> None:
    store = sqlite_store
    r = await _rig(store, boards, ["remotive"], [])
    try:
        cycle = AutoApply(store, r.portal, AcceptAll(r.writer), r.applier, sources=r.sources)
        assert (await cycle.run_cycle(r.user_id)).assisted == 1
        assisted = cycle._assisted
        soon, later = datetime.now(UTC) + timedelta(days=1), datetime.now(UTC) + timedelta(days=4)
        assert await assisted.remind(r.user_id, soon) == 0
        assert await assisted.remind(r.user_id, later) == 1
        assert await assisted.remind(r.user_id, later + timedelta(days=9)) == 0  # only once
    finally:
        await r.close()
    due = await store.due_notifications(later + timedelta(days=30), limit=50)
    [note] = [n for n in due if n.kind is NotificationKind.ASSISTED_REMINDER]
    user = await store.get_user(r.user_id)
    assert user is not None
    [card] = await r.chat.render_notification(user, note)
    assert "Still ready for you to apply" in card.plain_text()
    assert set(payloads(card)) == {"I applied", "Not for me", "Documents"}
