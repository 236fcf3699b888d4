"""The job card through the chat layer: one message edited forward, one winner per press."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from core import actions
from core.chat.cards import CardDesk, MessageRef
from core.chat.messages import Reply
from core.models import (
    AppState,
    Notification,
    NotificationDraft,
    NotificationKind,
    Platform,
    PortalStatus,
)
from tests.chat.conftest import NOW, TG, World, application, press, registered


@dataclass
class Surface:
    """A chat that records what it was asked to show; `broken` messages cannot be edited."""

    platform: Platform = Platform.TELEGRAM
    shown: dict[str, list[str]] = field(default_factory=dict)  # message id -> its texts
    broken: set[str] = field(default_factory=set)

    async def send(self, reply: Reply) -> MessageRef | None:
        message = str(len(self.shown) + 1)
        self.shown[message] = [reply.plain_text()]
        return MessageRef("chat", message)

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        if ref.message_id in self.broken or ref.message_id not in self.shown:
            return False
        self.shown[ref.message_id].append(reply.plain_text())
        return True


def last_line(text: str) -> str:
    return text.rstrip().rsplit("\n", 1)[-1]


async def notified(world: World, kind: NotificationKind) -> list[Reply]:
    """Render the newest due notification of `kind`, as the outbox would deliver it."""
    due = await world.store.due_notifications(world.clock.now().replace(year=2100))
    note = [n for n in due if n.kind is kind][-1]
    user = await world.store.get_user(note.user_id)
    assert user is not None
    return await world.chat.render_notification(user, note)


async def test_a_card_is_sent_once_then_edited_forward_only(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    desk, chat = world.chat.cards, Surface()
    clarify_card = (await press(world.chat, TG, actions.view(app.id)))[1][0]
    assert clarify_card.card is not None
    assert await desk.show(chat, clarify_card)
    assert not await desk.show(chat, clarify_card)  # the same drawing again: nothing to do
    _, [approved, applied] = await press(world.chat, TG, actions.approve(app.id))
    ref = MessageRef("chat", "1")
    assert await desk.show(chat, applied, pressed=ref)
    assert not await desk.show(chat, approved, pressed=ref)  # older: never painted back
    [note] = await notified(world, NotificationKind.APPLIED)
    assert not await desk.show(chat, note)  # the "applied" notification: already shown
    assert list(chat.shown) == ["1"]
    assert [last_line(t) for t in chat.shown["1"]] == ["Needs your decision.", "Applied ✓"]

    await world.store.set_portal_status(app.id, PortalStatus.REJECTED, status_draft(app.id))
    [answer] = await notified(world, NotificationKind.STATUS_CHANGED)
    assert await desk.show(chat, answer)
    assert list(chat.shown) == ["1"]
    assert last_line(chat.shown["1"][-1]) == "The employer declined your application."


def status_draft(app: int) -> NotificationDraft:
    payload = {"application_id": app, "status": "rejected"}
    return NotificationDraft(kind=NotificationKind.STATUS_CHANGED, payload=payload)


async def test_a_card_that_cannot_be_edited_is_sent_again_and_remembered(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    desk, chat = world.chat.cards, Surface()
    [card] = (await press(world.chat, TG, actions.view(app.id)))[1]
    await desk.show(chat, card)
    chat.broken.add("1")  # deleted by the user, or too old to edit
    _, [*_, applied] = await press(world.chat, TG, actions.approve(app.id))
    assert await desk.show(chat, applied)
    assert list(chat.shown) == ["1", "2"] and last_line(chat.shown["2"][0]) == "Applied ✓"
    stored = await world.store.card_message(app.id, Platform.TELEGRAM)
    assert stored is not None and stored.message_id == "2"


async def test_approve_and_discard_at_once_one_wins_and_the_other_is_told(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    world.portal.apply_delay = 0.05
    approve, discard = await asyncio.gather(
        world.chat.handle_action(TG, actions.approve(app.id)),
        world.chat.handle_action(TG, actions.discard(app.id)),
    )
    await asyncio.gather(approve.collect(), discard.collect())  # type: ignore[attr-defined]
    stored = await world.store.get_application(app.id)
    assert stored is not None
    toasts = (approve.answer.text, discard.answer.text)
    if stored.state is AppState.REJECTED:
        assert toasts == ("Already discarded", "Discarded") and world.portal.applied == []
    else:
        assert stored.state is AppState.APPLIED and len(world.portal.applied) == 1
        assert toasts[0] == "Applying…" and toasts[1] in ("Already applying", "Already applied")


async def test_console_cards_print_each_state_once(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1)
    desk = CardDesk(world.store)
    chat = Surface(platform=Platform.CONSOLE)
    _, [approved, applied] = await press(world.chat, TG, actions.approve(app.id))
    for reply in (approved, applied, approved, applied):
        await desk.show(chat, reply)
    assert [last_line(t) for t in chat.shown["1"]] == ["Approved: applying shortly.", "Applied ✓"]


async def test_a_reminder_comes_as_a_message_of_its_own(world: World) -> None:
    """A kit reminder repeats a card on purpose: it is not an edit of the job's card."""
    uid = await registered(world)
    app = await application(world, uid, 1)
    user = await world.store.get_user(uid)
    assert user is not None
    for kind, tagged in (
        (NotificationKind.ASSISTED_REMINDER, False),
        (NotificationKind.CLARIFY, True),
    ):
        note = Notification(
            id=1, user_id=uid, kind=kind, payload={"application_id": app.id}, created_at=NOW
        )
        [reply, *_] = await world.chat.render_notification(user, note)
        assert (reply.card is not None) is tagged
