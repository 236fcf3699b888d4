"""The one apply routine: claim the row, submit with retries, reconcile unknown outcomes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from core.errors import (
    DocumentsRefused,
    LLMUnavailable,
    NotFound,
    PortalError,
    PortalProtocolError,
    PortalRejected,
    PortalUnavailable,
    ProfileNotReady,
)
from core.models import (
    Application,
    AppState,
    Documents,
    Job,
    NotificationDraft,
    NotificationKind,
    PortalStatus,
    Profile,
)
from core.ports import ApplyRequest, Portal, PortalStatusReport, Store
from core.runtime.assisted import AssistedApply
from core.runtime.consent import send_blocker
from core.runtime.leases import Heartbeat, LeaseLost, LeasePolicy
from core.runtime.portal_identity import idempotency_key

__all__ = ["ApplyRoutine", "RetryPolicy", "idempotency_key"]

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class DocumentWriter(Protocol):
    """What the routine needs from the judge: fact-checked documents for one job."""

    async def documents(self, profile: Profile, job: Job) -> Documents: ...


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to submit (the original's MAX_RETRIES is 3)."""

    max_attempts: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    # A portal asking us to come back later than this: give up now, the user can try again.
    max_retry_after: float = 120.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Exponential backoff with jitter after `attempt` failed; never sooner than Retry-After."""
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        backoff += rng.uniform(0, self.base_delay)
        return max(backoff, retry_after or 0.0)


def _draft(
    kind: NotificationKind, app: Application, job: Job | None, **facts: str
) -> NotificationDraft:
    payload: dict[str, str | int] = {"application_id": app.id, "job_id": app.job_id}
    if job is not None:
        payload.update(title=job.title[:120], company=job.company[:80])
    payload.update(facts)
    return NotificationDraft(kind=kind, payload=payload)


class ApplyRoutine:
    """`core.ports.Applier`: the only code that submits applications."""

    def __init__(
        self,
        store: Store,
        portal: Portal,
        writer: DocumentWriter,
        *,
        policy: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
        leases: LeasePolicy | None = None,
    ) -> None:
        self._store = store
        self._portal = portal
        self._writer = writer
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.assisted = AssistedApply(store, writer)
        self.leases = leases or LeasePolicy()
        self.accepting = True  # False once shutting down: no new claims
        self._inflight: set[int] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    async def apply(self, app_id: int) -> Application:
        """Move approved -> applying (CAS) and submit; a caller that loses does nothing else.

        A job from a board without an apply API is never sent: it gets the assisted kit."""
        row = await self._store.get_application(app_id)
        if row is not None and row.state is AppState.APPROVED:
            job = await self._store.get_job(row.job_id)
            if job is not None and not job.from_portal():
                return await self._assisted_kit(row)
        if not self.accepting:
            log.info("application %d stays approved: shutting down", app_id)
            return row or await self._current(app_id)
        result = await self._store.transition(
            app_id, AppState.APPLYING, from_states=[AppState.APPROVED], lease=self.leases.lease()
        )
        if not result.won:
            log.info("application %d is %s: not applying", app_id, result.application.state)
            return result.application
        return await self._run(result.application)

    async def approve_and_apply(self, app_id: int) -> Application:
        """The Approve (or Try again) button: clarify/failed/pending -> approved, then apply.

        ProfileNotReady (the row untouched) while the profile may not be sent."""
        row = await self._store.get_application(app_id)
        if row is not None:
            stored = await self._store.latest_profile(row.user_id)
            user = await self._store.get_user(row.user_id)
            if (blocker := send_blocker(stored, user)) is not None:
                raise ProfileNotReady(blocker)
        result = await self._store.transition(
            app_id,
            AppState.APPROVED,
            from_states=[AppState.CLARIFY, AppState.FAILED, AppState.PENDING],
        )
        if not result.won and result.application.state is not AppState.APPROVED:
            return result.application
        return await self.apply(app_id)

    async def _assisted_kit(self, row: Application) -> Application:
        try:
            return await self.assisted.prepare(row.id, from_states=[AppState.APPROVED])
        except LLMUnavailable as err:
            await self._store.update_application(
                row.id, {"last_error": f"could not write the documents: {err}"[:300]}
            )
            back = await self._store.get_application(row.id)
            return back or row

    async def _current(self, app_id: int) -> Application:
        row = await self._store.get_application(app_id)
        if row is None:
            raise NotFound(f"no application {app_id}")
        return row

    async def drain(self, grace: float) -> int:
        """Take no new claims; wait up to `grace` seconds for the running applies to finish.

        Returns how many are still running (the caller cancels them, then releases the
        leases: `Store.release_leases`)."""
        self.accepting = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), grace)
        return len(self._inflight)

    async def recover(self, user_id: int | None = None) -> list[Application]:
        """Finish the rows in `applying` whose lease expired (their process died or stalled).

        Runs at start-up and periodically; a live process's rows are never taken over. With
        `user_id`, the caller holds that user's lock (a deployment worker's job), so every one
        of their applying rows is a dead worker's: taken at once, lease or not."""
        if not self.accepting:
            return []
        rows = await self._store.take_over_applying(
            self.leases.lease(),
            self.leases.clock.now(),
            previous_owner=self.leases.previous_owner,
            of_user=user_id,
        )
        finished: list[Application] = []
        # Rows are grouped by the portal identity they were sent under.
        for portal_user in sorted({row.portal_user_id for row in rows}):
            mine = [row for row in rows if row.portal_user_id == portal_user]
            report = await self._status_for_recovery(portal_user, mine[0].user_id)
            if report is None:
                continue  # cannot know what the portal has: sending blind could duplicate
            for row in mine:
                found = report.find(row.job_id)
                if found is not None:
                    job = await self._store.get_job(row.job_id)
                    finished.append(await self._applied(row, found[1].application_id, None, job))
                    continue
                back = await self._store.transition(
                    row.id,
                    AppState.APPROVED,
                    from_states=[AppState.APPLYING],
                    held_by=self.leases.owner,
                    fields={"last_error": "interrupted; applying again"},
                )
                finished.append(await self.apply(row.id) if back.won else back.application)
        if rows:
            log.info("recover: %d interrupted applications finished", len(rows))
        return finished

    async def _status_for_recovery(
        self, portal_user: str, user_id: int
    ) -> PortalStatusReport | None:
        for n in range(1, self.policy.max_attempts + 1):
            try:
                return await self._portal.status(portal_user)
            except PortalError as err:
                log.warning("recover: status for user %d failed (%s)", user_id, err)
                retry_after = err.retry_after if isinstance(err, PortalUnavailable) else None
                if n < self.policy.max_attempts:
                    await self._sleep(self.policy.delay(n, retry_after, self._rng))
        log.warning("recover: rows of user %d stay applying until their lease ends", user_id)
        return None

    async def _run(self, app: Application) -> Application:
        self._inflight.add(app.id)
        self._idle.clear()
        try:
            async with Heartbeat(self._store, self.leases, app.id).running() as beat:
                return await self._guarded(app, beat)
        finally:
            self._inflight.discard(app.id)
            if not self._inflight:
                self._idle.set()

    async def _guarded(self, app: Application, beat: Heartbeat) -> Application:
        try:
            return await self._submit(app, beat)
        except LeaseLost:
            # Another process owns the row now: it reconciles with the portal; we stop.
            log.warning("application %d: lease lost, left to its new owner", app.id)
            return await self._current(app.id)
        except LLMUnavailable as err:
            return await self._fail(app, f"could not write the documents: {err}", None)
        except Exception as err:
            # Never leave a live row in `applying`: failed is safe, because a retry reconciles
            # with the portal before it sends anything (attempts > 0).
            log.exception("application %d: unexpected error", app.id)
            return await self._fail(app, f"internal error ({type(err).__name__})", None)

    async def _submit(self, app: Application, beat: Heartbeat) -> Application:
        job = await self._store.get_job(app.job_id)
        stored = await self._store.latest_profile(app.user_id)
        user = await self._store.get_user(app.user_id)
        if job is None or stored is None or user is None:
            return await self._fail(app, "the job or your profile is no longer stored", job)
        blocker = send_blocker(stored, user)
        if blocker is not None:
            # A new resume or an edit since the row was approved: keep it for later, send nothing.
            back = await self._store.transition(
                app.id,
                AppState.APPROVED,
                from_states=[AppState.APPLYING],
                held_by=self.leases.owner,
                fields={"last_error": blocker},
            )
            log.info("application %d waits: the profile may not be sent yet", app.id)
            return back.application
        if not app.portal_user_id:
            return await self._fail(app, "no portal identity stored for this application", job)
        documents = app.documents
        if documents is None:
            try:
                documents = await self._writer.documents(stored.profile, job)
            except DocumentsRefused as err:
                # Nothing is posted: the user reads why and fixes the resume or tries again.
                return await self._fail(app, f"needs you, nothing was sent: {err}", job)
            await beat.check()  # writing them took long: is the row still ours?
            app = await self._store.update_application(app.id, {"documents": documents})
        request = ApplyRequest(
            user_id=app.portal_user_id,
            name=stored.profile.full_name,  # checked above: never a login or display name
            phone=stored.profile.phone,
            job_id=app.job_id,
            resume=documents.resume_md,
            cover_letter=documents.cover_letter or None,
            evidence_points="\n".join(documents.evidence_points) or None,
        )
        # Any earlier attempt (this run, a crashed run, a failed one) may have reached the
        # portal: ask it before sending again, so even a portal without keys gets one copy.
        check_first = app.attempts > 0
        attempts = app.attempts
        last_error = "not sent"
        for n in range(1, self.policy.max_attempts + 1):
            retry_after: float | None = None
            try:
                if check_first:
                    found = await self._find(app)
                    if found is not None:
                        return await self._applied(app, found, documents, job)
                await beat.check()  # still ours, and for another full lease
                attempts += 1
                await self._store.update_application(app.id, {"attempts": attempts})
                receipt = await self._portal.apply(request, app.idempotency_key)
                return await self._applied(app, receipt.application_id, documents, job)
            except PortalRejected as err:
                return await self._fail(app, str(err), job)
            except PortalUnavailable as err:
                last_error, retry_after = str(err), err.retry_after
            except PortalProtocolError as err:
                last_error = str(err)
            check_first = True
            log.info("application %d attempt %d: %s", app.id, n, last_error)
            await self._store.update_application(app.id, {"last_error": last_error})
            if n == self.policy.max_attempts:
                break
            if retry_after is not None and retry_after > self.policy.max_retry_after:
                last_error = f"{last_error} (asked to wait {retry_after:.0f} s)"
                break
            await self._sleep(self.policy.delay(n, retry_after, self._rng))
        try:
            found = await self._find(app)
        except PortalError:
            found = None
        if found is not None:
            return await self._applied(app, found, documents, job)
        return await self._fail(app, last_error, job)

    async def _find(self, app: Application) -> str | None:
        """The portal's application id for this row, if the portal already has it."""
        found = (await self._portal.status(app.portal_user_id)).find(app.job_id)
        return None if found is None else found[1].application_id

    async def _applied(
        self, app: Application, portal_id: str, documents: Documents | None, job: Job | None
    ) -> Application:
        fields: dict[str, object] = {
            "portal_application_id": portal_id,
            "portal_status": PortalStatus.ON_PROCESS,
            "last_error": None,
        }
        if documents is not None:
            fields["documents"] = documents
        result = await self._store.transition(
            app.id,
            AppState.APPLIED,
            from_states=[AppState.APPLYING],
            held_by=self.leases.owner,
            fields=fields,
            notify=_draft(NotificationKind.APPLIED, app, job),
        )
        log.info("application %d applied (portal %s)", app.id, portal_id)
        return result.application

    async def _fail(self, app: Application, reason: str, job: Job | None) -> Application:
        reason = reason[:300]
        result = await self._store.transition(
            app.id,
            AppState.FAILED,
            from_states=[AppState.APPLYING],
            held_by=self.leases.owner,
            fields={"last_error": reason},
            notify=_draft(NotificationKind.FAILED, app, job, reason=reason),
        )
        log.info("application %d failed: %s", app.id, reason)
        return result.application
