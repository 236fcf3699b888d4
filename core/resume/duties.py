"""A job's bullets that are no duties: a label over them, the person's contact details after.

A theme may print a label over each job's list ("Highlights"); read as text, it is the list's
first item. A single word is no duty: as the first of several items, it is dropped.
A sidebar or footer with the phone, e-mail and city, read after the main column and under no
heading of its own, runs on from the last entry's last bullet. The person's own phone number
or e-mail address is never a duty: from where it starts, the item is cut off (and dropped
when nothing of a sentence is left before it).
"""

from __future__ import annotations

import re

from core.models import Experience
from core.resume.contact import EMAIL, PHONE

_MIN_WORDS = 4  # words a duty keeps before the contact data to stay a duty


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _contact_at(item: str, email: str, phone: str) -> int | None:
    """Where the person's own e-mail or phone number starts in `item`, or None."""
    starts = [m.start() for m in EMAIL.finditer(item) if m.group().casefold() == email]
    own = _digits(phone)
    starts += [
        m.start()
        for m in PHONE.finditer(item)
        if len(own) >= 7
        and (d := _digits(m.group()))
        and (own.endswith(d) or d.endswith(own))
        and len(d) >= 7
    ]
    return min(starts) if starts else None


def without_list_label(jobs: list[Experience]) -> None:
    """Drop a one-word first item over a job's other items (see the module's docstring)."""
    for job in jobs:
        items = job.responsibilities
        if len(items) > 1 and len(items[0].split()) == 1 and items[0].rstrip(":").isalpha():
            job.responsibilities = items[1:]


def without_own_contact(jobs: list[Experience], email: str | None, phone: str | None) -> None:
    """Cut the person's own contact details out of every job's bullets, in place."""
    mail, number = (email or "").casefold(), phone or ""
    if not mail and not number:
        return
    for job in jobs:
        kept: list[str] = []
        for item in job.responsibilities:
            at = _contact_at(item, mail, number)
            if at is not None:
                item = item[:at].rstrip(" ,;|·-")
                if len(item.split()) < _MIN_WORDS:
                    continue
            kept.append(item)
        job.responsibilities = kept
