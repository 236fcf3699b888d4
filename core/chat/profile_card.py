"""The profile card (every section, with Looks right and Edit) and the question for one field."""

from __future__ import annotations

from core import actions
from core.chat.messages import Button, Reply, Span, bold, plain
from core.chat.profile_fields import FIELDS, SECTIONS
from core.models import StoredProfile
from core.profile_format import format_profile

AWAIT_FIELD = "profile"  # the chat state while a field's new value is awaited
NO_RESUME = "I have no resume from you yet: send it as a PDF, DOCX or TXT file."
CHECK = "Check it and tap Looks right: I send nothing in your name before you do."


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


def ask_text(field: str) -> str:
    """What to send for `field` (a plain field or an entry section)."""
    if field == "name":
        return f"Send {FIELDS['name'][1]}."
    if field in SECTIONS:
        label, form = SECTIONS[field]
        return f"Send the {label.lower()} entry as one message: {form}"
    label, hint = FIELDS[field]
    return f"Send the new {label.lower()}: {hint}."
