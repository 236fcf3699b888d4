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
