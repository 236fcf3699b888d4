"""Operability costs: one /metrics scrape over many applications, and lease take-over at scale.

Run from the repository root: `.venv/bin/python bench/bench_ops.py [--rows 100000]`.
Fills a fresh database (SQLite, and PostgreSQL when TEST_POSTGRES_URL's server answers) with
`--rows` applications in mixed states and a backlog of notifications, then
- times /metrics scrapes over real HTTP (the database gauges are one grouped query per scrape);
- puts `--expired` rows in `applying` under an expired lease and lets 8 stores (8 engines, as
  8 processes would) take them over at once: rows taken twice and missed must both be 0.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.metrics import PrometheusMetrics  # noqa: E402
from bot.ops_server import OpsServer  # noqa: E402
from core.models import AppState, Platform  # noqa: E402
from core.ports import Lease  # noqa: E402
from storage.sql_store import SqlStore  # noqa: E402
from storage.tables import ApplicationRow, NotificationRow  # noqa: E402

PG = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
STATES = [AppState.REJECTED] * 8 + [AppState.APPLIED, AppState.CLARIFY, AppState.FAILED]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def fill(store: SqlStore, rows: int, expired: int) -> None:
    users = [(await store.register_user(Platform.CONSOLE, f"b{i}"))[0].id for i in range(100)]
    now = datetime.now(UTC)
    long_ago = now - timedelta(hours=1)
    apps, notes = [], []
    for i in range(rows + expired):
        state = AppState.APPLYING if i >= rows else STATES[i % len(STATES)]
        apps.append(
            {
                "user_id": users[i % len(users)],
                "job_id": f"B{i:07d}",
                "state": state.value,
                "reasons": [],
                "idempotency_key": f"k{i}",
                "created_at": now,
                "updated_at": now,
                "lease_owner": "dead:1:00" if state is AppState.APPLYING else None,
                "lease_expires_at": long_ago if state is AppState.APPLYING else None,
            }
        )
    for i in range(rows // 10):
        notes.append(
            {"user_id": users[i % len(users)], "kind": "summary", "payload": {}, "created_at": now}
        )
    with store.engine.begin() as conn:
        for start in range(0, len(apps), 5000):
            conn.execute(insert(ApplicationRow), apps[start : start + 5000])
        conn.execute(insert(NotificationRow), notes)


async def scrape_times(store: SqlStore, scrapes: int) -> list[float]:
    metrics = PrometheusMetrics()
    metrics.watch(store)
    server = OpsServer(metrics.registry, {"database": store.ping}, "127.0.0.1", free_port())
    await server.start()
    times = []
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for _ in range(scrapes):
                started = time.perf_counter()
                response = await http.get(f"http://127.0.0.1:{server.port}/metrics")
                times.append(time.perf_counter() - started)
                assert response.status_code == 200 and "jobbot_applications" in response.text
    finally:
        await server.stop()
    return times


async def take_over(url: str, expired: int) -> tuple[float, int, int]:
    stores = [SqlStore.from_url(url, migrate=False) for _ in range(8)]
    now = datetime.now(UTC)
    started = time.perf_counter()
    try:
        batches = await asyncio.gather(
            *(
                s.take_over_applying(Lease(f"r{i}", now + timedelta(minutes=1)), now, limit=expired)
                for i, s in enumerate(stores)
            )
        )
    finally:
        for s in stores:
            s.close()
    seconds = time.perf_counter() - started
    taken = [a.id for batch in batches for a in batch]
    return seconds, len(taken) - len(set(taken)), expired - len(set(taken))


async def run(name: str, url: str, rows: int, expired: int, scrapes: int) -> str:
    store = SqlStore.from_url(url)
    try:
        started = time.perf_counter()
        await fill(store, rows, expired)
        filled = time.perf_counter() - started
        print(f"[{name}] filled {rows + expired} applications in {filled:.1f} s")
        times = await scrape_times(store, scrapes)
    finally:
        store.close()
    p50, worst = statistics.median(times) * 1000, max(times) * 1000
    print(f"[{name}] /metrics over {rows + expired} rows: p50 {p50:.1f} ms, max {worst:.1f} ms")
    seconds, twice, missed = await take_over(url, expired)
    took = f"take-over {expired} in {seconds:.2f} s, twice {twice}, missed {missed}"
    print(f"[{name}] 8 recoverers: {took}")
    return f"{name}: scrape p50 {p50:.0f} ms, {took}"


def pg_database() -> tuple[str, str] | None:
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    name = f"jobbot_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as err:
        print(f"PostgreSQL skipped: {type(err).__name__}")
        return None
    finally:
        admin.dispose()
    return make_url(PG).set(database=name).render_as_string(hide_password=False), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--expired", type=int, default=2_000)
    parser.add_argument("--scrapes", type=int, default=20)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = f"sqlite:///{Path(tmp) / 'bench.db'}"
        lines.append(asyncio.run(run("sqlite", sqlite, args.rows, args.expired, args.scrapes)))
    pg = pg_database()
    if pg is not None:
        url, name = pg
        try:
            lines.append(asyncio.run(run("postgres", url, args.rows, args.expired, args.scrapes)))
        finally:
            admin = create_engine(PG, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    print("SUMMARY bench_ops: " + "; ".join(lines))


if __name__ == "__main__":
    main()
