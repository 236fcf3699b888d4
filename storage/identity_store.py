"""Identities: the installation id, linking platforms by code, and forgetting a user fully."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import column, delete, inspect, or_, table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from core.errors import NotFound, SamePlatform
from core.models import Platform
from core.runtime.portal_identity import INSTALLATION_KEY, new_installation_id
from storage.base import StoreBase, _rowcount, _threaded, utcnow
from storage.engine import is_postgres
from storage.tables import (
    ApplicationRow,
    CardMessageRow,
    LinkAttemptRow,
    LinkCodeRow,
    LLMUsageRow,
    MetaRow,
    NotificationRow,
    PreferencesRow,
    ProfileRow,
    UserRow,
    VerdictRow,
)
from storage.users_store import IDENTITY_COLUMN

# APScheduler's SQLAlchemyJobStore keeps its jobs in this table of the same database, one
# row per user with the id bot.scheduler.job_id gives ("autoapply:<user id>").
SCHEDULER_JOBS_TABLE = "apscheduler_jobs"
SCHEDULER_JOB_PREFIX = "autoapply:"


def verdict_prefix(user_id: int) -> str:
    """How every verdict cache key of `user_id` starts (core.pipeline.profile_key)."""
    return f"{user_id}:"


def attempt_key(platform: Platform, platform_user_id: str) -> str:
    return f"{platform.value}:{platform_user_id}"


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def purge_user(session: Session, user_id: int, now: datetime) -> None:
    """Delete every row derived from `user_id`, string-keyed caches included."""
    user = session.get(UserRow, user_id)
    # Explicit deletes, so the outcome does not hang on the database's cascade support.
    for model in (
        NotificationRow,
        CardMessageRow,
        ApplicationRow,
        PreferencesRow,
        ProfileRow,
        LinkCodeRow,
        LLMUsageRow,
    ):
        session.execute(delete(model).where(col(model.user_id) == user_id))
    prefix = verdict_prefix(user_id)
    session.execute(
        delete(VerdictRow).where(col(VerdictRow.profile_key).startswith(prefix, autoescape=True))
    )
    if user is not None:
        keys = [
            attempt_key(platform, value)
            for platform, column in IDENTITY_COLUMN.items()
            if (value := getattr(user, column))
        ]
        # A running lockout outlives /forget (until it ends), or forgetting would reset it.
        session.execute(
            delete(LinkAttemptRow).where(
                col(LinkAttemptRow.identity).in_(keys),
                or_(
                    col(LinkAttemptRow.locked_until).is_(None),
                    col(LinkAttemptRow.locked_until) <= now,
                ),
            )
        )
    if inspect(session.connection()).has_table(SCHEDULER_JOBS_TABLE):
        jobs = table(SCHEDULER_JOBS_TABLE, column("id"))
        session.execute(delete(jobs).where(jobs.c.id == f"{SCHEDULER_JOB_PREFIX}{user_id}"))
    session.execute(delete(UserRow).where(col(UserRow.id) == user_id))


class IdentityStore(StoreBase):
    """Installation id, link codes and their attempt limit, linking, forgetting."""

    _installation: str | None = None

    @_threaded
    def installation_id(self) -> str:
        if self._installation is None:
            with self._session(write=True) as session:
                row = session.get(MetaRow, INSTALLATION_KEY)
                if row is None:  # a database the migrations did not seed (never expected)
                    row = MetaRow(key=INSTALLATION_KEY, value=new_installation_id())
                    session.add(row)
                self._installation = row.value
        return self._installation

    @_threaded
    def link_identity(
        self, user_id: int, platform: Platform, platform_user_id: str, chat_id: str | None = None
    ) -> None:
        column = IDENTITY_COLUMN[platform]
        with self._session(write=True) as session:
            other = session.exec(
                select(UserRow).where(getattr(UserRow, column) == platform_user_id)
            ).first()
            if other is not None and other.id != user_id:
                # The identity had registered on its own: that account goes, fully.
                assert other.id is not None
                purge_user(session, other.id, utcnow())
                session.flush()
            row = session.get(UserRow, user_id)
            if row is None:
                raise NotFound("no such user")
            setattr(row, column, platform_user_id)
            if platform is Platform.TELEGRAM and chat_id:
                row.telegram_chat_id = chat_id
            session.add(row)

    @_threaded
    def delete_user(self, user_id: int) -> None:
        with self._session(write=True) as session:
            purge_user(session, user_id, utcnow())

    # --- link codes ------------------------------------------------------------------------

    @_threaded
    def create_link_code(
        self, user_id: int, code: str, expires_at: datetime, platform: Platform | None = None
    ) -> None:
        with self._session(write=True) as session:
            if session.get(UserRow, user_id) is None:
                raise NotFound("no such user")
            # One live code per user: asking again replaces the previous code.
            session.execute(delete(LinkCodeRow).where(col(LinkCodeRow.user_id) == user_id))
            session.add(
                LinkCodeRow(
                    code=_code_hash(code),
                    user_id=user_id,
                    expires_at=expires_at,
                    platform=platform.value if platform else "",
                )
            )

    @_threaded
    def redeem_link_code(
        self, code: str, now: datetime, *, platform: Platform | None = None
    ) -> int | None:
        key = _code_hash(code)
        with self._session(write=True) as session:
            row = session.get(LinkCodeRow, key)
            if row is None:
                return None
            if platform is not None and row.platform == platform.value:
                raise SamePlatform("a link code joins another chat app, not the one that made it")
            owner, expires_at = row.user_id, row.expires_at
            # The delete's row count decides who consumed the code when two redeem at once.
            result = session.execute(delete(LinkCodeRow).where(col(LinkCodeRow.code) == key))
            if _rowcount(result) != 1:
                return None
            return owner if expires_at > now else None

    @_threaded
    def count_link_attempt(
        self,
        platform: Platform,
        platform_user_id: str,
        now: datetime,
        *,
        limit: int,
        lockout: timedelta,
    ) -> datetime | None:
        key = attempt_key(platform, platform_user_id)
        insert = pg_insert if is_postgres(self.engine) else sqlite_insert
        with self._session(write=True) as session:
            session.execute(
                insert(LinkAttemptRow)
                .values(identity=key, attempts=0, first_at=now)
                .on_conflict_do_nothing(index_elements=["identity"])
            )
            # Counted before the code is tried, under a row lock: parallel tries queue here.
            row = session.exec(
                select(LinkAttemptRow).where(LinkAttemptRow.identity == key).with_for_update()
            ).one()
            if row.locked_until is not None and row.locked_until > now:
                return row.locked_until
            if row.locked_until is not None or now - row.first_at > lockout:
                row.attempts, row.first_at, row.locked_until = 0, now, None
            row.attempts += 1
            if row.attempts > limit:
                row.locked_until = now + lockout
            session.add(row)
            return row.locked_until

    @_threaded
    def clear_link_attempts(self, platform: Platform, platform_user_id: str) -> None:
        key = attempt_key(platform, platform_user_id)
        with self._session(write=True) as session:
            session.execute(delete(LinkAttemptRow).where(col(LinkAttemptRow.identity) == key))
