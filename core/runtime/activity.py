"""Who used the chat lately: their employers' answers are asked for every minute, not every
quarter of an hour."""

from __future__ import annotations

from datetime import datetime, timedelta

from core.clock import SystemClock
from core.ports import Clock

ACTIVE_FOR = timedelta(hours=1)


class Activity:
    """The last time each user spoke to the bot (any command, message, file or button).

    Kept in memory: after a restart everyone is polled at the slow pace until they come back,
    which costs nothing but a few minutes' delay for someone not looking anyway.
    """

    def __init__(self, clock: Clock | None = None, *, window: timedelta = ACTIVE_FOR) -> None:
        self._clock = clock or SystemClock()
        self.window = window
        self._seen: dict[int, datetime] = {}

    def seen(self, user_id: int) -> None:
        self._seen[user_id] = self._clock.now()

    def active(self) -> list[int]:
        """Users seen within the window, oldest first; the others are forgotten."""
        since = self._clock.now() - self.window
        self._seen = {u: at for u, at in self._seen.items() if at >= since}
        return list(self._seen)
