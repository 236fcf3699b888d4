"""Fair use of the resume reader: one upload per user at a time, an hourly cap, a queue."""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from core.errors import ResumeError

BUSY = "I'm busy reading other resumes, try again in a minute."
ONE_AT_A_TIME = "I'm still reading your last file; send the next one when I have answered."
HOURLY = "You have sent many resumes this hour; please try again later."


class UploadRefused(ResumeError):
    """An upload turned away for fair use; `reason` is a short code for logs and tests."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class FairUse:
    """The limits; the extractor slots are shared by every user of one event loop."""

    slots: int = 3  # extractor children at once; each user holds at most one
    per_hour: int = 10  # uploads a user may start in a sliding hour; 0 = no cap
    queue_wait_s: float = 20.0  # how long an upload may wait for a slot before "busy"


@dataclass
class UploadGate:
    """Per-user limits around one whole upload (reading, parsing, saving)."""

    rules: FairUse = field(default_factory=FairUse)
    clock: Callable[[], float] = time.monotonic
    _in_flight: set[str] = field(default_factory=set)
    _started: dict[str, deque[float]] = field(default_factory=dict)

    @asynccontextmanager
    async def upload(self, user_key: str) -> AsyncIterator[None]:
        """Hold the user's one upload; refuse a second one at once and the hourly excess."""
        if user_key in self._in_flight:
            raise UploadRefused(ONE_AT_A_TIME, "in_flight")
        now = self.clock()
        recent = self._started.setdefault(user_key, deque())
        while recent and now - recent[0] >= 3600:
            recent.popleft()
        if self.rules.per_hour and len(recent) >= self.rules.per_hour:
            raise UploadRefused(HOURLY, "hourly")
        recent.append(now)
        self._in_flight.add(user_key)
        try:
            yield
        finally:
            self._in_flight.discard(user_key)
            if not recent:
                self._started.pop(user_key, None)


_queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, asyncio.Semaphore]] = (
    weakref.WeakKeyDictionary()
)


def _queue(slots: int) -> asyncio.Semaphore:
    """The loop's queue for `slots` children (one per loop: semaphores belong to a loop)."""
    queues = _queues.setdefault(asyncio.get_running_loop(), {})
    queue = queues.get(slots)
    if queue is None:
        queue = queues[slots] = asyncio.Semaphore(slots)
    return queue


@asynccontextmanager
async def extractor_slot(rules: FairUse | None = None) -> AsyncIterator[None]:
    """One extractor slot, waited for at most `queue_wait_s` (asyncio's queue is FIFO)."""
    rules = rules or DEFAULT_RULES
    queue = _queue(rules.slots)
    try:
        async with asyncio.timeout(rules.queue_wait_s):
            await queue.acquire()
    except TimeoutError:
        raise UploadRefused(BUSY, "busy") from None
    try:
        yield
    finally:
        queue.release()


DEFAULT_RULES = FairUse()
