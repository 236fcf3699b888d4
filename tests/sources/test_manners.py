"""The polite client: conditional requests, retries with backoff, Retry-After, the breaker,
the pause between requests, timeouts; every failure one SourceError."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from core.adapters.sources.http import BoardClient, Politeness
from core.adapters.sources.registry import build_sources
from core.errors import SourceError
from tests.fakes.job_boards import FakeJobBoards
from tests.sources import payloads as p
from tests.sources.conftest import QUICK

PATH = "/v0/postings/carely"


class Sleeps:
    """Records every pause instead of waiting, and moves a fake clock on by it."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self.now = 1000.0

    async def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


async def test_a_second_read_is_conditional_and_served_from_the_cache_on_304(
    boards: FakeJobBoards,
) -> None:
    boards.boards.lever["carely"] = p.lever_rows(3)
    [lever] = build_sources(["lever"], base_urls={"lever": boards.url}, politeness=QUICK)
    try:
        first = await lever.discover("", boards=["carely"])
        second = await lever.discover("", boards=["carely"])
    finally:
        await lever.aclose()
    assert [j.id for j in second] == [j.id for j in first] and len(first) == 3
    hits = boards.hits(PATH)
    assert "If-None-Match" not in hits[0].headers
    assert hits[1].headers["If-None-Match"].startswith('"')  # the fake answered 304


async def test_429_waits_as_long_as_retry_after_then_succeeds(boards: FakeJobBoards) -> None:
    boards.boards.lever["carely"] = p.lever_rows(2)
    boards.fail(PATH, 429, retry_after="7")
    sleeps = Sleeps()
    client = BoardClient("lever", boards.url, politeness=QUICK, sleep=sleeps)
    try:
        body = await client.get_json(PATH, {"mode": "json"})
    finally:
        await client.aclose()
    assert len(body) == 2
    assert sleeps.pauses == [pytest.approx(7.0)]  # never sooner than asked
    assert len(boards.hits(PATH)) == 2


async def test_5xx_is_retried_with_growing_backoff_then_reported(boards: FakeJobBoards) -> None:
    boards.boards.lever["carely"] = p.lever_rows(2)
    boards.fail(PATH, 503, 502, 500)
    sleeps = Sleeps()
    manners = Politeness(min_interval=0, base_delay=1.0, attempts=3, breaker_failures=5)
    client = BoardClient("lever", boards.url, politeness=manners, sleep=sleeps)
    try:
        with pytest.raises(SourceError, match=r"^lever: HTTP 500$"):
            await client.get_json(PATH)
        assert len(sleeps.pauses) == 2 and 1.0 <= sleeps.pauses[0] < sleeps.pauses[1]
        assert len(await client.get_json(PATH)) == 2  # the board is back: served again
    finally:
        await client.aclose()


async def test_a_board_asking_to_wait_too_long_is_skipped_without_waiting(
    boards: FakeJobBoards,
) -> None:
    boards.fail(PATH, 429, retry_after="3600")
    sleeps = Sleeps()
    client = BoardClient("lever", boards.url, politeness=QUICK, sleep=sleeps)
    try:
        with pytest.raises(SourceError, match="asked to wait 3600 s"):
            await client.get_json(PATH)
    finally:
        await client.aclose()
    assert sleeps.pauses == []


async def test_the_breaker_stops_asking_a_board_that_keeps_failing() -> None:
    calls: list[str] = []

    def down(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(503)

    sleeps = Sleeps()
    manners = Politeness(min_interval=0, attempts=2, breaker_failures=2, breaker_cooldown=60)
    client = BoardClient(
        "ashby", "http://ashby.test", politeness=manners, transport=httpx.MockTransport(down),
        sleep=sleeps, clock=sleeps.clock,
    )  # fmt: skip
    for _ in range(2):
        with pytest.raises(SourceError, match="HTTP 503"):
            await client.get_json("/x")
    assert len(calls) == 4
    with pytest.raises(SourceError, match="paused after repeated failures"):
        await client.get_json("/x")
    assert len(calls) == 4  # nothing sent while open
    sleeps.now += 61  # after the cooldown one trial goes out
    with pytest.raises(SourceError, match="HTTP 503"):
        await client.get_json("/x")
    assert len(calls) == 6
    await client.aclose()


async def test_requests_to_one_board_keep_their_distance() -> None:
    sleeps = Sleeps()
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=[]))
    client = BoardClient(
        "lever", "http://lever.test", politeness=Politeness(min_interval=2.0),
        transport=transport, sleep=sleeps, clock=sleeps.clock,
    )  # fmt: skip
    await asyncio.gather(*(client.get_json(f"/p{i}") for i in range(3)))
    await client.aclose()
    assert sleeps.pauses == [pytest.approx(2.0), pytest.approx(2.0)]


async def test_a_hanging_board_times_out_as_one_error() -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = BoardClient(
        "remotive", "http://remotive.test", politeness=QUICK,
        transport=httpx.MockTransport(hang),
    )  # fmt: skip
    with pytest.raises(SourceError, match=r"^remotive: timed out$"):
        await client.get_json("/api/remote-jobs")
    await client.aclose()
