"""An entry's dates set in a column to the right of its bullets.

A two-column entry (RenderCV's classic theme, Word tables like it) puts the place beside the
title and the dates, then how long the job lasted, down the right-hand column beside the
first bullets; read row by row they end a bullet's line: "• Built payment services ... |
Jan 2021 – present", "records a day. | 5 years 1 month", or stand alone under the last
bullet. The dates go back to the title line above the bullets when it has none (where the
entry reader looks for them); a length of time, which the dates already say, is dropped.
"""

from __future__ import annotations

from core.resume.dates import DURATION, find_dates
from core.resume.entry_parts import is_bullet


def _only_range(text: str) -> bool:
    start, end, rest = find_dates(text)
    return bool(start and end) and not rest


def _only_length(text: str) -> bool:
    return bool(DURATION.fullmatch(text.strip()))


def _dated(line: str) -> bool:
    start, end, _ = find_dates(line)
    return bool(start or end)


def side_dates(lines: list[str]) -> list[str]:
    """The lines with dates and lengths of time taken off the ends of bullet lines."""
    out: list[str] = []
    listed = False  # the last line kept is a bullet or a line under one
    for line in lines:
        head, bar, tail = line.rpartition(" | ")
        if bar and listed and _only_length(tail) and head.strip():
            line, (head, bar, tail) = head, head.rpartition(" | ")
        if out and (is_bullet(out[-1]) or _dated(out[-1])) and _only_length(line):
            continue  # "3 years 10 months" alone under the entry's last bullet
        if bar and is_bullet(head) and _only_range(tail) and out and not is_bullet(out[-1]):
            title = out[-1]
            if title.strip() and not _dated(title):
                out[-1] = f"{title} | {tail.strip()}"
                line = head
        if not line.strip():
            listed = False
        elif is_bullet(line):
            listed = True
        out.append(line)
    return out
