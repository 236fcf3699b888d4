"""Drive the mock portal's /apply at a steady open-loop rate and report latency percentiles.

Run from the repository root: `.venv/bin/python bench/bench_portal.py [--rate 200]`.
The portal runs as its own subprocess (no faults) on a database pre-loaded with 10,000
applications; this process sends requests on a fixed schedule whatever the answers' speed,
and measures each latency from the request's scheduled start (so queueing counts).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# httpcore tries `import sniffio` on every request; this venv has no sniffio (anyio no longer
# needs it), so each try walks sys.path and costs ~0.5 ms of client CPU. None in sys.modules
# makes the import fail at once, with the same outcome (httpcore falls back to asyncio).
if "sniffio" not in sys.modules:
    try:
        import sniffio  # noqa: F401
    except ImportError:
        sys.modules["sniffio"] = None  # type: ignore[assignment]

from mock_portal.catalog import load_jobs  # noqa: E402
from mock_portal.store import Application, ApplicationStore, new_application_id  # noqa: E402
from mock_portal.testing import PortalProcess, portal_args  # noqa: E402


def preload(db_path: Path, count: int, job_ids: list[str]) -> None:
    """Insert `count` applications straight into the portal's SQLite file (before start)."""
    store = ApplicationStore(db_path)
    now = time.time()
    store.insert_many(
        Application(
            application_id=new_application_id(),
            user_id=f"preload-{i}",
            job_id=job_ids[i % len(job_ids)],
            name=f"Preloaded Applicant {i}",
            phone=None,
            resume="Preloaded resume text. " * 40,
            cover_letter="Dear hiring manager, " * 20,
            evidence_points=None,
            idempotency_key=f"preload-key-{i}",
            created_at=now - 3600,
            decide_at=now - 3500,
        )
        for i in range(count)
    )
    store.close()


def body(i: int, job_ids: list[str]) -> dict[str, str]:
    return {
        "user_id": f"bench-{i}",
        "name": "Bench Applicant",
        "phone": "+1 555 0100",
        "job_id": job_ids[i % len(job_ids)],
        "resume": "Experienced personal trainer. " * 60,
        "cover_letter": "I would love to join your team. " * 20,
        "evidence_points": "- CPR certified\n- 8 years coaching",
    }


async def drive(
    clients: list[httpx.AsyncClient], rate: float, duration: float, job_ids: list[str], offset: int
) -> tuple[list[float], list[str], int]:
    """Send rate*duration requests on a fixed schedule; return latencies (s), errors, and the
    peak number of requests in flight.

    Arrivals are open-loop: request i is due at start + i/rate whatever happened before, and
    its latency counts from that due time, so time spent waiting for a free worker counts.
    Each worker owns a one-connection AsyncClient: httpcore's pool scans every connection
    and queued request on each event, and a shared pool with a queue collapses at this rate
    (encode/httpx#3215), which would measure the client rather than the portal. The clients
    are built beforehand: each costs ~30 ms of CPU (it loads a TLS context).
    """
    latencies: list[float] = []
    errors: list[str] = []
    due: asyncio.Queue[tuple[int, float] | None] = asyncio.Queue()
    in_flight = peak = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal in_flight, peak
        while (item := await due.get()) is not None:
            i, scheduled = item
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                r = await client.post("/apply", json=body(offset + i, job_ids))
                if r.status_code != 200:
                    errors.append(f"HTTP {r.status_code}")
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            in_flight -= 1
            latencies.append(time.perf_counter() - scheduled)

    tasks = [asyncio.create_task(worker(client)) for client in clients]
    start = time.perf_counter() + 0.05
    for i in range(int(rate * duration)):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        due.put_nowait((i, scheduled))
    for _ in tasks:
        due.put_nowait(None)
    await asyncio.gather(*tasks)
    return latencies, errors, peak


async def run_load(
    url: str, args: argparse.Namespace, job_ids: list[str]
) -> tuple[list[float], list[str], int]:
    """Build the clients, warm them up (connections open), then run the measured phase."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [
        httpx.AsyncClient(base_url=url, limits=limits, timeout=10.0) for _ in range(args.workers)
    ]
    gc.collect()
    gc.freeze()  # long-lived setup objects: keep them out of GC scans during the run
    try:
        await drive(clients, args.rate, args.warmup, job_ids, offset=10**6)
        return await drive(clients, args.rate, args.duration, job_ids, offset=0)
    finally:
        for client in clients:
            await client.aclose()


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds")
    parser.add_argument("--preload", type=int, default=10_000)
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds, not measured")
    parser.add_argument("--workers", type=int, default=64, help="client connections")
    args = parser.parse_args()

    job_ids = [job.id for job in load_jobs()]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench_portal-") as tmp:
        db = Path(tmp) / "portal.sqlite3"
        t0 = time.perf_counter()
        preload(db, args.preload, job_ids)
        print(f"preloaded {args.preload} applications in {time.perf_counter() - t0:.2f}s")
        with PortalProcess(portal_args(db_path=db, decision_delay=30)) as url:
            lat, errors, peak = asyncio.run(run_load(url, args, job_ids))
            stored = httpx.get(f"{url}/health").json()["applications"]
    warm = int(args.rate * args.warmup)
    ms = [x * 1000 for x in lat]
    p50, p99 = percentile(ms, 50), percentile(ms, 99)
    print(
        f"requests={len(ms)} warmup={warm} mean_ms={statistics.fmean(ms):.2f} "
        f"p90_ms={percentile(ms, 90):.2f} max_ms={max(ms):.2f} peak_in_flight={peak}"
    )
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    if errors:
        print("errors:", dict((e, errors.count(e)) for e in set(errors)))
    print(
        f"bench_portal: rate={args.rate:g} p50_ms={p50:.2f} p99_ms={p99:.2f} "
        f"errors={len(errors)} stored={stored}"
    )


if __name__ == "__main__":
    main()
