"""Skills a theme sets as headings of their own in a sidebar, with nothing under them.

A theme that prints each skill group's name as a small heading (and the group's keywords,
left empty, under it) leaves a run of short title-case lines after the contact data of its
"About" box: a list, not a summary.
"""

from __future__ import annotations

import re

from core.resume.entry_parts import is_place, is_role

_SMALL = frozenset({"of", "and", "&", "to", "in", "for", "the", "on", "with", "-"})
_MIN_RUN = 3


def _item(line: str) -> bool:
    """A short noun phrase in title case: no sentence, no contact data, no place or title."""
    words = line.split()
    if not 1 <= len(words) <= 4 or re.search(r"[\d@.,:;!?()/|]", line):
        return False
    if not all(w[:1].isupper() or w in _SMALL for w in words):
        return False
    return not is_place(line) and not is_role(line)


def listed_in_summary(lines: list[str]) -> list[str]:
    """The lines of the last run of three or more list items that ends a summary section."""
    run: list[str] = []
    for line in reversed([ln.strip() for ln in lines if ln.strip()]):
        if not _item(line):
            break
        run.insert(0, line)
    return run if len(run) >= _MIN_RUN else []
