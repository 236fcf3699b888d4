"""Flood control: AIORateLimiter plus one message per second per chat, and per-chat order."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, BaseUpdateProcessor

from bot.telegram_bot.limits import KeyedLocks, SlidingWindow

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

# Telegram refuses more than about 30 messages a second from one bot.
OVERALL_PER_SECOND = 29

Callback = Callable[..., Coroutine[Any, Any, Any]]


def _seconds(period: int | dt.timedelta) -> float:
    return period.total_seconds() if isinstance(period, dt.timedelta) else float(period)


async def _sleep_until(moment: float) -> None:
    wait = moment - time.monotonic()
    if wait > 0:
        await asyncio.sleep(wait)


class PacedRateLimiter(AIORateLimiter):
    """AIORateLimiter (RetryAfter waited out and retried, group limits) plus our pacing.

    Messages to one chat go out one at a time, in the order they were asked for, each at least
    `per_chat_interval` seconds after Telegram answered the previous one: one chat never sees
    more than one message a second. All chats together stay within `overall_per_second` in
    every second as Telegram counts it (a sliding window; see SlidingWindow).

    The overall limit is applied here, after any RetryAfter pause, rather than by the parent:
    the parent takes capacity before waiting a pause out, so what it let in during the pause
    leaves in one burst when the pause ends and draws the next 429.
    """

    def __init__(
        self,
        *,
        per_chat_interval: float = 1.0,
        overall_per_second: int = OVERALL_PER_SECOND,
        max_retries: int = 8,
    ) -> None:
        super().__init__(overall_max_rate=0, max_retries=max_retries)
        self.per_chat_interval = per_chat_interval
        self._window = SlidingWindow(overall_per_second) if overall_per_second else None
        self._resume_at = 0.0  # no chat message leaves before this (a RetryAfter pause)
        self._chats = KeyedLocks()
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
        if chat_id is None:  # toasts, getMe, the command menu: not messages, never held
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        key = str(chat_id)
        paced = endpoint in PACED_METHODS and self.per_chat_interval > 0

        async def send(*a: Any, **kw: Any) -> Any:
            if paced:
                await _sleep_until(self._last_sent.get(key, 0.0) + self.per_chat_interval)
            while self._resume_at > time.monotonic():  # another 429 may extend the pause
                await _sleep_until(self._resume_at)
            async with self._window.slot() if self._window else contextlib.nullcontext():
                self._last_sent[key] = time.monotonic()
                try:
                    return await callback(*a, **kw)
                except RetryAfter as err:
                    pause = _seconds(err.retry_after) + 0.1
                    self._resume_at = max(self._resume_at, time.monotonic() + pause)
                    raise
                finally:
                    # From the answer on: Telegram has the message by then, so the next one
                    # arrives at least an interval later whatever the network did.
                    self._last_sent[key] = time.monotonic()

        if not paced:
            return await super().process_request(
                send, args, kwargs, endpoint, data, rate_limit_args
            )
        try:
            async with self._chats.hold(key):
                return await super().process_request(
                    send, args, kwargs, endpoint, data, rate_limit_args
                )
        finally:
            self._forget_idle_chats()

    def _forget_idle_chats(self) -> None:
        if len(self._last_sent) > 4096:
            horizon = time.monotonic() - self.per_chat_interval
            self._last_sent = {k: t for k, t in self._last_sent.items() if t > horizon}


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Updates from different chats run concurrently; one chat's messages run in order.

    Button presses skip the queue: their answer (a toast) must come at once even while a
    slow command of the same chat is still running. (A queued update holds one of the
    `max_concurrent_updates` slots while it waits: PTB takes the slot first and does not let
    that be overridden.)
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._chats = KeyedLocks()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None or (isinstance(update, Update) and update.callback_query):
            await coroutine
            return
        async with self._chats.hold(chat.id):
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
