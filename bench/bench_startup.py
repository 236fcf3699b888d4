"""One process starting with many users on PostgreSQL: seconds to ready, RSS, event-loop lag.

Run from the repository root: `.venv/bin/python bench/bench_startup.py [--users 10000]
[--db postgres|sqlite]`. The users (auto-apply on) are written straight into a fresh
database; then a child process builds the real runtime (bot.container.Container, offline
engine) and starts it twice: the first start schedules every user (no jobs stored yet), the
restart finds their jobs in the store. Each start is timed from `Container(...)` to
`start()` returning (build_s: the constructor's part), with the event loop's lag sampled
during `start()`; RSS is the child's after
the restart, with every user's job scheduled. Targets (issue 16): ready in under 5 s with
10,000 users on PostgreSQL, RSS under 250 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _round import _lag_sampler, _p99, database
from sqlalchemy import create_engine, insert

from bot.container import Container
from bot.settings import Settings
from storage.sql_store import SqlStore
from storage.tables import UserRow


def seed_users(db_url: str, count: int) -> None:
    """`count` users with auto-apply on, in one executemany (set-up, not measured)."""
    SqlStore.from_url(db_url).close()  # schema
    now = datetime.now(UTC)
    rows = [
        {
            "portal_user_id": secrets.token_hex(12),
            "display_name": f"bench {i}",
            "console_name": f"bench-{i}",
            "autoapply_enabled": True,
            "settings": {},
            "created_at": now,
        }
        for i in range(count)
    ]
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(insert(UserRow.__table__), rows)  # type: ignore[attr-defined]
    engine.dispose()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def start_once(db_url: str) -> dict[str, float]:
    """Build and start the runtime; seconds to ready, loop lag meanwhile, jobs scheduled."""
    began = time.perf_counter()
    cpu = time.process_time()
    settings = Settings(database_url=db_url, portal_url="http://127.0.0.1:9", llm_engine="offline")
    # A worker's runtime (no chats): its start-up heap frozen as `jobbot run` does.
    container = Container(settings, settle_heap=True)  # before the loop serves anyone: not lag
    built = time.perf_counter() - began
    lags: list[float] = []
    sampler = asyncio.create_task(_lag_sampler(lags, period=0.01))
    await asyncio.sleep(0)
    await container.start()
    ready = time.perf_counter() - began
    cpu = time.process_time() - cpu
    sampler.cancel()
    if container._warm_task is not None:
        await container._warm_task  # RSS with the cycle's tables loaded, as after a round
    rss = _rss_mb()
    jobs = len(container.scheduler.jobs())
    await container.aclose()
    return {
        "ready_s": ready,
        "build_s": built,
        "cpu_s": cpu,
        "lag_p99_ms": _p99(lags) * 1000,
        "lag_max_ms": max(lags, default=0.0) * 1000,
        "jobs": jobs,
        "rss_mb": rss,
    }


def child(db_url: str) -> None:
    first = asyncio.run(start_once(db_url))
    again = asyncio.run(start_once(db_url))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"first": first, "again": again, "peak_rss_mb": peak}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    with (
        tempfile.TemporaryDirectory(prefix="bench-startup-") as name,
        database(args.db, Path(name)) as db_url,
    ):
        seed_users(db_url, args.users)
        argv = [sys.executable, __file__, f"--child={db_url}"]
        out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    first, again = result["first"], result["again"]
    load = Path("/proc/loadavg").read_text().split()[0]
    print(
        f"bench: db={args.db} users={args.users} first_start_s={first['ready_s']:.2f} "
        f"restart_s={again['ready_s']:.2f} build_s={first['build_s']:.2f} "
        f"first_cpu_s={first['cpu_s']:.2f} restart_cpu_s={again['cpu_s']:.2f} jobs={again['jobs']} "
        f"loop_lag_p99_ms={max(first['lag_p99_ms'], again['lag_p99_ms']):.0f} "
        f"loop_lag_max_ms={max(first['lag_max_ms'], again['lag_max_ms']):.0f} "
        f"rss_mb={again['rss_mb']:.0f} peak_rss_mb={result['peak_rss_mb']:.0f} load1={load}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
