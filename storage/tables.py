"""SQLModel tables: users, profiles, jobs, verdicts, applications, cards, outbox, meta."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

# Integer keys are never reused (AUTOINCREMENT on SQLite; PostgreSQL sequences never go
# back): ids travel in button payloads, cache keys and scheduler job ids, so a deleted id
# handed to the next person would show them the forgotten person's things.
NEVER_REUSE: dict[str, Any] = {"sqlite_autoincrement": True}


def _user_fk() -> Any:
    return Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)


class UserRow(SQLModel, table=True):
    __tablename__ = "users"
    __table_args__ = NEVER_REUSE

    id: int | None = Field(default=None, primary_key=True)
    # Who the user is at the job portal: random, never derived from `id`.
    portal_user_id: str = Field(unique=True)
    display_name: str = ""
    telegram_user_id: str | None = Field(default=None, unique=True)
    telegram_chat_id: str | None = None
    discord_user_id: str | None = Field(default=None, unique=True)
    console_name: str | None = Field(default=None, unique=True)
    autoapply_enabled: bool = False
    settings: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime
    # What the chat is waiting for (a guided question's answer), so it survives a restart.
    chat_state: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profiles"
    __table_args__ = (UniqueConstraint("user_id", "version"), NEVER_REUSE)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    version: int
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    raw_text: str = ""  # empty when `text_version` says which version holds the text
    # The version whose raw_text this one shares (each /set would otherwise copy the resume).
    text_version: int | None = None
    confirmed: bool = False
    created_at: datetime


class PreferencesRow(SQLModel, table=True):
    __tablename__ = "preferences"
    __table_args__ = NEVER_REUSE

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    )
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    updated_at: datetime


class JobRow(SQLModel, table=True):
    __tablename__ = "jobs"

    id: str = Field(primary_key=True)
    content_hash: str
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    fetched_at: datetime


class VerdictRow(SQLModel, table=True):
    """Score cache keyed by (profile version key, job content hash)."""

    __tablename__ = "verdicts"

    profile_key: str = Field(primary_key=True)
    job_hash: str = Field(primary_key=True)
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime


class ApplicationRow(SQLModel, table=True):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("user_id", "job_id", name="uq_application_user_job"),
        Index("ix_applications_state", "state"),
        Index("ix_applications_user_state", "user_id", "state"),
        NEVER_REUSE,
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    job_id: str
    state: str
    score: int | None = None
    decision: str | None = None
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    report: str | None = None
    documents: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    attempts: int = 0
    last_error: str | None = None
    idempotency_key: str
    # The portal user id this application is sent under (rows from before random portal ids
    # keep the one they were sent with).
    portal_user_id: str = ""
    portal_application_id: str | None = None
    portal_status: str | None = None
    created_at: datetime
    updated_at: datetime
    # one timestamp per state entered (pending is created_at)
    clarify_at: datetime | None = None
    approved_at: datetime | None = None
    applying_at: datetime | None = None
    applied_at: datetime | None = None
    failed_at: datetime | None = None
    rejected_at: datetime | None = None
    # jobs from boards without an apply API (issue 17): the kit is ready; the user applied
    assisted_at: datetime | None = None
    applied_by_user_at: datetime | None = None
    # the process applying it and until when: another takes the row over only after expiry
    lease_owner: str | None = None
    lease_expires_at: datetime | None = None


class NotificationRow(SQLModel, table=True):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_due", "delivered_at", "not_before"), NEVER_REUSE)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    kind: str
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime
    not_before: datetime | None = None
    delivered_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None


class CardMessageRow(SQLModel, table=True):
    """The chat message showing an application's card, per platform: edited in place."""

    __tablename__ = "card_messages"

    application_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("applications.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        )
    )
    platform: str = Field(primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    chat_id: str
    message_id: str
    # The application's updated_at when the card was last drawn: never drawn older again.
    version: datetime


class LinkCodeRow(SQLModel, table=True):
    """One-time codes that link a second chat platform to an existing user."""

    __tablename__ = "link_codes"

    code: str = Field(primary_key=True)  # the SHA-256 of the code, never the code itself
    user_id: int = Field(sa_column=_user_fk())
    expires_at: datetime
    platform: str = ""  # where it was made: it redeems only on another platform


class LinkAttemptRow(SQLModel, table=True):
    """/link CODE tries per platform identity, so codes cannot be guessed."""

    __tablename__ = "link_attempts"

    identity: str = Field(primary_key=True)  # "<platform>:<platform user id>"
    attempts: int = 0
    first_at: datetime
    locked_until: datetime | None = None


class MetaRow(SQLModel, table=True):
    """Facts about this installation (its id at the portal), written once by the migrations."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str


class InviteRow(SQLModel, table=True):
    """Invitation codes (ACCESS=invite): single use; nothing about who redeemed them."""

    __tablename__ = "invites"

    code: str = Field(primary_key=True)  # the SHA-256 of the code, never the code itself
    expires_at: datetime


class LLMUsageRow(SQLModel, table=True):
    """LLM calls per user and UTC day, for LLM_DAILY_BUDGET."""

    __tablename__ = "llm_usage"

    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    day: str = Field(primary_key=True)  # ISO date, so both databases compare it the same way
    calls: int = 0
