"""Clarify cards and their buttons: Approve (once, even when tapped twice), Discard, Full report,
Documents, Try again; the owner check and malformed payloads."""

from __future__ import annotations

import asyncio

import pytest

from core import actions
from core.chat.flows import Flow
from core.intake import extract_text_sync
from core.models import AppState, Notification, NotificationKind
from tests.chat.conftest import (
    NOW,
    TG,
    TG_OTHER,
    World,
    application,
    cache_verdict,
    payloads,
    press,
    registered,
)


async def _clarify_notification(world: World, uid: int, n: int = 1) -> Notification:
    app = await application(
        world,
        uid,
        n,
        AppState.CLARIFY,
        notify=True,
        score=55,
        reasons=["2 of 3 requirements shown"],
    )
    [note] = await world.store.due_notifications(NOW.replace(year=2100))
    assert note.payload["application_id"] == app.id
    return note


async def test_a_clarify_card_shows_the_job_the_evidence_and_three_buttons(world: World) -> None:
    uid = await registered(world)
    await cache_verdict(world, uid, 1)
    note = await _clarify_notification(world, uid)
    user = await world.store.get_user(uid)
    assert user is not None
    [card] = await world.chat.render_notification(user, note)
    said = card.plain_text()
    assert "A job needs your decision" in said
    assert "Nutrition Consultant 1 at Company 1" in said
    assert "United States (remote)" in said and "52,000 USD" in said
    assert "Score: 55/100" in said
    assert "✓ meal planning: “Meal Planning”" in said
    assert "✗ phlebotomy" in said
    assert list(payloads(card)) == ["Approve", "Discard", "Full report"]
    assert payloads(card)["Approve"] == f"ca:{note.payload['application_id']}"


async def test_without_a_cached_verdict_the_card_shows_the_reasons(world: World) -> None:
    uid = await registered(world)
    note = await _clarify_notification(world, uid)
    user = await world.store.get_user(uid)
    assert user is not None
    [card] = await world.chat.render_notification(user, note)
    assert "• 2 of 3 requirements shown" in card.plain_text()


async def test_approve_answers_at_once_then_edits_applying_then_applied(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    flow = await world.chat.handle_action(TG, actions.approve(app.id))
    assert flow.answer.text == "Applying…"
    assert world.portal.applied == []  # nothing slow happened before the answer
    applying, applied = await flow.collect()  # type: ignore[attr-defined]
    # drawn from the row as it is (approved by the press), never an optimistic state
    assert applying.edit and "Approved: applying shortly." in applying.plain_text()
    assert not applying.buttons and applying.card is not None
    assert applied.card is not None and applied.card.version > applying.card.version
    assert applied.edit and "Applied ✓" in applied.plain_text()
    assert list(payloads(applied)) == ["Documents", "Why?"]
    assert [r.job_id for r in world.portal.applied] == ["J0001"]
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.APPLIED


async def test_two_presses_at_once_apply_once(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    world.portal.apply_delay = 0.05
    flows = await asyncio.gather(
        *(world.chat.handle_action(TG, actions.approve(app.id)) for _ in range(2))
    )
    results = await asyncio.gather(*(f.collect() for f in flows))  # type: ignore[attr-defined]
    assert len(world.portal.applied) == 1
    finals = sorted(r[-1].plain_text().rsplit("\n", 1)[-1] for r in results)
    assert "Applied ✓" in finals
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.APPLIED
    # a third tap, later, gets the current state and applies nothing
    flow, [again] = await press(world.chat, TG, actions.approve(app.id))
    assert flow.answer.text == "Already applied" and "Applied ✓" in again.plain_text()
    assert len(world.portal.applied) == 1


async def test_a_late_second_tap_shows_the_state_when_it_plays(world: World) -> None:
    """A second tap taken while the first applies, but played after it (as adapters play
    presses on one message in order), must not paint the older state over "Applied"."""
    uid = await registered(world)
    app = await application(world, uid, 1)
    world.portal.apply_delay = 0.05
    first = await world.chat.handle_action(TG, actions.approve(app.id))
    stream = first.replies()
    applying = await anext(stream)
    assert "applying shortly" in applying.plain_text()
    finishing = asyncio.ensure_future(anext(stream))
    for _ in range(400):  # until the first tap has moved the row on
        moved = await world.store.get_application(app.id)
        if moved is not None and moved.state is not AppState.CLARIFY:
            break
        await asyncio.sleep(0.005)
    second = await world.chat.handle_action(TG, actions.approve(app.id))  # taken mid-apply
    assert second.answer.text.startswith("Already")
    final_first = await finishing
    [final_second] = await second.collect()  # type: ignore[attr-defined]
    assert "Applied ✓" in final_first.plain_text()
    assert "Applied ✓" in final_second.plain_text()
    assert len(world.portal.applied) == 1


async def test_discard_moves_the_job_to_rejected_and_edits_the_card(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1, reasons=["2 of 3 requirements shown"])
    flow, [edited] = await press(world.chat, TG, actions.discard(app.id))
    assert flow.answer.text == "Discarded" and edited.edit
    assert "Discarded." in edited.plain_text()
    assert list(payloads(edited)) == ["Why?", "Undo"]
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.REJECTED
    assert stored.reasons[0] == "discarded by you"
    # approve after discard changes nothing
    flow, _ = await press(world.chat, TG, actions.approve(app.id))
    assert flow.answer.text == "Already discarded" and world.portal.applied == []


@pytest.mark.parametrize(
    "make",
    [
        actions.approve,
        actions.discard,
        actions.retry,
        actions.documents,
        actions.word_files,
        actions.report,
        actions.view,
        actions.why,
        actions.undo,
    ],
)
async def test_a_button_of_another_user_is_refused_with_no_change(
    world: World, make: object
) -> None:
    uid = await registered(world)
    await registered(world, TG_OTHER)
    app = await application(world, uid, 1)
    flow, replies = await press(world.chat, TG_OTHER, make(app.id))  # type: ignore[operator]
    assert flow.answer.text == "This button is not for you." and flow.answer.alert
    assert replies == []
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.state is AppState.CLARIFY
    assert stored.updated_at == app.updated_at and world.portal.applied == []


async def test_an_unregistered_presser_is_refused_too(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    flow, replies = await press(world.chat, TG_OTHER, actions.approve(app.id))
    assert flow.answer.text == "This button is not for you." and replies == []


@pytest.mark.parametrize(
    "payload", ["ca:x", "ca:1:1", "drop table", "ca:" + "1" * 80, "", "ls:all:0:1"]
)
async def test_malformed_payloads_are_refused_without_touching_anything(
    world: World, payload: str
) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    flow, replies = await press(world.chat, TG, payload)
    assert flow.answer.text.startswith("This button is from an older version") and replies == []
    stored = await world.store.get_application(app.id)
    assert stored is not None and stored.updated_at == app.updated_at


async def test_a_button_for_a_deleted_application(world: World) -> None:
    await registered(world)
    flow, replies = await press(world.chat, TG, actions.approve(424242))
    assert "no longer stored" in flow.answer.text and replies == []


async def test_an_applied_notification_offers_documents(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    await press(world.chat, TG, actions.approve(app.id))
    notes = await world.store.due_notifications(NOW.replace(year=2100))
    [applied] = [n for n in notes if n.kind is NotificationKind.APPLIED]
    user = await world.store.get_user(uid)
    assert user is not None
    [reply] = await world.chat.render_notification(user, applied)
    assert "I applied for you" in reply.plain_text()
    _, [docs] = await press(world.chat, TG, payloads(reply)["Documents"])
    resume = docs.files[0]
    assert resume.filename == "Julie Monroe - Resume - Company 1 - Nutrition Consultant 1.pdf"
    assert "Julie Monroe" in extract_text_sync(resume.data, resume.filename)


async def test_a_failed_application_can_be_tried_again(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    world.portal.down = True
    _, replies = await press(world.chat, TG, actions.approve(app.id))
    assert "Could not apply" in replies[-1].plain_text()
    assert list(payloads(replies[-1])) == ["Try again"]
    notes = await world.store.due_notifications(NOW.replace(year=2100))
    [failed] = [n for n in notes if n.kind is NotificationKind.FAILED]
    user = await world.store.get_user(uid)
    assert user is not None
    [card] = await world.chat.render_notification(user, failed)
    assert "An application failed" in card.plain_text() and "500" in card.plain_text()
    world.portal.down = False
    flow, replies = await press(world.chat, TG, payloads(card)["Try again"])
    assert flow.answer.text == "Applying…" and "Applied ✓" in replies[-1].plain_text()
    assert len(world.portal.applied) == 1


async def test_full_report_shows_the_stored_report(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1, report="Score 55\n✓ meal planning\n✗ phlebotomy")
    _, [reply] = await press(world.chat, TG, actions.report(app.id))
    assert "✗ phlebotomy" in reply.plain_text() and not reply.edit


async def test_the_applier_crashing_leaves_a_plain_message(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)

    class Broken:
        async def approve_and_apply(self, app_id: int) -> object:
            raise RuntimeError("boom with secrets inside")

    world.chat.deps.applier = Broken()  # type: ignore[assignment]
    flow = await world.chat.handle_action(TG, actions.approve(app.id))
    assert isinstance(flow, Flow)
    replies = await flow.collect()
    assert "something went wrong" in replies[-1].plain_text()
    assert "secrets" not in replies[-1].plain_text()
    stored = await world.store.get_application(app.id)
    # the press's approval stands (the next round applies approved jobs) and the card says so
    assert stored is not None and stored.state is AppState.APPROVED
    assert "Approved: applying shortly." in replies[-1].plain_text()


async def test_buttons_on_an_old_message_work_after_a_restart(world: World) -> None:
    uid = await registered(world)
    note = await _clarify_notification(world, uid)
    user = await world.store.get_user(uid)
    assert user is not None
    [card] = await world.chat.render_notification(user, note)
    chat = world.restarted()  # a new process: nothing of the old one is left but the database
    flow = await chat.handle_action(TG, payloads(card)["Approve"])
    replies = await flow.collect()  # type: ignore[attr-defined]
    assert "Applied ✓" in replies[-1].plain_text() and len(world.portal.applied) == 1
