"""Build a domain Job from the fields a job board gives, the same way for every board."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from core.models import Job
from core.sources.html_text import html_to_text
from core.sources.pay import Pay, parse_pay
from core.sources.places import Place, read_place

SOURCE_LABELS = {
    "portal": "the job portal",
    "greenhouse": "Greenhouse",
    "lever": "Lever",
    "ashby": "Ashby",
    "smartrecruiters": "SmartRecruiters",
    "remotive": "Remotive",
    "arbeitnow": "Arbeitnow",
}


def text(value: Any, limit: int = 300) -> str:
    """A short string field, whatever the board sent (None, a number, a list)."""
    if isinstance(value, str):
        return value.strip()[:limit]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def safe_url(value: str | None) -> str | None:
    """An http(s) link from an untrusted board, or None (no javascript:, data: or bare text)."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value.strip()[:1000]


def when(value: Any) -> datetime | None:
    """A posted date from ISO text, Unix seconds or Unix milliseconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def board_job(
    source: str,
    native_id: str,
    *,
    title: str,
    company: str,
    url: str | None,
    apply_url: str | None = None,
    place: Place | None = None,
    locations: Iterable[str | None] = (),
    onsite: bool | None = None,
    description_html: str | None = None,
    escaped: bool = False,
    description: str | None = None,
    pay: Pay | None = None,
    pay_text: str | None = None,
    posted: Any = None,
    skills: Iterable[str] = (),
    attribution: str | None = None,
) -> Job:
    """A Job with an id unique across sources ("greenhouse:acme:123")."""
    place = read_place(*locations, place=place)
    body = description if description else html_to_text(description_html, escaped=escaped)
    pay = pay or parse_pay(pay_text)
    fields: dict[str, Any] = {
        "id": f"{source}:{native_id}"[:200],
        "title": title[:300],
        "company": company[:200],
        "cities": place.cities,
        "countries": place.countries,
        "is_remote": place.remote,
        "is_hybrid": place.hybrid,
        "is_onsite": (not place.remote and not place.hybrid) if onsite is None else onsite,
        "salary_offered": pay.low if pay else None,
        "salary_max": pay.high if pay else None,
        "currency": pay.currency if pay else None,
        "salary_period": pay.period if pay else None,
        "required_skills": [s[:60] for s in skills if isinstance(s, str) and s.strip()][:30],
        "description": body[:20_000],
        "source": source,
        # The posting's page (an extra field, like the portal's) and where to apply.
        "url": safe_url(url),
        "apply_url": safe_url(apply_url) or safe_url(url),
        "posted_at": when(posted),
        "attribution": attribution,
    }
    return Job.model_validate(fields)
