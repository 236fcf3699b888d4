"""The scheduler's engine waits for SQLite's write lock instead of failing at start-up."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine, exc, inspect, text

from storage.engine import WRITE_OPTION, make_engine, make_writer_engine


def _hold_write_lock(url: str, started: threading.Event, seconds: float) -> None:
    """Another connection writes for `seconds` (a chat update arriving at start-up)."""
    engine = make_engine(url)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        conn.execute(text("CREATE TABLE IF NOT EXISTS busy (n INTEGER)"))
        conn.execute(text("INSERT INTO busy VALUES (1)"))
        started.set()
        time.sleep(seconds)
    engine.dispose()


def _start_job_store(engine: Engine, url: str) -> None:
    started = threading.Event()
    writer = threading.Thread(target=_hold_write_lock, args=(url, started, 0.5))
    writer.start()
    started.wait(5)
    try:
        SQLAlchemyJobStore(engine=engine).start(BackgroundScheduler(), "default")
    finally:
        writer.join()


def test_job_store_created_while_another_connection_writes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = make_writer_engine(url)
    try:
        _start_job_store(engine, url)
        assert "apscheduler_jobs" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_deferred_engine_fails_there_which_is_why_the_scheduler_has_its_own(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = make_engine(url)
    try:
        with pytest.raises(exc.OperationalError, match="locked"):
            _start_job_store(engine, url)
    finally:
        engine.dispose()
