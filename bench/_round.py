"""Shared harness of bench_round and bench_postgres_cycles: a real runtime, many users, one round.

Not a benchmark itself (`make bench` runs bench_*.py): it starts the mock portal on a sample
of the shipped corpus, makes a database (a temporary SQLite file, or a fresh PostgreSQL
database dropped afterwards), builds the real runtime (bot.container.Container with the
offline engine) and runs one first round for every user, measuring while it runs.
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_autoapply import CORPUS, users  # noqa: E402
from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.container import Container  # noqa: E402
from bot.settings import Settings  # noqa: E402
from core.models import Platform  # noqa: E402
from mock_portal.testing import PortalProcess, portal_args  # noqa: E402

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@dataclass
class RoundResult:
    db: str
    users: int
    wall_s: float
    lost: int
    statements: int
    queued_at_end: int
    lag_p99_ms: float
    peak_rss_mb: float
    cpu_s: float  # this process's CPU time (all threads) during the round

    @property
    def users_per_minute(self) -> float:
        return self.users / self.wall_s * 60

    def line(self) -> str:
        return (
            f"bench: db={self.db} users={self.users} users_per_min={self.users_per_minute:.0f} "
            f"cycles_lost={self.lost} sql_per_cycle={self.statements / self.users:.1f} "
            f"queued_at_end={self.queued_at_end} loop_lag_p99_ms={self.lag_p99_ms:.0f} "
            f"peak_rss_mb={self.peak_rss_mb:.0f} cpu_s_per_100_users="
            f"{self.cpu_s / self.users * 100:.1f}"
        )


@contextmanager
def portal(tmp: Path, jobs: int, seed: int) -> Iterator[str]:
    """The mock portal on `jobs` jobs of the shipped corpus; decisions come much later."""
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    sample = random.Random(seed).sample(corpus, min(jobs, len(corpus)))
    (tmp / "jobs.json").write_text(json.dumps(sample), encoding="utf-8")
    proc = PortalProcess(
        portal_args(db_path=tmp / "portal.db", jobs_path=tmp / "jobs.json", decision_delay=3600)
    )
    try:
        yield proc.start()
    finally:
        proc.stop()


@contextmanager
def database(kind: str, tmp: Path, admin_url: str = ADMIN_URL) -> Iterator[str]:
    """A URL of an empty database of `kind` (sqlite or postgres), removed afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'bot.db'}"
        return
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"jobbot_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


async def _lag_sampler(samples: list[float], period: float = 0.05) -> None:
    """How late the event loop wakes a sleeper: what a chat message waits for."""
    loop = asyncio.get_running_loop()
    while True:
        began = loop.time()
        await asyncio.sleep(period)
        samples.append(loop.time() - began - period)


def _p99(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


async def run_round(
    db_url: str, portal_url: str, count: int, *, seed: int, at_once: bool, label: str
) -> RoundResult:
    """Every user's first cycle: through the scheduler's cycle slots, or all at once."""
    settings = Settings(database_url=db_url, portal_url=portal_url, llm_engine="offline")
    container = Container(settings, settle_heap=True)  # as `jobbot run` does
    store = container.store
    ids = []
    for i, (profile, prefs, raw) in enumerate(users(count, seed)):
        user, _ = await store.register_user(Platform.CONSOLE, f"bench-{i}")
        stored = await store.save_profile(user.id, profile, raw)
        await store.confirm_profile(user.id, stored.version)
        await store.save_preferences(user.id, prefs)
        ids.append(user.id)
    await container.start()
    if container._warm_task is not None:
        await container._warm_task  # a running bot is long past its warm-up when a round starts
    statements = 0

    def count_statement(*_: Any) -> None:
        nonlocal statements
        statements += 1

    event.listen(store.engine, "before_cursor_execute", count_statement)
    lags: list[float] = []
    sampler = asyncio.create_task(_lag_sampler(lags))
    began = time.perf_counter()
    cpu_began = time.process_time()
    if at_once:
        await asyncio.gather(
            *(container.autoapply.run_cycle(u) for u in ids), return_exceptions=True
        )
    else:
        await asyncio.gather(*(container.scheduler.run_cycle_once(u) for u in ids))
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    sampler.cancel()
    event.remove(store.engine, "before_cursor_execute", count_statement)
    with store.engine.connect() as conn:
        queued = conn.execute(
            text("SELECT count(*) FROM notifications WHERE delivered_at IS NULL")
        ).scalar_one()
        summaries = conn.execute(
            text("SELECT user_id, payload FROM notifications WHERE kind = 'summary'")
        ).all()
    # A lost cycle: no summary at all, or one that reports an internal error.
    whole = {
        uid
        for uid, payload in summaries
        if not any("internal error" in e for e in _payload(payload).get("errors", []))
    }
    await container.aclose()
    return RoundResult(
        db=label,
        users=count,
        wall_s=wall,
        lost=len(set(ids) - whole),
        statements=statements,
        queued_at_end=int(queued),
        lag_p99_ms=_p99(lags) * 1000,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        cpu_s=cpu,
    )


def _payload(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str) else dict(value)
