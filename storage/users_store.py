"""Users, platform identities, profiles, preferences, cached jobs and verdicts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import null, update
from sqlmodel import Session, col, select

from core.errors import NotFound
from core.models import (
    Job,
    Platform,
    Preferences,
    Profile,
    StoredProfile,
    User,
    UserSettings,
    Verdict,
)
from core.runtime.portal_identity import new_portal_user_id
from storage.base import StoreBase, _threaded, utcnow
from storage.convert import (
    application_from_row,
    notification_from_row,
    profile_from_row,
    user_from_row,
)
from storage.tables import (
    ApplicationRow,
    JobRow,
    LinkCodeRow,
    NotificationRow,
    PreferencesRow,
    ProfileRow,
    UserRow,
    VerdictRow,
)

IDENTITY_COLUMN = {
    Platform.TELEGRAM: "telegram_user_id",
    Platform.DISCORD: "discord_user_id",
    Platform.CONSOLE: "console_name",
}


class UserStore(StoreBase):
    """The user-facing half of the Store port."""

    # --- users ---------------------------------------------------------------------------

    def _user_row(self, session: Session, user_id: int) -> UserRow:
        row = session.get(UserRow, user_id)
        if row is None:
            raise NotFound("no such user")
        return row

    @_threaded
    def register_user(
        self,
        platform: Platform,
        platform_user_id: str,
        *,
        chat_id: str | None = None,
        display_name: str = "",
    ) -> tuple[User, bool]:
        column = IDENTITY_COLUMN[platform]
        with self._session(write=True) as session:
            row = session.exec(
                select(UserRow).where(getattr(UserRow, column) == platform_user_id)
            ).first()
            created = row is None
            if row is None:
                row = UserRow(
                    display_name=display_name,
                    portal_user_id=new_portal_user_id(),
                    created_at=utcnow(),
                )
                setattr(row, column, platform_user_id)
            if platform is Platform.TELEGRAM and chat_id:
                row.telegram_chat_id = chat_id
            if display_name and not row.display_name:
                row.display_name = display_name
            session.add(row)
            session.flush()
            return user_from_row(row), created

    @_threaded
    def find_user(self, platform: Platform, platform_user_id: str) -> User | None:
        column = getattr(UserRow, IDENTITY_COLUMN[platform])
        with self._session() as session:
            row = session.exec(select(UserRow).where(column == platform_user_id)).first()
            return user_from_row(row) if row else None

    @_threaded
    def get_user(self, user_id: int) -> User | None:
        with self._session() as session:
            row = session.get(UserRow, user_id)
            return user_from_row(row) if row else None

    @_threaded
    def get_users(self, user_ids: Collection[int]) -> dict[int, User]:
        """The users among `user_ids` that exist, by id, in one query."""
        wanted = set(user_ids)
        if not wanted:
            return {}
        with self._session() as session:
            rows = session.exec(select(UserRow).where(col(UserRow.id).in_(wanted))).all()
            return {u.id: u for u in (user_from_row(r) for r in rows)}

    @_threaded
    def set_autoapply(self, user_id: int, enabled: bool) -> None:
        with self._session(write=True) as session:
            row = self._user_row(session, user_id)
            row.autoapply_enabled = enabled
            session.add(row)

    @_threaded
    def save_settings(self, user_id: int, settings: UserSettings) -> None:
        with self._session(write=True) as session:
            row = self._user_row(session, user_id)
            row.settings = settings.model_dump(mode="json")
            session.add(row)

    @_threaded
    def users_with_autoapply(self) -> list[User]:
        with self._session() as session:
            rows = session.exec(select(UserRow).where(col(UserRow.autoapply_enabled))).all()
            return [user_from_row(r) for r in rows]

    @_threaded
    def autoapply_user_ids(self) -> list[int]:
        with self._session() as session:
            query = select(UserRow.id).where(col(UserRow.autoapply_enabled))
            query = query.order_by(col(UserRow.id))
            return [int(i) for i in session.exec(query).all() if i is not None]

    # --- profile and preferences -----------------------------------------------------------

    @_threaded
    def save_profile(self, user_id: int, profile: Profile, raw_text: str) -> StoredProfile:
        with self._session(write=True) as session:
            self._user_row(session, user_id)
            latest = session.exec(
                select(ProfileRow)
                .where(ProfileRow.user_id == user_id)
                .order_by(col(ProfileRow.version).desc())
            ).first()
            holder = _text_holder(session, latest)
            same = holder is not None and holder.raw_text == raw_text
            row = ProfileRow(
                user_id=user_id,
                version=(latest.version if latest else 0) + 1,
                data=profile.model_dump(mode="json"),
                # an edit keeps the resume's text: point at the version that holds it
                raw_text="" if same else raw_text,
                text_version=holder.version if same and holder else None,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return profile_from_row(row, raw_text)

    @_threaded
    def latest_profile(self, user_id: int) -> StoredProfile | None:
        with self._session() as session:
            row = session.exec(
                select(ProfileRow)
                .where(ProfileRow.user_id == user_id)
                .order_by(col(ProfileRow.version).desc())
            ).first()
            if row is None:
                return None
            holder = _text_holder(session, row)
            return profile_from_row(row, holder.raw_text if holder else row.raw_text)

    @_threaded
    def confirm_profile(self, user_id: int, version: int) -> None:
        with self._session(write=True) as session:
            session.execute(
                update(ProfileRow)
                .where(col(ProfileRow.user_id) == user_id, col(ProfileRow.version) == version)
                .values(confirmed=True)
            )

    @_threaded
    def save_preferences(self, user_id: int, prefs: Preferences) -> None:
        with self._session(write=True) as session:
            self._user_row(session, user_id)
            row = session.exec(
                select(PreferencesRow).where(PreferencesRow.user_id == user_id)
            ).first()
            row = row or PreferencesRow(user_id=user_id, data={}, updated_at=utcnow())
            row.data = prefs.model_dump(mode="json")
            row.updated_at = utcnow()
            session.add(row)

    @_threaded
    def get_preferences(self, user_id: int) -> Preferences | None:
        with self._session() as session:
            row = session.exec(
                select(PreferencesRow).where(PreferencesRow.user_id == user_id)
            ).first()
            return Preferences.model_validate(row.data) if row else None

    # --- jobs and verdicts -------------------------------------------------------------------

    @_threaded
    def upsert_jobs(self, jobs: Sequence[Job]) -> None:
        """Write each shared job row once per content change.

        Many users' cycles store the same jobs at once: the hashes are compared first
        without a write lock, and only new or changed rows are written, in id order, so two
        writers never wait on each other in opposite orders (PostgreSQL's deadlocks).
        """
        if not jobs:
            return
        unique = {job.id: job for job in jobs}
        hashes = {job_id: job.content_hash() for job_id, job in unique.items()}
        with self._session() as session:
            stored = dict(
                session.exec(
                    select(JobRow.id, JobRow.content_hash).where(col(JobRow.id).in_(hashes))
                ).all()
            )
        fresh = sorted(i for i in hashes if i not in stored)
        changed = sorted(i for i in hashes if i in stored and stored[i] != hashes[i])
        if not fresh and not changed:
            return
        now = utcnow()

        def values(job_id: str) -> dict[str, Any]:
            data = unique[job_id].model_dump(mode="json")
            return {"id": job_id, "content_hash": hashes[job_id], "data": data, "fetched_at": now}

        with self._session(write=True) as session:
            if fresh:
                self._insert_absent(session, JobRow, [values(i) for i in fresh], ["id"])
            for job_id in changed:
                session.execute(
                    update(JobRow)
                    .where(col(JobRow.id) == job_id, col(JobRow.content_hash) != hashes[job_id])
                    .values(**{k: v for k, v in values(job_id).items() if k != "id"})
                )

    @_threaded
    def get_jobs(self, job_ids: Collection[str]) -> dict[str, Job]:
        """The stored jobs among `job_ids`, by id, in one query."""
        wanted = set(job_ids)
        if not wanted:
            return {}
        with self._session() as session:
            rows = session.exec(select(JobRow).where(col(JobRow.id).in_(wanted))).all()
            return {r.id: Job.model_validate(r.data) for r in rows}

    @_threaded
    def get_job(self, job_id: str) -> Job | None:
        with self._session() as session:
            row = session.get(JobRow, job_id)
            return Job.model_validate(row.data) if row else None

    @_threaded
    def cached_verdict(self, profile_key: str, job_hash: str) -> Verdict | None:
        with self._session() as session:
            row = session.get(VerdictRow, (profile_key, job_hash))
            return Verdict.model_validate(row.data) if row else None

    @_threaded
    def cache_verdict(self, profile_key: str, job_hash: str, verdict: Verdict) -> None:
        values = [
            {
                "profile_key": profile_key,
                "job_hash": job_hash,
                "data": verdict.model_dump(mode="json"),
                "created_at": utcnow(),
            }
        ]
        with self._session(write=True) as session:
            self._upsert(
                session, VerdictRow, values, ["profile_key", "job_hash"], ["data", "created_at"]
            )

    # --- chat state and export ---------------------------------------------------

    @_threaded
    def get_chat_state(self, user_id: int) -> dict[str, Any] | None:
        with self._session() as session:
            row = session.get(UserRow, user_id)
            return dict(row.chat_state) if row is not None and row.chat_state else None

    @_threaded
    def set_chat_state(self, user_id: int, state: dict[str, Any] | None) -> None:
        with self._session(write=True) as session:
            session.execute(
                update(UserRow)
                .where(col(UserRow.id) == user_id)
                .values(chat_state=null() if state is None else state)
            )

    @_threaded
    def export_user(self, user_id: int) -> dict[str, Any]:
        with self._session() as session:
            user = self._user_row(session, user_id)
            profiles = session.exec(
                select(ProfileRow)
                .where(ProfileRow.user_id == user_id)
                .order_by(col(ProfileRow.version))
            ).all()
            prefs = session.exec(
                select(PreferencesRow).where(PreferencesRow.user_id == user_id)
            ).first()
            apps = session.exec(
                select(ApplicationRow)
                .where(ApplicationRow.user_id == user_id)
                .order_by(col(ApplicationRow.id))
            ).all()
            job_ids = sorted({a.job_id for a in apps})
            jobs = (
                session.exec(select(JobRow).where(col(JobRow.id).in_(job_ids))).all()
                if job_ids
                else []
            )
            notes = session.exec(
                select(NotificationRow)
                .where(NotificationRow.user_id == user_id)
                .order_by(col(NotificationRow.id))
            ).all()
            codes = session.exec(select(LinkCodeRow).where(LinkCodeRow.user_id == user_id)).all()
            return {
                "user": {
                    **user_from_row(user).model_dump(mode="json"),
                    "chat_state": user.chat_state,
                },
                "profiles": [profile_from_row(r).model_dump(mode="json") for r in profiles],
                "preferences": dict(prefs.data) if prefs is not None else None,
                "applications": [application_from_row(r).model_dump(mode="json") for r in apps],
                "jobs": [dict(r.data) for r in jobs],
                "notifications": [notification_from_row(r).model_dump(mode="json") for r in notes],
                # The codes themselves are one-time secrets: only say that one is pending.
                "link_codes": [{"expires_at": r.expires_at.isoformat()} for r in codes],
            }


def _text_holder(session: Session, row: ProfileRow | None) -> ProfileRow | None:
    """The profile version whose row stores `row`'s resume text (itself unless it shares)."""
    if row is None or row.text_version is None:
        return row
    return session.exec(
        select(ProfileRow).where(
            ProfileRow.user_id == row.user_id, ProfileRow.version == row.text_version
        )
    ).first()
