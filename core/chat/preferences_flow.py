"""/prefs: a guided walk through the preference questions, and changing one answer at a time.

A question waits for the user's next free text (or a tap on its buttons); what it waits for
is kept in the chat state in the database, so a restart in the middle loses nothing. Every
answer is saved at once.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from core.actions import Action
from core.chat import places
from core.chat.context import Deps
from core.chat.flows import EXPIRED, Flow, refused, toast
from core.chat.messages import Reply, Span, bold, italic, plain, text_reply
from core.chat.prefs_fields import (
    BY_TOKEN,
    FIELDS,
    ORDER,
    answer,
    buttons,
    edit_buttons,
    next_field,
    show_value,
    toggle_mode,
)
from core.chat.prefs_parse import AnswerError
from core.chat.registration import next_step
from core.chat.text import lines
from core.models import Preferences, User

AWAIT = "pref"
STEP_OVER = "This step is over: answer the question I asked last, or send /prefs."
_DONE_WORDS = frozenset({"done", "ok", "okay", "next", "that's it", "thats it", "finished"})
_YES_WORDS = frozenset({"yes", "y", "yeah", "yep", "ok", "okay", "sure", "those"})
SUGGESTED_ROLES = 4


async def command(deps: Deps, user: User) -> list[Reply]:
    """/prefs: the guided questions the first time, then a summary with edit buttons."""
    prefs = await deps.store.get_preferences(user.id)
    if prefs is None:
        intro = text_reply(
            "A few short questions about the jobs you want. Answer with the buttons or a "
            "message; Skip keeps what is there."
        )
        return [intro, await _ask(deps, user, Preferences(), ORDER[0], guided=True)]
    return [summary(prefs, user.id)]


def summary(prefs: Preferences, user_id: int) -> Reply:
    rows: list[list[Span] | str] = [[bold("Your preferences")]]
    rows += [[bold(f"{f.label}: "), plain(show_value(prefs, f.token))] for f in FIELDS]
    rows += ["", "Tap one to change it."]
    return Reply(spans=lines(*rows), buttons=edit_buttons(user_id))


def question(
    prefs: Preferences,
    token: str,
    user_id: int,
    *,
    edit: bool = False,
    suggested: list[str] | None = None,
) -> Reply:
    field = BY_TOKEN[token]
    rows: list[list[Span] | str] = [[bold(field.label)], field.question]
    if suggested:
        rows.append(f"From your resume: {', '.join(suggested)}. Send 'yes' to take these.")
    rows.append([italic(f"Now: {show_value(prefs, token)}")])
    return Reply(spans=lines(*rows), buttons=buttons(prefs, token, user_id), edit=edit)


async def resume_roles(deps: Deps, user: User) -> list[str]:
    """The job titles of the user's latest resume, most recent first, each once."""
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return []
    seen: dict[str, str] = {}
    for entry in stored.profile.experience:
        title = " ".join(entry.role.split())
        if title and len(title) <= 60:
            seen.setdefault(title.lower(), title)
    return list(seen.values())[:SUGGESTED_ROLES]


async def _ask(deps: Deps, user: User, prefs: Preferences, token: str, *, guided: bool) -> Reply:
    suggested = await resume_roles(deps, user) if token == "roles" else []
    extra = {"suggested": suggested} if suggested else {}
    await deps.expect(user.id, AWAIT, field=token, guided=guided, **extra)
    return question(prefs, token, user.id, suggested=suggested)


async def on_text(deps: Deps, user: User, state: dict[str, Any], text: str) -> list[Reply]:
    """The answer to the question the user was asked last."""
    token = state.get("field")
    if token not in BY_TOKEN:
        await deps.clear(user.id)
        return [text_reply("That question has expired: send /prefs to start again.")]
    word = text.strip().lower().rstrip(".!")
    if token == "modes" and word in _DONE_WORDS:  # typed instead of tapping Done
        return await _modes_done(deps, user, state, edit=False)
    suggested = state.get("suggested")
    if token == "roles" and word in _YES_WORDS and isinstance(suggested, list) and suggested:
        text = ", ".join(str(s) for s in suggested)
    if token in ("cities", "countries"):
        await places.ready()  # checked against the place index: built off the event loop
    return await _answer(deps, user, state, str(token), text, edit=False)


async def _modes_done(deps: Deps, user: User, state: dict[str, Any], *, edit: bool) -> list[Reply]:
    prefs = await deps.store.get_preferences(user.id) or Preferences()
    await deps.store.save_preferences(user.id, prefs)
    return [
        _confirmation(prefs, "modes", edit=edit),
        *await _after(deps, user, state, "modes", prefs),
    ]


async def on_edit(deps: Deps, user: User, action: Action) -> Flow:
    """`pe:<field>`: ask one question again (or all of them, for `all`)."""
    token = action.args[0]
    prefs = await deps.store.get_preferences(user.id) or Preferences()
    if token == "all":
        return toast("", await _ask(deps, user, prefs, ORDER[0], guided=True))
    if token not in BY_TOKEN:
        return refused(EXPIRED)
    return toast("", await _ask(deps, user, prefs, token, guided=False))


async def on_value(deps: Deps, user: User, action: Action) -> Flow:
    """`pv:<field>:<value>`: a tap on one of a question's answer buttons."""
    token, value = action.args[0], action.args[1]
    if token not in BY_TOKEN:
        return refused(EXPIRED)
    state = await deps.awaiting(user.id)
    if state.get("await") == AWAIT and state.get("guided") and state.get("field") != token:
        # A button of an earlier question while the walk-through asks another: change nothing.
        return refused(STEP_OVER)
    if token == "modes" and value != "done":
        prefs = await deps.store.get_preferences(user.id) or Preferences()
        try:
            prefs = toggle_mode(prefs, value)
        except (AnswerError, ValueError) as err:
            message = str(err) if isinstance(err, AnswerError) else EXPIRED
            return refused(message)
        await deps.store.save_preferences(user.id, prefs)
        return toast("Saved", question(prefs, "modes", user.id, edit=True))
    if token == "modes":
        return toast("", *await _modes_done(deps, user, state, edit=True))
    return toast("", *await _answer(deps, user, state, token, value, edit=True))


async def _answer(
    deps: Deps, user: User, state: dict[str, Any], token: str, text: str, *, edit: bool
) -> list[Reply]:
    prefs = await deps.store.get_preferences(user.id) or Preferences()
    try:
        new = answer(prefs, token, text)
    except AnswerError as err:
        return [text_reply(str(err))]  # still waiting for this answer
    except ValidationError:
        return [text_reply("That value is out of range; please try again.")]
    await deps.store.save_preferences(user.id, new)
    return [_confirmation(new, token, edit=edit), *await _after(deps, user, state, token, new)]


def _confirmation(prefs: Preferences, token: str, *, edit: bool) -> Reply:
    label = BY_TOKEN[token].label
    return text_reply(bold(f"{label}: "), show_value(prefs, token), " ✓", edit=edit)


async def _after(
    deps: Deps, user: User, state: dict[str, Any], token: str, prefs: Preferences
) -> list[Reply]:
    """What follows an answer: the next guided question, or the summary."""
    waiting_here = state.get("await") == AWAIT and state.get("field") == token
    if waiting_here and state.get("guided"):
        following = next_field(token)
        if following is not None:
            return [await _ask(deps, user, prefs, following, guided=True)]
        await deps.clear(user.id)
        return [summary(prefs, user.id), text_reply("All set. " + await next_step(deps, user))]
    if waiting_here:
        await deps.clear(user.id)
    return [summary(prefs, user.id)]
