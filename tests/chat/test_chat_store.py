"""The Store additions for chat: conversation state, one-time link codes, export; both databases."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from core.errors import NotFound
from core.models import (
    AppState,
    Documents,
    Job,
    NotificationDraft,
    NotificationKind,
    Platform,
    Preferences,
    Profile,
)
from storage.engine import make_engine
from storage.migrate import alembic_config, upgrade
from storage.sql_store import SqlStore

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


async def test_chat_state_is_kept_replaced_and_cleared(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    other, _ = await store.register_user(Platform.TELEGRAM, "2")
    assert await store.get_chat_state(user.id) is None
    await store.set_chat_state(user.id, {"await": "pref", "field": "roles", "guided": True})
    await store.set_chat_state(other.id, {"await": "quiet"})
    assert await store.get_chat_state(user.id) == {
        "await": "pref",
        "field": "roles",
        "guided": True,
    }
    await store.set_chat_state(user.id, {"await": "profile", "field": "email"})
    assert await store.get_chat_state(user.id) == {"await": "profile", "field": "email"}
    await store.set_chat_state(user.id, None)
    assert await store.get_chat_state(user.id) is None
    assert await store.get_chat_state(other.id) == {"await": "quiet"}
    assert await store.get_chat_state(999_999) is None


async def test_a_link_code_works_once_and_only_before_it_expires(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    await store.create_link_code(user.id, "ABCD2345", NOW + timedelta(minutes=10))
    assert await store.redeem_link_code("WRONG234", NOW) is None
    assert await store.redeem_link_code("ABCD2345", NOW) == user.id
    assert await store.redeem_link_code("ABCD2345", NOW) is None  # one time only

    await store.create_link_code(user.id, "EXPIRED2", NOW + timedelta(minutes=10))
    assert await store.redeem_link_code("EXPIRED2", NOW + timedelta(minutes=11)) is None
    assert await store.redeem_link_code("EXPIRED2", NOW) is None  # spent by the failed try

    with pytest.raises(NotFound):
        await store.create_link_code(999_999, "NOUSER23", NOW)


async def test_a_new_code_replaces_the_old_one(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    await store.create_link_code(user.id, "FIRST234", NOW + timedelta(minutes=10))
    await store.create_link_code(user.id, "SECOND23", NOW + timedelta(minutes=10))
    assert await store.redeem_link_code("FIRST234", NOW) is None
    assert await store.redeem_link_code("SECOND23", NOW) == user.id


async def test_concurrent_redeems_of_one_code_succeed_once(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    await store.create_link_code(user.id, "RACE2345", NOW + timedelta(minutes=10))
    results = await asyncio.gather(*(store.redeem_link_code("RACE2345", NOW) for _ in range(8)))
    assert results.count(user.id) == 1 and results.count(None) == 7


async def test_export_holds_everything_about_the_user_and_nothing_of_others(
    store: SqlStore,
) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1", display_name="Ann")
    other, _ = await store.register_user(Platform.TELEGRAM, "2", display_name="Bob")
    await store.save_profile(user.id, Profile(full_name="Ann Lee"), "raw one")
    await store.save_profile(user.id, Profile(full_name="Ann B. Lee"), "raw two")
    await store.save_profile(other.id, Profile(full_name="Bob"), "bob raw")
    await store.save_preferences(user.id, Preferences(roles=["Dietitian"]))
    await store.set_chat_state(user.id, {"await": "quiet"})
    await store.upsert_jobs([Job(id="J1", title="Dietitian"), Job(id="J2", title="Chef")])
    app, _ = await store.create_application(user.id, "J1", idempotency_key="k1")
    await store.create_application(other.id, "J2", idempotency_key="k2")
    docs = Documents(resume_md="# Ann", cover_letter="Dear", evidence_points=["x"])
    await store.transition(
        app.id,
        AppState.CLARIFY,
        fields={"documents": docs},
        notify=NotificationDraft(kind=NotificationKind.CLARIFY, payload={"application_id": app.id}),
    )
    await store.create_link_code(user.id, "SECRET23", NOW + timedelta(minutes=10))

    data = await store.export_user(user.id)
    json.dumps(data)  # JSON-ready as it is
    assert data["user"]["display_name"] == "Ann" and data["user"]["chat_state"] == {
        "await": "quiet"
    }
    assert [p["profile"]["full_name"] for p in data["profiles"]] == ["Ann Lee", "Ann B. Lee"]
    assert [p["raw_text"] for p in data["profiles"]] == ["raw one", "raw two"]
    assert data["preferences"]["roles"] == ["Dietitian"]
    assert [a["job_id"] for a in data["applications"]] == ["J1"]
    assert data["applications"][0]["documents"]["resume_md"] == "# Ann"
    assert [j["id"] for j in data["jobs"]] == ["J1"]
    assert [n["kind"] for n in data["notifications"]] == ["clarify"]
    assert len(data["link_codes"]) == 1 and "SECRET23" not in json.dumps(data)
    assert "Bob" not in json.dumps(data) and "bob raw" not in json.dumps(data)


async def test_delete_user_removes_chat_state_and_link_codes(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.TELEGRAM, "1")
    await store.set_chat_state(user.id, {"await": "quiet"})
    await store.create_link_code(user.id, "GONE2345", NOW + timedelta(minutes=10))
    await store.delete_user(user.id)
    assert await store.get_chat_state(user.id) is None
    assert await store.redeem_link_code("GONE2345", NOW) is None
    again, created = await store.register_user(Platform.TELEGRAM, "1")
    assert created and await store.get_chat_state(again.id) is None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    base = make_url(request.getfixturevalue("postgres_url"))
    name = f"jobbot_mig_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_revision_0002_upgrades_a_0001_database_and_back(empty_db: str) -> None:
    """The hand-written migration (batch mode on SQLite): existing users survive both ways."""
    engine = make_engine(empty_db)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (display_name, autoapply_enabled, settings, created_at) "
                "VALUES ('Old', false, '{}', '2026-01-01 00:00:00')"
            )
        )
    upgrade(engine)
    columns = {c["name"] for c in inspect(engine).get_columns("users")}
    assert "chat_state" in columns
    with engine.begin() as conn:
        row = conn.execute(text("SELECT display_name, chat_state FROM users")).one()
    assert row == ("Old", None)

    command.downgrade(alembic_config(engine), "0001")
    assert "chat_state" not in {c["name"] for c in inspect(engine).get_columns("users")}
    with engine.begin() as conn:
        assert conn.execute(text("SELECT display_name FROM users")).scalar_one() == "Old"
    engine.dispose()
