"""Resume in, profile out: reading a file, showing the profile, and confirming it (Looks right)."""

from __future__ import annotations

import logging

from core.actions import Action
from core.chat import timezone_flow
from core.chat.context import Deps
from core.chat.flows import Flow, toast
from core.chat.messages import IncomingFile, Reply, text_reply
from core.chat.profile_card import (
    AWAIT_FIELD,
    CHECK,
    CONTACT,
    NO_RESUME,
    edit_sheet,
    profile_reply,
)
from core.chat.profile_edit import ask
from core.chat.registration import next_step
from core.errors import LLMUnavailable, ResumeError
from core.intake import RESUME_TYPES_TEXT, extract_text
from core.models import StoredProfile, User
from core.runtime.consent import NO_NAME, drop_unsent_documents, profile_problem
from core.runtime.llm_budget import BudgetSpent, spent_message
from core.runtime.sanitize import clean_text

logger = logging.getLogger(__name__)

AWAIT_RESUME = "resume"
LLM_DOWN = "I could not read that resume right now; please try again later."
_MIN_PASTED = 200  # a pasted resume: anything shorter is a question, not a resume


async def command_resume(deps: Deps, user: User) -> list[Reply]:
    await deps.expect(user.id, AWAIT_RESUME)
    return [text_reply(f"Send your resume as a file ({RESUME_TYPES_TEXT}).")]


async def command_profile(deps: Deps, user: User) -> list[Reply]:
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    return [profile_reply(stored, user.id)]


async def receive_file(deps: Deps, user: User, file: IncomingFile) -> list[Reply]:
    """A resume file: read it, extract the profile, store it as a new version."""
    try:
        async with deps.uploads.upload(str(user.id)):
            text = await extract_text(file.data, file.filename)
            return await _read(deps, user, text)
    except ResumeError as err:  # refused file, or fair use (one at a time, hourly, busy)
        logger.info("user %s: resume refused: %s", user.id, getattr(err, "reason", "?"))
        return [text_reply(str(err))]


async def receive_text(deps: Deps, user: User, text: str) -> list[Reply]:
    """Text sent after /resume: a pasted resume, or a reminder to send a file."""
    if len(text) < _MIN_PASTED:
        return [text_reply(f"Please send your resume as a file ({RESUME_TYPES_TEXT}).")]
    try:
        async with deps.uploads.upload(str(user.id)):
            return await _read(deps, user, text)
    except ResumeError as err:
        return [text_reply(str(err))]


async def _read(deps: Deps, user: User, text: str) -> list[Reply]:
    text = clean_text(text)  # typed or extracted, it may carry NUL and other controls
    try:
        if deps.budget is not None:
            await deps.budget.spend(user.id)
        profile = await deps.llm.extract_profile(text)
    except BudgetSpent:
        assert deps.budget is not None
        return [text_reply(spent_message(deps.budget.daily))]
    except LLMUnavailable as err:
        logger.warning(
            "profile extraction unavailable for user %s: %s", user.id, type(err).__name__
        )
        return [text_reply(LLM_DOWN)]
    # A new resume is a new, unconfirmed version: nothing is sent until the user confirms it.
    stored = await deps.store.save_profile(user.id, profile, text)
    await drop_unsent_documents(deps.store, user.id)
    state = await deps.awaiting(user.id)
    if state.get("await") in {AWAIT_RESUME, AWAIT_FIELD}:
        await deps.clear(user.id)
    logger.info("user %s: profile version %s saved", user.id, stored.version)
    new = "your new resume" if stored.version > 1 else "your resume"
    intro = f"Here is what I read from {new}. {CHECK}"
    problem = profile_problem(profile, user)
    if problem is not None:
        intro += f" {problem}"
    return [profile_reply(stored, user.id, intro=intro)]


async def on_profile(deps: Deps, user: User, action: Action) -> Flow:
    """`pl:ok|edit|view:<version>`: confirm this version, choose what to edit, or show it."""
    choice, version = action.args[0], int(action.args[1])
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return toast("", text_reply(NO_RESUME))
    if choice == "edit":
        return toast("", edit_sheet(user.id))
    if choice == "view":
        return toast("", profile_reply(stored, user.id))
    if version != stored.version:  # an older card: confirm only what the user is looking at
        intro = f"Your profile changed since that message. {CHECK}"
        return toast("Out of date", profile_reply(stored, user.id, intro=intro))
    return await _confirm(deps, user, stored)


async def _confirm(deps: Deps, user: User, stored: StoredProfile) -> Flow:
    """Looks right: confirm, unless the name or every contact is missing: then ask for it."""
    problem = profile_problem(stored.profile, user)
    if problem == NO_NAME:
        return toast("Name missing", await ask(deps, user, "name", "I need your full name first."))
    if problem is not None:
        note = "I need an e-mail or a phone to put on your applications."
        return toast("Contact missing", await ask(deps, user, CONTACT, note))
    await deps.store.confirm_profile(user.id, stored.version)
    logger.info("user %s: profile version %s confirmed", user.id, stored.version)
    hint = await next_step(deps, user)
    said = f"Thanks, your profile is confirmed. {hint}"
    asked = await timezone_flow.ask_once(deps, user)
    if asked is not None:  # still on the default, with a guess: ask now, in the same message
        said += "\n\n" + asked
    return toast("Saved", text_reply(said))
