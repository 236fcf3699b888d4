"""Status tracking: ask the portal about open applications and tell the user about decisions."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from core.errors import PortalError
from core.models import Application, AppState, NotificationDraft, NotificationKind, PortalStatus
from core.ports import Portal, PortalStatusChange, Store

log = logging.getLogger(__name__)

FINAL = frozenset({PortalStatus.ACCEPTED, PortalStatus.REJECTED})
USER_ROWS = 5_000  # one user's applied rows looked at when polling that user


@dataclass
class PollResult:
    users: int = 0
    checked: int = 0
    changed: int = 0
    errors: int = 0


class StatusPoller:
    """Poll `GET /status` for users with applied rows whose portal status is not final.

    The open rows are read in keyset pages (every one of them, however many), the users of a
    page are asked side by side up to `concurrency` at a time, and a page's changes are
    written in one transaction.
    """

    def __init__(
        self, store: Store, portal: Portal, *, page: int = 500, concurrency: int = 8
    ) -> None:
        self._store = store
        self._portal = portal
        self._page = page
        self._slots = asyncio.Semaphore(concurrency)

    async def poll_once(self) -> PollResult:
        """One pass over every open application; one user's portal error skips only them."""
        result = PollResult()
        after = 0
        while True:
            rows = await self._store.open_applications(FINAL, after_id=after, limit=self._page)
            if not rows:
                break
            after = rows[-1].id
            # Grouped by the portal identity each row was sent under (never the local row id).
            by_user: dict[str, list[Application]] = defaultdict(list)
            for row in rows:
                by_user[row.portal_user_id].append(row)
            result.users += len(by_user)
            found = await asyncio.gather(
                *(self._ask(who, mine, result) for who, mine in by_user.items())
            )
            changes = [change for batch in found for change in batch]
            result.changed += await self._store.set_portal_statuses(changes)
            if len(rows) < self._page:
                break
        if result.changed:
            log.info("status poll: %d of %d applications changed", result.changed, result.checked)
        return result

    async def poll_users(self, user_ids: Collection[int]) -> PollResult:
        """Ask now about these users' open applications (the active ones, or one /status)."""
        result = PollResult()
        rows: list[Application] = []
        for user_id in sorted(set(user_ids)):
            applied, _ = await self._store.list_applications(
                user_id, [AppState.APPLIED], limit=USER_ROWS
            )
            rows += [row for row in applied if row.portal_status not in FINAL]
        by_user: dict[str, list[Application]] = defaultdict(list)
        for row in rows:
            by_user[row.portal_user_id].append(row)
        result.users = len(by_user)
        found = await asyncio.gather(
            *(self._ask(who, mine, result) for who, mine in by_user.items())
        )
        result.changed = await self._store.set_portal_statuses([c for b in found for c in b])
        return result

    async def _ask(
        self, portal_user: str, rows: list[Application], result: PollResult
    ) -> list[PortalStatusChange]:
        """What the portal says about one user's open rows (nothing on a portal error)."""
        async with self._slots:
            try:
                report = await self._portal.status(portal_user)
            except PortalError as err:
                log.warning("status for user %d: %s", rows[0].user_id, err)
                result.errors += 1
                return []
        changes = []
        for row in rows:
            result.checked += 1
            found = report.find(row.job_id)
            if found is None:
                continue
            status, record = found
            if status is row.portal_status:
                continue  # nothing new: no write
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
            changes.append(PortalStatusChange(app_id=row.id, status=status, notify=draft))
        return changes
