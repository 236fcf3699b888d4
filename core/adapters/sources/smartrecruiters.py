"""SmartRecruiters postings: GET {base}/v1/companies/{company}/postings?limit=&offset= (paged),
then GET .../postings/{id} for the advert text of the first few.

Shape from SmartRecruiters' Posting API documentation (developers.smartrecruiters.com, "Posting
API"): list {"offset", "limit", "totalFound", "content": [{"id", "name", "company": {"identifier",
"name"}, "releasedDate", "location": {"city", "region", "country" (ISO code), "remote",
"hybrid", "fullLocation"}, "typeOfEmployment": {"label"}}]}; one posting adds "applyUrl",
"postingUrl" and "jobAd": {"sections": {"companyDescription", "jobDescription",
"qualifications", "additionalInformation"}: {"title", "text" (HTML)}}."""

from __future__ import annotations

import asyncio
from typing import Any

from core.adapters.sources.base import CompanyBoards, expect, items, obj
from core.errors import SourceError
from core.models import Job
from core.sources.html_text import html_to_text
from core.sources.jobs import board_job, text
from core.sources.places import Place, country_name

DEFAULT_BASE_URL = "https://api.smartrecruiters.com"
PAGE = 100
_SECTIONS = ("jobDescription", "qualifications", "additionalInformation", "companyDescription")


def _advert(detail: dict[str, Any]) -> str:
    sections = obj(obj(detail.get("jobAd")).get("sections"))
    parts = []
    for key in _SECTIONS:
        section = sections.get(key)
        if isinstance(section, dict) and isinstance(section.get("text"), str):
            parts.append(html_to_text(section["text"]))
    return "\n\n".join(p for p in parts if p)


def parse_smartrecruiters(
    payload: Any, company: str, details: dict[str, dict[str, Any]] | None = None
) -> list[Job]:
    where = f"smartrecruiters {company}"
    details = details or {}
    jobs: list[Job] = []
    for row in items(expect(payload, dict, where).get("content"), where):
        native, title = text(row.get("id")), text(row.get("name"))
        if not native or not title:
            continue
        loc = obj(row.get("location"))
        place = Place(remote=loc.get("remote") is True, hybrid=loc.get("hybrid") is True)
        place.add_city(text(loc.get("city")))
        if (country := country_name(text(loc.get("country")))) is not None:
            place.add_country(country)
        owner = obj(row.get("company"))
        detail = details.get(native, {})
        page = f"https://jobs.smartrecruiters.com/{company}/{native}"
        jobs.append(
            board_job(
                "smartrecruiters",
                f"{company}:{native}",
                title=title,
                company=text(owner.get("name")) or company,
                url=text(detail.get("postingUrl"), 1000) or page,
                apply_url=text(detail.get("applyUrl"), 1000) or None,
                place=place,
                description=_advert(detail) or None,
                posted=row.get("releasedDate"),
            )
        )
    return jobs


class SmartRecruitersSource(CompanyBoards):
    name = "smartrecruiters"
    detail_limit = 25  # advert texts fetched per company and cycle: one request each

    async def board(self, slug: str) -> list[Job]:
        rows: list[Any] = []
        offset = 0
        while len(rows) < self.max_jobs:
            params = {"limit": PAGE, "offset": offset}
            payload = await self.client.get_json(f"/v1/companies/{slug}/postings", params)
            page = items(expect(payload, dict, f"smartrecruiters {slug}").get("content"), slug)
            rows.extend(page)
            total = payload.get("totalFound")
            offset += PAGE
            if len(page) < PAGE or not isinstance(total, int) or offset >= total:
                break
        ids = [text(r.get("id")) for r in rows[: self.detail_limit] if text(r.get("id"))]
        found = await asyncio.gather(*(self._detail(slug, i) for i in ids))
        details = {i: d for i, d in zip(ids, found, strict=True) if d}
        return parse_smartrecruiters({"content": rows}, slug, details)

    async def _detail(self, slug: str, native: str) -> dict[str, Any]:
        try:
            body = await self.client.get_json(f"/v1/companies/{slug}/postings/{native}")
        except SourceError:
            return {}  # the listing still counts; the judge sees the title and place only
        return body if isinstance(body, dict) else {}
