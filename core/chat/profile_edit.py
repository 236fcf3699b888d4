"""Correcting the profile in the chat: /set, the Edit buttons, and experience/education entries.

`/set FIELD value` changes a field at once; `/set FIELD` alone (or its Edit button) makes the
next message the value. `/set experience` lists the entries with Edit and Delete buttons;
`/set experience 2 <entry>`, `/set experience add <entry>` and `/set experience delete 2` do
the same typed. Every change is a new, unconfirmed profile version: the card comes back with
Looks right, because an edit is not a confirmation.
"""

from __future__ import annotations

from core import actions
from core.actions import Action
from core.chat.context import Deps
from core.chat.flows import EXPIRED, Flow, refused, toast
from core.chat.messages import Button, Reply, code, text_reply
from core.chat.profile_card import (
    ALL,
    AWAIT_FIELD,
    CHECK,
    CONTACT,
    NO_RESUME,
    ask_text,
    entries_reply,
    entry_line,
    profile_reply,
)
from core.chat.profile_fields import (
    FIELDS,
    LONG,
    MAX_ENTRIES,
    SECTIONS,
    SHORT,
    FieldError,
    entries,
    entry_form,
    parse_entry,
    set_field,
    with_entries,
)
from core.chat.text import lines
from core.models import Profile, StoredProfile, User
from core.profile_format import clip
from core.runtime.consent import drop_unsent_documents, logins_of

USAGE = (
    f"Use /set <field> <value>, or /set <field> and send the value next. Fields: {', '.join(ALL)}."
)
STALE = "Your profile changed since this list: here is the current one."
FULL = f"You have {MAX_ENTRIES} entries already: delete one first."


async def command_set(deps: Deps, user: User, args: str) -> list[Reply]:
    """/set <field> [value] (the value may start on the next line)."""
    parts = args.strip().split(None, 1)
    if not parts:
        return [text_reply(USAGE)]
    field, value = parts[0].lower(), parts[1] if len(parts) > 1 else ""
    if field not in ALL:
        return [text_reply(f"I can change these fields: {', '.join(ALL)}.")]
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    if field in SECTIONS:
        return await _section_command(deps, user, stored, field, value)
    if not value.strip():
        return [await ask(deps, user, field)]
    return await _save_field(deps, user, field, value)


async def ask(deps: Deps, user: User, field: str, note: str = "") -> Reply:
    """Make the next message the new value of a plain field."""
    await deps.expect(user.id, AWAIT_FIELD, field=field)
    return text_reply(f"{note} {ask_text(field)}".strip())


async def receive_field(deps: Deps, user: User, state: dict[str, object], text: str) -> list[Reply]:
    """The message answering a /set question or an Edit button."""
    field = str(state.get("field", ""))
    if field in SECTIONS:
        index, version = state.get("index"), state.get("version")
        at = index if isinstance(index, int) else None
        return await _save_entry(deps, user, field, at, text, version=version)
    return await _save_field(deps, user, field, text)


async def _save_field(deps: Deps, user: User, field: str, value: str) -> list[Reply]:
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    if field == CONTACT:  # asked for "an e-mail or a phone": the answer says which
        field = "email" if "@" in value else "phone"
    try:
        profile = set_field(stored.profile, field, value, logins_of(user))
    except FieldError as err:
        return [text_reply(str(err))]
    return await _saved(deps, user, stored, profile, f"{FIELDS[field][0]} updated.")


async def _saved(
    deps: Deps, user: User, stored: StoredProfile, profile: Profile, what: str
) -> list[Reply]:
    saved = await deps.store.save_profile(user.id, profile, stored.raw_text)
    await drop_unsent_documents(deps.store, user.id)  # the correction goes into what is sent
    if (await deps.awaiting(user.id)).get("await") == AWAIT_FIELD:
        await deps.clear(user.id)
    return [profile_reply(saved, user.id, intro=f"{what} {CHECK}")]


# --- entries -------------------------------------------------------------------------------------


async def _section_command(
    deps: Deps, user: User, stored: StoredProfile, section: str, value: str
) -> list[Reply]:
    words = value.strip().split(None, 1)
    if not words:
        return [entries_reply(stored, section, user.id)]
    op, rest = words[0].lower(), words[1] if len(words) > 1 else ""
    count = len(entries(stored.profile, section))
    if op in ("delete", "remove"):
        if not rest.strip().isdigit() or not 1 <= int(rest) <= count:
            return [text_reply(f"Send /set {section} delete <number>, 1 to {count}.")]
        return await _delete(deps, user, stored, section, int(rest))
    if op != "add" and not (op.isdigit() and 1 <= int(op) <= count):
        form = SECTIONS[section][1]
        return [text_reply(f"Send /set {section} to list the entries, /set {section} <number> "
                           f"or /set {section} add, then the entry: {form}")]  # fmt: skip
    index = None if op == "add" else int(op)
    if rest.strip():
        return await _save_entry(deps, user, section, index, rest)
    return [await _ask_entry(deps, user, stored, section, index)]


async def _ask_entry(
    deps: Deps, user: User, stored: StoredProfile, section: str, index: int | None
) -> Reply:
    if index is None and len(entries(stored.profile, section)) >= MAX_ENTRIES:
        return text_reply(FULL)
    await deps.expect(user.id, AWAIT_FIELD, field=section, index=index, version=stored.version)
    if index is None:
        more = "\nBullets go on the next lines, one per line." if section == "experience" else ""
        return text_reply(ask_text(section), more)
    current = entry_form(entries(stored.profile, section)[index - 1])
    bullets = ", then one bullet per line" if section == "experience" else ""
    return Reply(
        spans=lines(
            f"Send entry {index} as one message, changed as you like. Now it reads:",
            [code(current)],
            f"(Form: {SECTIONS[section][1]}{bullets}.)",
        )
    )


async def _save_entry(
    deps: Deps, user: User, section: str, index: int | None, text: str, *, version: object = None
) -> list[Reply]:
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return [text_reply(NO_RESUME)]
    if version is not None and version != stored.version:
        await deps.clear(user.id)
        return [entries_reply(stored, section, user.id, intro=STALE)]
    items = list(entries(stored.profile, section))
    if index is not None and not 1 <= index <= len(items):
        return [text_reply(f"There is no entry {index}: send /set {section} to see them.")]
    if index is None and len(items) >= MAX_ENTRIES:
        return [text_reply(FULL)]
    try:
        entry = parse_entry(section, text)
    except FieldError as err:
        return [text_reply(str(err))]
    if index is None:
        items.append(entry)
    else:
        items[index - 1] = entry
    profile = with_entries(stored.profile, section, items)
    what = f"{SECTIONS[section][0]} entry {index or len(items)} saved."
    return await _saved(deps, user, stored, profile, what)


async def _delete(
    deps: Deps, user: User, stored: StoredProfile, section: str, index: int
) -> list[Reply]:
    items = list(entries(stored.profile, section))
    del items[index - 1]
    profile = with_entries(stored.profile, section, items)
    what = f"{SECTIONS[section][0]} entry {index} deleted."
    return await _saved(deps, user, stored, profile, what)


async def on_field(deps: Deps, user: User, action: Action) -> Flow:
    """`pp:<field>`: a section lists its entries; a plain field waits for its new value."""
    field = action.args[0]
    if field not in ALL:
        return refused(EXPIRED)
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return toast("", text_reply(NO_RESUME))
    if field in SECTIONS:
        return toast("", entries_reply(stored, field, user.id))
    return toast("", await ask(deps, user, field))


async def on_entry(deps: Deps, user: User, action: Action) -> Flow:
    """`px:<exp|edu>:<op>:<n>:<version>`: edit, ask to delete, delete, or add an entry."""
    section, op = LONG[action.args[0]], action.args[1]
    index, version = int(action.args[2]), int(action.args[3])
    stored = await deps.store.latest_profile(user.id)
    if stored is None:
        return toast("", text_reply(NO_RESUME))
    count = len(entries(stored.profile, section))
    if version != stored.version or (op != "add" and not 1 <= index <= count):
        return toast("Out of date", entries_reply(stored, section, user.id, intro=STALE))
    if op == "add":
        return toast("", await _ask_entry(deps, user, stored, section, None))
    if op == "edit":
        return toast("", await _ask_entry(deps, user, stored, section, index))
    if op == "rm":
        return toast("Deleted", *await _delete(deps, user, stored, section, index))
    sure = Reply(
        spans=lines("Delete this entry?", clip(entry_line(stored.profile, section, index), 160)),
        buttons=[
            [
                Button(
                    label="Yes, delete",
                    payload=actions.profile_entry(
                        SHORT[section], "rm", index, stored.version, user.id
                    ),
                ),
                Button(label="Keep", payload=actions.profile("view", stored.version, user.id)),
            ]
        ],
    )
    return toast("", sure)
