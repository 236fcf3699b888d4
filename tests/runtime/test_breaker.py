"""The LLM circuit breaker: opens after N failures in a row, cancels calls in flight, lets
one trial through after the cool-down; and the container shares one per runtime."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.container import Container
from bot.settings import Settings
from core.adapters.llm_hf import HFLLM
from core.runtime.breaker import BreakerOpen, CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_opens_after_n_consecutive_failures_only() -> None:
    breaker = CircuitBreaker(threshold=3, cooldown=10, clock=Clock())
    breaker.failure()
    breaker.failure()
    breaker.success()  # an answer in between: the count starts again
    breaker.failure()
    breaker.failure()
    assert not breaker.is_open
    breaker.before_call()
    breaker.failure()
    assert breaker.is_open and breaker.trips == 1
    with pytest.raises(BreakerOpen):
        breaker.before_call()


def test_after_the_cool_down_one_trial_decides() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=1, cooldown=10, clock=clock)
    breaker.failure()
    clock.now = 9.9
    with pytest.raises(BreakerOpen):
        breaker.before_call()
    clock.now = 10.0
    assert breaker.before_call() is True  # the trial
    with pytest.raises(BreakerOpen):
        breaker.before_call()  # only one at a time
    breaker.failure()  # the trial failed: open for another cool-down
    clock.now = 15.0
    with pytest.raises(BreakerOpen):
        breaker.before_call()
    clock.now = 20.0
    assert breaker.before_call() is True
    breaker.success()
    assert not breaker.is_open and breaker.before_call() is False


def test_a_cancelled_trial_frees_the_next_one() -> None:
    breaker = CircuitBreaker(threshold=1, cooldown=0, clock=Clock())
    breaker.failure()
    assert breaker.before_call() is True
    breaker.release()
    assert breaker.before_call() is True


async def test_opening_cancels_the_calls_in_flight() -> None:
    breaker = CircuitBreaker(threshold=1, cooldown=60)
    hang = asyncio.Event()
    waiting = [asyncio.ensure_future(breaker.call(asyncio.ensure_future(hang.wait())))]
    await asyncio.sleep(0)
    breaker.failure()
    with pytest.raises(BreakerOpen):
        await waiting[0]


async def test_a_cancel_from_outside_stays_a_cancel() -> None:
    breaker = CircuitBreaker(threshold=1, cooldown=60)
    outer = asyncio.ensure_future(breaker.call(asyncio.ensure_future(asyncio.Event().wait())))
    await asyncio.sleep(0)
    outer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await outer
    assert not breaker.is_open


def test_the_container_shares_one_breaker_and_sets_the_deadline(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        llm_engine="openai",
        llm_base_url="http://127.0.0.1:9",
        cycle_deadline_minutes=2,
        llm_breaker_failures=4,
    )
    container = Container(settings)
    try:
        assert container.autoapply.deadline == 120
        assert isinstance(container.engine, HFLLM)
        assert container.engine.breaker is container.breaker
        assert container.breaker.threshold == 4
    finally:
        container.scheduler_engine.dispose()
        container.store.close()


def test_defaults_are_ten_minutes_and_five_failures(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, llm_engine="offline")
    assert settings.cycle_deadline_minutes == 10 and settings.llm_breaker_failures == 5
    assert settings.llm_schema_format == "auto"
