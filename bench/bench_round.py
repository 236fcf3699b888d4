"""One process's first round for many users: users per minute, peak RSS, queue, loop lag.

Run from the repository root: `.venv/bin/python bench/bench_round.py [--users 1000]
[--db sqlite|postgres|both]`. Each database kind runs in its own subprocess (so peak RSS is
that round's own), against the mock portal on 200 jobs of the shipped corpus, with the
offline engine and the real runtime (bot.container.Container); cycles go through the
scheduler's cycle slots as scheduled cycles do. Targets (issue 16): at least 5x the 94 users
per minute measured before, peak RSS under 400 MB, under 100 notifications queued at the
end of the round, event-loop lag p99 under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

from _round import database, portal, run_round


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    args = parser.parse_args()
    if args.db == "both":
        for kind in ("sqlite", "postgres"):
            argv = [sys.executable, __file__, f"--users={args.users}", f"--jobs={args.jobs}"]
            subprocess.run([*argv, f"--seed={args.seed}", f"--db={kind}"], check=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-round-") as name:
        tmp = Path(name)
        with portal(tmp, args.jobs, args.seed) as url, database(args.db, tmp) as db_url:
            result = asyncio.run(
                run_round(db_url, url, args.users, seed=args.seed, at_once=False, label=args.db)
            )
    print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
