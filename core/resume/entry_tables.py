"""Tables of entries: a header row of field labels over one row per job or school.

A contractor's "Career Summary" ("Period | Employer | Position | Location" over one row a
job), an academic's "Year | Degree | Institution" table: wherever such a table stands, even
under a heading that names no entries, the header row says what each column holds, so each
row is an entry. The rows are written back as the entry reader knows entries (dates, role or
degree, employer or school with its place) under a heading of their kind, and the heading
the table stood under resumes after it.
"""

from __future__ import annotations

import re

from core.models import Experience
from core.resume.form_labels import label_field
from core.resume.sections import heading_of

_CELLS = re.compile(r"\s+\|\s+|\t")
_ENTRY_FIELDS = frozenset({"role", "employer", "school", "degree"})
_ORDER = ("dates", "role", "degree", "employer", "school")


def _columns(line: str) -> list[str] | None:
    """The field each cell of a header row names ("" for a column read no further: a
    result, a second school column), when most cells name one and one is a role, an
    employer, a school or a degree."""
    cells = [c.strip() for c in _CELLS.split(line.strip())]
    if len(cells) < 3:
        return None
    kinds = [label_field(c) for c in cells]
    if sum(k is None for k in kinds) * 2 >= len(kinds):
        return None
    fields: list[str] = []
    for kind in kinds:
        kind = "dates" if kind in ("start", "end") else kind
        fields.append(kind if kind and kind != "drop" and kind not in fields else "")
    if not _ENTRY_FIELDS & set(fields):
        return None
    return fields


def _row_lines(fields: list[str], cells: list[str]) -> list[str]:
    record = {f: c for f, c in zip(fields, cells, strict=True) if f and c}
    where = record.get("place", "")
    out = []
    for f in _ORDER:
        if f in record:
            value = record[f]
            out.append(f"{value} | {where}" if where and f in ("employer", "school") else value)
    return out


def table_entries(lines: list[str]) -> list[str]:
    """The lines with each table of entries rewritten as plain entries (see the module)."""
    out: list[str] = []
    under = ""  # the heading the lines stand under
    n = 0
    while n < len(lines):
        fields = _columns(lines[n])
        if fields is None:
            if heading_of(lines[n]) is not None:
                under = lines[n]
            out.append(lines[n])
            n += 1
            continue
        rows: list[list[str]] = []
        stop = n + 1
        while stop < len(lines):
            cells = [c.strip() for c in _CELLS.split(lines[stop].strip())]
            if len(cells) != len(fields):
                break
            rows.append(cells)
            stop += 1
        if not rows:
            out.append(lines[n])
            n += 1
            continue
        out.append("Education" if {"school", "degree"} & set(fields) else "Experience")
        for cells in rows:
            out += ["", *_row_lines(fields, cells)]
        out.append("")
        if under and stop < len(lines) and heading_of(lines[stop]) is None:
            out.append(under)  # the lines after the table are the heading's again
        n = stop
    return out


def _agree(a: Experience, b: Experience) -> bool:
    """No field the two tellings both give differs."""
    return all(
        not x or not y or x.casefold() == y.casefold()
        for x, y in ((a.role, b.role), (a.company, b.company))
    )


def merged_repeats(jobs: list[Experience]) -> list[Experience]:
    """Each job once: the same dates, the same role or employer and no other field apart
    is one job given twice (once in a summary table, once in detail); the second telling
    fills what the first left empty. Linear: earlier jobs are found by key."""
    out: list[Experience] = []
    seen: dict[tuple[str, str, str | None, str | None], int] = {}
    for job in jobs:
        keys = []
        if job.start or job.end:  # an undated entry is never taken for another
            if job.role:
                keys.append(("role", job.role.casefold(), job.start, job.end))
            if job.company:
                keys.append(("company", job.company.casefold(), job.start, job.end))
        twin = next((seen[k] for k in keys if k in seen), None)
        if twin is not None and not _agree(out[twin], job):
            twin = None  # two jobs held at once: the same title with two employers
        if twin is None:
            for key in keys:
                seen[key] = len(out)
            out.append(job)
            continue
        first = out[twin]
        out[twin] = first.model_copy(
            update={
                "role": first.role or job.role,
                "company": first.company or job.company,
                "location": first.location or job.location,
                "responsibilities": first.responsibilities or job.responsibilities,
            }
        )
    return out
