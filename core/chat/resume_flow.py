"""Resume in, profile out: reading a file, showing the profile, and correcting it field by field."""

from __future__ import annotations

import logging
import re
from typing import Any

from core import actions
from core.actions import Action
from core.chat.context import Deps
from core.chat.flows import EXPIRED, Flow, refused, toast
from core.chat.messages import Button, IncomingFile, Reply, Span, bold, plain, text_reply
from core.chat.registration import next_step
from core.chat.text import lines
from core.errors import LLMUnavailable, ResumeError
from core.intake import extract_text
from core.models import Profile, Skill, StoredProfile, User
from core.profile_format import format_profile

logger = logging.getLogger(__name__)

AWAIT_RESUME = "resume"
AWAIT_FIELD = "profile"
LLM_DOWN = "I could not read that resume right now; please try again later."
NO_RESUME = "I have no resume from you yet: send it as a PDF, DOCX or TXT file."
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_DIGITS = re.compile(r"\d")
_PHONE_CHARS = re.compile(r"^[\d\s()+./-]+$")
_MIN_PASTED = 200  # a pasted resume: anything shorter is a question, not a resume

# field token -> (label, hint)
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "your full name"),
    "email": ("E-mail", "an e-mail address like ann@example.com"),
    "phone": ("Phone", "a phone number like +44 20 7946 0958"),
    "location": ("Location", "a city and country"),
    "skills": ("Skills", "your skills separated by commas"),
    "summary": ("Summary", "two or three sentences about you"),
}


class FieldError(ValueError):
    """A profile value that cannot be right; the message says what is expected."""


def profile_reply(stored: StoredProfile, user_id: int, *, intro: str = "") -> Reply:
    """The profile with [Looks right] [Edit]."""
    spans: list[Span] = [bold(intro), plain("\n\n")] if intro else []
    spans.append(plain(format_profile(stored.profile)))
    row = [
        Button(label="Looks right", payload=actions.profile("ok", stored.version, user_id)),
        Button(label="Edit", payload=actions.profile("edit", stored.version, user_id)),
    ]
    return Reply(spans=spans, buttons=[row])


async def command_resume(deps: Deps, user: User) -> list[Reply]:
    await deps.expect(user.id, AWAIT_RESUME)
    return [text_reply("Send your resume as a PDF, DOCX or TXT file.")]


async def command_profile(deps: Deps, user: User) -> list[Reply]:
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    return [profile_reply(stored, user.id)]


async def receive_file(deps: Deps, user: User, file: IncomingFile) -> list[Reply]:
    """A resume file: read it, extract the profile, store it as a new version."""
    try:
        text = await extract_text(file.data, file.filename)
    except ResumeError as err:
        return [text_reply(str(err))]
    return await _read(deps, user, text)


async def receive_text(deps: Deps, user: User, text: str) -> list[Reply]:
    """Text sent after /resume: a pasted resume, or a reminder to send a file."""
    if len(text) < _MIN_PASTED:
        return [text_reply("Please send your resume as a file (PDF, DOCX or TXT).")]
    return await _read(deps, user, text)


async def _read(deps: Deps, user: User, text: str) -> list[Reply]:
    try:
        profile = await deps.llm.extract_profile(text)
    except LLMUnavailable as err:
        logger.warning(
            "profile extraction unavailable for user %s: %s", user.id, type(err).__name__
        )
        return [text_reply(LLM_DOWN)]
    stored = await deps.store.save_profile(user.id, profile, text)
    state = await deps.awaiting(user.id)
    if state.get("await") in {AWAIT_RESUME, AWAIT_FIELD}:
        await deps.clear(user.id)
    logger.info("user %s: profile version %s saved", user.id, stored.version)
    return [profile_reply(stored, user.id, intro="Here is what I read from your resume.")]


def set_field(profile: Profile, field: str, value: str) -> Profile:
    """The profile with one field changed; FieldError when the value cannot be right."""
    value = value.strip()
    if field not in FIELDS:
        raise FieldError(f"I can change these fields: {', '.join(FIELDS)}.")
    if not value:
        raise FieldError(f"Send {FIELDS[field][1]}.")
    update: dict[str, Any]
    if field == "name":
        update = {"full_name": " ".join(value.split())[:120]}
    elif field == "email":
        if not _EMAIL.match(value) or len(value) > 200:
            raise FieldError("That is not an e-mail address; send one like ann@example.com.")
        update = {"email": value}
    elif field == "phone":
        digits = len(_PHONE_DIGITS.findall(value))
        if not _PHONE_CHARS.match(value) or not 6 <= digits <= 15:
            raise FieldError("That is not a phone number; send one like +44 20 7946 0958.")
        update = {"phone": " ".join(value.split())}
    elif field == "location":
        update = {"location": " ".join(value.split())[:120]}
    elif field == "skills":
        names = [" ".join(s.split()) for s in re.split(r"[,;\n]", value)]
        unique = list(dict.fromkeys(n for n in names if n))
        if not unique:
            raise FieldError("Send your skills separated by commas.")
        update = {"skills": [Skill(name=n[:80]) for n in unique[:100]]}
    else:
        update = {"summary": value[:2000]}
    return profile.model_copy(update=update)


async def command_set(deps: Deps, user: User, args: str) -> list[Reply]:
    """/set <field> <value>."""
    field, _, value = args.strip().partition(" ")
    if not field:
        return [text_reply(f"Use /set <field> <value>; fields: {', '.join(FIELDS)}.")]
    return await _save_field(deps, user, field.lower(), value)


async def receive_field(deps: Deps, user: User, state: dict[str, Any], text: str) -> list[Reply]:
    """The new value of the field chosen with an Edit button."""
    return await _save_field(deps, user, str(state.get("field", "")), text)


async def _save_field(deps: Deps, user: User, field: str, value: str) -> list[Reply]:
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    try:
        profile = set_field(stored.profile, field, value)
    except FieldError as err:
        return [text_reply(str(err))]
    saved = await deps.store.save_profile(user.id, profile, stored.raw_text)
    state = await deps.awaiting(user.id)
    if state.get("await") == AWAIT_FIELD:
        await deps.clear(user.id)
    label = FIELDS[field][0]
    return [profile_reply(saved, user.id, intro=f"{label} updated.")]


async def on_profile(deps: Deps, user: User, action: Action) -> Flow:
    """`pl:ok|edit:<version>`."""
    choice, version = action.args[0], int(action.args[1])
    if choice == "ok":
        await deps.store.confirm_profile(user.id, version)
        hint = await next_step(deps, user)
        return toast("Saved", text_reply(f"Thanks, your profile is confirmed. {hint}"))
    cells = [
        Button(label=label, payload=actions.profile_field(token, user.id))
        for token, (label, _) in FIELDS.items()
    ]
    reply = Reply(
        spans=lines(
            "Which field should I change? Tap it, or send",
            [bold("/set <field> <value>"), plain(", e.g. /set phone +44 20 7946 0958")],
        ),
        buttons=[cells[:3], cells[3:]],
    )
    return toast("", reply)


async def on_field(deps: Deps, user: User, action: Action) -> Flow:
    """`pp:<field>`: wait for the field's new value."""
    field = action.args[0]
    if field not in FIELDS:
        return refused(EXPIRED)
    if await deps.store.latest_profile(user.id) is None:
        return toast("", text_reply(NO_RESUME))
    await deps.expect(user.id, AWAIT_FIELD, field=field)
    label, hint = FIELDS[field]
    return toast("", text_reply(f"Send the new {label.lower()}: {hint}."))
