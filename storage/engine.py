"""Engine set-up: SQLite (WAL, busy timeout, foreign keys, immediate writes) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from core.errors import JobBotError

SQLITE_BUSY_TIMEOUT_MS = 15_000
WRITE_OPTION = "jobbot_write"


class DatabaseUrlError(JobBotError):
    """DATABASE_URL is malformed or names an unsupported database."""


def parse_url(url: str) -> URL:
    """Validate `url`, turning plain postgresql:// into the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError(
            "DATABASE_URL is not a database URL (examples: sqlite:///data/jobbot.db, "
            "postgresql+psycopg://user@localhost/jobbot)"
        ) from None
    try:
        backend = parsed.get_backend_name()
    except Exception:
        backend = parsed.drivername
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend != "sqlite":
        raise DatabaseUrlError(
            f"DATABASE_URL uses '{backend}': only sqlite and postgresql are supported"
        )
    return parsed


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine configured for safe concurrent use of the application tables."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_size=10, max_overflow=20, pool_pre_ping=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        parsed,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        pool_size=10,
        max_overflow=20,
        **kwargs,
    )
    _configure_sqlite(engine)
    return engine


def make_writer_engine(url: str) -> Engine:
    """An engine whose every transaction takes SQLite's write lock up front.

    For callers that read then write in one transaction without saying so, such as
    APScheduler's job store creating its table: on SQLite a deferred reader that upgrades
    fails at once with "database is locked" instead of waiting for the busy timeout.
    """
    return make_engine(url, execution_options={WRITE_OPTION: True})


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event emit BEGIN itself (pysqlite's own BEGIN is deferred).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that upgrades to a writer
        # can fail with "database is locked" without waiting for the busy timeout.
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
