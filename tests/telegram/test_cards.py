"""One message per job on Telegram: the card is edited in place through the application's life,
against the fake Bot API with the real chat layer, store, apply routine and mock portal."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest

from core.models import AppState, NotificationDraft, NotificationKind, Platform, PortalStatus
from core.ports import Store
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import Call, FakeTelegramServer, FakeUser
from tests.support import product
from tests.telegram.stack import Stack, running_stack
from tests.telegram.test_end_to_end import app_id, on_portal, onboard, run_round

portal_url = product.portal_url
shared_store = product.shared_store
julie_pdf = pytest.fixture(scope="module")(lambda: product.JULIE_PDF.read_bytes())

# The card's last line, in the order an application lives it: an edit never goes back.
STAGES = ["Needs your decision.", "Approved: applying shortly.", "Applying…", "Applied ✓"]
_people = itertools.count(1)


@pytest.fixture
def julie(tg: FakeTelegramServer) -> FakeUser:
    return tg.user(81_000 + next(_people), "Julie")


@pytest.fixture
async def stack(
    tg: FakeTelegramServer, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(tg, shared_store, portal_url) as s:
        yield s


def last_line(call: Call) -> str:
    return call.visible_text.rstrip().rsplit("\n", 1)[-1]


def only_edits_of(calls: list[Call], card: Call) -> bool:
    return all(c.method == "editMessageText" and c.message_id == card.message_id for c in calls)


async def employer_answers(store: Store, app: int, status: PortalStatus) -> None:
    """What the status poll writes when the portal shows a decision (row and outbox at once)."""
    draft = NotificationDraft(
        kind=NotificationKind.STATUS_CHANGED,
        payload={"application_id": app, "status": status.value},
    )
    assert await store.set_portal_status(app, status, draft)


async def press_together(stack: Stack, user: FakeUser, card: Call, *labels: str) -> list[str]:
    """Press buttons of `card` without waiting in between; the toasts, in press order."""
    current = stack.current(card)
    mark = stack.tg.mark()
    queries = [stack.tg.press(user, current.payload(label), message=current)[1] for label in labels]
    answers = lambda: {  # noqa: E731
        c.params.get("callback_query_id"): c.params.get("text")
        for c in stack.tg.of("answerCallbackQuery", after=mark)
    }
    await stack.tg.wait_until(lambda: len(answers()) == len(labels), within=15)
    await stack.tg.settle(quiet=0.3, within=30)
    return [answers()[q] for q in queries]


async def test_one_approve_is_one_card_edited_to_applied_then_to_the_employers_answer(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    uid = await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    app = app_id(card)
    mark = stack.tg.mark()
    answer, _ = await stack.press(julie, card, "Approve")
    assert answer.params["text"] == "Applying…"  # the toast
    await stack.deliver_all()  # the routine's "applied" notification: no second message
    calls = stack.tg.sent(julie, after=mark)
    assert calls and only_edits_of(calls, card), [c.method for c in calls]
    assert last_line(stack.current(card)) == "Applied ✓"
    stored = await stack.store.get_application(app)
    assert stored is not None and await on_portal(stack, uid, stored.job_id) == 1

    mark = stack.tg.mark()
    await employer_answers(stack.store, app, PortalStatus.REJECTED)
    assert await stack.deliver_all() == 1
    [edit] = stack.tg.sent(julie, after=mark)
    assert only_edits_of([edit], card)
    shown = stack.current(card).visible_text
    assert shown.startswith("The employer answered")
    assert last_line(stack.current(card)) == "The employer declined your application."
    assert "Applied ✓" not in shown


async def test_a_double_tap_applies_once_and_never_edits_backwards(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    uid = await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    mark = stack.tg.mark()
    first, second = await press_together(stack, julie, card, "Approve", "Approve")
    await stack.deliver_all()
    # the two taps race: whichever the CAS lets through says "Applying…", the other is told
    won, lost = (first, second) if first == "Applying…" else (second, first)
    assert won == "Applying…" and lost in ("Already applying", "Already applied")
    edits = stack.tg.sent(julie, after=mark)
    assert only_edits_of(edits, card)
    stages = [STAGES.index(last_line(e)) for e in edits]
    assert stages == sorted(stages) and stages[-1] == STAGES.index("Applied ✓"), stages
    stored = await stack.store.get_application(app_id(card))
    assert stored is not None and await on_portal(stack, uid, stored.job_id) == 1


async def test_approve_and_discard_at_once_one_wins_and_the_other_is_told(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    uid = await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    approve, discard = await press_together(stack, julie, card, "Approve", "Discard")
    await stack.deliver_all()
    stored = await stack.store.get_application(app_id(card))
    assert stored is not None
    if stored.state is AppState.REJECTED:
        assert (discard, approve) == ("Discarded", "Already discarded")
        assert last_line(stack.current(card)) == "Discarded."
        assert await on_portal(stack, uid, stored.job_id) == 0
    else:
        assert stored.state is AppState.APPLIED
        assert approve == "Applying…" and discard in ("Already applying", "Already applied")
        assert last_line(stack.current(card)) == "Applied ✓"
        assert await on_portal(stack, uid, stored.job_id) == 1


class DiesMidApply:
    """An applier whose process dies after claiming the row (left `applying`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def approve_and_apply(self, app: int) -> object:
        await self.store.transition(app, AppState.APPLYING, from_states=[AppState.APPROVED])
        raise RuntimeError("the process died")


async def test_after_a_crash_mid_apply_recovery_brings_the_card_up_to_date(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    uid = await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    app = app_id(card)
    stack.chat.deps.applier = DiesMidApply(stack.store)  # type: ignore[assignment]
    mark = stack.tg.mark()
    await stack.press(julie, card, "Approve")
    assert "Applying…" in stack.current(card).visible_text

    await stack.restart()  # a new process: a fresh chat layer, the same database
    await stack.product.applier.recover()
    await stack.deliver_all()
    assert only_edits_of(stack.tg.sent(julie, after=mark), card)
    assert last_line(stack.current(card)) == "Applied ✓"
    stored = await stack.store.get_application(app)
    assert stored is not None and stored.state is AppState.APPLIED
    assert await on_portal(stack, uid, stored.job_id) == 1


async def test_a_card_that_cannot_be_edited_is_sent_again_and_edited_from_then_on(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    app = app_id(card)
    await stack.press(julie, card, "Approve")
    await stack.deliver_all()
    stack.tg.fail_next(
        "editMessageText", status=400, description="Bad Request: message to edit not found"
    )
    mark = stack.tg.mark()
    await employer_answers(stack.store, app, PortalStatus.ACCEPTED)
    await stack.deliver_all()
    [resent] = [c for c in stack.tg.sent(julie, after=mark) if c.ok]
    assert resent.method == "sendMessage" and resent.message_id != card.message_id
    assert last_line(resent) == "The employer accepted your application 🎉"
    recorded = await stack.store.card_message(app, Platform.TELEGRAM)
    assert recorded is not None and recorded.message_id == str(resent.message_id)


async def test_an_auto_applied_job_is_one_message_later_edited_for_the_employers_answer(
    stack: Stack, julie: FakeUser, julie_pdf: bytes
) -> None:
    await onboard(stack, julie, julie_pdf)
    await run_round(stack, julie)
    applied = [c for c in stack.tg.sent(julie) if c.visible_text.startswith("I applied for you")]
    assert applied, "the round applied to nothing"
    message = applied[0]
    app = int(message.payload("Documents").rsplit(":", 1)[1])
    mark = stack.tg.mark()
    await employer_answers(stack.store, app, PortalStatus.ACCEPTED)
    await stack.deliver_all()
    [edit] = stack.tg.sent(julie, after=mark)
    assert only_edits_of([edit], message)
    assert last_line(stack.current(message)) == "The employer accepted your application 🎉"
