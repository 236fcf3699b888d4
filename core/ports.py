"""Protocols the core needs from the outside world: storage, portal, LLM, notifier, clock."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

from core.models import (
    Application,
    AppState,
    CycleSummary,
    Documents,
    Job,
    Match,
    Notification,
    NotificationDraft,
    NotificationKind,
    Platform,
    PortalStatus,
    Preferences,
    Profile,
    StoredProfile,
    User,
    UserSettings,
    Verdict,
)

# --- storage ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransitionResult:
    """Outcome of a compare-and-set move: `won` is False when another caller moved first."""

    won: bool
    application: Application


@dataclass(frozen=True)
class Lease:
    """Who works on an `applying` row and until when (renewed while the work goes on)."""

    owner: str
    expires_at: datetime


@dataclass(frozen=True)
class RejectedJob:
    """A job a cycle judged out, recorded in one bulk insert with the cycle's others."""

    job_id: str
    idempotency_key: str
    verdict: Verdict
    report: str | None = None  # the judged report (none for a hard rule's skip)


@dataclass(frozen=True)
class PortalStatusChange:
    """What one status poll found for one application."""

    app_id: int
    status: PortalStatus
    notify: NotificationDraft | None = None


@dataclass(frozen=True)
class CardMessage:
    """The chat message showing one application's card on one platform, and the application's
    `updated_at` it was drawn from (a card is only ever redrawn from a newer one)."""

    app_id: int
    user_id: int
    platform: Platform
    chat_id: str
    message_id: str
    version: datetime


# Non-state columns a transition (or update_application) may set alongside the move.
APPLICATION_FIELDS = frozenset(
    {
        "score",
        "decision",
        "reasons",
        "report",
        "documents",
        "attempts",
        "last_error",
        "portal_application_id",
        "portal_status",
    }
)


class Store(Protocol):
    """Persistence for users, profiles, jobs, applications and the notification outbox.

    Every method is a coroutine; implementations keep the event loop free.
    """

    # users
    async def register_user(
        self,
        platform: Platform,
        platform_user_id: str,
        *,
        chat_id: str | None = None,
        display_name: str = "",
    ) -> tuple[User, bool]:
        """Return the user for this identity, creating it; the bool says if it is new."""
        ...

    async def find_user(self, platform: Platform, platform_user_id: str) -> User | None: ...
    async def get_user(self, user_id: int) -> User | None: ...
    async def get_users(self, user_ids: Collection[int]) -> dict[int, User]:
        """The users among `user_ids` that exist, by id (one query, for the dispatcher)."""
        ...

    async def link_identity(
        self, user_id: int, platform: Platform, platform_user_id: str, chat_id: str | None = None
    ) -> None: ...
    async def set_autoapply(self, user_id: int, enabled: bool) -> None: ...
    async def save_settings(self, user_id: int, settings: UserSettings) -> None: ...
    async def users_with_autoapply(self) -> list[User]: ...
    async def autoapply_user_ids(self) -> list[int]:
        """The ids of the users with auto-apply on, in id order (start-up schedules them)."""
        ...

    async def delete_user(self, user_id: int) -> None:
        """Delete the user and everything stored about them."""
        ...

    # chat conversation state and account linking
    async def get_chat_state(self, user_id: int) -> dict[str, Any] | None:
        """What the chat waits for from this user (a guided question), or None."""
        ...

    async def set_chat_state(self, user_id: int, state: dict[str, Any] | None) -> None: ...
    async def create_link_code(
        self, user_id: int, code: str, expires_at: datetime, platform: Platform | None = None
    ) -> None:
        """Store a one-time code that joins another platform to `user_id` (replaces any old);
        made on `platform`, it redeems only on another one."""
        ...

    async def redeem_link_code(
        self, code: str, now: datetime, *, platform: Platform | None = None
    ) -> int | None:
        """Consume `code` once; the owner's user id if it existed and had not expired.
        Raises SamePlatform (not consuming it) when redeemed on the platform that made it."""
        ...

    async def count_link_attempt(
        self,
        platform: Platform,
        platform_user_id: str,
        now: datetime,
        *,
        limit: int,
        lockout: timedelta,
    ) -> datetime | None:
        """Count one /link CODE try by this identity; when it is locked out, until when."""
        ...

    async def clear_link_attempts(self, platform: Platform, platform_user_id: str) -> None: ...
    async def create_invite(self, code: str, expires_at: datetime) -> None:
        """Keep an invitation code (hashed) until it is redeemed or expires."""
        ...

    async def redeem_invite(self, code: str, now: datetime) -> bool:
        """Use up the code: True once for a live code, False for any other try."""
        ...

    async def spend_llm_call(self, user_id: int, day: date, limit: int) -> bool:
        """Count one LLM call of `user_id` on `day`; False (nothing counted) at `limit`."""
        ...

    async def installation_id(self) -> str:
        """This installation's id (one per database), part of every idempotency key."""
        ...

    async def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about the user as JSON-ready data (user, profiles, preferences,
        applications, their jobs, notifications)."""
        ...

    # profile and preferences
    async def save_profile(self, user_id: int, profile: Profile, raw_text: str) -> StoredProfile:
        """Store a new profile version (a new resume or an edit)."""
        ...

    async def latest_profile(self, user_id: int) -> StoredProfile | None: ...
    async def confirm_profile(self, user_id: int, version: int) -> None: ...
    async def save_preferences(self, user_id: int, prefs: Preferences) -> None: ...
    async def get_preferences(self, user_id: int) -> Preferences | None: ...

    # jobs and the verdict cache
    async def upsert_jobs(self, jobs: Sequence[Job]) -> None: ...
    async def get_job(self, job_id: str) -> Job | None: ...
    async def get_jobs(self, job_ids: Collection[str]) -> dict[str, Job]:
        """The stored jobs among `job_ids`, by id (one query, for lists and stats)."""
        ...

    async def cached_verdict(self, profile_key: str, job_hash: str) -> Verdict | None: ...
    async def cache_verdict(self, profile_key: str, job_hash: str, verdict: Verdict) -> None: ...

    # applications
    async def known_job_ids(self, user_id: int) -> set[str]: ...
    async def create_application(
        self, user_id: int, job_id: str, *, idempotency_key: str
    ) -> tuple[Application, bool]:
        """Insert a `pending` row, or return the existing one for (user, job); bool = created."""
        ...

    async def record_rejected(self, user_id: int, rejected: Sequence[RejectedJob]) -> int:
        """Insert rows straight in `rejected` for jobs the user has no row for yet, in one
        statement; returns how many were new."""
        ...

    async def get_application(self, app_id: int) -> Application | None: ...
    async def transition(
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
        """Atomically move `app_id` to `to` if its state is in `from_states` (default: every
        state from which the move is legal), setting `fields` and writing `notify` to the
        outbox in the same transaction. Raises IllegalTransition if `to` is never reachable
        from `from_states`; returns won=False with the current row when another caller moved
        first. A move to applying stores `lease`; any other move clears the row's lease.
        With `held_by`, the move happens only while that owner holds the row's lease."""
        ...

    async def renew_lease(self, app_id: int, lease: Lease) -> bool:
        """Extend the lease of an applying row this owner holds; False when it holds none."""
        ...

    async def take_over_applying(
        self,
        lease: Lease,
        now: datetime,
        *,
        previous_owner: str | None = None,
        of_user: int | None = None,
        limit: int = 500,
    ) -> list[Application]:
        """Lease to `lease.owner` every applying row whose lease expired before `now` (or that
        has none, or whose owner starts with `previous_owner`); with `of_user`, every applying
        row of that user whatever its lease (the caller holds the user's lock). Each row goes
        to exactly one caller."""
        ...

    async def release_leases(self, owner: str) -> int:
        """End every lease `owner` holds now, so another process takes those rows at once."""
        ...

    async def update_application(self, app_id: int, fields: dict[str, Any]) -> Application:
        """Set non-state fields (see APPLICATION_FIELDS)."""
        ...

    async def list_applications(
        self,
        user_id: int,
        states: Collection[AppState] | None = None,
        *,
        offset: int = 0,
        limit: int = 10,
    ) -> tuple[list[Application], int]:
        """One page, newest change first, and the total count."""
        ...

    async def applications_in_state(
        self, state: AppState, *, user_id: int | None = None, limit: int = 1000
    ) -> list[Application]: ...
    async def claim_approved(
        self, limit: int, *, user_id: int | None = None, lease: Lease | None = None
    ) -> list[Application]:
        """Move up to `limit` approved rows to applying, each claimed by exactly one caller
        (FOR UPDATE SKIP LOCKED on PostgreSQL), under `lease` (without one, any recoverer
        may take the rows over at once)."""
        ...

    async def count_by_state(self, user_id: int) -> dict[AppState, int]: ...
    async def count_entered_since(self, user_id: int, state: AppState, since: datetime) -> int:
        """How many of the user's rows entered `state` at or after `since` (daily cap)."""
        ...

    async def approve_within_cap(
        self, app_id: int, *, cap: int, since: datetime, fields: dict[str, Any] | None = None
    ) -> TransitionResult | None:
        """pending -> approved unless the user's applications of the day (applied since
        `since`, approved or applying) reach `cap`: None then. Holds across processes."""
        ...

    async def set_portal_status(
        self, app_id: int, status: PortalStatus, notify: NotificationDraft | None = None
    ) -> bool:
        """Record the portal's decision; True (and `notify` written) only if it changed."""
        ...

    async def open_applications(
        self, final: Collection[PortalStatus], *, after_id: int = 0, limit: int = 500
    ) -> list[Application]:
        """Applied rows whose portal status is not in `final`, id above `after_id`, by id
        (keyset pages: the status poller's whole pass, however many there are)."""
        ...

    async def set_portal_statuses(self, changes: Sequence[PortalStatusChange]) -> int:
        """`set_portal_status` for many rows in one transaction; how many changed."""
        ...

    # notification outbox
    async def card_message(self, app_id: int, platform: Platform) -> CardMessage | None:
        """The message showing the application's card on `platform`, if one was recorded."""
        ...

    async def save_card_message(self, card: CardMessage) -> bool:
        """Record where the card is and what it shows; False when a newer drawing is recorded."""
        ...

    async def add_notification(self, user_id: int, draft: NotificationDraft) -> Notification: ...
    async def due_notifications(self, now: datetime, limit: int = 100) -> list[Notification]: ...
    async def mark_delivered(self, notification_id: int) -> None: ...
    async def mark_many_delivered(self, notification_ids: Collection[int]) -> None:
        """Mark a dispatcher pass's deliveries in one write."""
        ...

    async def defer_notification(
        self, notification_id: int, not_before: datetime, error: str | None = None
    ) -> None: ...
    async def claim_notifications(
        self, now: datetime, lease_until: datetime, limit: int = 100
    ) -> list[Notification]:
        """Take up to `limit` due notifications for delivery, each by exactly one caller: a
        claimed one is not due again before `lease_until` (unless deferred or delivered)."""
        ...

    async def pending_notifications(
        self, user_id: int, kinds: Collection[NotificationKind], limit: int = 100
    ) -> list[Notification]:
        """The user's undelivered notifications of `kinds`, due or not, oldest first."""
        ...

    async def bundle_notifications(
        self,
        user_id: int,
        ids: Collection[int],
        draft: NotificationDraft,
        *,
        not_before: datetime | None = None,
    ) -> Notification | None:
        """In one transaction, mark the user's notifications `ids` delivered and write `draft`
        (due at `not_before`) in their place; only if every one was still undelivered, else
        change nothing and return None (another caller bundled or delivered them first)."""
        ...


# --- the job portal ---------------------------------------------------------------------------


class ApplyRequest(BaseModel):
    """The original protocol's `/apply` body."""

    user_id: str
    name: str
    phone: str | None = None
    job_id: str
    resume: str
    cover_letter: str | None = None
    evidence_points: str | None = None


class ApplyReceipt(BaseModel):
    application_id: str
    status: str = "pending"


class PortalRecord(BaseModel):
    application_id: str
    job_id: str
    user_id: str
    decision_at: str | None = None
    decision: str | None = None


class PortalStatusReport(BaseModel):
    accepted: list[PortalRecord] = Field(default_factory=list)
    rejected: list[PortalRecord] = Field(default_factory=list)
    on_process: list[PortalRecord] = Field(default_factory=list)

    def find(self, job_id: str) -> tuple[PortalStatus, PortalRecord] | None:
        """The portal's record and status for `job_id`, if it has one."""
        for status, records in (
            (PortalStatus.ACCEPTED, self.accepted),
            (PortalStatus.REJECTED, self.rejected),
            (PortalStatus.ON_PROCESS, self.on_process),
        ):
            for record in records:
                if record.job_id == job_id:
                    return status, record
        return None


class Portal(Protocol):
    """A job portal speaking the original protocol (extensions optional)."""

    async def search(self, query: str, top_k: int = 20) -> list[Job]: ...
    async def list_jobs(self, *, page: int = 1, limit: int = 50, q: str | None = None) -> list[Job]:
        """Extension `GET /jobs`; returns [] when the portal does not offer it."""
        ...

    async def apply(self, request: ApplyRequest, idempotency_key: str) -> ApplyReceipt:
        """Submit once. Raises PortalUnavailable (retryable), OutcomeUnknown (sent, no answer),
        PortalRejected (permanent) or PortalProtocolError. A 409 for an existing application
        returns that application's receipt."""
        ...

    async def status(self, user_id: str) -> PortalStatusReport: ...

    async def job_open(self, job_id: str) -> bool | None:
        """Extension `GET /jobs/{id}`: whether the portal still lists the job; None when it
        cannot say (the original portal has no such route)."""
        ...


class JobSource(Protocol):
    """A job board that lists jobs (discover only): it takes no applications, so its jobs go
    to the assisted apply (core/runtime/assisted.py). The Portal both lists and applies."""

    name: str

    async def discover(self, query: str, *, boards: Sequence[str] = ()) -> list[Job]:
        """Jobs matching `query` (aggregated feeds) or listed on `boards` (company slugs on
        this system); SourceError when the board cannot be read."""
        ...

    async def aclose(self) -> None: ...


# --- the LLM ----------------------------------------------------------------------------------


class JobScore(BaseModel):
    """What an engine says about one job (the decision is routed by core.judging.ranking)."""

    score: int = Field(ge=0, le=100)
    reasons: list[str] = Field(default_factory=list)
    matched: list[Match] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    # Short stable codes with a reason ("wrong_country: ..."); they only make a decision stricter.
    # Left out of the JSON schema: it is not something an LLM is asked to answer.
    red_flags: SkipJsonSchema[list[str]] = Field(default_factory=list)


class LLM(Protocol):
    """One port, several engines (offline, Hugging Face, OpenAI-compatible)."""

    name: str

    async def extract_profile(self, resume_text: str) -> Profile: ...
    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore: ...
    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        """Tailored resume, cover letter and evidence points in one call."""
        ...

    async def aclose(self) -> None: ...


# --- delivery and time -----------------------------------------------------------------------


class Notifier(Protocol):
    """Delivers one outbox notification to the user's chat; raises on failure."""

    async def deliver(self, user: User, notification: Notification) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


# --- the runtime, as the chat layer sees it ----------------------------------------------------


class Applier(Protocol):
    """The one apply routine (core.apply.ApplyRoutine)."""

    async def apply(self, app_id: int) -> Application:
        """Move approved -> applying (CAS) and submit with retries; returns the final row.
        A caller that loses the CAS gets the current row and does nothing else."""
        ...

    async def approve_and_apply(self, app_id: int) -> Application:
        """The Approve button: clarify/failed -> approved, then `apply`."""
        ...


class CycleRunner(Protocol):
    async def run_cycle(self, user_id: int) -> CycleSummary: ...


class ScheduleControl(Protocol):
    """Per-user auto-apply schedule (bot.scheduler implements it on APScheduler)."""

    async def enable(self, user_id: int) -> datetime | None:
        """Start (or keep) the user's job; returns the next run time."""
        ...

    async def disable(self, user_id: int) -> None: ...
    async def next_run(self, user_id: int) -> datetime | None: ...
    async def run_now(self, user_id: int) -> bool:
        """Trigger a cycle now, in the background (the summary arrives as a notification);
        False when one is already running for the user."""
        ...
