"""Ashby job boards: GET {base}/posting-api/job-board/{board}?includeCompensation=true.

Shape from Ashby's public Job Postings API documentation (developers.ashbyhq.com, "job
postings API"): {"apiVersion", "jobs": [{"id", "title", "department", "team", "employmentType",
"location", "secondaryLocations": [{"location", "address"}], "address": {"postalAddress":
{"addressLocality", "addressRegion", "addressCountry"}}, "isRemote", "workplaceType" (OnSite,
Hybrid, Remote), "publishedAt", "isListed", "jobUrl", "applyUrl", "descriptionHtml",
"descriptionPlain", "compensation": {"compensationTierSummary", "summaryComponents":
[{"compensationType", "interval", "currencyCode", "minValue", "maxValue"}]}}]}. No paging."""

from __future__ import annotations

from typing import Any

from core.adapters.sources.base import CompanyBoards, expect, items, obj, seq
from core.models import Job
from core.sources.jobs import board_job, text
from core.sources.pay import Pay, parse_pay, range_pay
from core.sources.places import Place, country_name

DEFAULT_BASE_URL = "https://api.ashbyhq.com"


def _pay(row: dict[str, Any]) -> Pay | None:
    comp = obj(row.get("compensation"))
    for part in seq(comp.get("summaryComponents")):
        if isinstance(part, dict) and text(part.get("compensationType")).lower() == "salary":
            found = range_pay(
                part.get("minValue"),
                part.get("maxValue"),
                part.get("currencyCode"),
                part.get("interval"),
            )
            if found is not None:
                return found
    return parse_pay(text(comp.get("compensationTierSummary")))


def _address(value: Any) -> tuple[str, str | None]:
    postal = obj(obj(value).get("postalAddress"))
    return text(postal.get("addressLocality")), country_name(text(postal.get("addressCountry")))


def parse_ashby(payload: Any, board: str) -> list[Job]:
    where = f"ashby {board}"
    jobs: list[Job] = []
    for row in items(expect(payload, dict, where).get("jobs"), where):
        native, title = text(row.get("id")), text(row.get("title"))
        if not native or not title or row.get("isListed") is False:
            continue
        mode = text(row.get("workplaceType")).lower()
        place = Place(remote=bool(row.get("isRemote")) or mode == "remote", hybrid=mode == "hybrid")
        locations = [text(row.get("location"))]
        addresses = [_address(row.get("address"))]
        for extra in seq(row.get("secondaryLocations")):
            if isinstance(extra, dict):
                locations.append(text(extra.get("location")))
                addresses.append(_address(extra.get("address")))
        for city, country in addresses:
            place.add_city(city)
            if country:
                place.add_country(country)
        jobs.append(
            board_job(
                "ashby",
                f"{board}:{native}",
                title=title,
                company=board.replace("-", " ").title(),
                url=text(row.get("jobUrl"), 1000) or None,
                apply_url=text(row.get("applyUrl"), 1000) or None,
                place=place,
                locations=locations,
                onsite=mode == "onsite" if mode else None,
                description=text(row.get("descriptionPlain"), 20_000) or None,
                description_html=text(row.get("descriptionHtml"), 200_000) or None,
                pay=_pay(row),
                posted=row.get("publishedAt"),
            )
        )
    return jobs


class AshbySource(CompanyBoards):
    name = "ashby"

    async def board(self, slug: str) -> list[Job]:
        path = f"/posting-api/job-board/{slug}"
        return parse_ashby(await self.client.get_json(path, {"includeCompensation": "true"}), slug)
