"""Profile fields as the chat edits them: what each one accepts, and the one-message entry form.

An experience or education entry is typed as one message, so it works on a phone:

    Role | Employer | Place | Jan 2020 - Present
    - one bullet per line

(education: `Degree | School | Place | 2015 - 2019`). Parts may be left out; a part with a
year or "present" in it is the dates. Everything typed is untrusted: lengths and counts are
capped, and a value that cannot be right is refused with what is expected.
"""

from __future__ import annotations

import re
from typing import Any

from core.models import Education, Experience, Profile, Skill
from core.runtime.consent import is_real_name, valid_email, valid_phone

# token -> (label, what to send): the fields one message replaces.
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "your full name (first and last name), e.g. Ann Lee"),
    "email": ("E-mail", "an e-mail address like ann@example.com"),
    "phone": ("Phone", "a phone number like +44 20 7946 0958"),
    "location": ("Location", "a city and country, e.g. Lisbon, Portugal"),
    "links": ("Links", "your web links separated by spaces, e.g. linkedin.com/in/annlee"),
    "summary": ("Summary", "two or three sentences about you"),
    "skills": ("Skills", "your skills separated by commas"),
    "languages": ("Languages", "your languages separated by commas, e.g. English, Spanish (B2)"),
    "certifications": ("Certifications", "one certification per line"),
}
# token -> (label, the entry form): the sections made of entries.
SECTIONS: dict[str, tuple[str, str]] = {
    "experience": ("Experience", "Role | Employer | Place | Jan 2020 - Present"),
    "education": ("Education", "Degree | School | Place | 2015 - 2019"),
}
SHORT = {"experience": "exp", "education": "edu"}  # in button payloads
LONG = {v: k for k, v in SHORT.items()}
MAX_ENTRIES = 30
_MAX_BULLETS = 20
_DATES = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:present|now|current|today)\b", re.IGNORECASE)
_RANGE = re.compile(r"\s*[–—]\s*|\s+-\s+|\s+to\s+", re.IGNORECASE)
_TIGHT_RANGE = re.compile(r"(?<=\d)-(?=\d{4}\b|[A-Za-z])")  # 2019-2021, 2020-Present
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪●◦]|\d{1,2}[.)])\s*")


class FieldError(ValueError):
    """A profile value that cannot be right; the message says what is expected."""


def _one_line(value: str, limit: int) -> str:
    return " ".join(value.split())[:limit]


def _items(value: str, separators: str, limit: int, size: int) -> list[str]:
    names = [_one_line(s, size) for s in re.split(separators, value)]
    return list(dict.fromkeys(n for n in names if n))[:limit]


def set_field(profile: Profile, field: str, value: str, logins: list[str] | None = None) -> Profile:
    """The profile with one field replaced; FieldError when the value cannot be right."""
    value = value.strip()
    if field not in FIELDS:
        raise FieldError(f"I can change these fields: {', '.join([*FIELDS, *SECTIONS])}.")
    if not value:
        raise FieldError(f"Send {FIELDS[field][1]}.")
    update: dict[str, Any]
    if field == "name":
        name = _one_line(value, 120)
        if not is_real_name(name, logins or []):
            raise FieldError(
                "Send your full legal name as employers should see it: first and last name, "
                "letters only (no handle, e-mail or digits), e.g. Ann Lee."
            )
        update = {"full_name": name}
    elif field == "email":
        if not valid_email(value):
            raise FieldError("That is not an e-mail address; send one like ann@example.com.")
        update = {"email": value}
    elif field == "phone":
        if not valid_phone(value):
            raise FieldError("That is not a phone number; send one like +44 20 7946 0958.")
        update = {"phone": _one_line(value, 40)}
    elif field == "location":
        update = {"location": _one_line(value, 120)}
    elif field == "links":
        links = _items(value, r"[\s,;]+", 5, 300)
        if not all("." in link and "@" not in link for link in links):
            raise FieldError("Send web links like linkedin.com/in/annlee, separated by spaces.")
        update = {"links": links}
    elif field == "summary":
        update = {"summary": value[:2000]}
    elif field == "skills":
        update = {"skills": [Skill(name=n) for n in _items(value, r"[,;\n]", 100, 80)]}
    elif field == "languages":
        update = {"languages": _items(value, r"[,;\n]", 20, 60)}
    else:
        update = {"certifications": _items(value, r"[;\n]", 30, 200)}
    if not any(update.values()):
        raise FieldError(f"Send {FIELDS[field][1]}.")
    return profile.model_copy(update=update)


def _split_dates(text: str) -> tuple[str | None, str | None]:
    parts = _RANGE.split(text, maxsplit=1)
    if len(parts) == 1:
        parts = _TIGHT_RANGE.split(text, maxsplit=1)
    start = parts[0].strip()[:40] or None
    end = (parts[1].strip()[:40] or None) if len(parts) > 1 else None
    return start, end


def _head_and_bullets(text: str, section: str) -> tuple[list[str], list[str]]:
    rows = [row for row in text.strip().splitlines() if row.strip()]
    if not rows:
        raise FieldError(f"Send the entry as: {SECTIONS[section][1]}")
    head = [_one_line(part, 120) for part in rows[0].split("|")]
    bullets = [_one_line(_BULLET.sub("", row), 500) for row in rows[1:]]
    return head, [b for b in bullets if b][:_MAX_BULLETS]


def parse_entry(section: str, text: str) -> Experience | Education:
    """One entry from its typed form; FieldError when it names neither a role nor an employer."""
    head, bullets = _head_and_bullets(text, section)
    dated = [part for part in head[2:] if _DATES.search(part)]
    places = [part for part in head[2:] if part and not _DATES.search(part)]
    start, end = _split_dates(dated[0]) if dated else (None, None)
    first, second = head[0], head[1] if len(head) > 1 else ""
    if not (first or second) or len(head) > 4:
        raise FieldError(f"Send the entry as: {SECTIONS[section][1]}, bullets on the next lines.")
    place = places[0] if places else None
    if section == "experience":
        return Experience(
            role=first, company=second, location=place, start=start, end=end,
            responsibilities=bullets,
        )  # fmt: skip
    return Education(degree=first, institution=second, location=place, start=start, end=end)


def entry_form(entry: Experience | Education) -> str:
    """An entry in the form `parse_entry` reads, so the user can copy it, change it, send it."""
    when = " - ".join(x for x in (entry.start, entry.end) if x)
    tail = [x for x in (entry.location or "", when) if x]  # told apart by the year in the dates
    if isinstance(entry, Experience):
        head = [entry.role, entry.company, *tail]
        bullets = [f"- {b}" for b in entry.responsibilities]
    else:
        head, bullets = [entry.degree, entry.institution, *tail], []
    return "\n".join([" | ".join(head), *bullets])


def entries(profile: Profile, section: str) -> list[Experience] | list[Education]:
    return profile.experience if section == "experience" else profile.education


def with_entries(profile: Profile, section: str, items: list[Any]) -> Profile:
    return profile.model_copy(update={section: items[:MAX_ENTRIES]})
