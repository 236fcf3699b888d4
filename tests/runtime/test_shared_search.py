"""Cycles with the same search share one portal fetch; failures and old answers are not kept."""

from __future__ import annotations

import asyncio

import pytest

from core.models import Job
from core.runtime.shared_search import Found, SharedSearch


class FakeFetch:
    """Counts fetches per query; each waits on `gate`; `error` makes the answer stop short."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.error: str | None = None

    async def __call__(self, query: str) -> Found:
        self.calls.append(query)
        await self.gate.wait()
        return Found([Job(id=f"{query}-{len(self.calls)}", title=query)], self.error)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_cycles_asking_at_once_share_one_fetch() -> None:
    fetch = FakeFetch()
    fetch.gate.clear()
    shared = SharedSearch(fetch, ttl=60)
    waiting = asyncio.gather(*(shared.get("chef paris") for _ in range(5)), shared.get("nurse"))
    await asyncio.sleep(0)
    fetch.gate.set()
    *same, other = await waiting
    assert sorted(fetch.calls) == ["chef paris", "nurse"]
    assert {f.jobs[0].id for f in same} == {"chef paris-1"} and other.jobs[0].title == "nurse"


async def test_an_answer_serves_later_cycles_until_it_is_too_old() -> None:
    fetch, clock = FakeFetch(), Clock()
    shared = SharedSearch(fetch, ttl=60, clock=clock)
    first = await shared.get("q")
    clock.now += 59
    assert (await shared.get("q")).jobs == first.jobs and fetch.calls == ["q"]
    clock.now += 2
    assert (await shared.get("q")).jobs[0].id == "q-2" and fetch.calls == ["q", "q"]


async def test_a_search_that_stopped_short_is_never_kept() -> None:
    fetch = FakeFetch()
    shared = SharedSearch(fetch, ttl=60)
    fetch.error = "job portal unavailable: portal error 503"
    assert (await shared.get("q")).error is not None
    fetch.error = None
    again = await shared.get("q")
    assert again.error is None and fetch.calls == ["q", "q"]


async def test_sharing_off_fetches_every_time() -> None:
    fetch = FakeFetch()
    shared = SharedSearch(fetch, ttl=0)
    await shared.get("q")
    await shared.get("q")
    assert fetch.calls == ["q", "q"]


async def test_one_cancelled_cycle_does_not_cancel_the_others_fetch() -> None:
    fetch = FakeFetch()
    fetch.gate.clear()
    shared = SharedSearch(fetch, ttl=60)
    first = asyncio.create_task(shared.get("q"))
    second = asyncio.create_task(shared.get("q"))
    await asyncio.sleep(0)
    first.cancel()
    fetch.gate.set()
    with pytest.raises(asyncio.CancelledError):
        await first
    assert (await second).jobs[0].id == "q-1" and fetch.calls == ["q"]


async def test_old_answers_are_dropped_when_the_memory_is_full() -> None:
    fetch, clock = FakeFetch(), Clock()
    shared = SharedSearch(fetch, ttl=60, max_entries=3, clock=clock)
    for q in ("a", "b", "c", "d"):
        await shared.get(q)
    await shared.get("a")  # dropped to make room for "d": fetched again
    assert fetch.calls == ["a", "b", "c", "d", "a"]
