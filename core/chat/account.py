"""The account: export everything, forget everything, link a second chat app with a code."""

from __future__ import annotations

import json
import logging
import re
import secrets
from datetime import timedelta
from typing import Any

from core import actions
from core.actions import Action
from core.chat.context import Deps, log_failure
from core.chat.flows import Flow, toast
from core.chat.messages import Button, Identity, OutFile, Reply, bold, plain, text_reply
from core.chat.text import lines
from core.errors import NotFound, SamePlatform
from core.models import AppState, Platform, User

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "jobbot-export/1"
LINK_TTL = timedelta(minutes=10)
# 12 symbols of 32 (60 bits), tried at most MAX_LINK_TRIES times per LINK_LOCKOUT by one
# identity, within a 10-minute life: guessing one is out of reach.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
_CODE_LENGTH = 12
_NOT_CODE = re.compile(r"[^A-Z0-9]")
MAX_LINK_TRIES = 5
LINK_LOCKOUT = timedelta(minutes=15)
# What a sent application leaves behind, said before /forget, after it, and in /export.
PORTAL_KEEPS = (
    "The job portal and the employers keep the applications I already sent: deleting my "
    "copy does not withdraw them. To withdraw one, contact the employer."
)
_SENT = (AppState.APPLIED, AppState.APPLYING)


async def _sent_count(deps: Deps, user: User) -> int:
    counts = await deps.store.count_by_state(user.id)
    return sum(counts.get(state, 0) for state in _SENT)


def _applications(n: int) -> str:
    return "1 application" if n == 1 else f"{n} applications"


def at_the_portal(data: dict[str, Any], portal_user_id: str) -> dict[str, Any]:
    """The export's section on what the portal holds, which /forget cannot delete."""
    sent = [
        {
            "job_id": app.get("job_id"),
            "portal_application_id": app.get("portal_application_id"),
            "portal_user_id": app.get("portal_user_id") or portal_user_id,
            "state": app.get("state"),
            "portal_status": app.get("portal_status"),
            "applied_at": (app.get("state_times") or {}).get(AppState.APPLIED.value),
        }
        for app in data.get("applications", [])
        if app.get("state") in {s.value for s in _SENT} or app.get("portal_application_id")
    ]
    return {"note": PORTAL_KEEPS, "portal_user_id": portal_user_id, "applications": sent}


async def export(deps: Deps, user: User) -> list[Reply]:
    """/export: one JSON file with everything stored about the user."""
    stored = await deps.store.export_user(user.id)
    portal = at_the_portal(stored, user.portal_user_id)
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": deps.clock.now().isoformat(),
        **stored,
        "at_the_portal": portal,
    }
    body = json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8")
    file = OutFile(
        filename=f"jobbot-export-{user.id}.json",
        data=body,
        mime="application/json",
        caption="Everything I store about you",
    )
    said = "Here is everything I store about you."
    if portal["applications"]:
        said += (
            f" {_applications(len(portal['applications'])).capitalize()} went to the job "
            "portal (listed under at_the_portal): those stay there even after /forget."
        )
    return [Reply(spans=[plain(said)], files=[file])]


async def forget(deps: Deps, user: User) -> list[Reply]:
    """/forget: ask before deleting anything, saying plainly what stays at the portal."""
    row = [
        Button(label="Yes, delete everything", payload=actions.forget(True, user.id)),
        Button(label="No, keep it", payload=actions.forget(False, user.id)),
    ]
    sent = await _sent_count(deps, user)
    portal = (
        f"I sent {_applications(sent)} to the job portal in your name. {PORTAL_KEEPS} "
        "/export lists them."
        if sent
        else "I have not sent any application in your name, so nothing stays at the job portal."
    )
    spans = lines(
        [bold("Delete everything?")],
        "Your resume, profile, preferences, settings and the record of every job and "
        "application will be deleted here, and auto-apply stops. This cannot be undone "
        "(/export first if you want a copy).",
        "",
        portal,
    )
    return [Reply(spans=spans, buttons=[row])]


async def on_forget(deps: Deps, user: User, action: Action) -> Flow:
    if action.args[0] != "yes":
        return toast("Kept", text_reply("Nothing was deleted.", edit=True))
    sent = await _sent_count(deps, user)
    try:
        await deps.schedule.disable(user.id)
    except Exception as err:
        # Deleting still goes ahead: the store removes the schedule's row as well.
        log_failure("forget: stopping the schedule", user.id, err)
    await deps.store.delete_user(user.id)
    logger.info("user %d forgotten", user.id)
    said = "Everything I stored about you is deleted from here."
    if sent:
        said += f" The {_applications(sent)} I sent stay at the job portal: {PORTAL_KEEPS}"
    return toast(
        "Deleted", text_reply(f"{said} Send /start if you ever want to begin again.", edit=True)
    )


def new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))


def _shown(code: str) -> str:
    """ABCD-EFGH-JKLM: easier to copy by hand (the dashes are ignored when redeemed)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _identity_on(user: User, platform: Platform) -> str | None:
    ids = {
        Platform.TELEGRAM: user.telegram_user_id,
        Platform.DISCORD: user.discord_user_id,
        Platform.CONSOLE: user.console_name,
    }
    return ids.get(platform)


def _other_apps(platform: Platform) -> str:
    others = [p.value.capitalize() for p in (Platform.TELEGRAM, Platform.DISCORD) if p != platform]
    return " or ".join(others) or "another chat app"


async def link(deps: Deps, who: Identity, user: User | None, args: str) -> list[Reply]:
    """/link gives a one-time code; /link CODE on another chat app joins it to that account."""
    code = _NOT_CODE.sub("", args.upper())
    if not code:
        if user is None:
            return [
                text_reply(
                    "Send /start first, or /link CODE with a code from the chat app where "
                    "you already use me."
                )
            ]
        code = new_code()
        now = deps.clock.now()
        await deps.store.create_link_code(user.id, code, now + LINK_TTL, who.platform)
        minutes = int(LINK_TTL.total_seconds() // 60)
        return [
            Reply(
                spans=lines(
                    f"To use me from {_other_apps(who.platform)} as the same person, send "
                    f"this there (not here) within {minutes} minutes. It works once; never "
                    "share it: whoever sends it gets your account.",
                    [bold(f"/link {_shown(code)}")],
                )
            )
        ]
    if user is not None and await _has_data(deps, user):
        return [
            text_reply(
                "This account already has its own resume or jobs here. Send /forget here "
                "first, or link the other way round: /link here, and the code there."
            )
        ]
    now = deps.clock.now()
    locked = await deps.store.count_link_attempt(
        who.platform, who.user_id, now, limit=MAX_LINK_TRIES, lockout=LINK_LOCKOUT
    )
    if locked is not None:
        logger.info("link attempts locked for a %s identity", who.platform.value)
        wait = max(1, -(-int((locked - now).total_seconds()) // 60))
        return [text_reply(f"Too many wrong codes. Please try again in {wait} minutes.")]
    try:
        owner = await deps.store.redeem_link_code(code, now, platform=who.platform)
    except SamePlatform:
        return [
            text_reply(
                f"That code joins {_other_apps(who.platform)} to your account, so it only "
                "works there. Send it on the other chat app, not here."
            )
        ]
    if owner is None:
        return [text_reply("That code is unknown or has expired. Ask for a new one with /link.")]
    await deps.store.clear_link_attempts(who.platform, who.user_id)
    if user is not None and user.id == owner:
        return [text_reply("This chat is already linked to that account.")]
    target = await deps.store.get_user(owner)
    if target is None:
        return [text_reply("That account no longer exists.")]
    if _identity_on(target, who.platform) not in (None, who.user_id):
        # Replacing it would lock the linked account out: one identity per chat app.
        return [
            text_reply(
                f"That account is already linked to another {who.platform.value.capitalize()} "
                "account. Nothing was changed."
            )
        ]
    try:
        await deps.store.link_identity(owner, who.platform, who.user_id, who.chat_id)
    except NotFound:
        return [text_reply("That account no longer exists.")]
    logger.info("user %d linked a %s identity", owner, who.platform.value)
    return [text_reply("Linked: this chat now shares your resume, preferences and jobs.")]


async def _has_data(deps: Deps, user: User) -> bool:
    if await deps.store.latest_profile(user.id) is not None:
        return True
    if await deps.store.get_preferences(user.id) is not None:
        return True
    return any((await deps.store.count_by_state(user.id)).values())
