"""Shared fixtures: a real store on SQLite and on PostgreSQL through one parametrized fixture."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage.sql_store import SqlStore

if TYPE_CHECKING:
    from tests.intake.resume_set.run import Run

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RESUMES = SHARED / "resumes"

POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("REQUIRE_POSTGRES") == "1"
TABLES = (
    "notifications",
    "applications",
    "verdicts",
    "jobs",
    "preferences",
    "profiles",
    "link_codes",
    "link_attempts",
    "invites",
    "llm_usage",
    "users",
)


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the group markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (--dist loadgroup), every test that reads the labelled resume set
    runs in one worker, so the set is rendered and parsed once, not once per worker; and the
    first of them may take the set's few minutes (its fixture's set-up counts toward the
    test's timeout) where any other test gets the default."""
    for item in items:
        if "resume_set_run" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("resume_set"))
            item.add_marker(pytest.mark.timeout(900))


@pytest.fixture(scope="session")
def resume_set_run() -> Run:
    """The labelled resume set, every group, rendered and parsed once per test session; PDFs
    are read in-process by the layout reader the sandboxed child runs."""
    from tests.intake.resume_set.run import run_set  # rendering needs Typst: load it on demand

    return run_set(engine="words")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"jobbot_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as err:
        admin.dispose()
        message = f"PostgreSQL not reachable at {make_url(POSTGRES_URL).host}: {type(err).__name__}"
        if REQUIRE_POSTGRES:
            pytest.fail(message + " (REQUIRE_POSTGRES=1)")
        pytest.skip(message)
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def _pg_store(postgres_url: str) -> Iterator[SqlStore]:
    store = SqlStore.from_url(postgres_url)
    yield store
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for an empty, migrated database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'jobbot.db'}"
    store: SqlStore = request.getfixturevalue("_pg_store")
    with store.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    return store.engine.url.render_as_string(hide_password=False)


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[SqlStore]:
    """A real store on SQLite and on PostgreSQL (each test runs on both)."""
    s = SqlStore.from_url(db_url)
    yield s
    s.close()


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    """A real store on an embedded SQLite file, for tests that need only one database."""
    s = SqlStore.from_url(f"sqlite:///{tmp_path / 'jobbot.db'}")
    yield s
    s.close()
