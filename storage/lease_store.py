"""Leases on applying rows: renewed by the process at work, taken over only once expired."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import col, select

from core.models import Application, AppState
from core.ports import Lease
from storage.base import StoreBase, _rowcount, _threaded
from storage.convert import application_from_row
from storage.tables import ApplicationRow

APPLYING = AppState.APPLYING.value


class LeaseStore(StoreBase):
    """The lease half of the Store port (the claim itself is `transition(..., lease=)`)."""

    @_threaded
    def renew_lease(self, app_id: int, lease: Lease) -> bool:
        with self._session(write=True) as session:
            result = session.execute(
                update(ApplicationRow)
                .where(
                    col(ApplicationRow.id) == app_id,
                    col(ApplicationRow.state) == APPLYING,
                    col(ApplicationRow.lease_owner) == lease.owner,
                )
                .values(lease_expires_at=lease.expires_at)
            )
            return _rowcount(result) == 1

    @_threaded
    def take_over_applying(
        self,
        lease: Lease,
        now: datetime,
        *,
        previous_owner: str | None = None,
        of_user: int | None = None,
        limit: int = 500,
    ) -> list[Application]:
        lapsed = [
            col(ApplicationRow.lease_expires_at).is_(None),
            col(ApplicationRow.lease_expires_at) <= now,
        ]
        if previous_owner:
            # This process's previous incarnation is dead: no need to wait for its leases.
            lapsed.append(
                col(ApplicationRow.lease_owner).startswith(previous_owner, autoescape=True)
                & (col(ApplicationRow.lease_owner) != lease.owner)
            )
        free = (col(ApplicationRow.state) == APPLYING) & or_(*lapsed)
        if of_user is not None:
            # The caller holds this user's lock: no live process applies for them.
            free = (col(ApplicationRow.state) == APPLYING) & (ApplicationRow.user_id == of_user)
        candidates = (
            select(ApplicationRow.id).where(free).order_by(col(ApplicationRow.id)).limit(limit)
        )
        with self._session(write=True) as session:
            # One UPDATE whose WHERE is checked again on each row it locks (PostgreSQL's
            # READ COMMITTED re-check; SQLite writers are serial): a row another recoverer
            # took a moment ago no longer matches, so each row goes to exactly one caller.
            rows = session.execute(
                update(ApplicationRow)
                .where(col(ApplicationRow.id).in_(candidates.scalar_subquery()), free)
                .values(lease_owner=lease.owner, lease_expires_at=lease.expires_at)
                .returning(ApplicationRow)
                .execution_options(synchronize_session=False)
            ).scalars()
            return sorted((application_from_row(r) for r in rows), key=lambda a: a.id)

    @_threaded
    def release_leases(self, owner: str) -> int:
        return self.release_leases_now(owner)

    def release_leases_now(self, owner: str) -> int:
        """`release_leases` in the calling thread: for the last step of a shutdown, once the
        store's pool is shut and no write of this process can land after it."""
        with self._session(write=True) as session:
            result = session.execute(
                update(ApplicationRow)
                .where(
                    col(ApplicationRow.state) == APPLYING,
                    col(ApplicationRow.lease_owner) == owner,
                )
                .values(lease_expires_at=None)
            )
            return _rowcount(result)
