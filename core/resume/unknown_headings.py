"""A heading whose words the reader does not know ("EMPLOYMENT RECORD", "POSTS HELD"),
told by its shape and by what stands under it.

In a resume whose known headings are set in capitals, another short line all in capitals,
standing where a heading stands, is a heading too. Its words do not say which section it
opens, so its block does: dated entries read as jobs open experience, read as schools open
education. Only where the lines above belong to no entry section (a summary, a skills
list): inside the experience a line in capitals may name an employer, and the header may
hold the name in capitals.
"""

from __future__ import annotations

import re

from core.resume.sections import Heading
from core.resume.unheaded import unheaded_entries

_SHAPE = re.compile(r"^[^\W\d_][^\W\d_ &/-]*(?:[ &/-]+[^\W\d_]+){0,3}$")
_ENTRY_SECTIONS = frozenset({"experience", "education", "projects", "header"})


def _capitals(line: str) -> bool:
    text = line.strip()
    return len(text) >= 4 and text.isupper() and bool(_SHAPE.match(text))


def guessed_headings(lines: list[str], heads: list[Heading | None]) -> dict[int, str]:
    """Index -> section for unknown headings in capitals whose block holds dated entries.
    One pass: each block between two headings is read once."""
    known = [i for i, h in enumerate(heads) if h is not None]
    if sum(1 for i in known if lines[i].strip().isupper()) < 2:
        return {}
    marks = [i for i, line in enumerate(lines) if heads[i] is not None or _capitals(line)]
    found: dict[int, str] = {}
    section = "header"
    for a, i in enumerate(marks):
        head = heads[i]
        if head is not None:
            section = head.section
            continue
        if section in _ENTRY_SECTIONS:
            continue
        stop = marks[a + 1] if a + 1 < len(marks) else len(lines)
        kinds = unheaded_entries(lines[i + 1 : stop])
        if kinds:
            kind = max(kinds, key=lambda k: len(kinds[k]))
            found[i] = kind
            section = kind
    return found
