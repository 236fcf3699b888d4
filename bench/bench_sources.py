"""Job boards: how fast the six adapters map their documented payloads, and how well and how
fast one feed is deduplicated across sources.

Run from the repository root: `.venv/bin/python bench/bench_sources.py [--jobs 5000]`.
The feed test builds `--jobs` jobs over four sources in which a known share are copies of
another source's job (the same URL with tracking parameters, or the same company, title and
place a few days apart, written differently) and some are lookalikes that are other jobs (same
company and title in another city, or 45 days apart); it counts copies merged and missed, and
distinct jobs wrongly merged away.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.adapters.sources.arbeitnow import parse_arbeitnow  # noqa: E402
from core.adapters.sources.ashby import parse_ashby  # noqa: E402
from core.adapters.sources.greenhouse import parse_greenhouse  # noqa: E402
from core.adapters.sources.lever import parse_lever  # noqa: E402
from core.adapters.sources.remotive import parse_remotive  # noqa: E402
from core.adapters.sources.smartrecruiters import parse_smartrecruiters  # noqa: E402
from core.models import Job  # noqa: E402
from core.sources.feed import merge_feeds  # noqa: E402
from tests.sources import payloads as p  # noqa: E402

DAY = datetime(2026, 11, 1, tzinfo=UTC)
CITIES = ["Berlin", "London", "Austin", "Paris", "Madrid", "Toronto", "Dublin", "Warsaw"]
TITLES = ["Data Analyst", "Nurse", "Store Manager", "Backend Engineer", "Baker", "Accountant"]


def _parse_rate(rounds: int) -> float:
    """Jobs mapped per second over every adapter's fixture payload."""
    arbeitnow = {"data": [p.arbeitnow_row(f"s{i}", "Bäcker (m/w/d)") for i in range(20)]}
    calls = [
        lambda: parse_greenhouse(p.GREENHOUSE_ACME, "acme"),
        lambda: parse_lever(p.lever_rows(20), "carely"),
        lambda: parse_ashby(p.ASHBY_NOTION, "notion"),
        lambda: parse_smartrecruiters(
            {"content": [p.SMARTRECRUITERS_ROW]},
            "BoschGroup",
            {"744000012345678": p.SMARTRECRUITERS_DETAIL},
        ),
        lambda: parse_remotive(p.REMOTIVE),
        lambda: parse_arbeitnow(arbeitnow),
    ]
    mapped = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for call in calls:
            mapped += len(call())
    return mapped / (time.perf_counter() - start)


def _feeds(n: int, copy_share: float, rng: random.Random) -> tuple[list[list[Job]], dict[str, str]]:
    sources = ["portal", "greenhouse", "lever", "remotive"]
    feeds: list[list[Job]] = [[] for _ in sources]
    originals: list[Job] = []
    cluster: dict[str, str] = {}  # job id -> the id of the job it copies (or its own)
    for i in range(n):
        k = rng.randrange(len(sources))
        if originals and rng.random() < copy_share:
            base = rng.choice(originals)
            if base.source == sources[k]:
                k = (k + 1) % len(sources)
            by_url = rng.random() < 0.5
            job = Job.model_validate(
                {
                    "id": f"{sources[k]}:{i}",
                    "title": base.title.upper() + (" (m/w/d)" if not by_url else ""),
                    "company": base.company + " GmbH",
                    "cities": base.cities,
                    "source": sources[k],
                    "posted_at": base.posted_at + timedelta(days=rng.randint(0, 20)),
                    "apply_url": (base.apply_url or "") + "?utm_source=feed" if by_url else None,
                }
            )
            cluster[job.id] = cluster[base.id]
        elif originals and rng.random() < copy_share / 2:
            # A lookalike that is another job: same company and title, but another city or
            # posted more than 30 days apart. Merging it would lose a real job.
            base = rng.choice(originals)
            other_city = rng.random() < 0.5
            job = Job.model_validate(
                {
                    "id": f"{sources[k]}:{i}",
                    "title": base.title,
                    "company": base.company,
                    "cities": [f"{base.cities[0]} North"] if other_city else base.cities,
                    "source": sources[k],
                    "posted_at": base.posted_at + timedelta(days=0 if other_city else 45),
                    "apply_url": f"https://jobs.example.com/{i}",
                }
            )
            originals.append(job)
            cluster[job.id] = job.id
        else:
            job = Job.model_validate(
                {
                    "id": f"{sources[k]}:{i}",
                    "title": f"{rng.choice(TITLES)} {i}",
                    "company": f"Company {i}",
                    "cities": [rng.choice(CITIES)],
                    "source": sources[k],
                    "posted_at": DAY + timedelta(days=rng.randint(0, 60)),
                    "apply_url": f"https://jobs.example.com/{i}",
                }
            )
            originals.append(job)
            cluster[job.id] = job.id
        feeds[k].append(job)
    return feeds, cluster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--copies", type=float, default=0.2, help="share of copies")
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    rate = _parse_rate(args.rounds)
    print(f"adapters: {rate:,.0f} jobs mapped per second (six documented payloads)")
    feeds, cluster = _feeds(args.jobs, args.copies, random.Random(17))
    start = time.perf_counter()
    merged = merge_feeds(feeds)
    took = time.perf_counter() - start
    clusters = set(cluster.values())
    copies = args.jobs - len(clusters)
    kept_per: dict[str, int] = {}
    for job in merged:
        kept_per[cluster[job.id]] = kept_per.get(cluster[job.id], 0) + 1
    missed = sum(n - 1 for n in kept_per.values())  # copies left as separate jobs
    lost = len(clusters - set(kept_per))  # distinct jobs swallowed by another
    print(
        f"feed: {args.jobs} jobs from 4 sources, {copies} copies: {copies - missed} merged, "
        f"{missed} missed, {lost} distinct jobs lost; {len(merged)} kept in "
        f"{took * 1000:.0f} ms ({args.jobs / took:,.0f} jobs/s)"
    )
    print(f"summary: dedupe merged {copies - missed}/{copies} copies, {lost} false merges")


if __name__ == "__main__":
    main()
