"""Lever postings: GET {base}/v0/postings/{site}?mode=json&skip=N&limit=M (paged by skip).

Shape from Lever's Postings API documentation (github.com/lever/postings-api): a bare list of
{"id", "text" (title), "categories": {"location", "allLocations", "commitment", "team"},
"country" (ISO code), "workplaceType" (on-site, remote, hybrid, unspecified), "createdAt" (ms),
"hostedUrl", "applyUrl", "description" / "descriptionPlain", "lists": [{"text", "content"}],
"additionalPlain", "salaryRange": {"min", "max", "currency", "interval"}}."""

from __future__ import annotations

from typing import Any

from core.adapters.sources.base import CompanyBoards, items, obj, seq
from core.models import Job
from core.sources.html_text import html_to_text
from core.sources.jobs import board_job, text
from core.sources.pay import Pay, range_pay
from core.sources.places import Place, country_name

DEFAULT_BASE_URL = "https://api.lever.co"
PAGE = 100


def _pay(row: dict[str, Any]) -> Pay | None:
    salary = obj(row.get("salaryRange"))
    return range_pay(
        salary.get("min"), salary.get("max"), salary.get("currency"), salary.get("interval")
    )


def _description(row: dict[str, Any]) -> str:
    parts = [text(row.get("descriptionPlain"), 20_000) or html_to_text(row.get("description"))]
    for block in seq(row.get("lists")):
        if isinstance(block, dict):
            parts.append(text(block.get("text")))
            parts.append(html_to_text(text(block.get("content"), 200_000)))
    parts.append(text(row.get("additionalPlain"), 5000))
    return "\n".join(p for p in parts if p)


def parse_lever(payload: Any, site: str) -> list[Job]:
    jobs: list[Job] = []
    for row in items(payload, f"lever {site}"):
        native, title = text(row.get("id")), text(row.get("text"))
        if not native or not title:
            continue
        cats = obj(row.get("categories"))
        mode = text(row.get("workplaceType")).lower()
        place = Place(remote=mode == "remote", hybrid=mode == "hybrid")
        if (country := country_name(text(row.get("country")))) is not None:
            place.add_country(country)
        all_locations = seq(cats.get("allLocations"))
        jobs.append(
            board_job(
                "lever",
                f"{site}:{native}",
                title=title,
                company=site.replace("-", " ").title(),
                url=text(row.get("hostedUrl"), 1000) or None,
                apply_url=text(row.get("applyUrl"), 1000) or None,
                place=place,
                locations=[text(cats.get("location")), *map(text, all_locations)],
                onsite=mode == "on-site" if mode in ("on-site", "remote", "hybrid") else None,
                description=_description(row),
                pay=_pay(row),
                pay_text=text(row.get("salaryDescriptionPlain")) or None,
                posted=row.get("createdAt"),
            )
        )
    return jobs


class LeverSource(CompanyBoards):
    name = "lever"

    async def board(self, slug: str) -> list[Job]:
        jobs: list[Job] = []
        skip = 0
        while len(jobs) < self.max_jobs:
            params: dict[str, str | int] = {"mode": "json", "skip": skip, "limit": PAGE}
            payload = await self.client.get_json(f"/v0/postings/{slug}", params)
            page = parse_lever(payload, slug)
            jobs.extend(page)
            if not isinstance(payload, list) or len(payload) < PAGE:
                break
            skip += PAGE
        return jobs
