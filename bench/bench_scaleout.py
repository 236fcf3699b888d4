"""Scale-out on procrastinate: one round of N users' cycles by 1, 2 and 4 `jobbot worker`
processes on one PostgreSQL, then a round where one of two workers is SIGKILLed mid-run.

Run from the repository root: `.venv/bin/python bench/bench_scaleout.py [--users 1000]`.
Each worker is the real one (bench/_scaleout_worker.py) with the offline engine slowed to
`--llm-ms` per call behind a per-process limit of `--llm-limit` calls in flight
(LLM_CONCURRENCY). The bench process is the trigger: it queues every user's cycle once (and
once more, which the queueing lock refuses), then waits for the queue to drain. Prints the
throughput of each worker count and its ratio to one worker, and for every round the
duplicate cycles, duplicate portal applications and duplicate notifications (all must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _round import database, portal
from bench_autoapply import users
from sqlalchemy import create_engine, text

from bot.tasks import Deferrer, build_app, ensure_schema
from core.models import NotificationKind, Platform
from storage.sql_store import SqlStore

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Round:
    workers: int
    users: int
    wall_s: float
    duplicate_cycles: int
    lost_cycles: int
    duplicate_applications: int
    duplicate_notifications: int
    refused_twins: int
    done_at_kill: int = -1
    finished_after_kill: int = 0
    retried: int = 0

    def line(self) -> str:
        return (
            f"workers={self.workers} users={self.users} wall_s={self.wall_s:.1f} "
            f"users_per_min={self.per_min:.0f} duplicate_cycles={self.duplicate_cycles} "
            f"twins_refused={self.refused_twins} retried={self.retried}"
        )

    @property
    def per_min(self) -> float:
        return self.users / self.wall_s * 60


def _count(db_url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(query))]
    finally:
        engine.dispose()


def _done(db_url: str) -> int:
    return int(
        _count(db_url, "SELECT count(*) FROM procrastinate_jobs WHERE status = 'succeeded'")[0][0]
    )


async def _make_users(db_url: str, count: int, seed: int) -> list[int]:
    store = SqlStore.from_url(db_url)
    ids = []
    try:
        for i, (profile, prefs, raw) in enumerate(users(count, seed)):
            user, _ = await store.register_user(Platform.CONSOLE, f"bench-{i}")
            stored = await store.save_profile(user.id, profile, raw)
            await store.confirm_profile(user.id, stored.version)
            await store.save_preferences(user.id, prefs)
            await store.set_autoapply(user.id, True)
            ids.append(user.id)
    finally:
        store.close()
    return ids


def _spawn(n: int, env: dict[str, str], logs: Path) -> list[subprocess.Popen[bytes]]:
    return [
        subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "_scaleout_worker.py")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(logs / f"worker{i}.log").open("wb"),
        )
        for i in range(n)
    ]


def _portal_duplicates(portal_url: str) -> int:
    import httpx

    answer = httpx.get(f"{portal_url}/admin/applications", timeout=60).json()
    return sum(int(d["count"]) - 1 for d in answer["duplicates"])


async def one_round(args: argparse.Namespace, workers: int, tmp: Path, *, kill: bool) -> Round:
    with portal(tmp, args.jobs, args.seed) as portal_url, database("postgres", tmp) as db_url:
        ids = await _make_users(db_url, args.users, args.seed)
        await ensure_schema(db_url)
        env = {
            **os.environ,
            "DATABASE_URL": db_url,
            "PORTAL_URL": portal_url,
            "DATA_DIR": str(tmp),
            "LLM_CONCURRENCY": str(args.llm_limit),
            "WORKER_CONCURRENCY": str(args.cycles),
            "WORKER_HEARTBEAT_SECONDS": "1",
            "WORKER_STALLED_SECONDS": "20",
            "BENCH_LLM_MS": str(args.llm_ms),
            "LOG_LEVEL": "WARNING",
            # The leader's schedule spreads first runs over the interval: none in this round.
            "AUTOAPPLY_INTERVAL_HOURS": "100000",
        }
        procs = _spawn(workers, env, tmp)
        try:
            registered = 0
            while registered < workers:
                await asyncio.sleep(0.1)
                registered = len(_count(db_url, "SELECT id FROM procrastinate_workers"))
            app = build_app(db_url, pool_size=4)
            async with app.open_async():
                deferrer = Deferrer(app)
                # The trigger fires twice for every user; the cycles start together at `at`.
                # (a generous lead: on a loaded machine queueing takes a while, and a twin
                # queued after its cycle started would rightly run as a second cycle)
                lead = 5 + len(ids) * 0.05
                at = datetime.now(UTC) + timedelta(seconds=lead)
                began = time.perf_counter() + lead
                refused = 0
                for uid in ids:
                    await deferrer.cycle(uid, scheduled=True, at=at)
                    refused += not await deferrer.cycle(uid, scheduled=True, at=at)
            done_at_kill = -1
            while (done := _done(db_url)) < len(ids):
                if kill and done_at_kill < 0 and done >= len(ids) * 0.3:
                    procs[0].send_signal(signal.SIGKILL)
                    procs[0].wait()
                    done_at_kill = done
                await asyncio.sleep(0.2)
            wall = time.perf_counter() - began
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
            for proc in procs:
                proc.wait(timeout=60)
        notes = _count(db_url, "SELECT user_id, kind, payload FROM notifications")
        summaries = Counter(n[0] for n in notes if n[1] == NotificationKind.SUMMARY.value)
        others = Counter(
            (n[0], n[1], n[2].get("application_id"))  # type: ignore[union-attr]
            for n in notes
            if n[1] != NotificationKind.SUMMARY.value
        )
        retried = _count(
            db_url,
            "SELECT count(DISTINCT job_id) FROM procrastinate_events "
            "WHERE type = 'deferred_for_retry'",
        )
        return Round(
            workers=workers,
            users=len(ids),
            wall_s=wall,
            duplicate_cycles=sum(c - 1 for c in summaries.values() if c > 1),
            lost_cycles=len(set(ids) - set(summaries)),
            duplicate_applications=_portal_duplicates(portal_url),
            duplicate_notifications=sum(c - 1 for c in others.values() if c > 1),
            refused_twins=refused,
            done_at_kill=done_at_kill,
            finished_after_kill=len(ids) - done_at_kill if done_at_kill >= 0 else 0,
            retried=int(retried[0][0]),  # type: ignore[call-overload]
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--llm-ms", type=int, default=200)
    parser.add_argument("--llm-limit", type=int, default=8, help="LLM calls per process")
    parser.add_argument("--cycles", type=int, default=16, help="jobs per worker at once")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rounds: list[Round] = []
    for n in [int(w) for w in args.workers.split(",")]:
        with tempfile.TemporaryDirectory(prefix=f"bench-scaleout-{n}-") as name:
            rounds.append(asyncio.run(one_round(args, n, Path(name), kill=False)))
        print(rounds[-1].line())
    with tempfile.TemporaryDirectory(prefix="bench-scaleout-kill-") as name:
        killed = asyncio.run(one_round(args, 2, Path(name), kill=True))
    print(killed.line())
    print(
        f"kill round: 2 workers, one SIGKILLed after {killed.done_at_kill} of {killed.users} "
        f"cycles; the other finished {killed.finished_after_kill} more "
        f"({killed.retried} stalled jobs retried) in {killed.wall_s:.1f} s"
    )
    base = rounds[0].per_min
    ratios = " ".join(f"x{r.workers}={r.per_min / base:.2f}" for r in rounds)
    every = [*rounds, killed]
    dup_cycles = sum(r.duplicate_cycles for r in every)
    dup_apps = sum(r.duplicate_applications for r in every)
    dup_notes = sum(r.duplicate_notifications for r in every)
    lost = sum(r.lost_cycles for r in every)
    print(
        f"bench: users={args.users} llm_ms={args.llm_ms} llm_limit={args.llm_limit} "
        f"cpus={os.cpu_count()} throughput_ratio {ratios} duplicate_cycles={dup_cycles} "
        f"lost_cycles={lost} duplicate_applications={dup_apps} "
        f"duplicate_notifications={dup_notes} twins_refused={sum(r.refused_twins for r in every)} "
        f"after_kill_finished={killed.finished_after_kill}/{killed.users - killed.done_at_kill}",
        flush=True,
    )
    return 0 if dup_cycles == dup_apps == dup_notes == lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
