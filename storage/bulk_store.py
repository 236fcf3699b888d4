"""Many rows at once: a cycle's rejected jobs, status-poll pages, the daily cap in the database."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import col, select

from core.errors import NotFound
from core.models import Application, AppState, PortalStatus
from core.ports import PortalStatusChange, RejectedJob, TransitionResult
from storage.applications_store import ApplicationStore
from storage.base import _threaded, utcnow
from storage.convert import application_from_row
from storage.engine import is_postgres
from storage.outbox_store import add_notification_row
from storage.tables import ApplicationRow, UserRow

# Rows that count against the day's cap besides those applied today: on their way out.
IN_FLIGHT = (AppState.APPROVED.value, AppState.APPLYING.value)


class BulkStore(ApplicationStore):
    """The store calls that write or read many application rows in one statement."""

    @_threaded
    def record_rejected(self, user_id: int, rejected: Sequence[RejectedJob]) -> int:
        """One INSERT for every job the cycle judged out: no row objects, no re-reads.

        Rows already there (another cycle got to the job first) are left alone; the rows go
        in job id order so concurrent writers take index locks in the same order.
        """
        if not rejected:
            return 0
        now = utcnow()
        by_job = {r.job_id: r for r in rejected}
        with self._session(write=True) as session:
            portal_user = session.exec(
                select(UserRow.portal_user_id).where(UserRow.id == user_id)
            ).first()
            if portal_user is None:
                raise NotFound("no such user")
            values = [
                {
                    "user_id": user_id,
                    "job_id": job_id,
                    "state": AppState.REJECTED.value,
                    "score": by_job[job_id].verdict.score,
                    "decision": by_job[job_id].verdict.decision.value,
                    "reasons": [str(r) for r in by_job[job_id].verdict.reasons],
                    "report": by_job[job_id].report,
                    "idempotency_key": by_job[job_id].idempotency_key,
                    "portal_user_id": portal_user,
                    "attempts": 0,
                    "created_at": now,
                    "updated_at": now,
                    "rejected_at": now,
                }
                for job_id in sorted(by_job)
            ]
            keys = ["user_id", "job_id"]
            return len(self._insert_absent(session, ApplicationRow, values, keys))

    @_threaded
    def open_applications(
        self, final: Collection[PortalStatus], *, after_id: int = 0, limit: int = 500
    ) -> list[Application]:
        query = (
            select(ApplicationRow)
            .where(
                ApplicationRow.state == AppState.APPLIED.value,
                col(ApplicationRow.id) > after_id,
                or_(
                    col(ApplicationRow.portal_status).is_(None),
                    col(ApplicationRow.portal_status).not_in([s.value for s in final]),
                ),
            )
            .order_by(col(ApplicationRow.id))
            .limit(limit)
        )
        with self._session() as session:
            return [application_from_row(r) for r in session.exec(query).all()]

    @_threaded
    def set_portal_statuses(self, changes: Sequence[PortalStatusChange]) -> int:
        if not changes:
            return 0
        now = utcnow()
        changed = 0
        with self._session(write=True) as session:
            for change in sorted(changes, key=lambda c: c.app_id):  # one lock order
                value = change.status.value
                result = session.execute(
                    update(ApplicationRow)
                    .where(
                        col(ApplicationRow.id) == change.app_id,
                        or_(
                            col(ApplicationRow.portal_status).is_(None),
                            col(ApplicationRow.portal_status) != value,
                        ),
                    )
                    .values(portal_status=value, updated_at=now)
                    .returning(col(ApplicationRow.user_id))
                )
                user_id = result.scalar()
                if user_id is None:
                    continue
                changed += 1
                if change.notify is not None:
                    add_notification_row(session, user_id, change.notify, now)
        return changed

    @_threaded
    def approve_within_cap(
        self, app_id: int, *, cap: int, since: datetime, fields: dict[str, Any] | None = None
    ) -> TransitionResult | None:
        """pending -> approved unless the user's day is full: None then, the row untouched.

        The day counts rows applied since `since` and rows approved or applying. The count
        and the move are one transaction holding the user's row lock (PostgreSQL; SQLite
        writers are serial), so processes sharing the database never overshoot the cap.
        """
        values = self._checked_fields(fields)
        with self._session(write=True) as session:
            user_id = session.exec(
                select(ApplicationRow.user_id).where(ApplicationRow.id == app_id)
            ).first()
            if user_id is None:
                raise NotFound(f"no application {app_id}")
            lock = select(UserRow.id).where(UserRow.id == user_id)
            if is_postgres(self.engine):
                # NO KEY UPDATE: serialises cap checks, not the user's other inserts.
                lock = lock.with_for_update(key_share=True)
            session.exec(lock).first()
            used = session.exec(
                select(func.count())
                .select_from(ApplicationRow)
                .where(
                    ApplicationRow.user_id == user_id,
                    or_(
                        col(ApplicationRow.state).in_(IN_FLIGHT),
                        col(ApplicationRow.applied_at) >= since,
                    ),
                )
            ).one()
            if int(used) >= cap:
                return None
            return self._move(session, app_id, AppState.APPROVED, [AppState.PENDING], values, None)
