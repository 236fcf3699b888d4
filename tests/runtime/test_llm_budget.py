"""LLM_DAILY_BUDGET: a cycle stops calling the LLM at the user's daily budget and leaves the
rest waiting with the reason; the offline engine is never counted; the chat says it plainly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.apply import ApplyRoutine
from core.chat.messages import Identity, IncomingFile
from core.chat.service import ChatService
from core.clock import FixedClock
from core.models import AppState, Platform
from core.pipeline import SCORING_UNAVAILABLE, AutoApply
from core.runtime.llm_budget import BUDGET_SPENT, LLMBudget, spent_message
from storage.sql_store import SqlStore
from tests.runtime.conftest import FAST, client, make_user, no_sleep
from tests.runtime.portal import PortalProcess
from tests.runtime.test_pipeline import FakeJudge

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
RESUME = b"Julie Monroe\nNutrition consultant\njulie@example.com\n" + b"Planned meals. " * 30


def cycle(store: SqlStore, portal: object, judge: FakeJudge, budget: LLMBudget) -> AutoApply:
    applier = ApplyRoutine(store, portal, judge, policy=FAST, sleep=no_sleep)  # type: ignore[arg-type]
    return AutoApply(store, portal, judge, applier, max_jobs=12, page_size=5, budget=budget)  # type: ignore[arg-type]


async def test_a_spent_budget_leaves_jobs_waiting_with_the_reason(
    store: SqlStore, clean_portal: PortalProcess
) -> None:
    uid = await make_user(store)
    clock = FixedClock(NOW)
    budget = LLMBudget(store, clock, daily=5, engine="openai")
    judge = FakeJudge("all-accept")
    async with client(clean_portal) as portal:
        summary = await cycle(store, portal, judge, budget).run_cycle(uid)
        assert len(judge.evaluated) == 5  # the LLM was asked five times, no more
        waiting = await store.applications_in_state(AppState.PENDING, user_id=uid)
        assert len(waiting) == 7
        assert all(a.reasons == [SCORING_UNAVAILABLE, BUDGET_SPENT] for a in waiting)
        assert summary.applied == 5
        # the next day's budget judges five more of the waiting jobs
        clock.now = lambda: NOW + timedelta(days=1)  # type: ignore[method-assign]
        await cycle(store, portal, judge, budget).run_cycle(uid)
    assert len(judge.evaluated) == 10
    assert len(await store.applications_in_state(AppState.PENDING, user_id=uid)) == 2


async def test_the_offline_engine_and_zero_are_never_counted(sqlite_store: SqlStore) -> None:
    user, _ = await sqlite_store.register_user(Platform.CONSOLE, "free")
    for budget in (
        LLMBudget(sqlite_store, FixedClock(NOW), daily=1, engine="offline"),
        LLMBudget(sqlite_store, FixedClock(NOW), daily=0, engine="openai"),
    ):
        for _ in range(3):
            await budget.spend(user.id)  # never raises
    assert await sqlite_store.spend_llm_call(user.id, NOW.date(), 1)  # nothing was counted


async def test_the_chat_says_when_the_budget_is_spent(sqlite_store: SqlStore) -> None:
    from core.adapters.llm_offline import OfflineLLM

    budget = LLMBudget(sqlite_store, FixedClock(NOW), daily=1, engine="openai")
    chat = ChatService(sqlite_store, OfflineLLM(), None, None, None, budget=budget)  # type: ignore[arg-type]
    who = Identity(platform=Platform.CONSOLE, user_id="julie")
    await chat.handle_command(who, "start")
    file = IncomingFile(filename="cv.txt", data=RESUME)
    assert "Here is what I read" in (await chat.handle_file(who, file))[0].plain_text()
    assert (await chat.handle_file(who, file))[0].plain_text() == spent_message(1)
