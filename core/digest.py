"""The daily digest's rules: which notifications wait for it, when it comes, what it carries.

A user with `daily_digest` on gets the notifications that need no action (applied, rejected,
status_changed, summary) as one DIGEST notification at `digest_hour` (their local time). The
dispatcher (core.notify) holds them by deferring each to the next digest time with the reason
`HELD`; when a held one comes due, it bundles every pending one of the user into a digest row and
marks them delivered in one transaction (`Store.bundle_notifications`), then delivers that
row like any other notification (quiet hours, retries).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from core.models import Job, Notification, NotificationDraft, NotificationKind, UserSettings
from core.runtime.local_time import next_local_hour

# The kinds that need no action from the user; clarify and failed always come at once.
DIGEST_KINDS = frozenset(
    {
        NotificationKind.APPLIED,
        NotificationKind.REJECTED,
        NotificationKind.STATUS_CHANGED,
        NotificationKind.SUMMARY,
    }
)
# The reason stored on a notification held for the digest: when it comes due again, the
# dispatcher knows its digest time has come (and not that it is new).
HELD = "held for the daily digest"
# Items in one digest row; more (a very busy day) go into a second digest right after.
MAX_ITEMS = 200


def digest_kinds(settings: UserSettings) -> frozenset[NotificationKind]:
    """The kinds that go into this user's digest: the no-action ones they have not muted."""
    return frozenset(k for k in DIGEST_KINDS if k.value not in settings.muted_kinds)


def next_digest_at(now: datetime, hour: int, zone: str | None = None) -> datetime:
    """The next `hour`:00 in the user's zone (UTC when none) strictly after `now`, in UTC."""
    return next_local_hour(now, hour, zone)


def untitled_job_ids(items: Sequence[Notification]) -> set[str]:
    """Jobs whose title the payloads lack (an employer's answer names only the job id)."""
    return {
        str(n.payload["job_id"])
        for n in items
        if not n.payload.get("title") and n.payload.get("job_id")
    }


def digest_item(notification: Notification, job: Job | None = None) -> dict[str, Any]:
    """What the digest keeps of one notification: enough for one line, nothing more."""
    payload = dict(notification.payload)
    if job is not None and not payload.get("title"):
        payload.update(title=job.title, company=job.company)
    item: dict[str, Any] = {"id": notification.id, "kind": notification.kind.value}
    for key, limit in (("title", 120), ("company", 80), ("status", 20), ("line", 200)):
        value = payload.get(key)
        if isinstance(value, str) and value:
            item[key] = value[:limit]
    app_id = payload.get("application_id")
    if isinstance(app_id, int) and not isinstance(app_id, bool):
        item["application_id"] = app_id
    return item


def digest_draft(
    items: Sequence[Notification], jobs: Mapping[str, Job] | None = None
) -> NotificationDraft:
    """The DIGEST notification for `items` (oldest first), rendered by core.chat; `jobs`
    name the jobs of the items whose payload has no title."""
    jobs = jobs or {}
    return NotificationDraft(
        kind=NotificationKind.DIGEST,
        payload={"items": [digest_item(n, jobs.get(str(n.payload.get("job_id")))) for n in items]},
    )
