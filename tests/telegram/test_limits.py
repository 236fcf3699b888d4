"""The flood-control primitives: keyed FIFO locks and the sliding window."""

from __future__ import annotations

import asyncio
import random
import time

from bot.telegram_bot.limits import KeyedLocks, SlidingWindow


async def test_keyed_locks_keep_order_per_key_and_forget_idle_keys() -> None:
    locks = KeyedLocks()
    seen: list[tuple[str, int]] = []

    async def work(key: str, n: int) -> None:
        async with locks.hold(key):
            await asyncio.sleep(0.01 * (3 - n))  # later ones are faster: order must hold
            seen.append((key, n))

    await asyncio.gather(*(work(k, n) for n in range(3) for k in ("a", "b")))
    assert [n for k, n in seen if k == "a"] == [0, 1, 2]
    assert [n for k, n in seen if k == "b"] == [0, 1, 2]
    assert len(locks) == 0


async def test_the_window_never_holds_more_than_its_limit_whatever_the_delays() -> None:
    window = SlidingWindow(limit=5, period=0.2)
    spans: list[tuple[float, float]] = []
    rng = random.Random(3)

    async def request() -> None:
        async with window.slot():
            start = time.monotonic()
            await asyncio.sleep(rng.uniform(0, 0.05))  # the network, variably slow
            spans.append((start, time.monotonic()))

    began = time.monotonic()
    await asyncio.gather(*(request() for _ in range(30)))
    took = time.monotonic() - began
    # Wherever inside its span the server saw a request, no 0.2 s holds more than 5:
    # every request overlapping a window's span is counted against it.
    for start, _ in spans:
        overlapping = [s for s in spans if s[0] < start + 0.2 and s[1] > start]
        assert len(overlapping) <= 5
    assert took >= (30 / 5 - 1) * 0.2  # it really held requests back


async def test_the_window_lets_a_light_load_through_at_once() -> None:
    window = SlidingWindow(limit=5, period=10)
    began = time.monotonic()
    for _ in range(5):
        async with window.slot():
            pass
    assert time.monotonic() - began < 1  # nothing waited for the 10 s period
