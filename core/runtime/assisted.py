"""Assisted apply: a job from a board without an apply API gets its documents written and
checked as usual, then the user gets a kit (link, PDFs, cover letter) and applies themselves.

Nothing here sends anything to a third-party site; "I applied" only records what the user did."""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Protocol

from core.errors import NotFound
from core.models import (
    Application,
    AppState,
    Documents,
    Job,
    NotificationDraft,
    NotificationKind,
    Profile,
)
from core.ports import Store, TransitionResult

log = logging.getLogger(__name__)

# States an accepted or approved job can be made ready from.
READY_FROM = (AppState.PENDING, AppState.CLARIFY, AppState.APPROVED)
REMIND_AFTER = timedelta(days=3)
# Kept in the row's reasons so a kit is recalled once (muted with the "kit_reminder" kind).
REMINDED = "reminded to apply"


class DocumentWriter(Protocol):
    async def documents(self, profile: Profile, job: Job) -> Documents: ...


def kit_payload(app: Application, job: Job) -> dict[str, str | int]:
    """What the card needs even if the job row changes later (the link, the credit)."""
    payload: dict[str, str | int] = {
        "application_id": app.id,
        "job_id": job.id,
        "title": job.title[:120],
        "company": job.company[:80],
        "source": job.source[:40],
    }
    if job.apply_url:
        payload["apply_url"] = job.apply_url[:1000]
    if job.attribution:
        payload["attribution"] = job.attribution[:80]
    return payload


class AssistedApply:
    """Prepare the kit, then record the user's answer ("I applied" / "Not for me")."""

    def __init__(self, store: Store, writer: DocumentWriter) -> None:
        self._store = store
        self._writer = writer

    async def prepare(
        self, app_id: int, *, from_states: Collection[AppState] = READY_FROM, **fields: object
    ) -> Application:
        """Write (or reuse) the documents and move the row to `assisted` with a kit card.

        LLMUnavailable when the documents cannot be written now (the row is untouched)."""
        app = await self._store.get_application(app_id)
        if app is None:
            raise NotFound(f"no application {app_id}")
        job = await self._store.get_job(app.job_id)
        stored = await self._store.latest_profile(app.user_id)
        if job is None or stored is None:
            raise NotFound("the job or the profile is no longer stored")
        documents = app.documents or await self._writer.documents(stored.profile, job)
        moved = await self._store.transition(
            app_id,
            AppState.ASSISTED,
            from_states=from_states,
            fields={**fields, "documents": documents, "last_error": None},
            notify=NotificationDraft(kind=NotificationKind.ASSISTED, payload=kit_payload(app, job)),
        )
        log.info("application %d ready for the user to apply (%s)", app_id, job.source)
        return moved.application

    async def remind(self, user_id: int, now: datetime) -> int:
        """Recall, once, each kit left unanswered for REMIND_AFTER; how many were recalled."""
        rows = await self._store.applications_in_state(AppState.ASSISTED, user_id=user_id)
        sent = 0
        for app in rows:
            ready = app.state_times.get(AppState.ASSISTED.value)
            if ready is None or now - ready < REMIND_AFTER or REMINDED in app.reasons:
                continue
            job = await self._store.get_job(app.job_id)
            if job is None:
                continue
            await self._store.update_application(app.id, {"reasons": [*app.reasons, REMINDED]})
            draft = NotificationDraft(
                kind=NotificationKind.ASSISTED_REMINDER, payload=kit_payload(app, job)
            )
            await self._store.add_notification(user_id, draft)
            sent += 1
        return sent

    async def user_applied(self, app_id: int) -> TransitionResult:
        """The user says they applied on the board's site: record it, send nothing."""
        return await self._store.transition(
            app_id, AppState.APPLIED_BY_USER, from_states=[AppState.ASSISTED]
        )

    async def not_for_me(self, app_id: int) -> TransitionResult:
        return await self._store.transition(
            app_id, AppState.REJECTED, from_states=[AppState.ASSISTED]
        )
