"""Domain types shared by every layer: profiles, preferences, jobs, verdicts, applications."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator


class WorkMode(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


# --- the candidate -----------------------------------------------------------------------


class Skill(BaseModel):
    name: str
    category: str = "general"


class Experience(BaseModel):
    company: str = ""
    role: str = ""
    start: str | None = None
    end: str | None = None
    location: str | None = None
    responsibilities: list[str] = Field(default_factory=list)


class Education(BaseModel):
    institution: str = ""
    degree: str = ""
    start: str | None = None
    end: str | None = None
    location: str | None = None


class Project(BaseModel):
    name: str
    description: str = ""


class Profile(BaseModel):
    """A structured resume (the original project's schema)."""

    full_name: str = ""
    email: str | None = None
    phone: str | None = None
    links: list[str] = Field(default_factory=list)
    location: str | None = None
    summary: str = ""
    skills: list[Skill] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    achievements: list[str] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)

    def skill_names(self) -> list[str]:
        return [s.name for s in self.skills]


class Preferences(BaseModel):
    """What the user wants; hard rules come from here. Unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")

    roles: list[str] = Field(default_factory=list)
    work_modes: list[WorkMode] = Field(
        default_factory=lambda: [WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE]
    )
    cities: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    min_salary: float | None = Field(default=None, ge=0)
    salary_currency: str = "USD"
    needs_visa_sponsorship: bool = False
    open_to_relocation: bool = False
    blocked_companies: list[str] = Field(default_factory=list)
    excluded_title_words: list[str] = Field(default_factory=list)
    daily_cap: int = Field(default=20, ge=0, le=500)
    accept_threshold: int = Field(default=70, ge=0, le=100)
    clarify_threshold: int = Field(default=40, ge=0, le=100)
    # Company boards to watch on applicant-tracking systems, as "<ats>:<company slug>"
    # ("greenhouse:acme", "lever:acme"); see core/sources/boards.py.
    boards: list[str] = Field(default_factory=list, max_length=50)


class UserSettings(BaseModel):
    """Per-user notification and run settings."""

    model_config = ConfigDict(extra="forbid")

    muted_kinds: list[str] = Field(default_factory=list)
    quiet_start_hour: int | None = Field(default=None, ge=0, le=23)
    quiet_end_hour: int | None = Field(default=None, ge=0, le=23)
    dry_run: bool = False
    daily_digest: bool = False
    digest_hour: int = Field(default=18, ge=0, le=23)  # local time, like the quiet hours
    timezone: str = "UTC"  # IANA name; every hour above and every time shown is in it
    timezone_asked: bool = False  # the question came once after the profile: not again
    locale: str | None = Field(default=None, max_length=16)  # the platform's, a zone hint

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        if v != "UTC":
            try:
                ZoneInfo(v)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {v[:40]!r}") from None
        return v


# --- jobs and judgement --------------------------------------------------------------------

PORTAL_SOURCE = "portal"
_NOT_JUDGED = {"source", "apply_url", "posted_at", "seen_on", "attribution"}


class Job(BaseModel):
    """A portal job in the original protocol's schema; extra fields are kept."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: str
    title: str
    company: str = ""
    cities: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    is_remote: bool = False
    is_hybrid: bool = Field(default=False, validation_alias=AliasChoices("is_hybrid", "is_hybride"))
    is_onsite: bool = False
    salary_offered: float | None = None
    currency: str | None = None
    visa_sponsorship_offered: bool = False
    start_date: str | None = None
    required_skills: list[str] = Field(default_factory=list)
    description: str = ""
    # Where the job came from (core/sources): "portal", or a job board such as "greenhouse".
    source: str = PORTAL_SOURCE
    apply_url: str | None = None
    posted_at: datetime | None = None
    salary_max: float | None = None
    salary_period: str | None = None  # hour, day, week, month, year
    seen_on: list[str] = Field(default_factory=list)  # other sources that list the same job
    attribution: str | None = None  # a credit the feed's terms ask for ("via Remotive")

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v

    @field_validator("cities", "countries", "required_skills", mode="before")
    @classmethod
    def _none_as_empty(cls, v: Any) -> Any:
        return [] if v is None else v

    def content_hash(self) -> str:
        """Hash what a judgement depends on, so a changed posting is judged again."""
        # Where a job was seen does not change its judgement; unset pay fields are left out so
        # portal jobs keep the hashes (and cached verdicts) they had before job boards came.
        data = self.model_dump(mode="json", exclude=_NOT_JUDGED)
        for key in ("salary_max", "salary_period"):
            if data.get(key) is None:
                data.pop(key, None)
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:32]

    def from_portal(self) -> bool:
        """Whether the portal listed it (and so can take an application through its API)."""
        return self.source == PORTAL_SOURCE

    def place(self) -> str:
        where = ", ".join([*self.cities, *self.countries]) or "unspecified place"
        modes = [
            m
            for m, on in (
                ("remote", self.is_remote),
                ("hybrid", self.is_hybrid),
                ("onsite", self.is_onsite),
            )
            if on
        ]
        return f"{where} ({'/'.join(modes)})" if modes else where


class Decision(StrEnum):
    ACCEPT = "accept"
    CLARIFY = "clarify"
    REJECT = "reject"


class Match(BaseModel):
    requirement: str
    evidence: str


class Verdict(BaseModel):
    """The judgement of one job for one profile."""

    score: int = Field(ge=0, le=100)
    decision: Decision
    reasons: list[str] = Field(default_factory=list)
    matched: list[Match] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    red_flags: list[str] = Field(default_factory=list)


class Documents(BaseModel):
    """What is sent with an application, exactly as sent."""

    resume_md: str
    cover_letter: str
    evidence_points: list[str] = Field(default_factory=list)


# --- applications ----------------------------------------------------------------------------


class AppState(StrEnum):
    PENDING = "pending"
    CLARIFY = "clarify"
    APPROVED = "approved"
    APPLYING = "applying"
    APPLIED = "applied"
    FAILED = "failed"
    REJECTED = "rejected"
    # A job from a board without an apply API: documents ready, the user applies (core/sources).
    ASSISTED = "assisted"
    APPLIED_BY_USER = "applied_by_user"


LEGAL_MOVES: dict[AppState, frozenset[AppState]] = {
    AppState.PENDING: frozenset(
        {AppState.REJECTED, AppState.CLARIFY, AppState.APPROVED, AppState.ASSISTED}
    ),
    AppState.CLARIFY: frozenset({AppState.APPROVED, AppState.REJECTED, AppState.ASSISTED}),
    AppState.APPROVED: frozenset({AppState.APPLYING, AppState.ASSISTED}),
    AppState.APPLYING: frozenset({AppState.APPLIED, AppState.FAILED, AppState.APPROVED}),
    AppState.FAILED: frozenset({AppState.APPROVED}),
    AppState.APPLIED: frozenset(),
    # Undo on a Discard: the job comes back to the user's decision (core/chat/undo.py).
    AppState.REJECTED: frozenset({AppState.CLARIFY}),
    AppState.ASSISTED: frozenset({AppState.APPLIED_BY_USER, AppState.REJECTED}),
    AppState.APPLIED_BY_USER: frozenset(),
}


def sources_of(target: AppState) -> frozenset[AppState]:
    """States from which a move to `target` is legal."""
    return frozenset(s for s, targets in LEGAL_MOVES.items() if target in targets)


class PortalStatus(StrEnum):
    ON_PROCESS = "on_process"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Application(BaseModel):
    """One user's relation to one job: exactly one per (user, job)."""

    id: int
    user_id: int
    job_id: str
    state: AppState
    score: int | None = None
    decision: Decision | None = None
    reasons: list[str] = Field(default_factory=list)
    report: str | None = None
    documents: Documents | None = None
    attempts: int = 0
    last_error: str | None = None
    idempotency_key: str
    portal_user_id: str = ""  # the user id it is (or was) sent under at the portal
    portal_application_id: str | None = None
    portal_status: PortalStatus | None = None
    created_at: datetime
    updated_at: datetime
    state_times: dict[str, datetime] = Field(default_factory=dict)
    # While applying: the process that works on it and until when (see core.runtime.leases).
    lease_owner: str | None = None
    lease_expires_at: datetime | None = None


class NotificationKind(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"
    CLARIFY = "clarify"
    FAILED = "failed"
    STATUS_CHANGED = "status_changed"
    SUMMARY = "summary"
    ASSISTED = "assisted"  # a ready kit for a job the user applies to on the board's own site
    ASSISTED_REMINDER = "kit_reminder"  # that kit, once more, days later (can be muted)
    DIGEST = "digest"  # the day's no-action notifications in one message (core.digest)


class NotificationDraft(BaseModel):
    """A notification to write in the same transaction as the change that causes it."""

    kind: NotificationKind
    payload: dict[str, Any] = Field(default_factory=dict)


class Notification(BaseModel):
    id: int
    user_id: int
    kind: NotificationKind
    payload: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime
    not_before: datetime | None = None
    delivered_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None


class Platform(StrEnum):
    TELEGRAM = "telegram"
    DISCORD = "discord"
    CONSOLE = "console"


class User(BaseModel):
    id: int
    portal_user_id: str = ""  # who the user is at the job portal (random, never `id`)
    display_name: str = ""
    telegram_user_id: str | None = None
    telegram_chat_id: str | None = None
    discord_user_id: str | None = None
    console_name: str | None = None
    autoapply_enabled: bool = False
    settings: UserSettings = Field(default_factory=UserSettings)
    created_at: datetime


class StoredProfile(BaseModel):
    user_id: int
    version: int
    profile: Profile
    raw_text: str
    confirmed: bool = False
    created_at: datetime


class CycleSummary(BaseModel):
    """What one auto-apply cycle did for one user."""

    user_id: int
    new_jobs: int = 0
    applied: int = 0
    clarify: int = 0
    rejected: int = 0
    failed: int = 0
    pending: int = 0  # left pending: scoring unavailable, daily cap reached, or dry run
    dry_run: bool = False
    cap_reached: bool = False
    errors: list[str] = Field(default_factory=list)
    assisted: int = 0  # jobs from boards without an apply API, ready for the user to apply
    # Why jobs were left waiting, with how many each (scoring unavailable, deadline, cap...).
    waiting_reasons: dict[str, int] = Field(default_factory=dict)

    def wait(self, reason: str) -> None:
        """Count one job left pending for `reason`."""
        self.pending += 1
        self.waiting_reasons[reason] = self.waiting_reasons.get(reason, 0) + 1

    # Why nothing was sent: the profile is unconfirmed or lacks a name or contact (told once).
    profile_hold: str | None = None

    def line(self) -> str:
        """One short line for the user, e.g. '12 new jobs: 3 applied, 2 need you, 7 skipped'."""
        parts = [f"{self.applied} applied", f"{self.clarify} need you", f"{self.rejected} skipped"]
        if self.assisted:
            parts.append(f"{self.assisted} ready for you to apply")
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.pending:
            parts.append(f"{self.pending} waiting{self._why_waiting()}")
        noun = "job" if self.new_jobs == 1 else "jobs"
        return f"{self.new_jobs} new {noun}: " + ", ".join(parts)

    def _why_waiting(self) -> str:
        reasons = sorted(self.waiting_reasons.items(), key=lambda kv: -kv[1])
        if len(reasons) == 1:
            return f" ({reasons[0][0]})"
        if reasons:
            return " (" + ", ".join(f"{r}: {n}" for r, n in reasons[:3]) + ")"
        return ""
