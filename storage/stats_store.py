"""Figures for /metrics and /healthz, read synchronously from the scrape's own thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, text
from sqlmodel import col, select

from storage.base import StoreBase, utcnow
from storage.tables import ApplicationRow, NotificationRow


@dataclass(frozen=True)
class StoreFigures:
    """Applications by state across all users, the outbox's backlog and its oldest due note."""

    applications: dict[str, int]
    outbox_depth: int
    oldest_undelivered_s: float


class StatsStore(StoreBase):
    """Two grouped queries per scrape, never one per row."""

    def figures(self, now: datetime | None = None) -> StoreFigures:
        now = now or utcnow()
        with self._session() as session:
            counts = session.exec(
                select(ApplicationRow.state, func.count()).group_by(ApplicationRow.state)
            ).all()
            waiting = col(NotificationRow.delivered_at).is_(None)
            depth = session.exec(select(func.count()).where(waiting)).one()
            # Lag counts only what is due: a note held for quiet hours is not late.
            due = or_(
                col(NotificationRow.not_before).is_(None), col(NotificationRow.not_before) <= now
            )
            oldest = session.exec(
                select(func.min(NotificationRow.created_at)).where(waiting, due)
            ).one()
        age = 0.0
        if oldest is not None:
            oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
            age = max(0.0, (now - oldest).total_seconds())
        return StoreFigures({state: int(n) for state, n in counts}, int(depth), age)

    def ping(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False
