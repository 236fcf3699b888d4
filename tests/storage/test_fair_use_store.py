"""Robustness at the storage boundary, on SQLite and PostgreSQL: no NUL reaches a row, the
daily LLM budget is counted exactly, and profile versions keep the resume text once."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import httpx
from alembic import command
from sqlalchemy import func, select, text

from core.adapters.portal import HttpPortal
from core.llm_json import parse_answer
from core.models import Decision, Platform, Profile, Verdict
from core.ports import JobScore
from core.runtime.sanitize import clean_text
from storage.engine import make_engine
from storage.migrate import alembic_config, upgrade
from storage.sql_store import SqlStore
from storage.tables import LLMUsageRow, ProfileRow
from tests.chat.test_chat_store import empty_db  # noqa: F401  (the fixture)

NUL_JOB = {
    "id": "N1",
    "title": "Nutrition\x00 Consultant",
    "company": "Clinic\x07",
    "countries": ["United States"],
    "is_remote": True,
    "required_skills": ["meal planning\x00"],
    "description": "Plan meals\x00 and counsel clients.\x1b[31m\r\nSecond line\tend",
}


def test_clean_text_keeps_newlines_and_tabs() -> None:
    assert clean_text("a\x00b\x7fc\x85d\r\ne\tf\n") == "abcd\ne\tf\n"
    assert clean_text("plain text") == "plain text"


async def test_a_nul_from_the_llm_is_stored_cleanly(store: SqlStore) -> None:
    # the JSON escape is decoded to a real NUL by the parser: the cleaning runs after it
    answer = json.dumps({"score": 80, "reasons": ["Good\x00 fit", "Led\\u0000 a team"]})
    answer = answer.replace("\\\\u0000", "\\u0000")
    score = parse_answer(answer, JobScore)
    assert score.reasons == ["Good fit", "Led a team"]
    verdict = Verdict(score=80, decision=Decision.ACCEPT, reasons=score.reasons)
    await store.cache_verdict("1:v1:x", "hash", verdict)
    assert await store.cached_verdict("1:v1:x", "hash") == verdict


async def test_a_nul_from_the_portal_is_stored_cleanly(store: SqlStore) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"results": [NUL_JOB]})

    portal = HttpPortal("http://portal.test", transport=httpx.MockTransport(answer))
    try:
        [job] = await portal.search("nutrition")
    finally:
        await portal.aclose()
    assert job.title == "Nutrition Consultant" and "\x00" not in job.description
    assert job.description.endswith("counsel clients.[31m\nSecond line\tend")
    await store.upsert_jobs([job])  # PostgreSQL refuses NUL in text and JSON: this must pass
    stored = await store.get_job("N1")
    assert stored is not None and stored.required_skills == ["meal planning"]


async def test_the_daily_llm_budget_is_counted_exactly(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.CONSOLE, "budget")
    other, _ = await store.register_user(Platform.CONSOLE, "other")
    today, tomorrow = date(2026, 3, 10), date(2026, 3, 11)
    # concurrent calls of one cycle: exactly `limit` pass
    spent = await asyncio.gather(*(store.spend_llm_call(user.id, today, 5) for _ in range(12)))
    assert sum(spent) == 5
    assert not await store.spend_llm_call(user.id, today, 5)
    assert await store.spend_llm_call(other.id, today, 5)  # per user
    assert await store.spend_llm_call(user.id, tomorrow, 5)  # per day
    await store.delete_user(user.id)
    with store.engine.connect() as conn:
        left = conn.execute(
            select(func.count()).select_from(LLMUsageRow).where(LLMUsageRow.user_id == user.id)
        ).scalar_one()
    assert left == 0  # /forget takes the counts too


async def test_profile_versions_store_the_resume_text_once(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.CONSOLE, "versions")
    resume = "Julie Monroe\nNutrition consultant\n" + "Planned meals for clinics. " * 2000
    profile = Profile(full_name="Julie Monroe")
    await store.save_profile(user.id, profile, resume)
    for n in range(5):  # five /set edits keep the same resume text
        edited = profile.model_copy(update={"summary": f"edit {n}"})
        saved = await store.save_profile(user.id, edited, resume)
        assert saved.raw_text == resume
    latest = await store.latest_profile(user.id)
    assert latest is not None and latest.version == 6 and latest.raw_text == resume
    assert latest.profile.summary == "edit 4"
    with store.engine.connect() as conn:
        stored = conn.execute(
            select(func.sum(func.length(ProfileRow.raw_text))).where(ProfileRow.user_id == user.id)
        ).scalar_one()
    assert stored == len(resume)  # once, not six times
    # a new resume is stored again, and the versions after it share that one
    await store.save_profile(user.id, profile, "A new resume text")
    await store.save_profile(user.id, edited, "A new resume text")
    latest = await store.latest_profile(user.id)
    assert latest is not None and latest.raw_text == "A new resume text"


async def test_migration_shares_repeated_resume_texts_and_back(
    empty_db: str,  # noqa: F811
) -> None:
    engine = make_engine(empty_db)
    upgrade(engine, "identity_0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (portal_user_id, display_name, autoapply_enabled, settings, "
                "created_at) VALUES ('p1', 'Old', false, '{}', '2026-01-01 00:00:00')"
            )
        )
        user_id = conn.execute(text("SELECT id FROM users")).scalar_one()
        for version, body in enumerate(["first resume", "first resume", "second", "second"], 1):
            conn.execute(
                text(
                    "INSERT INTO profiles (user_id, version, data, raw_text, confirmed, "
                    "created_at) VALUES (:u, :v, '{}', :t, false, '2026-01-01 00:00:00')"
                ),
                {"u": user_id, "v": version, "t": body},
            )
    upgrade(engine)
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT version, raw_text, text_version FROM profiles ORDER BY version")
        ).all()
    assert [tuple(r) for r in rows] == [
        (1, "first resume", None),
        (2, "", 1),
        (3, "second", None),
        (4, "", 3),
    ]
    store = SqlStore(engine)
    try:
        latest = await store.latest_profile(user_id)
        assert latest is not None and latest.raw_text == "second"
    finally:
        store.pool.shutdown()
    command.downgrade(alembic_config(engine), "identity_0003")
    with engine.begin() as conn:
        texts = conn.execute(text("SELECT raw_text FROM profiles ORDER BY version")).scalars()
        assert list(texts) == ["first resume", "first resume", "second", "second"]
    upgrade(engine)
    engine.dispose()
