"""The daily digest: held until the hour, one message, nothing lost, nothing sent twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core import digest
from core.chat.digest_render import render_digest
from core.clock import FixedClock
from core.models import (
    Job,
    Notification,
    NotificationDraft,
    NotificationKind,
    Platform,
    User,
    UserSettings,
)
from core.notify import Dispatcher
from storage.sql_store import SqlStore

NOON = datetime(2030, 3, 4, 12, 0, tzinfo=UTC)
SIX_PM = NOON.replace(hour=18)
LATER = NOON + timedelta(days=30)
DIGEST_ON = UserSettings(daily_digest=True)

A = NotificationKind.APPLIED
R = NotificationKind.REJECTED
S = NotificationKind.STATUS_CHANGED
SUM = NotificationKind.SUMMARY
D = NotificationKind.DIGEST


class RecordingNotifier:
    """Records what it delivers; fails the first `fail` deliveries of the `failing` kinds."""

    def __init__(self, fail: int = 0, failing: frozenset[NotificationKind] = frozenset({D})):
        self.sent: list[Notification] = []
        self.fail = fail
        self.failing = failing
        self.tries = 0

    async def deliver(self, user: User, notification: Notification) -> None:
        await asyncio.sleep(0)
        if notification.kind in self.failing:
            self.tries += 1
            if self.fail:
                self.fail -= 1
                raise ConnectionError("chat platform down")
        self.sent.append(notification)

    def kinds(self) -> list[NotificationKind]:
        return [n.kind for n in self.sent]

    def digests(self) -> list[Notification]:
        return [n for n in self.sent if n.kind is D]


class CrashingNotifier(RecordingNotifier):
    """Dies in the middle of delivering a digest, like a process killed at that moment."""

    async def deliver(self, user: User, notification: Notification) -> None:
        if notification.kind is D:
            raise asyncio.CancelledError
        await super().deliver(user, notification)


async def _user(store: SqlStore, name: str, settings: UserSettings = DIGEST_ON) -> int:
    user, _ = await store.register_user(Platform.CONSOLE, name)
    await store.save_settings(user.id, settings)
    return user.id


async def _add(store: SqlStore, uid: int, kind: NotificationKind, n: int = 0, **extra: Any) -> int:
    payload: dict[str, Any] = {"application_id": 100 + n, "job_id": f"J{n}"}
    payload.update(title=f"Chef {n}", company=f"Bistro {n}")
    payload.update(extra)
    note = await store.add_notification(uid, NotificationDraft(kind=kind, payload=payload))
    return note.id


def _items(note: Notification) -> list[dict[str, Any]]:
    items = note.payload["items"]
    assert isinstance(items, list)
    return items


async def test_held_until_the_digest_hour_then_one_digest(store: SqlStore) -> None:
    uid = await _user(store, "d")
    await store.upsert_jobs([Job(id="J3", title="Dietitian", company="City Clinic")])
    ids = [
        await _add(store, uid, A, 1),
        await _add(store, uid, R, 2, reason="too far"),
        # An employer's answer names only the job: the digest looks its title up.
        (
            await store.add_notification(
                uid,
                NotificationDraft(
                    kind=S, payload={"application_id": 103, "job_id": "J3", "status": "accepted"}
                ),
            )
        ).id,
        await _add(store, uid, SUM, line="12 new jobs: 1 applied, 0 need you, 1 skipped"),
    ]
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)

    result = await dispatcher.dispatch_once()
    assert (result.held, result.delivered) == (4, 0) and notifier.sent == []
    clock.at = SIX_PM - timedelta(minutes=1)
    assert (await dispatcher.dispatch_once()).delivered == 0  # not due before the hour

    clock.at = SIX_PM
    result = await dispatcher.dispatch_once()
    assert (result.delivered, result.digested) == (1, 4)
    [note] = notifier.sent
    assert note.kind is D and note.user_id == uid
    items = _items(note)
    assert [i["id"] for i in items] == ids  # every one, in the order written
    assert [i["kind"] for i in items] == ["applied", "rejected", "status_changed", "summary"]
    assert (items[2]["title"], items[2]["company"]) == ("Dietitian", "City Clinic")
    said = render_digest(note.payload).plain_text()
    assert "Today: 1 applied, 1 employer answer, 1 skipped, 1 search round" in said
    assert "Employer accepted 🎉: Dietitian at City Clinic" in said
    assert "Applied: Chef 1 at Bistro 1" in said

    # The items went into the digest: none is due again, and no second digest comes.
    assert await store.due_notifications(LATER) == []
    clock.at = SIX_PM + timedelta(days=1)
    assert (await dispatcher.dispatch_once()).delivered == 0
    assert len(notifier.sent) == 1


async def test_new_items_after_the_digest_wait_for_the_next_day(store: SqlStore) -> None:
    uid = await _user(store, "n", UserSettings(daily_digest=True, digest_hour=9))
    clock = FixedClock(NOON)  # after today's 09:00
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    await _add(store, uid, A, 1)
    await dispatcher.dispatch_once()
    clock.at = NOON + timedelta(hours=20)  # 08:00 the next day
    assert (await dispatcher.dispatch_once()).delivered == 0
    clock.at = NOON.replace(hour=9) + timedelta(days=1)
    await _add(store, uid, A, 2)  # arrives right at the hour: in the same digest
    await dispatcher.dispatch_once()
    [note] = notifier.digests()
    assert [i["title"] for i in _items(note)] == ["Chef 1", "Chef 2"]


async def test_clarify_and_failed_still_come_at_once(store: SqlStore) -> None:
    uid = await _user(store, "c")
    await _add(store, uid, A, 1)
    await _add(store, uid, NotificationKind.CLARIFY, 2)
    await _add(store, uid, NotificationKind.FAILED, 3, reason="portal down")
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    result = await dispatcher.dispatch_once()
    assert (result.delivered, result.held) == (2, 1)
    assert notifier.kinds() == [NotificationKind.CLARIFY, NotificationKind.FAILED]
    assert notifier.sent[0].payload["title"] == "Chef 2"  # the card's payload, untouched
    clock.at = SIX_PM
    await dispatcher.dispatch_once()
    assert notifier.kinds()[2:] == [D]
    assert [i["kind"] for i in _items(notifier.sent[2])] == ["applied"]


async def test_muted_kinds_are_not_listed(store: SqlStore) -> None:
    uid = await _user(store, "m", UserSettings(daily_digest=True, muted_kinds=["rejected"]))
    await _add(store, uid, A, 1)
    await _add(store, uid, R, 2)
    await _add(store, uid, SUM, 3)
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    result = await dispatcher.dispatch_once()
    assert (result.muted, result.held) == (1, 2)
    # Muting a kind while its notifications wait for the digest keeps them out of it too.
    await store.save_settings(
        uid, UserSettings(daily_digest=True, muted_kinds=["rejected", "summary"])
    )
    clock.at = SIX_PM
    result = await dispatcher.dispatch_once()
    assert (result.muted, result.delivered) == (1, 1)
    [note] = notifier.sent
    assert [i["kind"] for i in _items(note)] == ["applied"]
    assert await store.due_notifications(LATER) == []


async def test_quiet_hours_over_the_digest_hour_hold_the_digest(store: SqlStore) -> None:
    settings = UserSettings(daily_digest=True, quiet_start_hour=17, quiet_end_hour=20)
    uid = await _user(store, "q", settings)
    await _add(store, uid, A, 1)
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    await dispatcher.dispatch_once()
    clock.at = SIX_PM  # the digest's hour, inside the quiet hours
    assert (await dispatcher.dispatch_once()).held == 1
    clock.at = SIX_PM.replace(hour=19)
    await _add(store, uid, R, 2)  # still quiet: joins the digest that waits
    assert (await dispatcher.dispatch_once()).delivered == 0
    assert notifier.sent == []
    clock.at = SIX_PM.replace(hour=20)  # the quiet hours end: the digest comes, once
    assert (await dispatcher.dispatch_once()).delivered == 1
    [note] = notifier.sent
    assert [i["title"] for i in _items(note)] == ["Chef 1", "Chef 2"]
    clock.at = SIX_PM + timedelta(days=1)
    assert (await dispatcher.dispatch_once()).delivered == 0
    assert await store.due_notifications(LATER) == []


async def test_digest_off_changes_nothing(store: SqlStore) -> None:
    uid = await _user(store, "o", UserSettings(digest_hour=3))
    for n, kind in enumerate([A, R, S, SUM, NotificationKind.CLARIFY]):
        await _add(store, uid, kind, n)
    notifier = RecordingNotifier()
    result = await Dispatcher(store, notifier, FixedClock(NOON)).dispatch_once()
    assert (result.delivered, result.held, result.digested) == (5, 0, 0)
    assert notifier.kinds() == [A, R, S, SUM, NotificationKind.CLARIFY]


async def test_turning_the_digest_off_sends_what_waits_as_the_promised_digest(
    store: SqlStore,
) -> None:
    uid = await _user(store, "t")
    await _add(store, uid, A, 1)
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    await dispatcher.dispatch_once()
    await store.save_settings(uid, UserSettings(daily_digest=False))
    clock.at = NOON.replace(hour=13)
    await _add(store, uid, A, 2)  # digest off now: comes at once
    await dispatcher.dispatch_once()
    assert notifier.kinds() == [A]
    clock.at = SIX_PM
    await dispatcher.dispatch_once()
    assert notifier.kinds() == [A, D]
    assert [i["title"] for i in _items(notifier.sent[1])] == ["Chef 1"]


async def test_a_failing_notifier_retries_the_digest_and_loses_nothing(store: SqlStore) -> None:
    uid = await _user(store, "f")
    ids = [await _add(store, uid, A, n) for n in range(5)]
    clock = FixedClock(NOON)
    notifier = RecordingNotifier(fail=2)
    dispatcher = Dispatcher(store, notifier, clock, retry_base=timedelta(seconds=30))
    await dispatcher.dispatch_once()
    clock.at = SIX_PM
    result = await dispatcher.dispatch_once()
    assert (result.failed, result.digested, result.delivered) == (1, 5, 0)
    [waiting] = await store.due_notifications(LATER)
    assert waiting.kind is D and "ConnectionError" in (waiting.last_error or "")
    clock.advance(timedelta(seconds=30))
    assert (await dispatcher.dispatch_once()).failed == 1
    clock.advance(timedelta(seconds=30))
    assert (await dispatcher.dispatch_once()).delivered == 0  # backoff: 60 s this time
    clock.advance(timedelta(seconds=30))
    assert (await dispatcher.dispatch_once()).delivered == 1
    [note] = notifier.sent
    assert [i["id"] for i in _items(note)] == ids and notifier.tries == 3
    assert await store.due_notifications(LATER) == []


async def test_a_crash_while_sending_the_digest_sends_it_again_later(store: SqlStore) -> None:
    uid = await _user(store, "x")
    ids = [await _add(store, uid, R, n) for n in range(3)]
    clock = FixedClock(NOON)
    await Dispatcher(store, RecordingNotifier(), clock).dispatch_once()
    clock.at = SIX_PM
    with pytest.raises(asyncio.CancelledError):
        await Dispatcher(store, CrashingNotifier(), clock).dispatch_once()
    # Bundled and committed, not delivered: the digest waits out its lease, then comes.
    notifier = RecordingNotifier()
    after = Dispatcher(store, notifier, clock)
    assert (await after.dispatch_once()).delivered == 0
    clock.advance(timedelta(minutes=5))
    assert (await after.dispatch_once()).delivered == 1
    assert [i["id"] for i in _items(notifier.sent[0])] == ids


class FailingBundleStore:
    """The real store, except that bundling fails once (a crash before the commit)."""

    def __init__(self, inner: SqlStore) -> None:
        self.inner = inner
        self.failed = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def bundle_notifications(self, *args: Any, **kwargs: Any) -> Notification | None:
        if not self.failed:
            self.failed = True
            raise ConnectionError("database gone")
        return await self.inner.bundle_notifications(*args, **kwargs)


async def test_a_failure_before_bundling_leaves_the_items_for_the_next_try(
    store: SqlStore,
) -> None:
    uid = await _user(store, "b")
    ids = [await _add(store, uid, SUM, n) for n in range(3)]
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(FailingBundleStore(store), notifier, clock)  # type: ignore[arg-type]
    await dispatcher.dispatch_once()
    clock.at = SIX_PM
    assert (await dispatcher.dispatch_once()).delivered == 0
    assert len(await store.due_notifications(LATER)) == 3  # still there, under a lease
    clock.advance(timedelta(minutes=5))
    assert (await dispatcher.dispatch_once()).delivered == 1
    assert [i["id"] for i in _items(notifier.sent[0])] == ids


async def test_two_dispatchers_at_once_send_one_digest(db_url: str, store: SqlStore) -> None:
    users = [await _user(store, f"u{i}") for i in range(3)]
    written: dict[int, list[int]] = {}
    for uid in users:
        written[uid] = [await _add(store, uid, A, n) for n in range(30)]
    await Dispatcher(store, RecordingNotifier(), FixedClock(NOON)).dispatch_once()
    notifier = RecordingNotifier()
    stores = [SqlStore.from_url(db_url, migrate=False) for _ in range(2)]
    try:
        dispatchers = [Dispatcher(s, notifier, FixedClock(SIX_PM), batch=4) for s in stores]

        async def drain(d: Dispatcher) -> None:
            for _ in range(30):
                await d.dispatch_once()

        await asyncio.gather(*(drain(d) for d in dispatchers))
    finally:
        for s in stores:
            s.close()
    assert notifier.kinds() == [D] * len(users)
    for note in notifier.sent:
        assert [i["id"] for i in _items(note)] == written[note.user_id]
    assert await store.due_notifications(LATER) == []


async def test_a_very_busy_day_comes_as_several_digests(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(digest, "MAX_ITEMS", 3)
    uid = await _user(store, "busy")
    ids = [await _add(store, uid, A, n) for n in range(7)]
    clock = FixedClock(NOON)
    notifier = RecordingNotifier()
    dispatcher = Dispatcher(store, notifier, clock)
    await dispatcher.dispatch_once()
    clock.at = SIX_PM
    await dispatcher.dispatch_once()
    assert [len(_items(n)) for n in notifier.sent] == [3, 3, 1]
    assert [i["id"] for n in notifier.sent for i in _items(n)] == ids


def test_next_digest_time() -> None:
    assert digest.next_digest_at(NOON, 18) == SIX_PM
    assert digest.next_digest_at(SIX_PM, 18) == SIX_PM + timedelta(days=1)
    assert digest.next_digest_at(NOON, 9) == NOON.replace(hour=9) + timedelta(days=1)
    assert digest.next_digest_at(NOON.replace(minute=1), 12) == NOON + timedelta(days=1)
