"""Users, identities, profile versions, preferences, the verdict cache and forgetting a user."""

from __future__ import annotations

from datetime import UTC, datetime

from core.models import (
    AppState,
    Decision,
    Job,
    NotificationDraft,
    NotificationKind,
    Platform,
    Preferences,
    Profile,
    UserSettings,
    Verdict,
)
from storage.sql_store import SqlStore


async def test_register_is_idempotent_and_keeps_chat_id(store: SqlStore) -> None:
    user, created = await store.register_user(
        Platform.TELEGRAM, "42", chat_id="9", display_name="A"
    )
    again, created_again = await store.register_user(Platform.TELEGRAM, "42", chat_id="10")
    assert created and not created_again and again.id == user.id
    assert again.telegram_chat_id == "10" and again.display_name == "A"
    assert await store.find_user(Platform.DISCORD, "42") is None


async def test_linking_a_second_platform_joins_one_user(store: SqlStore) -> None:
    tg, _ = await store.register_user(Platform.TELEGRAM, "1")
    dc, _ = await store.register_user(Platform.DISCORD, "777")  # registered alone first
    await store.link_identity(tg.id, Platform.DISCORD, "777")
    found = await store.find_user(Platform.DISCORD, "777")
    assert found is not None and found.id == tg.id and found.telegram_user_id == "1"
    assert await store.get_user(dc.id) is None


async def test_profile_versions_and_preferences(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.CONSOLE, "me")
    assert await store.latest_profile(user.id) is None
    assert await store.get_preferences(user.id) is None
    first = await store.save_profile(user.id, Profile(full_name="Ann Lee"), "raw one")
    second = await store.save_profile(user.id, Profile(full_name="Ann B. Lee"), "raw two")
    assert (first.version, second.version) == (1, 2)
    await store.confirm_profile(user.id, 2)
    latest = await store.latest_profile(user.id)
    assert latest is not None and latest.confirmed and latest.profile.full_name == "Ann B. Lee"
    assert latest.raw_text == "raw two"
    prefs = Preferences(roles=["Dietitian"], min_salary=40000, daily_cap=5)
    await store.save_preferences(user.id, prefs)
    await store.save_preferences(user.id, prefs.model_copy(update={"daily_cap": 7}))
    stored = await store.get_preferences(user.id)
    assert stored is not None and stored.daily_cap == 7 and stored.roles == ["Dietitian"]
    await store.save_settings(user.id, UserSettings(dry_run=True, quiet_start_hour=22))
    await store.set_autoapply(user.id, True)
    [on] = await store.users_with_autoapply()
    assert on.settings.dry_run and on.settings.quiet_start_hour == 22
    assert await store.autoapply_user_ids() == [user.id]
    await store.set_autoapply(user.id, False)
    assert await store.autoapply_user_ids() == []


async def test_jobs_upsert_and_verdict_cache(store: SqlStore) -> None:
    job = Job(id="J1", title="Chef", is_hybride=True)  # the original's spelling
    await store.upsert_jobs([job, job])
    await store.upsert_jobs([job.model_copy(update={"title": "Head Chef"})])
    stored = await store.get_job("J1")
    assert stored is not None and stored.title == "Head Chef" and stored.is_hybrid
    verdict = Verdict(score=55, decision=Decision.CLARIFY, reasons=["close"])
    assert await store.cached_verdict("p1", job.content_hash()) is None
    await store.cache_verdict("p1", job.content_hash(), verdict)
    await store.cache_verdict("p1", job.content_hash(), verdict)
    assert await store.cached_verdict("p1", job.content_hash()) == verdict


async def test_delete_user_erases_everything(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "5")
    other, _ = await store.register_user(Platform.TELEGRAM, "6")
    for u in (user, other):
        await store.save_profile(u.id, Profile(full_name="X"), "raw")
        await store.save_preferences(u.id, Preferences())
        app, _ = await store.create_application(u.id, "J", idempotency_key=f"k{u.id}")
        await store.transition(
            app.id, AppState.CLARIFY, notify=NotificationDraft(kind=NotificationKind.CLARIFY)
        )
    await store.delete_user(user.id)
    assert await store.get_user(user.id) is None
    assert await store.latest_profile(user.id) is None
    assert await store.count_by_state(user.id) == {}
    far = datetime(2100, 1, 1, tzinfo=UTC)
    assert {n.user_id for n in await store.due_notifications(far)} == {other.id}
    assert await store.count_by_state(other.id) == {AppState.CLARIFY: 1}


async def test_lists_are_paginated_newest_first(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "7")
    ids = []
    for i in range(12):
        app, _ = await store.create_application(user.id, f"J{i}", idempotency_key=str(i))
        await store.transition(app.id, AppState.REJECTED, fields={"reasons": [f"r{i}"]})
        ids.append(app.id)
    page1, total = await store.list_applications(user.id, [AppState.REJECTED], limit=5)
    page3, _ = await store.list_applications(user.id, [AppState.REJECTED], offset=10, limit=5)
    assert total == 12
    assert [a.id for a in page1] == ids[::-1][:5]
    assert [a.id for a in page3] == ids[::-1][10:]
    since = page1[0].state_times["rejected"].replace(year=2000)
    assert await store.count_entered_since(user.id, AppState.REJECTED, since) == 12
