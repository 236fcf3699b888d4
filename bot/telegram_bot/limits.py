"""Two small asyncio primitives for flood control: keyed FIFO locks and a sliding window."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field


@dataclass
class _Lane:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class KeyedLocks:
    """One FIFO lock per key (a chat), dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._lanes: dict[object, _Lane] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: object) -> AsyncIterator[None]:
        lane = self._lanes.setdefault(key, _Lane())
        lane.users += 1
        try:
            async with lane.lock:
                yield
        finally:
            lane.users -= 1
            if lane.users == 0:
                self._lanes.pop(key, None)

    def __len__(self) -> int:
        return len(self._lanes)


class SlidingWindow:
    """At most `limit` requests in any `period` seconds, as the server sees them.

    A request counts from the moment it leaves until `period` after its answer came back.
    The server received it somewhere in between, so however the network delays or bunches
    requests, no window of `period` seconds at the server holds more than `limit`. Under a
    light load nothing ever waits; waiters are served in order.
    """

    def __init__(self, limit: int, period: float = 1.0) -> None:
        self.limit = limit
        self.period = period
        self._in_flight = 0
        self._done: deque[float] = deque()  # answer times within the last period
        self._turn = asyncio.Lock()
        self._released = asyncio.Event()

    def _used(self, now: float) -> int:
        while self._done and self._done[0] <= now - self.period:
            self._done.popleft()
        return self._in_flight + len(self._done)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._turn:
            while self._used(time.monotonic()) >= self.limit:
                if self._done:
                    await asyncio.sleep(self._done[0] + self.period - time.monotonic())
                else:  # every slot is in flight: wait for an answer
                    self._released.clear()
                    await self._released.wait()
            self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            self._done.append(time.monotonic())
            self._released.set()
