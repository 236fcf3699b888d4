"""/forget forgets, provably: after it, no table (ours, the scheduler's, any) holds a value
derived from the forgotten user, on SQLite and PostgreSQL; the other user keeps everything."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.scheduler import AutoApplyScheduler
from core.chat.messages import Identity
from core.chat.service import ChatService
from core.clock import FixedClock
from core.models import (
    AppState,
    CycleSummary,
    Documents,
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
from core.runtime.portal_identity import application_key
from storage.sql_store import SqlStore
from tests.chat.conftest import (
    NOW,
    FakeCharts,
    FakePortal,
    FakeSchedule,
    make_chat,
    payloads,
    press,
    text_of,
)
from tests.support.product import FakeWriter
from tests.support.traces import Person, dump, traces


@dataclass
class Someone:
    tg: Identity
    dc: Identity
    name: str
    email: str
    phone: str
    address: str
    sentence: str  # a sentence of their resume


VICTIM = Someone(
    tg=Identity(platform=Platform.TELEGRAM, user_id="81001", chat_id="81001", display_name="Otti"),
    dc=Identity(platform=Platform.DISCORD, user_id="990001112223334445", display_name="otti"),
    name="Ottilie Quarry",
    email="ottilie.q@example.org",
    phone="+44 20 7946 0958",
    address="12 Quince Lane, Bristol",
    sentence="Led a team of nine dietitians at Saint Brigid hospital",
)
OTHER = Someone(
    tg=Identity(platform=Platform.TELEGRAM, user_id="82002", chat_id="82002", display_name="Bram"),
    dc=Identity(platform=Platform.DISCORD, user_id="990001112223339999", display_name="bram"),
    name="Bram Vexley",
    email="bram.v@example.net",
    phone="+1 415 555 0199",
    address="7 Oak Row, Leeds",
    sentence="Ran the night kitchen at the Harbour Inn for six years",
)


class IdleRunner:
    async def run_cycle(self, user_id: int) -> CycleSummary:
        return CycleSummary(user_id=user_id)


@pytest.fixture
async def chat(store: SqlStore) -> AsyncIterator[ChatService]:
    # The schedule is down at /forget time: the store must remove the job row itself.
    schedule = FakeSchedule(FixedClock(NOW), broken=True)
    yield make_chat(store, FakePortal(), schedule, FakeWriter(), FakeCharts(), FixedClock(NOW))
    with store.engine.begin() as conn:  # the scheduler's table is not truncated between tests
        conn.execute(text("DELETE FROM apscheduler_jobs"))


def _job(n: int) -> Job:
    return Job(id=f"JF{n}", title=f"Dietitian {n}", company=f"Clinic {n}", description="Meals.")


async def _live_a_little(chat: ChatService, store: SqlStore, who: Someone) -> Person:
    """Everything a real user leaves behind: identities on two platforms, a resume, answers,
    verdicts, applications, notifications, a pending link code, a scheduled job."""
    await chat.handle_command(who.tg, "start")
    user = await store.find_user(Platform.TELEGRAM, who.tg.user_id)
    assert user is not None
    profile = Profile(
        full_name=who.name,
        email=who.email,
        phone=who.phone,
        location=who.address,
        summary=who.sentence,
        skills=[Skill(name="Meal Planning")],
    )
    raw = f"{who.name}\n{who.email} {who.phone}\n{who.address}\n{who.sentence}."
    stored = await store.save_profile(user.id, profile, raw)
    prefs = Preferences(countries=["United Kingdom"])
    await store.save_preferences(user.id, prefs)
    [given] = await chat.handle_command(who.tg, "link")
    code = given.plain_text().rsplit("/link ", 1)[1].split()[0]
    assert "Linked" in text_of(await chat.handle_command(who.dc, "link", code))
    await chat.handle_command(who.tg, "link")  # a second code stays pending
    await store.set_chat_state(user.id, {"await": "pref", "typed": who.address})
    rows: dict[str, set[int]] = {"applications": set(), "notifications": set()}
    for n, final in ((1, AppState.CLARIFY), (2, AppState.APPLIED)):
        job = _job(n)
        await store.upsert_jobs([job])
        app, _ = await store.create_application(
            user.id, job.id, idempotency_key=await application_key(store, user.id, job.id)
        )
        rows["applications"].add(app.id)
        verdict = Verdict(
            score=60,
            decision="clarify",  # type: ignore[arg-type]
            reasons=[f"evidence: {who.sentence}"],
            matched=[Match(requirement="meal planning", evidence=who.sentence)],
        )
        await store.cache_verdict(profile_key(stored, prefs), job.content_hash(), verdict)
        draft = NotificationDraft(
            kind=NotificationKind.CLARIFY, payload={"application_id": app.id, "name": who.name}
        )
        path = (
            [AppState.CLARIFY]
            if final is AppState.CLARIFY
            else [
                AppState.APPROVED,
                AppState.APPLYING,
                AppState.APPLIED,
            ]
        )
        for step in path:
            fields = None
            if step is AppState.APPLIED:
                docs = Documents(resume_md=f"# {who.name}\n{who.sentence}", cover_letter=who.name)
                fields = {"documents": docs, "portal_application_id": f"P-{who.tg.user_id}"}
            result = await store.transition(
                app.id, step, fields=fields, notify=draft if step is final else None
            )
            assert result.won
    notes = await store.pending_notifications(user.id, list(NotificationKind))
    rows["notifications"] = {n.id for n in notes}
    profile_row = await store.latest_profile(user.id)
    assert profile_row is not None
    fresh = await store.get_user(user.id)
    assert fresh is not None and fresh.discord_user_id == who.dc.user_id
    texts = {
        "name": who.name,
        "e-mail": who.email,
        "phone": who.phone,
        "address": who.address,
        "resume sentence": who.sentence,
        "portal user id": fresh.portal_user_id,
        "telegram id": who.tg.user_id,
        "discord id": who.dc.user_id,
    }
    for n in (1, 2):
        texts[f"idempotency key {n}"] = await application_key(store, user.id, f"JF{n}")
    return Person(user_id=user.id, texts=texts, row_ids=rows)


async def _schedule_both(store: SqlStore, *user_ids: int) -> None:
    """The real scheduler writes its job rows into the same database, then goes away."""
    scheduler = AutoApplyScheduler(store.engine, IdleRunner(), store)
    await scheduler.start()
    try:
        for user_id in user_ids:
            await scheduler.enable(user_id)
    finally:
        await scheduler.shutdown()


async def test_forget_leaves_no_trace_in_any_table(chat: ChatService, store: SqlStore) -> None:
    victim = await _live_a_little(chat, store, VICTIM)
    other = await _live_a_little(chat, store, OTHER)
    await _schedule_both(store, victim.user_id, other.user_id)
    # A wrong /link try by the victim's Telegram identity before any lockout.
    await store.count_link_attempt(
        Platform.TELEGRAM, VICTIM.tg.user_id, NOW, limit=5, lockout=timedelta(minutes=15)
    )

    before = dump(store.engine)
    seen = traces(before, victim)
    kinds = {entry.split(": ", 1)[1] for entry in seen}
    # The walk sees everything it is meant to see before /forget: it is not blind.
    assert kinds >= {*victim.texts, "user id", "their row id", "verdict cache key"}
    assert "scheduler job id" in kinds

    [ask] = await chat.handle_command(VICTIM.dc, "forget")  # from the linked platform
    said = ask.plain_text()
    assert "I sent 1 application to the job portal" in said
    assert "keep the applications I already sent" in said
    _, [done] = await press(chat, VICTIM.dc, payloads(ask)["Yes, delete everything"])
    assert "deleted" in done.plain_text() and "1 application I sent stay" in done.plain_text()

    after = dump(store.engine)
    assert traces(after, victim) == set()
    # The other user keeps every trace: the walk finds all of theirs.
    kept = {entry.split(": ", 1)[1] for entry in traces(after, other)}
    assert kept >= {*other.texts, "user id", "their row id", "verdict cache key"}
    assert "scheduler job id" in kept
