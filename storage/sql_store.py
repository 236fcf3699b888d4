"""The Store port on SQLModel: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from storage.access_store import AccessStore
from storage.base import utcnow
from storage.bulk_store import BulkStore
from storage.cards_store import CardStore
from storage.identity_store import IdentityStore
from storage.lease_store import LeaseStore
from storage.outbox_store import OutboxStore
from storage.stats_store import StatsStore
from storage.users_store import UserStore

__all__ = ["SqlStore", "utcnow"]


class SqlStore(
    IdentityStore, UserStore, BulkStore, OutboxStore, AccessStore, CardStore, LeaseStore, StatsStore
):
    """`core.ports.Store`: every call runs in a worker thread, every move is one CAS."""
