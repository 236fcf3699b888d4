"""One polite HTTP client per job board: a clear User-Agent, a minimum gap between requests,
conditional requests answered from a cache on 304, timeouts, retries with backoff on 429 and
5xx (tenacity), and a circuit breaker so a board that is down costs little."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

from core.adapters.portal import parse_retry_after
from core.errors import SourceError
from core.runtime.breaker import BreakerOpen, CircuitBreaker

log = logging.getLogger(__name__)

USER_AGENT = "JobApplyBot/0.1 (job search assistant; +https://github.com/job-apply-bot)"
Sleep = Callable[[float], Awaitable[None]]


class _Retryable(Exception):
    """A 429, a 5xx or a network error: worth another try after a pause."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class _Cached:
    etag: str | None
    last_modified: str | None
    body: Any


@dataclass(frozen=True)
class Politeness:
    """How gently to ask one board."""

    min_interval: float = 1.0  # seconds between two requests to the same board
    timeout: float = 15.0
    attempts: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # asked to wait longer: give up this cycle
    breaker_failures: int = 3
    breaker_cooldown: float = 600.0


class BoardClient:
    """GET JSON from one board; every failure ends as one SourceError with a short reason."""

    def __init__(
        self,
        name: str,
        base_url: str,
        *,
        politeness: Politeness | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str = USER_AGENT,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.name = name
        self.politeness = p = politeness or Politeness()
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            transport=transport,
            timeout=httpx.Timeout(p.timeout, connect=min(5.0, p.timeout)),
            headers={"User-Agent": user_agent, "Accept": "application/json"},
            follow_redirects=True,
        )
        self.breaker = CircuitBreaker(p.breaker_failures, p.breaker_cooldown, clock=clock)
        self._cache: dict[str, _Cached] = {}
        self._gate = asyncio.Lock()
        self._last = float("-inf")
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self.requests = 0  # how many requests went out (for tests and `sources check`)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get_json(self, path: str, params: Mapping[str, str | int] | None = None) -> Any:
        """The JSON body at `path` (from the cache when the board answers 304)."""
        try:
            self.breaker.before_call()
        except BreakerOpen:
            raise SourceError(f"{self.name}: paused after repeated failures") from None
        try:
            body = await self._with_retries(path, params or {})
        except _Retryable as err:
            self.breaker.failure()
            raise SourceError(f"{self.name}: {err}") from None
        except SourceError:
            self.breaker.success()  # it answered: a 404 or a malformed page is not an outage
            raise
        self.breaker.success()
        return body

    async def _with_retries(self, path: str, params: Mapping[str, str | int]) -> Any:
        p = self.politeness
        retrying = AsyncRetrying(
            stop=stop_after_attempt(p.attempts),
            retry=retry_if_exception_type(_Retryable),
            wait=self._wait,
            sleep=self._sleep,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._once(path, params)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, state: Any) -> float:
        """Exponential backoff with jitter, never sooner than the board's Retry-After."""
        p = self.politeness
        n: int = state.attempt_number
        backoff = min(p.max_delay, p.base_delay * 2.0 ** (n - 1)) + self._rng.uniform(0, 0.5)
        err = state.outcome.exception() if state.outcome is not None else None
        asked = err.retry_after if isinstance(err, _Retryable) else None
        return max(backoff, float(asked or 0.0))

    async def _pace(self) -> None:
        async with self._gate:
            wait = self._last + self.politeness.min_interval - self._clock()
            if wait > 0:
                await self._sleep(wait)
            self._last = self._clock()

    async def _once(self, path: str, params: Mapping[str, str | int]) -> Any:
        key = str(self._client.build_request("GET", path, params=params).url)
        cached = self._cache.get(key)
        headers: dict[str, str] = {}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        await self._pace()
        self.requests += 1
        try:
            response = await self._client.get(path, params=params, headers=headers)
        except httpx.TimeoutException:
            raise _Retryable("timed out") from None
        except httpx.TransportError as err:
            raise _Retryable(f"unreachable ({type(err).__name__})") from None
        status = response.status_code
        if status == 304 and cached is not None:
            return cached.body
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.politeness.max_retry_after:
                raise SourceError(f"{self.name}: asked to wait {retry_after:.0f} s")
            raise _Retryable(f"HTTP {status}", retry_after)
        if status == 404:
            raise SourceError(f"{self.name}: not found ({path})")
        if status != 200:
            raise SourceError(f"{self.name}: HTTP {status}")
        try:
            body = response.json()
        except ValueError:
            raise SourceError(f"{self.name}: the answer is not JSON") from None
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if etag or modified:
            self._cache[key] = _Cached(etag, modified, body)
        return body
