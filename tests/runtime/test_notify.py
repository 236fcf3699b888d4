"""The outbox dispatcher: once each, mutes, quiet hours, retries, several dispatchers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.clock import FixedClock
from core.models import (
    Notification,
    NotificationDraft,
    NotificationKind,
    Platform,
    User,
    UserSettings,
)
from core.notify import Dispatcher, quiet_until
from storage.sql_store import SqlStore

NOON = datetime(2030, 3, 4, 12, 0, tzinfo=UTC)


class FakeNotifier:
    """Records deliveries; fails the first `fail` calls for the kinds in `failing`."""

    def __init__(self, fail: int = 0, failing: set[NotificationKind] | None = None) -> None:
        self.sent: list[tuple[int, NotificationKind, int]] = []
        self.fail = fail
        self.failing = failing

    async def deliver(self, user: User, notification: Notification) -> None:
        await asyncio.sleep(0)
        if self.fail and (self.failing is None or notification.kind in self.failing):
            self.fail -= 1
            raise ConnectionError("chat platform down")
        self.sent.append((user.id, notification.kind, notification.id))


async def _user(store: SqlStore, name: str, settings: UserSettings | None = None) -> int:
    user, _ = await store.register_user(Platform.CONSOLE, name)
    if settings is not None:
        await store.save_settings(user.id, settings)
    return user.id


async def _add(store: SqlStore, user_id: int, *kinds: NotificationKind) -> None:
    for kind in kinds:
        await store.add_notification(user_id, NotificationDraft(kind=kind, payload={"job_id": "J"}))


async def test_delivers_each_due_notification_once_in_order(store: SqlStore) -> None:
    uid = await _user(store, "a")
    await _add(store, uid, NotificationKind.APPLIED, NotificationKind.CLARIFY)
    notifier = FakeNotifier()
    dispatcher = Dispatcher(store, notifier, FixedClock(NOON))
    result = await dispatcher.dispatch_once()
    assert result.delivered == 2
    assert [k for _, k, _ in notifier.sent] == [NotificationKind.APPLIED, NotificationKind.CLARIFY]
    assert (await dispatcher.dispatch_once()).delivered == 0
    assert len(notifier.sent) == 2


async def test_muted_kinds_are_marked_delivered_without_sending(store: SqlStore) -> None:
    uid = await _user(store, "m", UserSettings(muted_kinds=["summary"]))
    await _add(store, uid, NotificationKind.SUMMARY, NotificationKind.APPLIED)
    notifier = FakeNotifier()
    clock = FixedClock(NOON)
    dispatcher = Dispatcher(store, notifier, clock)
    result = await dispatcher.dispatch_once()
    assert (result.delivered, result.muted) == (1, 1)
    assert [k for _, k, _ in notifier.sent] == [NotificationKind.APPLIED]
    clock.advance(timedelta(days=2))
    assert await store.due_notifications(clock.now()) == []


async def test_quiet_hours_hold_until_the_window_ends(store: SqlStore) -> None:
    uid = await _user(store, "q", UserSettings(quiet_start_hour=22, quiet_end_hour=7))
    await _add(store, uid, NotificationKind.APPLIED)
    clock = FixedClock(NOON.replace(hour=23, minute=30))
    notifier = FakeNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    assert (await dispatcher.dispatch_once()).held == 1
    clock.advance(timedelta(hours=7))  # 06:30: still quiet, and not due
    assert (await dispatcher.dispatch_once()).delivered == 0
    clock.advance(timedelta(minutes=30))  # 07:00 the next day
    assert (await dispatcher.dispatch_once()).delivered == 1
    assert len(notifier.sent) == 1


def test_quiet_window_arithmetic() -> None:
    s = UserSettings(quiet_start_hour=22, quiet_end_hour=7)
    assert quiet_until(NOON, s) is None
    assert quiet_until(NOON.replace(hour=3), s) == NOON.replace(hour=7)
    assert quiet_until(NOON.replace(hour=22), s) == NOON.replace(hour=7) + timedelta(days=1)
    day = UserSettings(quiet_start_hour=9, quiet_end_hour=17)
    assert quiet_until(NOON, day) == NOON.replace(hour=17)
    assert quiet_until(NOON.replace(hour=17), day) is None
    assert quiet_until(NOON, UserSettings()) is None


async def test_a_failed_delivery_is_retried_later_and_others_still_go(store: SqlStore) -> None:
    uid = await _user(store, "f")
    await _add(store, uid, NotificationKind.FAILED, NotificationKind.APPLIED)
    notifier = FakeNotifier(fail=1, failing={NotificationKind.FAILED})
    clock = FixedClock(NOON)
    dispatcher = Dispatcher(store, notifier, clock, retry_base=timedelta(seconds=30))
    result = await dispatcher.dispatch_once()
    assert (result.delivered, result.failed) == (1, 1)
    [pending] = await store.due_notifications(NOON + timedelta(days=1))
    assert pending.attempts == 1 and "ConnectionError" in (pending.last_error or "")
    assert pending.not_before is not None
    clock.advance(timedelta(seconds=10))
    assert (await dispatcher.dispatch_once()).delivered == 0  # backoff not over yet
    clock.advance(timedelta(seconds=30))
    assert (await dispatcher.dispatch_once()).delivered == 1
    assert sorted(k for _, k, _ in notifier.sent) == [
        NotificationKind.APPLIED,
        NotificationKind.FAILED,
    ]


async def test_several_dispatchers_never_deliver_twice(db_url: str, store: SqlStore) -> None:
    users = [await _user(store, f"u{i}") for i in range(5)]
    for uid in users:
        await _add(store, uid, *[NotificationKind.APPLIED] * 40)
    notifier = FakeNotifier()
    stores = [SqlStore.from_url(db_url, migrate=False) for _ in range(4)]
    try:
        dispatchers = [Dispatcher(s, notifier, FixedClock(NOON), batch=9) for s in stores]

        async def drain(d: Dispatcher) -> None:
            for _ in range(40):
                await d.dispatch_once()

        await asyncio.gather(*(drain(d) for d in dispatchers))
    finally:
        for s in stores:
            s.close()
    ids = [nid for _, _, nid in notifier.sent]
    assert len(ids) == len(set(ids)) == 200
    for uid in users:  # per user, in the order written
        mine = [nid for u, _, nid in notifier.sent if u == uid]
        assert len(mine) == 40
