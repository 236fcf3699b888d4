"""Flood control: AIORateLimiter plus one message per second per chat, and per-chat order."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

# Methods that put a message (or a change to one) in a chat; answers to button presses and
# reads are not paced, so a toast is never queued behind a chat's messages.
PACED_METHODS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)

OVERALL_RATE = 28.0  # messages a second for the whole bot

Callback = Callable[..., Coroutine[Any, Any, Any]]


@dataclass
class _Lane:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class _Lanes:
    """One FIFO lock per key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._lanes: dict[object, _Lane] = {}

    def enter(self, key: object) -> _Lane:
        lane = self._lanes.setdefault(key, _Lane())
        lane.users += 1
        return lane

    def leave(self, key: object, lane: _Lane) -> None:
        lane.users -= 1
        if lane.users == 0:
            self._lanes.pop(key, None)

    def __len__(self) -> int:
        return len(self._lanes)


class PacedRateLimiter(AIORateLimiter):
    """AIORateLimiter (overall rate, groups, RetryAfter waited out) plus per-chat pacing.

    Messages to one chat go out one at a time, in the order they were asked for, each at least
    `per_chat_interval` seconds after Telegram answered the previous one, so one chat never
    sees more than one message a second. The overall rate stays a little under Telegram's
    "about 30 a second" so that network jitter never bunches requests into a 429.
    """

    def __init__(
        self,
        *,
        per_chat_interval: float = 1.0,
        overall_max_rate: float = OVERALL_RATE,
        max_retries: int = 8,
    ) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self.per_chat_interval = per_chat_interval
        self._lanes = _Lanes()
        self._last_sent: dict[str, float] = {}

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat_id = data.get("chat_id")
        if endpoint not in PACED_METHODS or chat_id is None or not self.per_chat_interval:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        key = str(chat_id)
        lane = self._lanes.enter(key)
        try:
            async with lane.lock:
                wait = self._last_sent.get(key, float("-inf")) + self.per_chat_interval
                wait -= time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)

                async def timed(*a: Any, **kw: Any) -> Any:
                    self._last_sent[key] = time.monotonic()
                    try:
                        return await callback(*a, **kw)
                    finally:
                        # From the answer on: by then Telegram has the message, so the next
                        # one arrives at least an interval later whatever the network did.
                        self._last_sent[key] = time.monotonic()

                return await super().process_request(
                    timed, args, kwargs, endpoint, data, rate_limit_args
                )
        finally:
            self._lanes.leave(key, lane)
            self._forget_idle_chats()

    def _forget_idle_chats(self) -> None:
        if len(self._last_sent) > 4096:
            horizon = time.monotonic() - self.per_chat_interval
            self._last_sent = {k: t for k, t in self._last_sent.items() if t > horizon}


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Updates from different chats run concurrently; one chat's messages run in order.

    Button presses skip the queue: their answer (a toast) must come at once even while a
    slow command of the same chat is still running.
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._lanes = _Lanes()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None or (isinstance(update, Update) and update.callback_query):
            await coroutine
            return
        lane = self._lanes.enter(chat.id)
        try:
            async with lane.lock:
                await coroutine
        finally:
            self._lanes.leave(chat.id, lane)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
