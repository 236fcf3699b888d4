"""200 users' cycles all at once on PostgreSQL against the mock portal: none may be lost.

Run from the repository root: `.venv/bin/python bench/bench_postgres_cycles.py [--users 200]`.
Every cycle starts at the same moment (no scheduler slots), with the offline engine and the
real runtime; users' searches overlap, so their cycles write many of the same shared job
rows. Prints cycles lost (must be 0: before issue 16, 97 of 100 died of deadlocks), users
per minute and SQL statements per cycle (counted by a SQLAlchemy event listener).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from _round import database, portal, run_round


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pg-cycles-") as name:
        tmp = Path(name)
        with portal(tmp, args.jobs, args.seed) as url, database("postgres", tmp) as db_url:
            result = asyncio.run(
                run_round(db_url, url, args.users, seed=args.seed, at_once=True, label="postgres")
            )
    print(result.line(), flush=True)
    return 0 if result.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
