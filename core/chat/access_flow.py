"""Access at the door: strangers refused before any row exists, invitations, /invite."""

from __future__ import annotations

import logging
from datetime import timedelta

from core.chat import registration
from core.chat.context import Deps
from core.chat.messages import Identity, Reply, text_reply
from core.models import User
from core.runtime.access import (
    BAD_INVITE,
    INVITE_DAYS,
    AccessMode,
    AccessPolicy,
    new_invite_code,
)

logger = logging.getLogger(__name__)


def refusal(access: AccessPolicy, who: Identity, user: User | None) -> Reply | None:
    """The one polite line for someone the operator has not let in; None lets them pass."""
    if access.admits(who.platform, who.user_id, registered=user is not None):
        return None
    logger.info("access refused on %s (%s mode)", who.platform.value, access.mode.value)
    return text_reply(access.refusal())


async def start(
    deps: Deps, access: AccessPolicy, who: Identity, user: User | None, code: str
) -> list[Reply]:
    """/start [CODE]: register the admitted, or a stranger holding a valid invitation."""
    if access.admits(who.platform, who.user_id, registered=user is not None):
        return await registration.start(deps, who)
    if access.mode is not AccessMode.INVITE or not code:
        return [text_reply(access.refusal())]
    if not await deps.store.redeem_invite(code.split()[0], deps.clock.now()):
        logger.info("invitation refused on %s", who.platform.value)
        return [text_reply(BAD_INVITE)]
    logger.info("invitation redeemed on %s", who.platform.value)
    return await registration.start(deps, who)


async def invite(deps: Deps, access: AccessPolicy, who: Identity) -> list[Reply] | None:
    """/invite from an admin: a fresh single-use code; from anyone else None (unknown)."""
    if not access.is_admin(who.platform, who.user_id):
        return None
    code = await create_invite(deps, INVITE_DAYS)
    return [
        text_reply(
            f"Invitation code: {code}\nIt works once, for {INVITE_DAYS} days: the person "
            f"sends /start {code} to me in a private chat."
        )
    ]


async def create_invite(deps: Deps, days: int) -> str:
    code = new_invite_code()
    await deps.store.create_invite(code, deps.clock.now() + timedelta(days=days))
    return code
