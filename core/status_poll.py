"""Status tracking: ask the portal about open applications and tell the user about decisions."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from core.errors import PortalError
from core.models import AppState, NotificationDraft, NotificationKind, PortalStatus
from core.ports import Portal, Store

log = logging.getLogger(__name__)

FINAL = frozenset({PortalStatus.ACCEPTED, PortalStatus.REJECTED})


@dataclass
class PollResult:
    users: int = 0
    checked: int = 0
    changed: int = 0
    errors: int = 0


class StatusPoller:
    """Poll `GET /status` for users with applied rows whose portal status is not final."""

    def __init__(self, store: Store, portal: Portal, *, limit: int = 100_000) -> None:
        self._store = store
        self._portal = portal
        self._limit = limit

    async def poll_once(self) -> PollResult:
        """One pass over every open application; one user's portal error skips only them."""
        rows = await self._store.applications_in_state(AppState.APPLIED, limit=self._limit)
        # Grouped by the portal identity each row was sent under (never the local row id).
        by_user = defaultdict(list)
        for row in rows:
            if row.portal_status not in FINAL:
                by_user[row.portal_user_id].append(row)
        result = PollResult(users=len(by_user))
        for portal_user, open_rows in by_user.items():
            try:
                report = await self._portal.status(portal_user)
            except PortalError as err:
                log.warning("status for user %d: %s", open_rows[0].user_id, err)
                result.errors += 1
                continue
            for row in open_rows:
                result.checked += 1
                found = report.find(row.job_id)
                if found is None:
                    continue
                status, record = found
                draft = None
                if status in FINAL:
                    draft = NotificationDraft(
                        kind=NotificationKind.STATUS_CHANGED,
                        payload={
                            "application_id": row.id,
                            "job_id": row.job_id,
                            "status": status.value,
                            "decision_at": record.decision_at or "",
                        },
                    )
                if await self._store.set_portal_status(row.id, status, notify=draft):
                    result.changed += 1
        if result.changed:
            log.info("status poll: %d of %d applications changed", result.changed, result.checked)
        return result
