"""A per-user daily budget of LLM calls, counted in the database (the offline engine is free)."""

from __future__ import annotations

import logging
from datetime import date

from core.errors import LLMUnavailable
from core.ports import Clock, Store

log = logging.getLogger(__name__)

SCORING_UNAVAILABLE = "scoring unavailable"  # core.pipeline's waiting reason, repeated here
BUDGET_SPENT = "daily LLM budget spent"


def spent_message(limit: int) -> str:
    return (
        f"You have used today's {limit} AI calls, so I stop here; I go on after midnight UTC "
        "and nothing is lost."
    )


class BudgetSpent(LLMUnavailable):
    """The user's LLM calls for today are used up (a row waits; the chat says so plainly)."""


class LLMBudget:
    """`spend` before each paid LLM call; it raises LLMUnavailable once the day's calls are used."""

    def __init__(self, store: Store, clock: Clock, daily: int, engine: str) -> None:
        self._store = store
        self._clock = clock
        self.daily = daily
        # 0 means unlimited; the offline engine costs nothing, so it is never counted
        self.counts = daily > 0 and engine != "offline"

    def today(self) -> date:
        return self._clock.now().date()

    async def spend(self, user_id: int) -> None:
        """Count one call for `user_id` today, or raise when the budget is spent."""
        if not self.counts:
            return
        if not await self._store.spend_llm_call(user_id, self.today(), self.daily):
            log.info("user %d: daily LLM budget of %d spent", user_id, self.daily)
            raise BudgetSpent(f"{SCORING_UNAVAILABLE}: {BUDGET_SPENT}")
