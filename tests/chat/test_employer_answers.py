"""Employers' answers: /status records them (and queues the card's edit), /applied, /status
and /stats count the same stored facts, and active users are polled every minute."""

from __future__ import annotations

from datetime import timedelta

from bot.scheduler import ACTIVE_POLL_JOB, STATUS_POLL_JOB, AutoApplyScheduler
from core import actions
from core.chat.messages import Identity
from core.clock import FixedClock
from core.models import NotificationKind, PortalStatus
from core.runtime.activity import Activity
from core.status_poll import StatusPoller
from tests.chat.conftest import NOW, TG, TG_OTHER, World, application, press, registered, text_of


async def applied_twice(world: World, who: Identity = TG, first: int = 1) -> tuple[int, list[int]]:
    """A user with two jobs applied through the fake portal (Approve on each)."""
    uid = await registered(world, who)
    ids = []
    for n in (first, first + 1):
        app = await application(world, uid, n)
        await press(world.chat, who, actions.approve(app.id))
        ids.append(app.id)
    return uid, ids


async def test_status_records_the_employers_answer_and_every_command_says_the_same(
    world: World,
) -> None:
    _, (first, _) = await applied_twice(world)
    world.portal.decisions = {"J0001": "rejected"}
    said = text_of(await world.chat.handle_command(TG, "status"))
    assert "At the portal: 1 in review, 0 accepted, 1 declined" in said
    stored = await world.store.get_application(first)
    assert stored is not None and stored.portal_status is PortalStatus.REJECTED
    # the answer is queued for the chat at once: the job's card is edited within seconds
    due = await world.store.due_notifications(NOW.replace(year=2100))
    [note] = [n for n in due if n.kind is NotificationKind.STATUS_CHANGED]
    assert note.payload["application_id"] == first

    applied = text_of(await world.chat.handle_command(TG, "applied"))
    assert "declined by the employer" in applied and "in review" in applied
    stats = text_of(await world.chat.handle_command(TG, "stats"))
    assert "Success rate: 0% (0 accepted, 1 declined)" in stats
    # asked again: nothing new, nothing queued twice
    await world.chat.handle_command(TG, "status")
    due = await world.store.due_notifications(NOW.replace(year=2100))
    assert [n.kind for n in due].count(NotificationKind.STATUS_CHANGED) == 1


async def test_with_the_portal_down_status_says_so_and_shows_the_last_known_answers(
    world: World,
) -> None:
    await applied_twice(world)
    world.portal.decisions = {"J0002": "accepted"}
    await world.chat.handle_command(TG, "status")
    world.portal.down = True
    said = text_of(await world.chat.handle_command(TG, "status"))
    assert (
        "The job portal is not answering right now. "
        "Last known: 1 in review, 1 accepted, 0 declined." in said
    )


def test_activity_keeps_users_seen_within_the_window() -> None:
    clock = FixedClock(NOW)
    activity = Activity(clock, window=timedelta(hours=1))
    activity.seen(1)
    clock.advance(timedelta(minutes=40))
    activity.seen(2)
    assert activity.active() == [1, 2]
    clock.advance(timedelta(minutes=30))
    assert activity.active() == [2]


async def test_the_chat_marks_its_users_active(world: World) -> None:
    uid = await registered(world)
    await world.chat.handle_command(TG, "status")
    assert world.chat.activity.active() == [uid]


async def test_the_frequent_poll_asks_only_about_active_users(world: World) -> None:
    active, _ = await applied_twice(world)
    idle, _ = await applied_twice(world, TG_OTHER, first=3)
    activity = Activity(world.clock)
    poller = StatusPoller(world.store, world.portal)
    sched = AutoApplyScheduler(world.store.engine, None, world.store, poller, activity=activity)  # type: ignore[arg-type]
    await sched.start()
    try:
        assert {STATUS_POLL_JOB, ACTIVE_POLL_JOB} <= {j.id for j in sched.jobs()}
        world.portal.status_calls.clear()
        await sched.poll_active()
        assert world.portal.status_calls == []  # nobody is active: nobody is asked
        activity.seen(active)
        world.portal.decisions = {"J0001": "accepted", "J0003": "accepted"}
        await sched.poll_active()
        user = await world.store.get_user(active)
        assert user is not None and world.portal.status_calls == [user.portal_user_id]
        due = await world.store.due_notifications(NOW.replace(year=2100))
        answered = [n.user_id for n in due if n.kind is NotificationKind.STATUS_CHANGED]
        assert answered == [active] and idle not in answered
    finally:
        await sched.shutdown()
