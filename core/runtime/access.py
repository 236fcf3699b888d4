"""Who may use the bot: open to all, an allow-list, or invitation codes the operator hands out."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum

from core.models import Platform

INVITE_DAYS = 7
PRIVATE_BOT = "Sorry, this bot is private: ask its operator for access."
BY_INVITATION = (
    "Sorry, this bot works by invitation: ask its operator for a code, then send /start CODE."
)
BAD_INVITE = "That invitation code is not valid (each works once, for 7 days). Ask for a new one."


class AccessMode(StrEnum):
    OPEN = "open"  # anyone who finds the bot
    ALLOWLIST = "allowlist"  # only ALLOWED_USERS and ADMIN_USERS
    INVITE = "invite"  # those, plus whoever redeemed an invitation code once


def identity_key(platform: Platform, user_id: str) -> str:
    """How ALLOWED_USERS and ADMIN_USERS name a person: `telegram:12345`."""
    return f"{platform.value}:{user_id}"


def parse_identities(text: str) -> frozenset[str]:
    """`telegram:1, discord:2` as a set; a wrong entry raises ValueError naming the format."""
    found: set[str] = set()
    for item in text.replace(";", ",").replace(" ", ",").split(","):
        if not item:
            continue
        platform, _, user_id = item.partition(":")
        if platform.lower() not in {p.value for p in Platform} or not user_id:
            raise ValueError(f"write platform:id, e.g. telegram:12345 (got {item[:40]!r})")
        found.add(identity_key(Platform(platform.lower()), user_id))
    return frozenset(found)


def new_invite_code() -> str:
    """A single-use code: 96 random bits, so guessing is hopeless without an attempt limit."""
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class AccessPolicy:
    mode: AccessMode = AccessMode.OPEN
    allowed: frozenset[str] = frozenset()
    admins: frozenset[str] = frozenset()

    def is_admin(self, platform: Platform, user_id: str) -> bool:
        return identity_key(platform, user_id) in self.admins

    def admits(self, platform: Platform, user_id: str, *, registered: bool) -> bool:
        """Whether this person may talk to the bot (a stranger is refused before any row)."""
        if self.mode is AccessMode.OPEN or platform is Platform.CONSOLE:
            return True  # the console runs on the operator's own machine
        key = identity_key(platform, user_id)
        if key in self.allowed or key in self.admins:
            return True
        # Invited people have an account; in allowlist mode the list alone decides, so
        # removing someone from ALLOWED_USERS locks them out at once.
        return self.mode is AccessMode.INVITE and registered

    def refusal(self) -> str:
        return BY_INVITATION if self.mode is AccessMode.INVITE else PRIVATE_BOT
