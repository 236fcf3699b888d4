"""Heading words that label a part of every entry ("Key achievements:" over each job's
bullets), not a section of their own.

A heading that opened a section there would cut the experience short: every later job would
read as an achievement. What repeats from entry to entry tells them apart: inside a section
of entries, a heading of another kind that comes again before any other heading, with an
entry's dates between the two, labels a part of each entry, and so does every later
occurrence of it in that run.
"""

from __future__ import annotations

from core.resume.dates import find_dates
from core.resume.sections import Heading, heading_key

_ENTRY_SECTIONS = frozenset({"experience", "education", "projects"})


def _ranged(line: str) -> bool:
    """A date range, as an entry's header has ("Mar 2015 – Dec 2019")."""
    return find_dates(line)[0] is not None


def sub_labels(lines: list[str], heads: list[Heading | None]) -> set[int]:
    """The indexes of heading lines that label a part of each entry. One pass: the lines
    between two headings are read once."""
    found: set[int] = set()
    at = [i for i, h in enumerate(heads) if h is not None]
    section: str | None = None  # the kind of the last heading that opened a section
    run = ""  # the key of the sub-label being repeated
    for a, i in enumerate(at):
        head = heads[i]
        assert head is not None
        key = heading_key(lines[i])
        if run and key == run:
            found.add(i)
            continue
        nxt = at[a + 1] if a + 1 < len(at) else None
        if (
            section in _ENTRY_SECTIONS
            and head.section != section
            and not head.rest
            and nxt is not None
            and heading_key(lines[nxt]) == key
            and any(_ranged(lines[k]) for k in range(i + 1, nxt))
        ):
            found.add(i)
            run = key
            continue
        run = ""
        section = head.section
    return found
