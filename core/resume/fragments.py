"""A sentence cut into the row of an entry's title.

A theme that sets an entry as a grid row ("Pharmacist | 2015-07 - 2018-01 | Dispensed
prescriptions and ran the") puts the first line of the first duty beside the title and its
dates; read as a header field it becomes the employer or the place.
"""

from __future__ import annotations

import re

_FUNCTION = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the"}
    | {"to", "with", "per", "via", "over", "under", "our", "their"}
)
_FIELD = re.compile(r"\s+\|\s+")


def _sentence(field: str) -> bool:
    """Five words or more, two of them lower-case words that are no mere function words:
    running text, where a name capitalises its words ("Bank of the West")."""
    words = field.split()
    if len(words) < 5:
        return False
    content = [w for w in words[1:] if w[:1].islower() and w.casefold() not in _FUNCTION]
    return len(content) >= 2


def prose_tail(rest: str) -> tuple[str, str]:
    """The header text of an anchor line without a sentence in its last field, and that
    sentence ("" when there is none)."""
    fields = [f.strip(" |") for f in _FIELD.split(rest)]  # the dates leave an empty cell
    fields = [f for f in fields if f]
    if len(fields) < 2 or not _sentence(fields[-1]):
        return rest, ""
    return " | ".join(fields[:-1]), fields[-1]


# a name cut before its end: "Manipal College of" over "Health Professions"
_DANGLING = re.compile(r"(?i)\s(?:of|and|for|&|de|du|der|für|in)$")


def dangles(text: str) -> bool:
    """The text stops on a word that cannot end a name: its end is on the next line."""
    return bool(_DANGLING.search(text.strip()))
