"""What every board adapter shares: per-company boards with failures kept apart, aggregated
feeds read once per refresh period and filtered by the user's words, and shape checks."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from core.adapters.sources.http import BoardClient
from core.errors import SourceError
from core.models import Job

log = logging.getLogger(__name__)

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_WORD = re.compile(r"\w{3,}")


def expect(payload: Any, kind: type, where: str) -> Any:
    """`payload` if it has the documented shape, else SourceError naming where."""
    if not isinstance(payload, kind):
        raise SourceError(f"{where}: unexpected answer (not a JSON {kind.__name__})")
    return payload


def obj(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one (a field the board left out)."""
    return value if isinstance(value, dict) else {}


def seq(value: Any) -> list[Any]:
    """`value` if it is a JSON list, else an empty one."""
    return value if isinstance(value, list) else []


def items(rows: Any, where: str) -> list[dict[str, Any]]:
    """The objects of a JSON list; anything else in it is skipped."""
    return [row for row in expect(rows, list, where) if isinstance(row, dict)]


class CompanyBoards:
    """A source read per company slug (Greenhouse, Lever, Ashby, SmartRecruiters)."""

    name = ""

    def __init__(self, client: BoardClient, *, max_jobs: int = 300) -> None:
        self.client = client
        self.max_jobs = max_jobs

    async def aclose(self) -> None:
        await self.client.aclose()

    async def board(self, slug: str) -> list[Job]:
        raise NotImplementedError

    async def discover(self, query: str, *, boards: Sequence[str] = ()) -> list[Job]:
        """Every job on the named boards; one bad board is skipped unless all are bad."""
        slugs = [s for s in dict.fromkeys(boards) if _SLUG.match(s)]
        if not slugs:
            return []
        found = await asyncio.gather(*(self.board(s) for s in slugs), return_exceptions=True)
        jobs: list[Job] = []
        errors: list[str] = []
        for result in found:
            if isinstance(result, SourceError):
                errors.append(str(result))
            elif isinstance(result, BaseException):
                raise result
            else:
                jobs.extend(result)
        if errors and not jobs:
            raise SourceError("; ".join(errors)[:300])
        for error in errors:
            log.warning("%s", error)
        return jobs[: self.max_jobs]


class Feed:
    """An aggregated feed: read at most once per `refresh` seconds for every user, then each
    user's words pick the jobs worth judging."""

    name = ""

    def __init__(
        self,
        client: BoardClient,
        *,
        refresh: float = 3600.0,
        max_jobs: int = 100,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.refresh = refresh
        self.max_jobs = max_jobs
        self._clock = clock
        self._jobs: list[Job] | None = None
        self._read_at = float("-inf")
        self._lock = asyncio.Lock()

    async def aclose(self) -> None:
        await self.client.aclose()

    async def fetch(self) -> list[Job]:
        raise NotImplementedError

    async def discover(self, query: str, *, boards: Sequence[str] = ()) -> list[Job]:
        async with self._lock:
            if self._jobs is None or self._clock() - self._read_at >= self.refresh:
                self._jobs = await self.fetch()
                self._read_at = self._clock()
            jobs = self._jobs
        words = {w.casefold() for w in _WORD.findall(query)}
        if not words:
            return jobs[: self.max_jobs]

        def hits(job: Job) -> int:
            seen = set(_WORD.findall(f"{job.title} {' '.join(job.required_skills)}".casefold()))
            return len(words & seen)

        ranked = sorted((j for j in jobs if hits(j)), key=hits, reverse=True)
        return ranked[: self.max_jobs]
