"""The store's foundation: a thread pool so the loop stays free, and one transaction per call."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, ParamSpec, Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from storage.engine import WRITE_OPTION, is_postgres, make_engine
from storage.migrate import upgrade

P = ParamSpec("P")
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


# PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back
# whole, so running it again is safe.
RETRY_SQLSTATES = frozenset({"40P01", "40001"})
RETRY_ATTEMPTS = 8


def is_transient(err: BaseException) -> bool:
    """Whether `err` is a deadlock, a serialization failure or SQLite's busy lock."""
    if not isinstance(err, DBAPIError):
        return False
    if getattr(err.orig, "sqlstate", None) in RETRY_SQLSTATES:
        return True
    return "database is locked" in str(err.orig)


def _retrying() -> Retrying:
    # Random exponential waits: two transactions that collided do not collide again in step.
    return Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(RETRY_ATTEMPTS),
        wait=wait_random_exponential(multiplier=0.01, max=1.0),
        reraise=True,
    )


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def _threaded(fn: Callable[P, T]) -> Callable[P, Any]:
    """Run a blocking method on the store's thread pool, so the event loop stays free.

    Every method is one transaction (or a few idempotent ones), so a deadlock or
    serialization failure runs it again instead of losing the caller's work.
    """

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        store: StoreBase = args[0]  # type: ignore[assignment]
        loop = asyncio.get_running_loop()
        call = functools.partial(_retrying(), fn, *args, **kwargs)
        return await loop.run_in_executor(store.pool, call)

    return wrapper


class StoreBase:
    """Engine, thread pool and transactions shared by the store's parts."""

    def __init__(self, engine: Engine, *, threads: int = 8) -> None:
        self.engine = engine
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="store")

    @classmethod
    def from_url(cls, url: str, *, migrate: bool = True) -> Self:
        """Open the database at `url`, upgrading its schema first."""
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.engine.dispose()

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        """One transaction; writers begin immediately on SQLite."""
        with self.engine.connect() as conn:
            if write:
                conn = conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin(), Session(bind=conn, expire_on_commit=False) as session:
                yield session
                session.flush()

    def _upsert(
        self,
        session: Session,
        table: Any,
        values: list[dict[str, Any]],
        keys: list[str],
        update_cols: list[str],
    ) -> None:
        insert = pg_insert if is_postgres(self.engine) else sqlite_insert
        stmt = insert(table.__table__)
        stmt = stmt.on_conflict_do_update(
            index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in update_cols}
        )
        session.connection().execute(stmt, values)  # compiled once, cached (see below)

    def _insert_absent(
        self, session: Session, table: Any, values: list[dict[str, Any]], keys: list[str]
    ) -> list[Any]:
        """INSERT ... ON CONFLICT DO NOTHING; the keys of the rows actually inserted.

        One statement for every row count, sent as an executemany on the Core table: it is
        compiled once and cached, and the driver batches the rows ("insertmanyvalues"). A
        statement with the rows inlined is compiled anew per call, bind parameter by bind
        parameter, which cost more CPU than the database's own work.
        """
        core = table.__table__
        insert = pg_insert if is_postgres(self.engine) else sqlite_insert
        stmt = insert(core).on_conflict_do_nothing(index_elements=keys)
        returning = stmt.returning(*(core.c[k] for k in keys))
        return list(session.connection().execute(returning, values).all())
