"""Opaque button payloads: short, strictly decoded, and naming whose item they act on.

A payload is `<kind>:<arg>:<arg>...` in lower-case ASCII. Application buttons carry only the
application id (its owner is looked up in the database); every other button carries the id
of the user it was made for, so a press by someone else can be refused. Payloads fit
Telegram's 64 bytes of callback data and Discord's 100-character custom_id, and they hold no
state: a button on an old message still works after a restart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from core.chat.messages import MAX_PAYLOAD_BYTES
from core.errors import JobBotError


class BadPayload(JobBotError):
    """A button payload that is not one of ours (forged, truncated or from an old version)."""


class Kind(StrEnum):
    APPROVE = "ca"  # ca:<app_id>
    DISCARD = "cd"  # cd:<app_id>
    REPORT = "cr"  # cr:<app_id>
    RETRY = "ct"  # ct:<app_id> (a failed application: try again)
    VIEW = "cv"  # cv:<app_id> (show the clarify card again)
    WHY = "cw"  # cw:<app_id> (why it was applied, skipped or discarded)
    UNDO = "cu"  # cu:<app_id> (undo a Discard: back to the user's decision)
    DOCUMENTS = "doc"  # doc:<app_id> (the PDFs)
    WORD_FILES = "dw"  # dw:<app_id> (the same documents as Word files)
    USER_APPLIED = "ua"  # ua:<app_id> (assisted apply: "I applied" on the board's own site)
    NOT_FOR_ME = "un"  # un:<app_id> (assisted apply: "Not for me")
    PAGE = "ls"  # ls:<queue>:<page>:<user_id>
    PREF_EDIT = "pe"  # pe:<field>:<user_id>
    PREF_VALUE = "pv"  # pv:<field>:<value>:<user_id>
    FORGET = "pf"  # pf:<yes|no>:<user_id>
    PROFILE = "pl"  # pl:<ok|edit|view>:<version>:<user_id>
    PROFILE_FIELD = "pp"  # pp:<field>:<user_id>
    PROFILE_ENTRY = "px"  # px:<exp|edu>:<edit|del|rm|add>:<index>:<version>:<user_id>
    SETTING = "st"  # st:<key>:<value>:<user_id>


_ID = r"[1-9][0-9]{0,17}"
_NUM = r"0|[1-9][0-9]{0,5}"
_TOKEN = r"[a-z][a-z0-9_]{0,15}"  # 16 at most: the longest payload stays under 64

QUEUES = ("applied", "pending", "clarify", "rejected", "failed")

# The arguments each kind takes; the last `_ID` of a personal kind is its owner.
_SHAPES: dict[Kind, tuple[str, ...]] = {
    Kind.APPROVE: (_ID,),
    Kind.DISCARD: (_ID,),
    Kind.REPORT: (_ID,),
    Kind.RETRY: (_ID,),
    Kind.VIEW: (_ID,),
    Kind.WHY: (_ID,),
    Kind.UNDO: (_ID,),
    Kind.DOCUMENTS: (_ID,),
    Kind.WORD_FILES: (_ID,),
    Kind.USER_APPLIED: (_ID,),
    Kind.NOT_FOR_ME: (_ID,),
    Kind.PAGE: ("|".join(QUEUES), _NUM, _ID),
    Kind.PREF_EDIT: (_TOKEN, _ID),
    Kind.PREF_VALUE: (_TOKEN, _TOKEN + "|" + _NUM, _ID),
    Kind.FORGET: ("yes|no", _ID),
    Kind.PROFILE: ("ok|edit|view", _NUM, _ID),
    Kind.PROFILE_FIELD: (_TOKEN, _ID),
    Kind.PROFILE_ENTRY: ("exp|edu", "edit|del|rm|add", _NUM, _NUM, _ID),
    Kind.SETTING: (_TOKEN, _TOKEN + "|" + _NUM, _ID),
}
_APP_KINDS = frozenset(
    {
        Kind.APPROVE,
        Kind.DISCARD,
        Kind.REPORT,
        Kind.RETRY,
        Kind.VIEW,
        Kind.WHY,
        Kind.UNDO,
        Kind.DOCUMENTS,
        Kind.WORD_FILES,
        Kind.USER_APPLIED,
        Kind.NOT_FOR_ME,
    }
)
_PATTERNS = {
    kind: re.compile(":".join([re.escape(kind.value), *(f"({arg})" for arg in shape)]))
    for kind, shape in _SHAPES.items()
}


@dataclass(frozen=True)
class Action:
    """A decoded button press."""

    kind: Kind
    args: tuple[str, ...]

    @property
    def app_id(self) -> int:
        """The application an application button acts on."""
        if self.kind not in _APP_KINDS:
            raise BadPayload("not an application button")
        return int(self.args[0])

    @property
    def owner(self) -> int | None:
        """The user a personal button was made for (None for application buttons)."""
        return None if self.kind in _APP_KINDS else int(self.args[-1])

    @property
    def is_application(self) -> bool:
        return self.kind in _APP_KINDS

    def encode(self) -> str:
        return encode(self.kind, *self.args)


def encode(kind: Kind, *args: str | int) -> str:
    """Build a payload, checking it decodes back to the same action."""
    payload = ":".join([kind.value, *(str(a) for a in args)])
    decode(payload)  # a malformed button is a bug here, not a surprise at press time
    return payload


def decode(payload: str) -> Action:
    """Parse a payload; raise BadPayload for anything that is not exactly one of ours."""
    if not isinstance(payload, str) or len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise BadPayload("payload too long")
    kind_text = payload.split(":", 1)[0]
    try:
        kind = Kind(kind_text)
    except ValueError:
        raise BadPayload("unknown button") from None
    match = _PATTERNS[kind].fullmatch(payload)
    if match is None:
        raise BadPayload("malformed button")
    return Action(kind, match.groups())


# --- constructors, so callers never spell a payload by hand ----------------------------------


def approve(app_id: int) -> str:
    return encode(Kind.APPROVE, app_id)


def discard(app_id: int) -> str:
    return encode(Kind.DISCARD, app_id)


def report(app_id: int) -> str:
    return encode(Kind.REPORT, app_id)


def retry(app_id: int) -> str:
    return encode(Kind.RETRY, app_id)


def view(app_id: int) -> str:
    return encode(Kind.VIEW, app_id)


def why(app_id: int) -> str:
    return encode(Kind.WHY, app_id)


def undo(app_id: int) -> str:
    return encode(Kind.UNDO, app_id)


def documents(app_id: int) -> str:
    return encode(Kind.DOCUMENTS, app_id)


def word_files(app_id: int) -> str:
    return encode(Kind.WORD_FILES, app_id)


def user_applied(app_id: int) -> str:
    return encode(Kind.USER_APPLIED, app_id)


def not_for_me(app_id: int) -> str:
    return encode(Kind.NOT_FOR_ME, app_id)


def page(queue: str, number: int, user_id: int) -> str:
    return encode(Kind.PAGE, queue, number, user_id)


def pref_edit(field: str, user_id: int) -> str:
    return encode(Kind.PREF_EDIT, field, user_id)


def pref_value(field: str, value: str | int, user_id: int) -> str:
    return encode(Kind.PREF_VALUE, field, value, user_id)


def forget(confirm: bool, user_id: int) -> str:
    return encode(Kind.FORGET, "yes" if confirm else "no", user_id)


def profile(choice: str, version: int, user_id: int) -> str:
    return encode(Kind.PROFILE, choice, version, user_id)


def profile_field(field: str, user_id: int) -> str:
    return encode(Kind.PROFILE_FIELD, field, user_id)


def profile_entry(section: str, op: str, index: int, version: int, user_id: int) -> str:
    """An experience (`exp`) or education (`edu`) entry button; `index` counts from 1."""
    return encode(Kind.PROFILE_ENTRY, section, op, index, version, user_id)


def setting(key: str, value: str | int, user_id: int) -> str:
    return encode(Kind.SETTING, key, value, user_id)
