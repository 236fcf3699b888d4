"""The outbox dispatcher: deliver due notifications once, honouring mutes, quiet hours and
the daily digest."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core import digest
from core.clock import SystemClock
from core.models import Notification, User, UserSettings
from core.ports import Clock, Notifier, Store
from core.runtime import local_time

log = logging.getLogger(__name__)


def quiet_until(now: datetime, settings: UserSettings) -> datetime | None:
    """The end of the user's quiet window (their local hours) if `now` is inside it, else None."""
    return local_time.quiet_until(
        now, settings.quiet_start_hour, settings.quiet_end_hour, settings.timezone
    )


@dataclass
class DispatchResult:
    delivered: int = 0
    muted: int = 0
    held: int = 0
    failed: int = 0
    dropped: int = 0
    digested: int = 0  # notifications bundled into a digest (the digest counts as delivered)
    claimed: int = 0
    # Delivered, muted or dropped in this pass: marked together in one write at its end.
    done: list[int] = field(default_factory=list, repr=False)


class Dispatcher:
    """Claims due notifications (so several dispatchers never send one twice) and delivers
    each through the Notifier; a failure is retried later with backoff, never fatal."""

    def __init__(
        self,
        store: Store,
        notifier: Notifier,
        clock: Clock | None = None,
        *,
        batch: int = 100,
        lease: timedelta = timedelta(minutes=5),
        retry_base: timedelta = timedelta(seconds=30),
        retry_max: timedelta = timedelta(hours=6),
        max_attempts: int = 10,
    ) -> None:
        self._store = store
        self._notifier = notifier
        self._clock = clock or SystemClock()
        self.batch = batch
        self.lease = lease
        self.retry_base = retry_base
        self.retry_max = retry_max
        self.max_attempts = max_attempts

    async def dispatch_once(self) -> DispatchResult:
        """Deliver what is due now: in order for each user, users side by side."""
        now = self._clock.now()
        claimed = await self._store.claim_notifications(now, now + self.lease, self.batch)
        by_user: dict[int, list[Notification]] = defaultdict(list)
        for notification in claimed:
            by_user[notification.user_id].append(notification)
        result = DispatchResult(claimed=len(claimed))
        if not claimed:
            return result
        try:
            users = await self._store.get_users(list(by_user))
        except Exception:
            log.exception("dispatcher: cannot load %d users", len(by_user))
            return result  # the leases expire and the notifications are due again
        try:
            await asyncio.gather(
                *(self._for_user(users.get(uid), ns, now, result) for uid, ns in by_user.items())
            )
        finally:
            # One write for the pass; were it lost, the leases expire and those are sent
            # again (at least once, as before).
            await self._store.mark_many_delivered(result.done)
        return result

    async def run_forever(self, interval: float = 2.0) -> None:
        """Dispatch until cancelled; an error in one pass never stops the loop.

        A full batch means more are due: the next pass starts at once instead of after
        `interval`, so a round's notifications do not pile up.
        """
        while True:
            full = False
            try:
                result = await self.dispatch_once()
                full = result.claimed >= self.batch
                if result.delivered or result.failed:
                    log.info("dispatcher: %s", result)
            except Exception:
                log.exception("dispatcher pass failed")
            await asyncio.sleep(0 if full else interval)

    async def _for_user(
        self,
        user: User | None,
        notifications: list[Notification],
        now: datetime,
        result: DispatchResult,
    ) -> None:
        for_digest = [n for n in notifications if user is not None and _for_digest(user, n)]
        waiting = {n.id for n in for_digest}
        for notification in notifications:
            if notification.id in waiting:
                continue  # handled below, after the ones that come on their own
            try:
                await self._one(user, notification, now, result)
            except Exception:
                log.exception("dispatcher: notification %d", notification.id)
        if user is not None and for_digest:
            try:
                await self._digest(user, for_digest, now, result)
            except Exception:
                log.exception("dispatcher: digest for user %d", user.id)

    async def _one(
        self, user: User | None, notification: Notification, now: datetime, result: DispatchResult
    ) -> None:
        if user is None:
            result.done.append(notification.id)
            result.dropped += 1
            return
        if notification.kind.value in user.settings.muted_kinds:
            result.done.append(notification.id)
            result.muted += 1
            return
        until = quiet_until(now, user.settings)
        if until is not None:
            await self._store.defer_notification(notification.id, until, "quiet hours")
            result.held += 1
            return
        try:
            await self._notifier.deliver(user, notification)
        except Exception as err:
            await self._failed(notification, now, err, result)
            return
        result.done.append(notification.id)
        result.delivered += 1

    async def _digest(
        self, user: User, items: list[Notification], now: datetime, result: DispatchResult
    ) -> None:
        """Hold new digest items until the digest hour; once a held one is due (and quiet
        hours are over), bundle all the user's pending ones and deliver the digest."""
        quiet = quiet_until(now, user.settings)
        if quiet is None and any(n.last_error == digest.HELD for n in items):
            bundled = await self._bundle(user, now, result)
            items = [n for n in items if n.id not in bundled]
        for n in items:
            # A held one waits out the quiet hours and stays held (it goes in at their end);
            # a new one, or one a lost race left behind, waits for the next digest.
            if n.last_error == digest.HELD and quiet is not None:
                until = quiet
            else:
                until = digest.next_digest_at(
                    now, user.settings.digest_hour, user.settings.timezone
                )
            await self._store.defer_notification(n.id, until, digest.HELD)
            result.held += 1

    async def _bundle(self, user: User, now: datetime, result: DispatchResult) -> set[int]:
        """Turn every pending digest item of the user into digest rows, then deliver them.

        Marking the items delivered and writing the digest is one transaction, so a crash
        leaves either the items (bundled again later) or the digest (delivered later, after
        its lease): an item may be repeated, never lost. The digest is written already
        leased to this dispatcher, so no other one sends it while this one does.
        """
        bundled: set[int] = set()
        kinds = digest.digest_kinds(user.settings)
        while True:
            items = await self._store.pending_notifications(user.id, kinds, digest.MAX_ITEMS)
            if not items:
                break
            jobs = await self._store.get_jobs(digest.untitled_job_ids(items))
            ids = [n.id for n in items]
            row = await self._store.bundle_notifications(
                user.id, ids, digest.digest_draft(items, jobs), not_before=now + self.lease
            )
            if row is None:
                break  # another dispatcher bundled them (or some of them) first
            bundled.update(ids)
            result.digested += len(ids)
            await self._one(user, row, now, result)
            if len(items) < digest.MAX_ITEMS:
                break
        return bundled

    async def _failed(
        self, notification: Notification, now: datetime, err: Exception, result: DispatchResult
    ) -> None:
        reason = f"{type(err).__name__}: {err}"[:200]
        if notification.attempts + 1 >= self.max_attempts:
            log.error(
                "notification %d dropped after %d attempts", notification.id, self.max_attempts
            )
            await self._store.mark_delivered(notification.id)
            result.dropped += 1
            return
        delay = min(self.retry_max, self.retry_base * 2**notification.attempts)
        log.warning(
            "notification %d not delivered (%s); again in %s", notification.id, reason, delay
        )
        await self._store.defer_notification(notification.id, now + delay, reason)
        result.failed += 1


def _for_digest(user: User, notification: Notification) -> bool:
    """Whether the notification waits for the user's digest instead of coming on its own.

    One held before the user turned the digest off still goes in the digest it waited for.
    """
    if notification.kind not in digest.digest_kinds(user.settings):
        return False
    return user.settings.daily_digest or notification.last_error == digest.HELD
