"""The employers' answers to one user's applications: asked of the portal on request, then
counted from the store, so /status, /applied and /stats always say the same thing."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from core.errors import PortalError
from core.models import AppState, PortalStatus, User
from core.ports import Portal, Store
from core.status_poll import USER_ROWS, StatusPoller

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answers:
    """How many of the user's applications the employers are reviewing, accepted, declined."""

    in_review: int = 0
    accepted: int = 0
    declined: int = 0

    def line(self) -> str:
        return f"{self.in_review} in review, {self.accepted} accepted, {self.declined} declined"


async def refresh(store: Store, portal: Portal, user: User) -> bool:
    """Record what the portal says now about the user's open applications (a decision also
    queues its notification, which edits the job's card); False when it did not answer."""
    result = await StatusPoller(store, portal).poll_users([user.id])
    if result.users:
        return result.errors == 0
    try:  # nothing open to ask about: still say whether the portal is there
        await portal.status(user.portal_user_id)
    except PortalError as err:
        logger.info("portal status for user %d: %s", user.id, type(err).__name__)
        return False
    return True


async def answers(store: Store, user_id: int) -> Answers:
    """The answers as stored: the one source every command counts from."""
    rows, _ = await store.list_applications(user_id, [AppState.APPLIED], limit=USER_ROWS)
    counts = Counter(row.portal_status for row in rows)
    return Answers(
        in_review=counts[PortalStatus.ON_PROCESS],
        accepted=counts[PortalStatus.ACCEPTED],
        declined=counts[PortalStatus.REJECTED],
    )
