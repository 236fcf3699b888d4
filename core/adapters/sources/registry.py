"""Build the configured job sources by name (JOB_SOURCES), each with its base URL and manners."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from core.adapters.sources import arbeitnow, ashby, greenhouse, lever, remotive, smartrecruiters
from core.adapters.sources.base import CompanyBoards, Feed
from core.adapters.sources.http import USER_AGENT, BoardClient, Politeness
from core.models import PORTAL_SOURCE
from core.ports import JobSource

ADAPTERS: dict[str, tuple[type[CompanyBoards] | type[Feed], str]] = {
    "greenhouse": (greenhouse.GreenhouseSource, greenhouse.DEFAULT_BASE_URL),
    "lever": (lever.LeverSource, lever.DEFAULT_BASE_URL),
    "ashby": (ashby.AshbySource, ashby.DEFAULT_BASE_URL),
    "smartrecruiters": (smartrecruiters.SmartRecruitersSource, smartrecruiters.DEFAULT_BASE_URL),
    "remotive": (remotive.RemotiveSource, remotive.DEFAULT_BASE_URL),
    "arbeitnow": (arbeitnow.ArbeitnowSource, arbeitnow.DEFAULT_BASE_URL),
}
KNOWN = frozenset({PORTAL_SOURCE, *ADAPTERS})
# Boards read per company slug (a user's /sources list names them); the rest are feeds.
COMPANY_BOARDS = frozenset(n for n, (cls, _) in ADAPTERS.items() if issubclass(cls, CompanyBoards))
# Manners per board: Remotive asks for at most four reads a day, so its feed is kept 6 hours.
_FEED_REFRESH = {"remotive": remotive.REFRESH_SECONDS, "arbeitnow": 3600.0}


def build_sources(
    names: list[str],
    *,
    base_urls: Mapping[str, str] | None = None,
    politeness: Politeness | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    user_agent: str | None = None,
) -> list[JobSource]:
    """One adapter per named board (the portal is not one of them: it has its own client)."""
    urls = base_urls or {}
    built: list[JobSource] = []
    for name in dict.fromkeys(names):
        if name == PORTAL_SOURCE:
            continue
        if name not in ADAPTERS:
            raise ValueError(f"unknown job source {name!r} (known: {', '.join(sorted(KNOWN))})")
        cls, default_url = ADAPTERS[name]
        client = BoardClient(
            name,
            urls.get(name) or default_url,
            politeness=politeness,
            transport=transport,
            user_agent=user_agent or USER_AGENT,
        )
        if issubclass(cls, Feed):
            built.append(cls(client, refresh=_FEED_REFRESH.get(name, 3600.0)))
        else:
            built.append(cls(client))
    return built
