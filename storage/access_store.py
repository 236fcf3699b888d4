"""Invitation codes and the per-user daily count of LLM calls."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from storage.base import StoreBase, _rowcount, _threaded
from storage.engine import is_postgres
from storage.identity_store import _code_hash
from storage.tables import InviteRow, LLMUsageRow


class AccessStore(StoreBase):
    """Invitations (single use) for ACCESS=invite; LLM calls per user and day."""

    @_threaded
    def create_invite(self, code: str, expires_at: datetime) -> None:
        with self._session(write=True) as session:
            session.add(InviteRow(code=_code_hash(code), expires_at=expires_at))

    @_threaded
    def redeem_invite(self, code: str, now: datetime) -> bool:
        with self._session(write=True) as session:
            # Expired codes go too; the delete's row count decides who used a live one.
            session.execute(delete(InviteRow).where(col(InviteRow.expires_at) <= now))
            result = session.execute(
                delete(InviteRow).where(col(InviteRow.code) == _code_hash(code[:200]))
            )
            return _rowcount(result) == 1

    @_threaded
    def spend_llm_call(self, user_id: int, day: date, limit: int) -> bool:
        insert = pg_insert if is_postgres(self.engine) else sqlite_insert
        key = day.isoformat()
        with self._session(write=True) as session:
            session.execute(
                insert(LLMUsageRow)
                .values(user_id=user_id, day=key, calls=0)
                .on_conflict_do_nothing(index_elements=["user_id", "day"])
            )
            # One conditional increment: parallel calls of one cycle never overshoot the limit.
            result = session.execute(
                update(LLMUsageRow)
                .where(
                    col(LLMUsageRow.user_id) == user_id,
                    col(LLMUsageRow.day) == key,
                    col(LLMUsageRow.calls) < limit,
                )
                .values(calls=LLMUsageRow.calls + 1)
            )
            return _rowcount(result) == 1
