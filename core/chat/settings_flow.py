"""/settings: which notifications to get, quiet hours, dry run, and a daily digest."""

from __future__ import annotations

from typing import Any

from core import actions
from core.actions import Action
from core.chat import timezone_flow
from core.chat.context import Deps
from core.chat.flows import EXPIRED, Flow, refused, toast
from core.chat.messages import Button, Reply, Span, bold, plain, text_reply
from core.chat.prefs_parse import AnswerError
from core.chat.text import lines
from core.chat.times import parse_clock, parse_range
from core.models import NotificationKind, User, UserSettings
from core.runtime.local_time import zone_label

AWAIT = "quiet"
DIGEST_HOUR = "digest_hour"  # the `field` of AWAIT when the answer is the digest's hour
KIND_LABELS = {
    NotificationKind.APPLIED: "Applied",
    NotificationKind.CLARIFY: "Need you",
    NotificationKind.REJECTED: "Skipped",
    NotificationKind.FAILED: "Failed",
    NotificationKind.STATUS_CHANGED: "Employer answers",
    NotificationKind.SUMMARY: "Round summaries",
    NotificationKind.ASSISTED_REMINDER: "Reminders to apply",
}


def _on_off(value: bool) -> str:
    return "on" if value else "off"


def quiet_text(settings: UserSettings) -> str:
    start, end = settings.quiet_start_hour, settings.quiet_end_hour
    if start is None or end is None:
        return "off"
    return f"{start:02d}:00-{end:02d}:00 {zone_label(settings.timezone)}"


def hour_text(settings: UserSettings, hour: int) -> str:
    """`18:00 CET`: an hour of the user's day, with their zone's short name."""
    return f"{hour:02d}:00 {zone_label(settings.timezone)}"


def digest_text(settings: UserSettings) -> str:
    """When the digest comes, and what it means, for the settings message."""
    at = hour_text(settings, settings.digest_hour)
    if settings.daily_digest:
        return (
            f"on, every day at {at}: applied, skipped, employer answers and round summaries "
            "in one message; jobs that need you still come at once"
        )
    return f"off (when on: one message a day at {at} instead of single ones)"


def view(settings: UserSettings, user_id: int, *, edit: bool = False) -> Reply:
    muted = set(settings.muted_kinds)
    rows: list[list[Span] | str] = [[bold("Settings")], ""]
    shown = [label for kind, label in KIND_LABELS.items() if kind.value not in muted]
    rows.append([bold("Notifications: "), plain(", ".join(shown) or "none")])
    rows.append([bold("Time zone: "), plain(settings.timezone)])
    rows.append([bold("Quiet hours: "), plain(quiet_text(settings))])
    rows.append(
        [bold("Dry run: "), plain(_on_off(settings.dry_run) + " (judge and write, send nothing)")]
    )
    rows.append([bold("Daily digest: "), plain(digest_text(settings))])
    rows += ["", "Tap to switch."]
    toggles = [
        Button(
            label=("✓ " if kind.value not in muted else "✗ ") + label,
            payload=actions.setting("mute", kind.value, user_id),
        )
        for kind, label in KIND_LABELS.items()
    ]
    others = [
        Button(
            label=f"Quiet hours: {quiet_text(settings)}",
            payload=actions.setting("quiet", "set", user_id),
        ),
        Button(
            label=f"Dry run: {_on_off(settings.dry_run)}",
            payload=actions.setting("dry", "t", user_id),
        ),
        Button(
            label=f"Digest: {_on_off(settings.daily_digest)}",
            payload=actions.setting("digest", "t", user_id),
        ),
        Button(
            label=f"Digest at {hour_text(settings, settings.digest_hour)}",
            payload=actions.setting("hour", "set", user_id),
        ),
        Button(
            label=f"Time zone: {settings.timezone}",
            payload=actions.setting("tz", "set", user_id),
        ),
    ]
    return Reply(
        spans=lines(*rows),
        buttons=[toggles[:3], toggles[3:], others[:1], others[1:3], others[3:]],
        edit=edit,
    )


async def command(deps: Deps, user: User) -> list[Reply]:
    return [view(user.settings, user.id)]


async def on_button(deps: Deps, user: User, action: Action) -> Flow:
    """`st:<key>:<value>`: switch one setting and redraw the settings message."""
    key, value = action.args[0], action.args[1]
    settings = user.settings
    saved = "Saved"
    if key == "mute":
        if value not in {k.value for k in KIND_LABELS}:
            return refused(EXPIRED)
        muted = [k for k in settings.muted_kinds if k != value]
        if value not in settings.muted_kinds:
            muted.append(value)
        settings = settings.model_copy(update={"muted_kinds": sorted(muted)})
    elif key == "dry":
        settings = settings.model_copy(update={"dry_run": not settings.dry_run})
    elif key == "digest":
        settings = settings.model_copy(update={"daily_digest": not settings.daily_digest})
        if settings.daily_digest:
            saved = f"Saved: the digest comes at {hour_text(settings, settings.digest_hour)}"
    elif key == "hour":
        await deps.expect(user.id, AWAIT, field=DIGEST_HOUR)
        return toast(
            "",
            text_reply(
                f"Send the hour ({settings.timezone}) for the daily digest, like "
                "'18' or '7am'. "
                "It lists what happened since the last one."
            ),
        )
    elif key == "quiet":
        await deps.expect(user.id, AWAIT)
        return toast(
            "",
            text_reply(
                f"Send the hours ({settings.timezone}) when I should stay silent, "
                "like '22-7' or '10pm-7am', or 'off'. "
                "Messages wait until the quiet hours end."
            ),
        )
    elif key == "tz":
        return toast("", await timezone_flow.ask(deps, user))
    else:
        return refused(EXPIRED)
    await deps.store.save_settings(user.id, settings)
    return toast(saved, view(settings, user.id, edit=True))


async def on_text(deps: Deps, user: User, state: dict[str, Any], text: str) -> list[Reply]:
    """The quiet hours asked for with the Quiet hours button, or the digest's hour."""
    if state.get("field") == DIGEST_HOUR:
        return await _digest_hour(deps, user, text)
    try:
        hours = parse_range(text)
    except AnswerError as err:
        return [text_reply(str(err))]
    start, end = hours if hours is not None else (None, None)
    settings = user.settings.model_copy(update={"quiet_start_hour": start, "quiet_end_hour": end})
    await deps.store.save_settings(user.id, settings)
    await deps.clear(user.id)
    return [text_reply(f"Quiet hours: {quiet_text(settings)}."), view(settings, user.id)]


async def _digest_hour(deps: Deps, user: User, text: str) -> list[Reply]:
    try:
        hour = parse_clock(text)
    except AnswerError as err:
        return [text_reply(str(err))]
    settings = user.settings.model_copy(update={"digest_hour": hour})
    await deps.store.save_settings(user.id, settings)
    await deps.clear(user.id)
    said = f"The daily digest comes at {hour_text(settings, hour)}."
    if not settings.daily_digest:
        said += " It is off: the Digest button turns it on."
    return [text_reply(said), view(settings, user.id)]
