"""Row <-> domain model conversion."""

from __future__ import annotations

from datetime import datetime

from core.models import (
    Application,
    AppState,
    Decision,
    Documents,
    Notification,
    NotificationKind,
    PortalStatus,
    StoredProfile,
    User,
    UserSettings,
)
from storage.tables import ApplicationRow, NotificationRow, ProfileRow, UserRow

STATE_TIME_COLUMN: dict[AppState, str] = {
    AppState.PENDING: "created_at",
    AppState.CLARIFY: "clarify_at",
    AppState.APPROVED: "approved_at",
    AppState.APPLYING: "applying_at",
    AppState.APPLIED: "applied_at",
    AppState.FAILED: "failed_at",
    AppState.REJECTED: "rejected_at",
    AppState.ASSISTED: "assisted_at",
    AppState.APPLIED_BY_USER: "applied_by_user_at",
}


def user_from_row(row: UserRow) -> User:
    assert row.id is not None
    return User(
        id=row.id,
        portal_user_id=row.portal_user_id,
        display_name=row.display_name,
        telegram_user_id=row.telegram_user_id,
        telegram_chat_id=row.telegram_chat_id,
        discord_user_id=row.discord_user_id,
        console_name=row.console_name,
        autoapply_enabled=row.autoapply_enabled,
        settings=UserSettings.model_validate(row.settings or {}),
        created_at=row.created_at,
    )


def profile_from_row(row: ProfileRow, raw_text: str | None = None) -> StoredProfile:
    """The stored profile; `raw_text` when the row shares another version's text."""
    return StoredProfile.model_validate(
        {
            "user_id": row.user_id,
            "version": row.version,
            "profile": row.data,
            "raw_text": row.raw_text if raw_text is None else raw_text,
            "confirmed": row.confirmed,
            "created_at": row.created_at,
        }
    )


def application_from_row(row: ApplicationRow) -> Application:
    assert row.id is not None
    times: dict[str, datetime] = {}
    for state, column in STATE_TIME_COLUMN.items():
        value = getattr(row, column)
        if value is not None:
            times[state.value] = value
    return Application(
        id=row.id,
        user_id=row.user_id,
        job_id=row.job_id,
        state=AppState(row.state),
        score=row.score,
        decision=Decision(row.decision) if row.decision else None,
        reasons=list(row.reasons or []),
        report=row.report,
        documents=Documents.model_validate(row.documents) if row.documents else None,
        attempts=row.attempts,
        last_error=row.last_error,
        idempotency_key=row.idempotency_key,
        portal_user_id=row.portal_user_id,
        portal_application_id=row.portal_application_id,
        portal_status=PortalStatus(row.portal_status) if row.portal_status else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
        state_times=times,
        lease_owner=row.lease_owner,
        lease_expires_at=row.lease_expires_at,
    )


def notification_from_row(row: NotificationRow) -> Notification:
    assert row.id is not None
    return Notification(
        id=row.id,
        user_id=row.user_id,
        kind=NotificationKind(row.kind),
        payload=dict(row.payload or {}),
        created_at=row.created_at,
        not_before=row.not_before,
        delivered_at=row.delivered_at,
        attempts=row.attempts,
        last_error=row.last_error,
    )
