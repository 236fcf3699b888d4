"""The notification outbox: written with the changes that cause it, claimed, delivered."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from core.models import (
    Notification,
    NotificationDraft,
    NotificationKind,
)
from storage.base import StoreBase, _threaded, utcnow
from storage.convert import (
    notification_from_row,
)
from storage.engine import is_postgres
from storage.tables import (
    NotificationRow,
)


def add_notification_row(
    session: Session,
    user_id: int,
    draft: NotificationDraft,
    now: datetime,
    not_before: datetime | None = None,
) -> NotificationRow:
    row = NotificationRow(
        user_id=user_id,
        kind=draft.kind.value,
        payload=draft.payload,
        created_at=now,
        not_before=not_before,
    )
    session.add(row)
    session.flush()
    return row


class OutboxStore(StoreBase):
    """The outbox half of the Store port."""

    # --- outbox ------------------------------------------------------------------------------

    @_threaded
    def add_notification(self, user_id: int, draft: NotificationDraft) -> Notification:
        with self._session(write=True) as session:
            return notification_from_row(add_notification_row(session, user_id, draft, utcnow()))

    @_threaded
    def due_notifications(self, now: datetime, limit: int = 100) -> list[Notification]:
        with self._session() as session:
            rows = session.exec(
                select(NotificationRow)
                .where(
                    col(NotificationRow.delivered_at).is_(None),
                    or_(
                        col(NotificationRow.not_before).is_(None),
                        col(NotificationRow.not_before) <= now,
                    ),
                )
                .order_by(col(NotificationRow.id))
                .limit(limit)
            ).all()
            return [notification_from_row(r) for r in rows]

    @_threaded
    def mark_delivered(self, notification_id: int) -> None:
        with self._session(write=True) as session:
            session.execute(
                update(NotificationRow)
                .where(col(NotificationRow.id) == notification_id)
                .values(delivered_at=utcnow())
            )

    @_threaded
    def mark_many_delivered(self, notification_ids: Collection[int]) -> None:
        """Mark a dispatcher pass's deliveries in one statement."""
        if not notification_ids:
            return
        with self._session(write=True) as session:
            session.execute(
                update(NotificationRow)
                .where(col(NotificationRow.id).in_(sorted(set(notification_ids))))
                .values(delivered_at=utcnow())
            )

    @_threaded
    def defer_notification(
        self, notification_id: int, not_before: datetime, error: str | None = None
    ) -> None:
        with self._session(write=True) as session:
            session.execute(
                update(NotificationRow)
                .where(col(NotificationRow.id) == notification_id)
                .values(
                    not_before=not_before,
                    attempts=NotificationRow.attempts + 1,
                    last_error=error,
                )
            )

    @_threaded
    def claim_notifications(
        self, now: datetime, lease_until: datetime, limit: int = 100
    ) -> list[Notification]:
        due = (
            col(NotificationRow.delivered_at).is_(None),
            or_(col(NotificationRow.not_before).is_(None), col(NotificationRow.not_before) <= now),
        )
        query = select(NotificationRow.id).where(*due).order_by(col(NotificationRow.id))
        query = query.limit(limit)
        if is_postgres(self.engine):
            query = query.with_for_update(skip_locked=True)
        with self._session(write=True) as session:
            ids = list(session.exec(query).all())
            if not ids:
                return []
            # The same due condition again: a compare-and-set, so a row is claimed once.
            claimed = session.execute(
                update(NotificationRow)
                .where(col(NotificationRow.id).in_(ids), *due)
                .values(not_before=lease_until)
                .returning(col(NotificationRow.id))
            )
            won = set(claimed.scalars().all())
            rows = session.exec(
                select(NotificationRow)
                .where(col(NotificationRow.id).in_(won))
                .order_by(col(NotificationRow.id))
                .execution_options(populate_existing=True)
            ).all()
            return [notification_from_row(r) for r in rows]

    @_threaded
    def pending_notifications(
        self, user_id: int, kinds: Collection[NotificationKind], limit: int = 100
    ) -> list[Notification]:
        with self._session() as session:
            rows = session.exec(
                select(NotificationRow)
                .where(
                    NotificationRow.user_id == user_id,
                    col(NotificationRow.delivered_at).is_(None),
                    col(NotificationRow.kind).in_([k.value for k in kinds]),
                )
                .order_by(col(NotificationRow.id))
                .limit(limit)
            ).all()
            return [notification_from_row(r) for r in rows]

    @_threaded
    def bundle_notifications(
        self,
        user_id: int,
        ids: Collection[int],
        draft: NotificationDraft,
        *,
        not_before: datetime | None = None,
    ) -> Notification | None:
        wanted = set(ids)
        if not wanted:
            return None
        # Lock the rows in id order (PostgreSQL; SQLite writers are serial already), so two
        # bundlers of overlapping sets queue instead of deadlocking, and the second one then
        # sees the first one's delivered_at.
        query = (
            select(NotificationRow.id)
            .where(
                col(NotificationRow.id).in_(wanted),
                NotificationRow.user_id == user_id,
                col(NotificationRow.delivered_at).is_(None),
            )
            .order_by(col(NotificationRow.id))
        )
        if is_postgres(self.engine):
            query = query.with_for_update()
        now = utcnow()
        with self._session(write=True) as session:
            if set(session.exec(query).all()) != wanted:
                return None  # all or nothing: someone else took some of them
            session.execute(
                update(NotificationRow)
                .where(col(NotificationRow.id).in_(wanted))
                .values(delivered_at=now)
            )
            row = add_notification_row(session, user_id, draft, now, not_before)
            return notification_from_row(row)
