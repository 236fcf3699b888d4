"""Identities that are never reused: row ids, random portal ids, one id per installation,
link attempts, and the migration that brings an older database there (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from core.errors import SamePlatform
from core.models import AppState, Platform, Profile, Verdict
from core.runtime.portal_identity import application_key, idempotency_key
from storage.engine import make_engine
from storage.migrate import alembic_config, upgrade
from storage.sql_store import SqlStore
from tests.chat.test_chat_store import empty_db  # noqa: F401  (the fixture)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
LOCKOUT = timedelta(minutes=15)


async def test_ids_are_never_reused_after_a_user_is_forgotten(store: SqlStore) -> None:
    first, _ = await store.register_user(Platform.TELEGRAM, "1")
    gone, _ = await store.register_user(Platform.TELEGRAM, "2")  # the newest row
    app, _ = await store.create_application(gone.id, "J1", idempotency_key="k-gone")
    await store.save_profile(gone.id, Profile(full_name="Gone"), "raw")
    verdict = Verdict(score=90, decision="accept", reasons=["her evidence"])  # type: ignore[arg-type]
    await store.cache_verdict(f"{gone.id}:v1:abc", "h1", verdict)
    await store.delete_user(gone.id)

    new, created = await store.register_user(Platform.TELEGRAM, "3")
    assert created and new.id > gone.id > first.id
    assert len({first.portal_user_id, gone.portal_user_id, new.portal_user_id}) == 3
    assert all(str(u.id) != u.portal_user_id for u in (first, gone, new))
    # nothing of hers reaches the newcomer, whatever key it would be looked up by
    assert await store.cached_verdict(f"{gone.id}:v1:abc", "h1") is None
    assert await store.latest_profile(new.id) is None
    again, _ = await store.create_application(new.id, "J1", idempotency_key="k-new")
    assert again.id > app.id and again.portal_user_id == new.portal_user_id


async def test_two_installations_never_share_an_identity(tmp_path: Path, store: SqlStore) -> None:
    other = SqlStore.from_url(f"sqlite:///{tmp_path / 'second-install.db'}")
    try:
        ours, _ = await store.register_user(Platform.TELEGRAM, "1")
        theirs, _ = await other.register_user(Platform.TELEGRAM, "1")
        assert ours.id == theirs.id == 1  # each installation's first user
        assert await store.installation_id() != await other.installation_id()
        assert ours.portal_user_id != theirs.portal_user_id
        key_ours = await application_key(store, ours.id, "J0001")
        key_theirs = await application_key(other, theirs.id, "J0001")
        assert key_ours != key_theirs
        # even a copied user (a restored backup) differs by installation
        same_user = idempotency_key("install-b", ours.portal_user_id, "J0001")
        assert same_user != idempotency_key("install-a", ours.portal_user_id, "J0001")
    finally:
        other.close()


async def test_the_installation_id_is_stored_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobbot.db'}"
    first = SqlStore.from_url(url)
    installation = await first.installation_id()
    first.close()
    again = SqlStore.from_url(url)
    try:
        assert await again.installation_id() == installation and len(installation) == 32
    finally:
        again.close()


async def test_link_attempts_lock_out_and_forget_does_not_reset_a_lock(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.DISCORD, "77")
    NOW = datetime.now(UTC)

    async def attempt(at: datetime) -> datetime | None:
        return await store.count_link_attempt(Platform.DISCORD, "77", at, limit=5, lockout=LOCKOUT)

    assert [await attempt(NOW) for _ in range(5)] == [None] * 5
    assert await attempt(NOW) == NOW + LOCKOUT
    assert await attempt(NOW + timedelta(minutes=5)) == NOW + LOCKOUT  # still locked
    # another identity counts apart
    assert (
        await store.count_link_attempt(Platform.TELEGRAM, "77", NOW, limit=5, lockout=LOCKOUT)
        is None
    )
    await store.delete_user(user.id)  # forgetting the account keeps a running lock
    assert await attempt(NOW + timedelta(minutes=6)) == NOW + LOCKOUT
    assert await attempt(NOW + LOCKOUT + timedelta(seconds=1)) is None  # over: counting anew
    await store.clear_link_attempts(Platform.DISCORD, "77")
    assert [await attempt(NOW + timedelta(hours=1)) for _ in range(5)] == [None] * 5


async def test_a_code_does_not_redeem_on_the_platform_that_made_it(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    await store.create_link_code(
        user.id, "ABCDEFGH2345", NOW + timedelta(minutes=10), Platform.TELEGRAM
    )
    with pytest.raises(SamePlatform):
        await store.redeem_link_code("ABCDEFGH2345", NOW, platform=Platform.TELEGRAM)
    assert await store.redeem_link_code("ABCDEFGH2345", NOW, platform=Platform.DISCORD) == user.id
    with store.engine.connect() as conn:  # stored as a hash, never the code itself
        assert "ABCDEFGH2345" not in str(conn.execute(text("SELECT * FROM link_codes")).all())


def _insert_0002(conn: object) -> None:
    run = conn.execute  # type: ignore[attr-defined]
    for name in ("Ana", "Ben", "Cy"):
        run(
            text(
                "INSERT INTO users (display_name, autoapply_enabled, settings, created_at, "
                "telegram_user_id, telegram_chat_id) VALUES (:n, false, '{}', "
                "'2026-01-01 00:00:00', :t, :c)"
            ),
            {"n": name, "t": f"t-{name}", "c": "-100200" if name == "Cy" else f"t-{name}"},
        )
    for user_id, state, key in ((1, "applying", "jobbot-1-aaa"), (2, "applied", "jobbot-2-bbb")):
        run(
            text(
                "INSERT INTO applications (user_id, job_id, state, reasons, attempts, "
                "idempotency_key, created_at, updated_at) VALUES (:u, 'J1', :s, '[]', 1, :k, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            ),
            {"u": user_id, "s": state, "k": key},
        )
    for key in ("2:v1:x", "9:v1:forgotten"):  # user 9 was forgotten before this revision
        run(
            text("INSERT INTO verdicts VALUES (:k, 'h', '{}', '2026-01-01 00:00:00')"),
            {"k": key},
        )


def _upgraded_from_0002(url: str, *, drop_newest: bool = False) -> Engine:
    """A database of revision 0002 with users, applications and verdicts, then upgraded."""
    engine = make_engine(url)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        _insert_0002(conn)
        if drop_newest:
            conn.execute(text("DELETE FROM users WHERE id = 3"))  # the newest user left
    upgrade(engine)
    return engine


async def test_migration_gives_random_portal_ids_and_keeps_what_was_sent(
    empty_db: str,  # noqa: F811
) -> None:
    engine = _upgraded_from_0002(empty_db, drop_newest=True)
    with engine.begin() as conn:
        users = conn.execute(text("SELECT id, portal_user_id FROM users ORDER BY id")).all()
        apps = conn.execute(
            text("SELECT user_id, portal_user_id, idempotency_key FROM applications ORDER BY id")
        ).all()
        verdicts = conn.execute(text("SELECT profile_key FROM verdicts")).scalars().all()
        installation = conn.execute(text("SELECT value FROM meta")).scalar_one()
    assert [u.id for u in users] == [1, 2]
    portal_ids = {u.portal_user_id for u in users}
    assert len(portal_ids) == 2 and not portal_ids & {"1", "2"}
    # rows already sent keep the identity and key they went out with: nothing goes twice
    assert [tuple(a) for a in apps] == [(1, "1", "jobbot-1-aaa"), (2, "2", "jobbot-2-bbb")]
    assert verdicts == ["2:v1:x"] and len(installation) == 32
    assert inspect(engine).has_table("apscheduler_jobs")

    store = SqlStore(engine)
    try:
        applying = await store.applications_in_state(AppState.APPLYING)
        assert [a.portal_user_id for a in applying] == ["1"]
        newcomer, _ = await store.register_user(Platform.TELEGRAM, "new")
        # (SQLite may hand out 3 once more: its deletion predates AUTOINCREMENT, and it left
        # nothing behind; at the portal the newcomer is someone else either way.)
        assert newcomer.id >= 3 and newcomer.portal_user_id not in {"1", "2", "3"}
        await store.delete_user(newcomer.id)
        later, _ = await store.register_user(Platform.TELEGRAM, "later")
        assert later.id > newcomer.id
    finally:
        store.pool.shutdown()

    command.downgrade(alembic_config(engine), "0002")
    assert "portal_user_id" not in {c["name"] for c in inspect(engine).get_columns("users")}
    upgrade(engine)  # and up again
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 3
    engine.dispose()


async def test_a_group_chat_stops_being_the_notification_chat(
    empty_db: str,  # noqa: F811
) -> None:
    engine = _upgraded_from_0002(empty_db)
    with engine.begin() as conn:
        chats = conn.execute(text("SELECT telegram_chat_id FROM users ORDER BY id")).all()
    assert [c[0] for c in chats] == ["t-Ana", "t-Ben", None]
    engine.dispose()
