"""What the chat shows of a profile: the card (Looks right, Edit), the edit sheet, the numbered
entries of a section with their buttons, and the question for one field."""

from __future__ import annotations

from core import actions
from core.chat.messages import Button, Reply, Span, bold, code, plain
from core.chat.profile_fields import FIELDS, SECTIONS, SHORT
from core.chat.text import lines
from core.intake import RESUME_TYPES_TEXT
from core.models import Profile, StoredProfile
from core.profile_format import clip, format_profile, job_line, school_line

AWAIT_FIELD = "profile"  # the chat state while a field's new value is awaited
NO_RESUME = f"I have no resume from you yet: send it as a file ({RESUME_TYPES_TEXT})."
CHECK = "Check it and tap Looks right: I send nothing in your name before you do."
ALL = [*FIELDS, *SECTIONS]
CONTACT = "contact"  # the question Looks right asks when the profile has no e-mail or phone
_BUTTON_ENTRIES = 8  # Discord shows 5 rows of buttons: 2 of Edit, 2 of Delete, 1 of Add/Back


def profile_reply(stored: StoredProfile, user_id: int, *, intro: str = "") -> Reply:
    """The profile with [Looks right] [Edit]; a confirmed one says so instead of asking."""
    spans: list[Span] = [bold(intro), plain("\n\n")] if intro else []
    spans.append(plain(format_profile(stored.profile)))
    if stored.confirmed:
        spans.append(plain("\n\nConfirmed ✓ (an edit or a new resume asks you again)"))
    row = [
        Button(label="Looks right", payload=actions.profile("ok", stored.version, user_id)),
        Button(label="Edit", payload=actions.profile("edit", stored.version, user_id)),
    ]
    return Reply(spans=spans, buttons=[row])


def show_profile_button(stored: StoredProfile | None, user_id: int) -> list[list[Button]]:
    """A [Show my profile] row (for refusals that ask to confirm it), or none without one."""
    if stored is None:
        return []
    payload = actions.profile("view", stored.version, user_id)
    return [[Button(label="Show my profile", payload=payload)]]


def ask_text(field: str) -> str:
    """What to send for `field` (a plain field or an entry section)."""
    if field == "name":
        return f"Send {FIELDS['name'][1]}."
    if field == CONTACT:
        return "Send your e-mail address or phone number, e.g. ann@example.com."
    if field in SECTIONS:
        label, form = SECTIONS[field]
        return f"Send the {label.lower()} entry as one message: {form}"
    label, hint = FIELDS[field]
    return f"Send the new {label.lower()}: {hint}."


def entry_line(profile: Profile, section: str, index: int) -> str:
    """Entry `index` (from 1) of a section as one line."""
    if section == "experience":
        return job_line(profile.experience[index - 1])
    return school_line(profile.education[index - 1])


def entries_reply(stored: StoredProfile, section: str, user_id: int, intro: str = "") -> Reply:
    """The numbered entries of a section, with Edit/Delete buttons, Add and Back."""
    label, form = SECTIONS[section]
    count = len(stored.profile.experience if section == "experience" else stored.profile.education)
    rows: list[list[Span] | str] = [[bold(intro)], ""] if intro else []
    rows.append([bold(f"{label}: {count} entries" if count else f"{label}: none yet")])
    for n in range(1, count + 1):
        rows.append(clip(f"{n}. {entry_line(stored.profile, section, n)}", 160))
    rows += ["", "Tap a button, or send the entry typed as one message:", [code(form)]]
    if section == "experience":
        rows.append("with one bullet per line below it.")
    rows.append(f"/set {section} 2 <entry> changes entry 2; /set {section} delete 2 removes it.")

    def button(text: str, op: str, n: int) -> Button:
        payload = actions.profile_entry(SHORT[section], op, n, stored.version, user_id)
        return Button(label=text, payload=payload)

    shown = range(1, min(count, _BUTTON_ENTRIES) + 1)
    edit = [button(f"Edit {n}", "edit", n) for n in shown]
    delete = [button(f"Delete {n}", "del", n) for n in shown]
    grid = [row[i : i + 4] for row in (edit, delete) for i in range(0, len(row), 4)]
    back = Button(label="Back", payload=actions.profile("view", stored.version, user_id))
    grid.append([button("Add", "add", 0), back])
    return Reply(spans=lines(*rows), buttons=grid)


def edit_sheet(user_id: int) -> Reply:
    """Which part to change: a button per field and section."""
    labels = {**{k: v[0] for k, v in FIELDS.items()}, **{k: v[0] for k, v in SECTIONS.items()}}
    cells = [Button(label=labels[t], payload=actions.profile_field(t, user_id)) for t in ALL]
    return Reply(
        spans=lines(
            "What should I change? Tap it, or send",
            [bold("/set <field> <value>"), plain(", e.g. /set phone +44 20 7946 0958")],
        ),
        buttons=[cells[i : i + 4] for i in range(0, len(cells), 4)],
    )
