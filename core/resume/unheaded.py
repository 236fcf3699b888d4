"""Entries of a resume that names no section: blocks told apart by what they hold.

A resume without an "Experience" or "Education" heading still sets each job and school on a
dated line. Several signals decide a block's kind, never one keyword: a dated line with a
degree word and a school word (or a school word and no job word) is a school; a dated line
with a job word, or with bullets under it, is a job. A short title alone above a dated line
that names no job or degree itself ("Senior Agronomist" over "Camposol S.A. · 2020 – Present")
is that entry's first line; the name and headline at the top never are.
"""

from __future__ import annotations

import re

from core.resume.contact import EMAIL, URL
from core.resume.dates import find_dates
from core.resume.entry_parts import SCHOOL_WORDS, degree_parts, is_bullet, is_role, parts_of
from core.resume.schooling import NOUN_END

_MAX_HEADER_WORDS = 24  # a dated header line; a longer one is a sentence that names a year


def _contact_like(text: str) -> bool:
    return bool(EMAIL.search(text) or URL.search(text) or re.search(r"\d{3}", text))


def _dated(line: str) -> bool:
    """A short, non-bullet line that holds a date (a range, or a year it ended)."""
    if is_bullet(line) or len(line.split()) > _MAX_HEADER_WORDS or line.rstrip().endswith("."):
        return False
    return find_dates(line)[1] is not None


def _kind(header: str, has_bullets: bool) -> str | None:
    """ "education", "experience" or None, from the dated line and whether bullets follow."""
    start, _, rest = find_dates(header)
    parts = parts_of([rest])
    school = any(SCHOOL_WORDS.search(p) for p in parts)
    degree = bool(degree_parts(parts))
    role = any(is_role(p) for p in parts)
    if school and not has_bullets and (degree or (not role and start is not None)):
        return "education"
    # a lone year is a job only with its duties under it: "Chair of the board, 2019" is not
    if (start is not None and (role or has_bullets)) or (has_bullets and role):
        return "experience"
    return None


def unheaded_entries(lines: list[str]) -> dict[str, list[str]]:
    """The dated blocks among lines under no heading, as section lines by kind."""
    found: dict[str, list[str]] = {}
    n = 0
    floor = _HEADER_ZONE  # the name and the headline stand first: never an entry's title
    while n < len(lines):
        if not _dated(lines[n]):
            n += 1
            continue
        header = [lines[n]]
        above = lines[n - 1] if n else ""
        if header[0][:1].islower() and above.strip() and not is_bullet(above) and not _dated(above):
            # "... | Jomo Kenyatta University" over "of Agriculture and Technology · 2008 – 2012":
            # one header, its dates on a line of their own below it
            start, end, rest = find_dates(f"{above.rstrip()} {header[0]}")
            header = [rest, f"{start} – {end}" if start else str(end)]
        elif n > floor and _title_above(above, header[0]):
            header.insert(0, above)  # "Senior Agronomist" over "Camposol S.A. · 2020 – Present"
        stop = n + 1
        while stop < len(lines) and is_bullet(lines[stop]):
            stop += 1
        kind = _kind(" ".join(header), stop > n + 1)
        if kind is not None and len(header) == 1:
            header = [_unglued(header[0], kind)]
        if kind is not None:
            found.setdefault(kind, []).extend(["", *header, *lines[n + 1 : stop]])
        n = stop
        floor = stop
    return found


_HEADER_ZONE = 2
_TITLE_WORDS = 8


def _title_above(above: str, dated: str) -> bool:
    """A short title line alone above a dated line that names no job or degree itself."""
    text = above.strip()
    if not text or is_bullet(text) or _dated(text) or len(text.split()) > _TITLE_WORDS:
        return False
    if text.endswith((".", ",", ";", ":")) or _contact_like(text):
        return False
    rest = parts_of([find_dates(dated)[2]])
    if any(is_role(p) or degree_parts([p]) for p in rest):
        return False  # the dated line is a whole header already
    return is_role(text) or bool(degree_parts([text]))


# the last word of many a field of study, which no school's own name ends in
_FIELD_BLOB = """arts science sciences law nursing medicine music history design business studies
    engineering therapy english french spanish german chemistry pharmacy geography
    philosophy theology journalism accounting agriculture architecture"""
_FIELD_WORDS = frozenset(_FIELD_BLOB.split())


def _unglued(line: str, kind: str) -> str:
    """A dated line whose role and employer (or degree and school) lost the gap between them
    ("Reporter The Punch Nigeria Limited, Lagos · 2012 – 2016"), cut where the second
    begins: after the last job word, or where the school's name starts."""
    if " | " in line:
        return line
    parts = line.split(", ")
    for n, part in enumerate(parts):
        words = part.split()
        if kind == "experience":
            roles = [i for i, w in enumerate(words[:-1]) if is_role(w) and not w.endswith("s")]
            cut = roles[-1] + 1 if roles and words[roles[-1] + 1][:1].isupper() else 0
        else:
            cut = _school_start(words, degree_parts([", ".join([*parts[:n], part])]) != [])
        if cut > 0:
            parts[n] = f"{' '.join(words[:cut])} | {' '.join(words[cut:])}"
            return ", ".join(parts)
        if kind == "experience":
            break  # the role leads the line
    return line


def _school_start(words: list[str], has_degree: bool) -> int:
    """Where a school's name starts among words that open with a degree: at its school word
    ("... University of Lagos"), or, after a degree word, at the capitalised names before it
    ("MSc Soil Science Wageningen University"), back to the field of study's last noun."""
    at = next((i for i, w in enumerate(words) if SCHOOL_WORDS.fullmatch(w)), 0)
    cut = at
    while has_degree and cut > 1 and words[cut - 1][:1].isupper():
        word = words[cut - 1]
        if NOUN_END.search(word) or word.casefold() in _FIELD_WORDS or degree_parts([word]):
            break
        cut -= 1
    return cut
