"""The SQLite store: queries, durability settings, restart, and off-loop WAL checkpoints."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from mock_portal.store import Application, ApplicationStore, new_application_id


def app(user: str, job: str, key: str | None = None, resume: str = "r") -> Application:
    now = time.time()
    return Application(
        new_application_id(), user, job, "N", None, resume, None, None, key, now, now
    )


def test_queries(tmp_path: Path) -> None:
    store = ApplicationStore(tmp_path / "a.db")
    first = store.insert(app("u1", "j1", key="k1"))
    store.insert(app("u1", "j2"))
    store.insert(app("u2", "j1"))
    store.insert(app("u1", "j1"))  # a duplicate, as --ignore-idempotency allows
    assert store.find("u1", "j1") == first
    assert store.find("u3", "j1") is None
    assert store.by_key("k1") == first and store.by_key("nope") is None
    assert [a.job_id for a in store.for_user("u1")] == ["j1", "j2", "j1"]
    assert store.counts() == [("u1", "j1", 2), ("u1", "j2", 1), ("u2", "j1", 1)]
    assert store.counts("u2") == [("u2", "j1", 1)]
    assert store.count() == 4 and len(store.all()) == 4
    store.close()


def test_file_store_is_wal_with_normal_sync_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "a.db"  # parent directories are created
    store = ApplicationStore(path)
    stored = store.insert(app("u1", "j1", key="k"))
    assert store.insert_many(app(f"u{i}", "j9") for i in range(100)) == 100
    # A second connection sees the commit at once (no transaction left open).
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM applications").fetchone() == (101,)
    assert store._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert store._db.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
    store.close()
    reopened = ApplicationStore(path)
    assert reopened.by_key("k") == stored and reopened.count() == 101
    reopened.close()


def test_background_checkpoint_keeps_the_wal_bounded(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = ApplicationStore(path, checkpoint_interval=0.05, max_wal_bytes=1)
    for i in range(50):
        store.insert(app(f"u{i}", "j1", resume="x" * 5000))
    assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)  # not on requests
    deadline = time.monotonic() + 5
    while os.path.getsize(f"{path}-wal") > 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert os.path.getsize(f"{path}-wal") == 0  # TRUNCATE ran off the request path
    store.close()
    assert ApplicationStore(path).count() == 50
