""" "Why?" on applied, skipped and discarded jobs, and Undo on a Discard while the job is open."""

from __future__ import annotations

from core import actions
from core.chat.flows import NOT_YOURS
from core.chat.undo import CLOSED, NOT_YOURS_TO_UNDO
from core.chat.why import MAX_CHARS
from core.judging.report import clarification_report
from core.models import AppState, Decision, Match, Preferences, Verdict
from tests.chat.conftest import (
    TG,
    TG_OTHER,
    World,
    application,
    job,
    payloads,
    press,
    registered,
    text_of,
)

VERDICT = Verdict(
    score=81,
    decision=Decision.ACCEPT,
    reasons=["2 of 3 requirements shown", "seniority fits"],
    matched=[
        Match(requirement="meal planning", evidence="Meal Planning"),
        Match(requirement="nutrition counseling", evidence="Nutrition Counseling"),
    ],
    missing=["phlebotomy"],
)


def report(n: int, verdict: Verdict = VERDICT) -> str:
    return clarification_report(job(n), Preferences(countries=["United States"]), verdict)


async def test_why_on_an_applied_job_shows_the_report_it_was_decided_on(world: World) -> None:
    uid = await registered(world)
    app = await application(
        world, uid, 1, AppState.APPLIED, score=81, reasons=VERDICT.reasons, report=report(1)
    )
    [listing] = await world.chat.handle_command(TG, "applied")
    _, [card] = await press(world.chat, TG, payloads(listing)["1"])
    assert payloads(card)["Why?"] == actions.why(app.id)
    flow, [why] = await press(world.chat, TG, payloads(card)["Why?"])
    said = why.plain_text()
    assert not why.edit and not flow.answer.alert  # a new message: the card stays
    assert said.splitlines()[1] == "Why I applied (score 81/100)"
    # the decisive reasons first, then what the job asked for, then the deal-breakers
    assert said.index("2 of 3 requirements shown") < said.index("phlebotomy")
    assert said.index("phlebotomy") < said.index("Salary: 52,000 USD")
    assert "✗ phlebotomy: not shown" in said and "Advice" not in said
    assert len(said) <= MAX_CHARS


async def test_why_on_a_skipped_job_gives_the_rule_and_fits_a_phone(world: World) -> None:
    uid = await registered(world)
    many = [f"requirement number {i} that is rather long to state" for i in range(30)]
    long = Verdict(score=12, decision=Decision.REJECT, reasons=["x " * 200] * 6, missing=many)
    app = await application(
        world,
        uid,
        2,
        AppState.REJECTED,
        score=12,
        reasons=["salary 52,000 USD is below your minimum of 90,000 USD", *long.reasons],
        report=report(2, long),
    )
    _, [why] = await press(world.chat, TG, actions.why(app.id))
    said = why.plain_text()
    assert said.splitlines()[1] == "Why I skipped it (score 12/100)"
    assert said.splitlines()[2].startswith("• salary 52,000 USD is below your minimum")
    assert len(said) <= MAX_CHARS and said.endswith("…")
    # a rule's skip cannot be undone: only the user's own Discard can
    _, [card] = await press(world.chat, TG, actions.view(app.id))
    assert list(payloads(card)) == ["Why?"]
    flow, _ = await press(world.chat, TG, actions.undo(app.id))
    assert flow.answer.text == NOT_YOURS_TO_UNDO


async def test_why_without_a_stored_report_uses_the_reasons(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 3, AppState.REJECTED, reasons=["wrong country"])
    _, [why] = await press(world.chat, TG, actions.why(app.id))
    assert "• wrong country" in why.plain_text()


async def test_discard_then_why_then_undo_brings_the_decision_back(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 4, score=58, reasons=["2 of 3 requirements shown"])
    _, [discarded] = await press(world.chat, TG, actions.discard(app.id))
    assert list(payloads(discarded)) == ["Why?", "Undo"]
    _, [why] = await press(world.chat, TG, payloads(discarded)["Why?"])
    lines = why.plain_text().splitlines()
    assert lines[1] == "You discarded it; I had asked you because (score 58/100)"
    assert lines[2] == "• 2 of 3 requirements shown"

    flow, [back] = await press(world.chat, TG, payloads(discarded)["Undo"])
    assert flow.answer.text.startswith("Back") and back.edit
    assert list(payloads(back)) == ["Approve", "Discard", "Full report"]
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.CLARIFY
    assert stored.reasons == ["2 of 3 requirements shown"]  # the "discarded by you" is gone
    # a second Undo (a double tap) changes nothing; the job is in /clarify again
    flow, _ = await press(world.chat, TG, actions.undo(app.id))
    assert flow.answer.text == "Still waiting for your decision"
    assert "Nutrition Consultant 4" in text_of(await world.chat.handle_command(TG, "clarify"))
    # and it can be approved for real now
    await press(world.chat, TG, payloads(back)["Approve"])
    assert [r.job_id for r in world.portal.applied] == ["J0004"]


async def test_undo_refused_once_the_portal_closed_the_job(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 5)
    await press(world.chat, TG, actions.discard(app.id))
    world.portal.closed.add("J0005")
    flow, replies = await press(world.chat, TG, actions.undo(app.id))
    assert flow.answer.text == CLOSED and flow.answer.alert and replies == []
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.REJECTED


async def test_undo_when_the_portal_cannot_say_still_works(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 6)
    await press(world.chat, TG, actions.discard(app.id))
    world.portal.down = True  # Approve would find out; Undo only needs the decision back
    _, [back] = await press(world.chat, TG, actions.undo(app.id))
    assert list(payloads(back)) == ["Approve", "Discard", "Full report"]


async def test_another_user_can_neither_undo_nor_read_why(world: World) -> None:
    uid = await registered(world)
    await registered(world, TG_OTHER)
    app = await application(world, uid, 7, reasons=["private reason"])
    await press(world.chat, TG, actions.discard(app.id))
    for make in (actions.undo, actions.why):
        flow, replies = await press(world.chat, TG_OTHER, make(app.id))
        assert flow.answer.text == NOT_YOURS and replies == []
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.REJECTED


def test_the_new_payloads_fit_telegram() -> None:
    for make in (actions.why, actions.undo):
        payload = make(999_999_999_999_999_999)
        assert len(payload.encode()) <= 64 and actions.decode(payload).app_id
