"""A circuit breaker for the LLM: after N consecutive failures, stop calling for a while.

One breaker is shared by every caller of one runtime, so when the server is clearly down a
cycle of 89 jobs costs a handful of timeouts instead of 89 x 3. When it opens, calls still in
flight are cancelled: they would only wait for the same timeout.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")


class BreakerOpen(Exception):
    """The breaker is open: the call was not made (or was cancelled)."""


class CircuitBreaker:
    """Closed (calls go through), open (calls fail fast) and, after `cooldown`, half-open:
    one trial call at a time decides whether to close again."""

    def __init__(
        self,
        threshold: int = 5,
        cooldown: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False
        self._in_flight: set[asyncio.Future[Any]] = set()
        self.trips = 0

    @property
    def is_open(self) -> bool:
        return self._opened_at is not None

    def before_call(self) -> bool:
        """Raise BreakerOpen unless a call may go out now; True for a half-open trial."""
        if self._opened_at is None:
            return False
        if self._trial or self._clock() - self._opened_at < self.cooldown:
            raise BreakerOpen("the LLM server is not answering")
        self._trial = True  # half-open: this one call decides
        return True

    def release(self) -> None:
        """End a half-open trial that neither succeeded nor failed (it was cancelled)."""
        self._trial = False

    def success(self) -> None:
        self._failures = 0
        self._opened_at = None
        self._trial = False

    def failure(self) -> None:
        """Count a timeout or server error; the Nth in a row opens the breaker."""
        self._failures += 1
        if self._trial or self._failures >= self.threshold:
            if self._opened_at is None or self._trial:
                self.trips += 1
            self._opened_at = self._clock()
            self._trial = False
            for call in list(self._in_flight):
                call.cancel()

    async def call(self, future: asyncio.Future[R]) -> R:
        """Await `future`, cancelled if the breaker opens meanwhile (then BreakerOpen)."""
        self._in_flight.add(future)
        try:
            return await future
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if (
                future.cancelled()
                and self.is_open
                and (current is None or not current.cancelling())
            ):
                raise BreakerOpen("the LLM server is not answering") from None
            raise
        finally:
            self._in_flight.discard(future)
