"""Shapes of entry header lines that hold whatever their words are.

The reader tells a role from an employer by its words, and a trade it has never seen
("Junior Perfumer", "Head Fishmonger") names no job word it knows. The shape of a line can
still say it heads an entry: a bullet or a sentence never splits into short fields.
"""

from __future__ import annotations

import re

_FIELDS = re.compile(r"\s+\|\s+|\t|\s+·\s+")


def fielded(line: str) -> bool:
    """Two to four short fields side by side ("Mane | Le Bar-sur-Loup", "Codelco · Calama"):
    a line that names things, not one that tells what was done."""
    text = line.strip()
    fields = [f for f in _FIELDS.split(text) if f.strip()]
    return (
        2 <= len(fields) <= 4
        and all(len(f.split()) <= 6 and not f.rstrip().endswith(".") for f in fields)
        and all(f.strip()[:1].isupper() or f.strip()[:1].isdigit() for f in fields)
    )


_ASIDE = re.compile(r"\([^()]*\)")  # "(self-employed)", "(maternity cover)"


def _title_shaped(line: str) -> bool:
    """One to five capitalised words, no digits, no closing stop: a title, whatever it says."""
    words = _ASIDE.sub(" ", line).split()
    return (
        0 < len(words) <= 5
        and not re.search(r"\d", line)
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and all(w[:1].isupper() for w in words if len(w) > 3)
        and words[0][:1].isupper()
    )


def _prose(line: str) -> bool:
    """A sentence: six words or more ending in a full stop."""
    return len(line.split()) >= 6 and line.rstrip().endswith(".")


def title_over_prose(lines: list[str], at: int) -> bool:
    """A title-shaped line with a sentence right under it ("Farrier (self-employed)" over
    "Shoe and trim around 35 horses a week."): the last line of an entry's header, the
    first of its unbulleted duties below."""
    return at + 1 < len(lines) and _title_shaped(lines[at]) and _prose(lines[at + 1])
