"""Remotive remote jobs: GET {base}/api/remote-jobs (one page, all categories).

Shape from Remotive's public API documentation (github.com/remotive-com/remote-jobs-api):
{"0-legal-notice", "job-count", "jobs": [{"id", "url", "title", "company_name", "category",
"tags", "job_type", "publication_date", "candidate_required_location", "salary" (free text),
"description" (HTML)}]}. Their terms: link back to the job's Remotive URL and name Remotive as
the source (the card says "via Remotive"), and ask at most four times a day (refresh 6 h)."""

from __future__ import annotations

from typing import Any

from core.adapters.sources.base import Feed, expect, items, seq
from core.models import Job
from core.sources.jobs import board_job, text
from core.sources.places import Place

DEFAULT_BASE_URL = "https://remotive.com"
REFRESH_SECONDS = 6 * 3600.0


def parse_remotive(payload: Any) -> list[Job]:
    jobs: list[Job] = []
    for row in items(expect(payload, dict, "remotive").get("jobs"), "remotive"):
        native, title = text(row.get("id")), text(row.get("title"))
        if not native or not title:
            continue
        tags = seq(row.get("tags"))
        jobs.append(
            board_job(
                "remotive",
                native,
                title=title,
                company=text(row.get("company_name")),
                url=text(row.get("url"), 1000) or None,
                place=Place(remote=True),
                locations=[text(row.get("candidate_required_location"))],
                onsite=False,
                description_html=text(row.get("description"), 200_000) or None,
                pay_text=text(row.get("salary")) or None,
                posted=row.get("publication_date"),
                skills=[t for t in tags if isinstance(t, str)],
                attribution="via Remotive",
            )
        )
    return jobs


class RemotiveSource(Feed):
    name = "remotive"

    async def fetch(self) -> list[Job]:
        return parse_remotive(await self.client.get_json("/api/remote-jobs"))
