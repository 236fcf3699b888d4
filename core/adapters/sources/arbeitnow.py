"""Arbeitnow job board: GET {base}/api/job-board-api?page=N (paged by links.next).

Shape from Arbeitnow's API documentation (arbeitnow.com/blog/job-board-api): {"data": [{"slug",
"company_name", "title", "description" (HTML), "remote" (bool), "url", "tags", "job_types",
"location", "created_at" (Unix seconds)}], "links": {"first", "last", "prev", "next"}, "meta":
{"current_page", "per_page", ...}}. Mostly Europe, many non-software jobs."""

from __future__ import annotations

from typing import Any

from core.adapters.sources.base import Feed, expect, items, seq
from core.models import Job
from core.sources.jobs import board_job, text
from core.sources.places import Place

DEFAULT_BASE_URL = "https://www.arbeitnow.com"
MAX_PAGES = 3


def parse_arbeitnow(payload: Any) -> list[Job]:
    jobs: list[Job] = []
    for row in items(expect(payload, dict, "arbeitnow").get("data"), "arbeitnow"):
        native, title = text(row.get("slug")), text(row.get("title"))
        if not native or not title:
            continue
        tags = seq(row.get("tags"))
        remote = row.get("remote") is True
        jobs.append(
            board_job(
                "arbeitnow",
                native,
                title=title,
                company=text(row.get("company_name")),
                url=text(row.get("url"), 1000) or None,
                place=Place(remote=remote),
                locations=[text(row.get("location"))],
                onsite=None if remote else True,
                description_html=text(row.get("description"), 200_000) or None,
                posted=row.get("created_at"),
                skills=[t for t in tags if isinstance(t, str)],
            )
        )
    return jobs


class ArbeitnowSource(Feed):
    name = "arbeitnow"

    async def fetch(self) -> list[Job]:
        jobs: list[Job] = []
        for page in range(1, MAX_PAGES + 1):
            payload = await self.client.get_json("/api/job-board-api", {"page": page})
            jobs.extend(parse_arbeitnow(payload))
            links = payload.get("links") if isinstance(payload, dict) else None
            if not isinstance(links, dict) or not links.get("next"):
                break
        return jobs
