"""Whether a profile may be sent to employers: confirmed, a real full name, a way to reach them.

The bot applies in a person's name, so it never sends a name it guessed: not a login, not a
display name, not a heading or a handle the parser took for a name. Every check returns the
short message the user sees, saying what to do, or None when all is well.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from core.intake import RESUME_TYPES_TEXT
from core.models import AppState, Profile, StoredProfile, User
from core.ports import Store

NO_RESUME = f"I need your resume first: send it as a file ({RESUME_TYPES_TEXT})."
CONFIRM_FIRST = "Confirm your profile first: send /profile and tap Looks right."
NO_NAME = "Your profile has no full name: send /set name, then your first and last name."
NO_CONTACT = (
    "Your profile has no e-mail or phone: send /set email ann@example.com "
    "or /set phone +44 20 7946 0958."
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s()+./-]+$")
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?$")
_MAX_NAME_WORDS = 6
# Words a resume prints where a name might be expected: a heading taken for a name is no name.
_NOT_NAMES = frozenset(
    {
        *("resume", "résumé", "curriculum", "vitae", "cv", "profile", "applicant", "candidate"),
        *("contact", "details", "personal", "information", "summary", "experience"),
        *("education", "skills", "name", "address", "phone", "email", "e-mail", "page"),
        *("objective", "references", "unknown", "none", "null"),
    }
)


def valid_email(value: str | None) -> bool:
    return bool(value) and len(value or "") <= 200 and bool(_EMAIL.match(value or ""))


def valid_phone(value: str | None) -> bool:
    if not value or not _PHONE_CHARS.match(value):
        return False
    return 6 <= sum(ch.isdigit() for ch in value) <= 15


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_real_name(name: str, logins: Iterable[str] = ()) -> bool:
    """At least two words of letters (initials allowed), no digits, e-mail, URL or handle,
    not a resume heading, and not one of the person's chat logins."""
    words = unicodedata.normalize("NFKC", name).split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or len(name) > 120:
        return False
    if not all(_NAME_CHARS.match(word) for word in words):
        return False  # digits, @, /, _, #, ':' and the like: a handle, a URL or an address
    letters = [sum(ch.isalpha() for ch in word) for word in words]
    if sum(n >= 2 for n in letters) < 1 or sum(letters) < 4:
        return False
    if any(word.strip(".").casefold() in _NOT_NAMES for word in words):
        return False
    folded = _fold(name)
    return all(folded != _fold(login) for login in logins if login)


def logins_of(user: User | None) -> list[str]:
    """The names a chat knows the person by that are not their legal name."""
    if user is None:
        return []
    return [x for x in (user.console_name,) if x]


def profile_problem(profile: Profile, user: User | None = None) -> str | None:
    """What a profile lacks before it can be confirmed or sent (name first, then contact)."""
    if not is_real_name(profile.full_name, logins_of(user)):
        return NO_NAME
    if not (valid_email(profile.email) or valid_phone(profile.phone)):
        return NO_CONTACT
    return None


def send_blocker(stored: StoredProfile | None, user: User | None = None) -> str | None:
    """Why nothing may be sent in this person's name now, or None when it may."""
    if stored is None:
        return NO_RESUME
    return profile_problem(stored.profile, user) or (None if stored.confirmed else CONFIRM_FIRST)


UNSENT = (AppState.PENDING, AppState.CLARIFY, AppState.APPROVED, AppState.FAILED)


async def drop_unsent_documents(store: Store, user_id: int) -> int:
    """After the profile changed, forget documents written from the old one that never left,
    so the next application is written from the corrected profile. Rows that may have reached
    the portal (attempts > 0) keep theirs: they record what may have been sent."""
    dropped = 0
    for state in UNSENT:
        for app in await store.applications_in_state(state, user_id=user_id, limit=100_000):
            if app.documents is not None and app.attempts == 0:
                await store.update_application(app.id, {"documents": None})
                dropped += 1
    return dropped
