"""Applications: one row per user and job, every move one atomic compare-and-set."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.errors import IllegalTransition, NotFound
from core.models import (
    LEGAL_MOVES,
    Application,
    AppState,
    NotificationDraft,
    PortalStatus,
    sources_of,
)
from core.ports import APPLICATION_FIELDS, Lease, TransitionResult
from storage.base import StoreBase, _rowcount, _threaded, utcnow
from storage.convert import (
    STATE_TIME_COLUMN,
    application_from_row,
)
from storage.engine import is_postgres
from storage.outbox_store import add_notification_row
from storage.tables import (
    ApplicationRow,
    UserRow,
)


class ApplicationStore(StoreBase):
    """The application half of the Store port."""

    # --- applications ---------------------------------------------------------------------

    @_threaded
    def known_job_ids(self, user_id: int) -> set[str]:
        with self._session() as session:
            rows = session.exec(
                select(ApplicationRow.job_id).where(ApplicationRow.user_id == user_id)
            ).all()
            return set(rows)

    @_threaded
    def create_application(
        self, user_id: int, job_id: str, *, idempotency_key: str
    ) -> tuple[Application, bool]:
        now = utcnow()
        try:
            with self._session(write=True) as session:
                user = session.get(UserRow, user_id)
                if user is None:
                    raise NotFound("no such user")
                row = ApplicationRow(
                    user_id=user_id,
                    job_id=job_id,
                    state=AppState.PENDING.value,
                    idempotency_key=idempotency_key,
                    portal_user_id=user.portal_user_id,
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.flush()
                return application_from_row(row), True
        except IntegrityError:
            pass  # UNIQUE(user_id, job_id): another caller created it first
        with self._session() as session:
            existing = session.exec(
                select(ApplicationRow).where(
                    ApplicationRow.user_id == user_id, ApplicationRow.job_id == job_id
                )
            ).first()
            if existing is None:
                raise NotFound("no such user")
            return application_from_row(existing), False

    def _load(self, session: Session, app_id: int) -> ApplicationRow:
        row = session.get(ApplicationRow, app_id, populate_existing=True)
        if row is None:
            raise NotFound(f"no application {app_id}")
        return row

    @_threaded
    def get_application(self, app_id: int) -> Application | None:
        with self._session() as session:
            row = session.get(ApplicationRow, app_id)
            return application_from_row(row) if row else None

    @staticmethod
    def _checked_fields(fields: dict[str, Any] | None) -> dict[str, Any]:
        fields = dict(fields or {})
        unknown = set(fields) - APPLICATION_FIELDS
        if unknown:
            raise ValueError(f"not application fields: {sorted(unknown)}")
        for key, value in fields.items():
            if hasattr(value, "model_dump"):
                fields[key] = value.model_dump(mode="json")
            elif isinstance(value, list):
                fields[key] = [str(v) for v in value]
            elif hasattr(value, "value"):
                fields[key] = value.value
        return fields

    @_threaded
    def transition(
        self,
        app_id: int,
        to: AppState,
        *,
        from_states: Collection[AppState] | None = None,
        fields: dict[str, Any] | None = None,
        add_attempt: bool = False,
        notify: NotificationDraft | None = None,
        lease: Lease | None = None,
        held_by: str | None = None,
    ) -> TransitionResult:
        legal_sources = sources_of(to)
        sources = set(from_states) if from_states is not None else set(legal_sources)
        illegal = sorted(s.value for s in sources if to not in LEGAL_MOVES[s])
        if illegal or not sources:
            raise IllegalTransition(f"cannot move an application from {illegal} to {to.value}")
        values = self._checked_fields(fields)
        if add_attempt:
            values["attempts"] = ApplicationRow.attempts + 1
        # The claim and its lease are one write; leaving applying ends the lease.
        values["lease_owner"] = lease.owner if lease and to is AppState.APPLYING else None
        values["lease_expires_at"] = lease.expires_at if lease and to is AppState.APPLYING else None
        with self._session(write=True) as session:
            return self._move(session, app_id, to, sources, values, notify, held_by)

    def _move(
        self,
        session: Session,
        app_id: int,
        to: AppState,
        sources: Collection[AppState],
        values: dict[str, Any],
        notify: NotificationDraft | None,
        held_by: str | None = None,
    ) -> TransitionResult:
        """The compare-and-set itself, inside the caller's transaction."""
        now = utcnow()
        values = {**values, "state": to.value, "updated_at": now, STATE_TIME_COLUMN[to]: now}
        where = [
            col(ApplicationRow.id) == app_id,
            col(ApplicationRow.state).in_([s.value for s in sources]),
        ]
        if held_by is not None:
            where.append(col(ApplicationRow.lease_owner) == held_by)
        result = session.execute(
            update(ApplicationRow)
            .where(*where)
            .values(**values)
            .returning(ApplicationRow)
            .execution_options(synchronize_session=False)
        )
        # RETURNING hands back the moved row: no second read when the move wins.
        row = result.scalars().first()
        if row is None:
            return TransitionResult(
                won=False, application=application_from_row(self._load(session, app_id))
            )
        if notify is not None:
            add_notification_row(session, row.user_id, notify, now)
        return TransitionResult(won=True, application=application_from_row(row))

    @_threaded
    def update_application(self, app_id: int, fields: dict[str, Any]) -> Application:
        values = self._checked_fields(fields)
        values["updated_at"] = utcnow()
        with self._session(write=True) as session:
            session.execute(
                update(ApplicationRow).where(col(ApplicationRow.id) == app_id).values(**values)
            )
            return application_from_row(self._load(session, app_id))

    @_threaded
    def list_applications(
        self,
        user_id: int,
        states: Collection[AppState] | None = None,
        *,
        offset: int = 0,
        limit: int = 10,
    ) -> tuple[list[Application], int]:
        where = [col(ApplicationRow.user_id) == user_id]
        if states is not None:
            where.append(col(ApplicationRow.state).in_([s.value for s in states]))
        with self._session() as session:
            total = session.exec(select(func.count()).select_from(ApplicationRow).where(*where))
            rows = session.exec(
                select(ApplicationRow)
                .where(*where)
                .order_by(col(ApplicationRow.updated_at).desc(), col(ApplicationRow.id).desc())
                .offset(offset)
                .limit(limit)
            ).all()
            return [application_from_row(r) for r in rows], int(total.one())

    @_threaded
    def applications_in_state(
        self, state: AppState, *, user_id: int | None = None, limit: int = 1000
    ) -> list[Application]:
        query = select(ApplicationRow).where(ApplicationRow.state == state.value)
        if user_id is not None:
            query = query.where(ApplicationRow.user_id == user_id)
        with self._session() as session:
            rows = session.exec(query.order_by(col(ApplicationRow.id)).limit(limit)).all()
            return [application_from_row(r) for r in rows]

    @_threaded
    def claim_approved(
        self, limit: int, *, user_id: int | None = None, lease: Lease | None = None
    ) -> list[Application]:
        query = select(ApplicationRow.id).where(ApplicationRow.state == AppState.APPROVED.value)
        if user_id is not None:
            query = query.where(ApplicationRow.user_id == user_id)
        query = query.order_by(col(ApplicationRow.id)).limit(limit)
        if is_postgres(self.engine):
            query = query.with_for_update(skip_locked=True)
        now = utcnow()
        with self._session(write=True) as session:
            ids = list(session.exec(query).all())
            if not ids:
                return []
            session.execute(
                update(ApplicationRow)
                .where(
                    col(ApplicationRow.id).in_(ids),
                    col(ApplicationRow.state) == AppState.APPROVED.value,
                )
                .values(
                    state=AppState.APPLYING.value,
                    applying_at=now,
                    updated_at=now,
                    lease_owner=lease.owner if lease else None,
                    lease_expires_at=lease.expires_at if lease else None,
                )
            )
            rows = session.exec(
                select(ApplicationRow)
                .where(col(ApplicationRow.id).in_(ids))
                .execution_options(populate_existing=True)
            ).all()
            return [application_from_row(r) for r in rows if r.state == AppState.APPLYING.value]

    @_threaded
    def count_by_state(self, user_id: int) -> dict[AppState, int]:
        with self._session() as session:
            rows = session.exec(
                select(ApplicationRow.state, func.count())
                .where(ApplicationRow.user_id == user_id)
                .group_by(ApplicationRow.state)
            ).all()
            return {AppState(state): int(n) for state, n in rows}

    @_threaded
    def count_entered_since(self, user_id: int, state: AppState, since: datetime) -> int:
        column = getattr(ApplicationRow, STATE_TIME_COLUMN[state])
        with self._session() as session:
            return int(
                session.exec(
                    select(func.count())
                    .select_from(ApplicationRow)
                    .where(ApplicationRow.user_id == user_id, column >= since)
                ).one()
            )

    @_threaded
    def set_portal_status(
        self, app_id: int, status: PortalStatus, notify: NotificationDraft | None = None
    ) -> bool:
        now = utcnow()
        with self._session(write=True) as session:
            result = session.execute(
                update(ApplicationRow)
                .where(
                    col(ApplicationRow.id) == app_id,
                    or_(
                        col(ApplicationRow.portal_status).is_(None),
                        col(ApplicationRow.portal_status) != status.value,
                    ),
                )
                .values(portal_status=status.value, updated_at=now)
            )
            changed = _rowcount(result) == 1
            if changed and notify is not None:
                user_id = self._load(session, app_id).user_id
                add_notification_row(session, user_id, notify, now)
            return changed
