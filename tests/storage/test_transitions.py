"""The application state machine: every legal move works, every illegal one changes nothing."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from core.errors import IllegalTransition
from core.models import LEGAL_MOVES, AppState, NotificationDraft, NotificationKind, Platform
from storage.sql_store import SqlStore

# A path from pending to each state, through legal moves only.
PATH_TO = {
    AppState.PENDING: [],
    AppState.CLARIFY: [AppState.CLARIFY],
    AppState.APPROVED: [AppState.APPROVED],
    AppState.APPLYING: [AppState.APPROVED, AppState.APPLYING],
    AppState.APPLIED: [AppState.APPROVED, AppState.APPLYING, AppState.APPLIED],
    AppState.FAILED: [AppState.APPROVED, AppState.APPLYING, AppState.FAILED],
    AppState.REJECTED: [AppState.REJECTED],
    AppState.ASSISTED: [AppState.ASSISTED],
    AppState.APPLIED_BY_USER: [AppState.ASSISTED, AppState.APPLIED_BY_USER],
}


async def _app_in(store: SqlStore, state: AppState, job_id: str = "job-1") -> int:
    user, _ = await store.register_user(Platform.TELEGRAM, f"tg-{job_id}")
    app, created = await store.create_application(user.id, job_id, idempotency_key=f"k-{job_id}")
    assert created and app.state is AppState.PENDING
    for step in PATH_TO[state]:
        result = await store.transition(app.id, step)
        assert result.won
    return app.id


LEGAL = [(src, dst) for src, dsts in LEGAL_MOVES.items() for dst in sorted(dsts)]
ILLEGAL = [
    (src, dst) for src, dst in itertools.product(AppState, AppState) if dst not in LEGAL_MOVES[src]
]


@pytest.mark.parametrize(("src", "dst"), LEGAL, ids=lambda s: s.value)
async def test_every_legal_move_is_applied_and_timestamped(
    store: SqlStore, src: AppState, dst: AppState
) -> None:
    app_id = await _app_in(store, src)
    result = await store.transition(app_id, dst, from_states=[src])
    assert result.won
    assert result.application.state is dst
    assert dst.value in result.application.state_times
    stored = await store.get_application(app_id)
    assert stored is not None and stored.state is dst


@pytest.mark.parametrize(("src", "dst"), ILLEGAL, ids=lambda s: s.value)
async def test_every_illegal_move_is_refused_with_no_change(
    store: SqlStore, src: AppState, dst: AppState
) -> None:
    app_id = await _app_in(store, src)
    before = await store.get_application(app_id)
    with pytest.raises(IllegalTransition):
        await store.transition(app_id, dst, from_states=[src])
    after = await store.get_application(app_id)
    assert after == before
    assert await store.due_notifications(after.updated_at.replace(year=2100)) == []


async def test_a_move_from_the_wrong_current_state_loses_and_reports_it(store: SqlStore) -> None:
    app_id = await _app_in(store, AppState.CLARIFY)
    # clarify -> applying is never legal; approved -> applying is, but the row is in clarify.
    result = await store.transition(app_id, AppState.APPLYING)
    assert not result.won
    assert result.application.state is AppState.CLARIFY


async def test_fields_and_attempts_are_set_with_the_move(store: SqlStore) -> None:
    app_id = await _app_in(store, AppState.APPROVED)
    result = await store.transition(
        app_id, AppState.APPLYING, add_attempt=True, fields={"last_error": None}
    )
    assert result.application.attempts == 1
    result = await store.transition(
        app_id,
        AppState.APPLIED,
        fields={"portal_application_id": "P-7", "reasons": ["good fit"], "score": 81},
    )
    app = result.application
    assert (app.portal_application_id, app.reasons, app.score) == ("P-7", ["good fit"], 81)
    with pytest.raises(ValueError, match="not application fields"):
        await store.transition(app_id, AppState.APPLIED, fields={"state": "pending"})


async def test_hundred_racing_callers_exactly_one_wins(store: SqlStore) -> None:
    app_id = await _app_in(store, AppState.APPROVED)
    draft = NotificationDraft(kind=NotificationKind.APPLIED, payload={"app": app_id})
    results = await asyncio.gather(
        *[store.transition(app_id, AppState.APPLYING, notify=draft) for _ in range(100)]
    )
    winners = [r for r in results if r.won]
    assert len(winners) == 1
    assert all(r.application.state is AppState.APPLYING for r in results)
    app = await store.get_application(app_id)
    assert app is not None
    notes = await store.due_notifications(app.updated_at.replace(year=2100))
    assert len(notes) == 1  # only the winner's notification exists


async def test_one_row_per_user_and_job(store: SqlStore) -> None:
    user, _ = await store.register_user(Platform.DISCORD, "d-1")
    results = await asyncio.gather(
        *[store.create_application(user.id, "J", idempotency_key="k") for _ in range(20)]
    )
    assert sum(created for _, created in results) == 1
    assert len({app.id for app, _ in results}) == 1
