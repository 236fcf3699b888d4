"""Start the mock portal as a real subprocess for runtime tests, and read what it stored."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from mock_portal import testing
from mock_portal.faults import FaultConfig
from mock_portal.testing import portal_args


def write_jobs(path: Path, count: int, *, prefix: str = "J") -> list[str]:
    """A jobs file of `count` plain remote jobs; returns their ids."""
    jobs = [
        {
            "id": f"{prefix}{i:05d}",
            "title": f"Nutrition Consultant {i}",
            "company": f"Company {i % 37}",
            "countries": ["United States"],
            "is_remote": True,
            "required_skills": ["meal planning", "nutrition counseling"],
            "description": "Plan meals and counsel clients on nutrition.",
        }
        for i in range(count)
    ]
    path.write_text(json.dumps(jobs), encoding="utf-8")
    return [str(j["id"]) for j in jobs]


class PortalProcess:
    """A mock portal subprocess (mock_portal.testing) plus what tests read from it."""

    def __init__(
        self,
        tmp: Path,
        *,
        jobs: Path | None = None,
        faults: FaultConfig | None = None,
        ignore_idempotency: bool = False,
        seed: int = 0,
    ) -> None:
        args = portal_args(
            db_path=tmp / "portal.sqlite3",
            jobs_path=jobs,
            faults=faults,
            ignore_idempotency=ignore_idempotency,
            seed=seed,
        )
        self.process = testing.PortalProcess(args)
        self.url = self.process.start()

    def stop(self) -> None:
        self.process.stop()

    def admin(self, user_id: str | None = None) -> dict[str, Any]:
        params = {"user_id": user_id} if user_id else None
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(f"{self.url}/admin/applications", params=params, timeout=10)
                response.raise_for_status()
                return dict(response.json())
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stored(self, user_id: str, job_ids: set[str] | None = None) -> Counter[str]:
        """How many applications the portal stored per job for `user_id`."""
        counts: Counter[str] = Counter()
        for app in self.admin(user_id)["applications"]:
            if job_ids is None or app["job_id"] in job_ids:
                counts[app["job_id"]] += 1
        return counts
