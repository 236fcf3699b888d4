"""Auto-apply control: /autoapply, /pause, /runnow and /status."""

from __future__ import annotations

import logging
from datetime import datetime

from core.chat.context import Deps, log_failure
from core.chat.messages import Reply, Span, bold, plain, text_reply
from core.chat.profile_card import show_profile_button
from core.chat.text import lines
from core.models import AppState, Preferences, User
from core.runtime import employer
from core.runtime.consent import send_blocker
from core.runtime.local_time import shown

logger = logging.getLogger(__name__)

SCHEDULER_DOWN = "I could not reach the scheduler right now; please try again in a minute."


async def _missing(deps: Deps, user: User) -> Reply | None:
    """Why auto-apply cannot start yet, or None: a confirmed, sendable profile comes first."""
    stored = await deps.store.latest_profile(user.id)
    blocker = send_blocker(stored, user)
    if blocker is not None:
        return text_reply(blocker, buttons=show_profile_button(stored, user.id))
    if await deps.store.get_preferences(user.id) is None:
        return text_reply("I need your preferences first: send /prefs.")
    return None


def when(at: datetime | None, now: datetime, zone: str | None = None) -> str:
    if at is None:
        return "not scheduled"
    minutes = max(0, int((at - now).total_seconds() // 60))
    soon = "in under a minute" if minutes < 1 else f"in {minutes // 60} h {minutes % 60} min"
    return f"{shown(at, zone)} ({soon})"


async def autoapply(deps: Deps, user: User) -> list[Reply]:
    missing = await _missing(deps, user)
    if missing:
        return [missing]
    try:
        next_run = await deps.schedule.enable(user.id)
    except Exception as err:
        log_failure("autoapply", user.id, err)
        return [text_reply(SCHEDULER_DOWN)]
    await deps.store.set_autoapply(user.id, True)
    return [
        text_reply(
            "Auto-apply is on. Next round: ",
            when(next_run, deps.clock.now(), user.settings.timezone),
            ". /pause stops it; /runnow runs a round now.",
        )
    ]


async def pause(deps: Deps, user: User) -> list[Reply]:
    try:
        await deps.schedule.disable(user.id)
    except Exception as err:
        log_failure("pause", user.id, err)
        return [text_reply(SCHEDULER_DOWN)]
    await deps.store.set_autoapply(user.id, False)
    return [text_reply("Auto-apply is paused. /autoapply starts it again.")]


async def run_now(deps: Deps, user: User) -> list[Reply]:
    missing = await _missing(deps, user)
    if missing:
        return [missing]
    try:
        started = await deps.schedule.run_now(user.id)
    except Exception as err:
        log_failure("runnow", user.id, err)
        return [text_reply(SCHEDULER_DOWN)]
    if not started:
        return [text_reply("A round is already running. I will send its summary when it is done.")]
    return [text_reply("A round has started. I will send a summary when it is done.")]


async def status(deps: Deps, user: User) -> list[Reply]:
    now = deps.clock.now()
    prefs = await deps.store.get_preferences(user.id) or Preferences()
    applied_today = await deps.store.count_entered_since(
        user.id, AppState.APPLIED, deps.today_start(user.settings.timezone)
    )
    try:
        next_run = await deps.schedule.next_run(user.id)
        next_text = when(next_run, now, user.settings.timezone) if user.autoapply_enabled else "-"
    except Exception as err:
        log_failure("status next run", user.id, err)
        next_text = "unknown (scheduler unreachable)"
    rows: list[list[Span] | str] = [
        [bold("Auto-apply: "), plain("on" if user.autoapply_enabled else "off")],
        [bold("Next round: "), plain(next_text)],
        [bold("Applied today: "), plain(f"{applied_today} of {prefs.daily_cap}")],
    ]
    if user.settings.dry_run:
        rows.append("Dry run is on: I judge and write, but send nothing.")
    blocker = send_blocker(await deps.store.latest_profile(user.id), user)
    if blocker is not None:
        rows.append(f"Nothing is sent yet. {blocker}")
    rows.append(await _portal_line(deps, user))
    return [Reply(spans=lines(*rows))]


async def _portal_line(deps: Deps, user: User) -> list[Span]:
    """The employers' answers as stored, after asking the portal for news (a decision it
    has is recorded now, and edits the job's card); one short line if it is down."""
    try:
        answered = await employer.refresh(deps.store, deps.portal, user)
    except Exception as err:
        log_failure("status portal", user.id, err)
        answered = False
    counts = await employer.answers(deps.store, user.id)
    if not answered:
        said = "The job portal is not answering right now."
        if counts != employer.Answers():
            said += f" Last known: {counts.line()}."
        return [plain(said)]
    return [bold("At the portal: "), plain(counts.line())]
