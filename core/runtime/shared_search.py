"""Jobs found once per round: cycles running the same search share one portal fetch."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core.models import Job


@dataclass(frozen=True)
class Found:
    """What one search found, and why it stopped short (None when it did not)."""

    jobs: list[Job]
    error: str | None = None


class SharedSearch:
    """Single flight with a short memory, keyed by the search query.

    A round runs hundreds of cycles within minutes, and users with the same roles, skills
    and places send the portal the same query: the first cycle fetches, the others (at the
    same time or within `ttl` seconds) get its answer. A search that stopped short is shared
    with the cycles that waited on it but never kept. `ttl` <= 0 turns sharing off. The jobs
    are shared objects: callers copy before changing one.
    """

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[Found]],
        *,
        ttl: float,
        max_entries: int = 2048,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._entries: dict[str, tuple[float, asyncio.Future[Found]]] = {}

    async def get(self, query: str) -> Found:
        if self.ttl <= 0:
            return await self._fetch(query)
        now = self._clock()
        entry = self._entries.get(query)
        if entry is not None and (not entry[1].done() or entry[0] > now):
            # shield: one waiter's cancellation must not cancel the others' fetch
            return await asyncio.shield(entry[1])
        self._forget_expired(now)
        task = asyncio.ensure_future(self._fetch(query))
        self._entries[query] = (now + self.ttl, task)
        task.add_done_callback(lambda done: self._settled(query, done))
        return await asyncio.shield(task)

    def _settled(self, query: str, done: asyncio.Future[Found]) -> None:
        failed = done.cancelled() or done.exception() is not None or done.result().error
        if failed and self._entries.get(query, (0.0, None))[1] is done:
            del self._entries[query]

    def _forget_expired(self, now: float) -> None:
        if len(self._entries) < self._max:
            return
        for query, (expires, future) in list(self._entries.items()):
            if future.done() and expires <= now:
                del self._entries[query]
        while len(self._entries) >= self._max:  # all fresh: drop the oldest
            del self._entries[next(iter(self._entries))]
