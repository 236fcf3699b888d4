"""Fixtures: the fake job boards over real HTTP, and sources pointed at it with quick manners."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.adapters.sources.http import Politeness
from core.adapters.sources.registry import ADAPTERS, build_sources
from core.ports import JobSource
from tests.fakes.job_boards import Boards, FakeJobBoards

# No pauses between requests and short backoff: the manners are tested on their own.
QUICK = Politeness(min_interval=0.0, base_delay=0.01, max_delay=0.05, timeout=5.0)


@pytest.fixture
async def boards() -> AsyncIterator[FakeJobBoards]:
    async with FakeJobBoards(Boards()) as server:
        yield server


@pytest.fixture
async def sources(boards: FakeJobBoards) -> AsyncIterator[dict[str, JobSource]]:
    built = build_sources(
        list(ADAPTERS), base_urls=dict.fromkeys(ADAPTERS, boards.url), politeness=QUICK
    )
    yield {s.name: s for s in built}
    for source in built:
        await source.aclose()
