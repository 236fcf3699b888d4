"""SQLite store of applications (stdlib sqlite3, WAL); survives portal restarts."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    seq INTEGER PRIMARY KEY,  -- rowid order = arrival order (rows are never deleted)
    application_id TEXT NOT NULL,  -- uuid4; never looked up, so no index to maintain
    user_id TEXT NOT NULL,
    job_id TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT,
    resume TEXT NOT NULL,
    cover_letter TEXT,
    evidence_points TEXT,
    idempotency_key TEXT,
    created_at REAL NOT NULL,
    decide_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_applications_user_job ON applications (user_id, job_id);
CREATE UNIQUE INDEX IF NOT EXISTS ix_applications_idempotency_key
    ON applications (idempotency_key) WHERE idempotency_key IS NOT NULL;
"""

COLUMNS = (
    "application_id, user_id, job_id, name, phone, resume, cover_letter, evidence_points,"
    " idempotency_key, created_at, decide_at"
)


@dataclass(frozen=True)
class Application:
    """One stored application; `decide_at` is when its decision becomes visible."""

    application_id: str
    user_id: str
    job_id: str
    name: str
    phone: str | None
    resume: str
    cover_letter: str | None
    evidence_points: str | None
    idempotency_key: str | None
    created_at: float
    decide_at: float


def new_application_id() -> str:
    return str(uuid.uuid4())


class _Checkpointer:
    """Checkpoint the WAL from a background thread with its own connection.

    A checkpoint fsyncs; run from the request connection (SQLite's default, every 1000 pages)
    it stalls the event loop for 5-40 ms on this disk, which is the whole p99 budget. PASSIVE
    never blocks the writer, but under steady writes the WAL is never idle long enough to be
    restarted; so once it passes `max_wal_bytes`, a TRUNCATE checkpoint resets it as soon as
    writes pause for a second (TRUNCATE makes writers wait), or at once past 8x that size.
    The GIL is released while SQLite does I/O.
    """

    def __init__(self, path: str, interval: float, max_wal_bytes: int) -> None:
        self.path = path
        self.interval = interval
        self.max_wal_bytes = max_wal_bytes
        self.last_write = time.monotonic()  # set by the store on every insert
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _wal_bytes(self) -> int:
        try:
            return os.path.getsize(self.path + "-wal")
        except OSError:
            return 0

    def _should_truncate(self) -> bool:
        size = self._wal_bytes()
        idle = time.monotonic() - self.last_write >= 1.0
        return size > 8 * self.max_wal_bytes or (size > self.max_wal_bytes and idle)

    def _run(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 2000")
        try:
            while not self._stop.wait(self.interval):
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    if self._should_truncate():
                        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except sqlite3.Error as exc:  # e.g. disk full: keep serving, retry later
                    logger.warning("WAL checkpoint failed: %s", exc)
        finally:
            db.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class ApplicationStore:
    """All access goes through one connection; callers run on one event loop, so the
    check-then-insert done by the app is not interleaved with another request."""

    def __init__(
        self,
        path: str | Path = ":memory:",
        *,
        checkpoint_interval: float = 1.0,
        max_wal_bytes: int = 32 << 20,
    ) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: autocommit, every statement is its own transaction.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout = 5000")
        self._checkpointer: _Checkpointer | None = None
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a commit survives a process crash; only power loss can undo it.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA wal_autocheckpoint = 0")
            self._checkpointer = _Checkpointer(self.path, checkpoint_interval, max_wal_bytes)
        self._db.executescript(SCHEMA)
        logger.info("application store at %s", self.path)

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()

    def insert(self, app: Application) -> Application:
        if self._checkpointer is not None:
            self._checkpointer.last_write = time.monotonic()
        self._db.execute(
            f"INSERT INTO applications ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", astuple(app)
        )
        return app

    def insert_many(self, apps: Iterable[Application]) -> int:
        """Insert in one transaction (fixtures and benchmarks); return how many."""
        with self._db:
            self._db.execute("BEGIN")
            cur = self._db.executemany(
                f"INSERT INTO applications ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (astuple(a) for a in apps),
            )
        return cur.rowcount

    def _select(self, where: str, params: tuple[str, ...], limit: str = "") -> list[Application]:
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM applications {where} ORDER BY seq {limit}", params
        ).fetchall()
        return [Application(*row) for row in rows]

    def by_key(self, key: str) -> Application | None:
        found = self._select("WHERE idempotency_key = ?", (key,), "LIMIT 1")
        return found[0] if found else None

    def find(self, user_id: str, job_id: str) -> Application | None:
        """The first application of this user to this job, if any."""
        found = self._select("WHERE user_id = ? AND job_id = ?", (user_id, job_id), "LIMIT 1")
        return found[0] if found else None

    def for_user(self, user_id: str) -> list[Application]:
        return self._select("WHERE user_id = ?", (user_id,))

    def all(self, user_id: str | None = None) -> list[Application]:
        if user_id is None:
            return self._select("", ())
        return self.for_user(user_id)

    def counts(self, user_id: str | None = None) -> list[tuple[str, str, int]]:
        """How many applications each (user_id, job_id) pair has."""
        where, params = ("WHERE user_id = ?", (user_id,)) if user_id is not None else ("", ())
        rows = self._db.execute(
            f"SELECT user_id, job_id, COUNT(*) FROM applications {where}"
            " GROUP BY user_id, job_id ORDER BY MIN(seq)",
            params,
        ).fetchall()
        return [(str(u), str(j), int(n)) for u, j, n in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM applications").fetchone()[0])
