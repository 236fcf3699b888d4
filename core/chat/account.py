"""The account: export everything, forget everything, link a second chat app with a code."""

from __future__ import annotations

import json
import logging
import re
import secrets
from datetime import timedelta

from core import actions
from core.actions import Action
from core.chat.context import Deps, log_failure
from core.chat.flows import Flow, toast
from core.chat.messages import Button, Identity, OutFile, Reply, bold, plain, text_reply
from core.chat.text import lines
from core.errors import NotFound
from core.models import User

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "jobbot-export/1"
LINK_TTL = timedelta(minutes=10)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
_CODE_LENGTH = 8
_NOT_CODE = re.compile(r"[^A-Z0-9]")


async def export(deps: Deps, user: User) -> list[Reply]:
    """/export: one JSON file with everything stored about the user."""
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": deps.clock.now().isoformat(),
        **await deps.store.export_user(user.id),
    }
    body = json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8")
    file = OutFile(
        filename=f"jobbot-export-{user.id}.json",
        data=body,
        mime="application/json",
        caption="Everything I store about you",
    )
    return [Reply(spans=[plain("Here is everything I store about you.")], files=[file])]


async def forget(deps: Deps, user: User) -> list[Reply]:
    """/forget: ask before deleting anything."""
    row = [
        Button(label="Yes, delete everything", payload=actions.forget(True, user.id)),
        Button(label="No, keep it", payload=actions.forget(False, user.id)),
    ]
    spans = lines(
        [bold("Delete everything?")],
        "Your resume, profile, preferences, settings and the record of every job and "
        "application will be deleted, and auto-apply stops. This cannot be undone "
        "(/export first if you want a copy).",
    )
    return [Reply(spans=spans, buttons=[row])]


async def on_forget(deps: Deps, user: User, action: Action) -> Flow:
    if action.args[0] != "yes":
        return toast("Kept", text_reply("Nothing was deleted.", edit=True))
    try:
        await deps.schedule.disable(user.id)
    except Exception as err:
        # Deleting still goes ahead: a cycle for a user who no longer exists does nothing.
        log_failure("forget: stopping the schedule", user.id, err)
    await deps.store.delete_user(user.id)
    logger.info("user %d forgotten", user.id)
    return toast(
        "Deleted",
        text_reply(
            "Everything I stored about you is deleted. Send /start if you ever want to begin "
            "again.",
            edit=True,
        ),
    )


def new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))


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
        await deps.store.create_link_code(user.id, code, deps.clock.now() + LINK_TTL)
        minutes = int(LINK_TTL.total_seconds() // 60)
        return [
            Reply(
                spans=lines(
                    "To use me from another chat app as the same person, send this there "
                    f"within {minutes} minutes:",
                    [bold(f"/link {code}")],
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
    owner = await deps.store.redeem_link_code(code, deps.clock.now())
    if owner is None:
        return [text_reply("That code is unknown or has expired. Ask for a new one with /link.")]
    if user is not None and user.id == owner:
        return [text_reply("This chat is already linked to that account.")]
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
