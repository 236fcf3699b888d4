"""Rows of entries set in two columns: each entry's title on the left, its details beside.

Some themes give every entry a row of its own: employer, dates and title in the left cell,
its highlights in the right cell, then the next entry under both, with section headings
across the left side between rows ("EDUCATION" over two schools side by side). Read as two
columns, every highlight lands after the last entry and the right-hand school after the
highlights. What tells these rows from a sidebar beside a main column is alignment: each
block of the right side starts on the row of a left line, and a left heading stands in a
break of the right side, between two such blocks; a sidebar's blocks open with headings
of their own, set larger.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_BLOCK_GAP = 2.0  # a break between two blocks of one side, in line heights
_BAND_GAP = 1.0  # a break across both sides between two rows, in line heights
_ALIGNED = 0.15  # two tops this close, in line heights, start on one row
_HEAD = 1.15  # a heading of a sidebar is set this much taller than its body text


def _blocks(side: list[Segment], gap: float) -> list[list[Segment]]:
    """A side's lines in blocks parted by vertical breaks of `gap` points or more."""
    blocks: list[list[Segment]] = []
    for seg in sorted(side, key=lambda s: s.top):
        if blocks and seg.top - max(s.bottom for s in blocks[-1]) < gap:
            blocks[-1].append(seg)
        else:
            blocks.append([seg])
    return blocks


def _in_break(head: Segment, before: list[Segment], after: list[Segment]) -> bool:
    """`head` stands between the end of one right block and the start of the next."""
    return before[-1].bottom <= head.top and head.bottom <= after[0].top


def rows_start(left: list[Segment], right: list[Segment]) -> float | None:
    """Where rows of entries start (everything from this y on is read row by row), or None.

    The right side's blocks from some block on each start on the row of a left line, two
    blocks or more, and a left line stands alone in a break between two of them (a section
    heading across the rows). Above, the page is read as columns (a contact box beside the
    name and summary); the rows start at the left side's first break after the last block
    of the right side that is not a row.
    """
    if not left or not right:
        return None
    line = median(s.bottom - s.top for s in left + right) or 1.0
    blocks = _blocks(right, _BLOCK_GAP * line)
    tops = [s.top for s in left]
    aligned = [any(abs(b[0].top - t) < _ALIGNED * line for t in tops) for b in blocks]
    first = len(blocks)
    while first > 0 and aligned[first - 1]:
        first -= 1
    rows = blocks[first:]
    if len(rows) < 2:
        return None
    body = median(s.bottom - s.top for s in right)
    if any(s.bottom - s.top >= _HEAD * body for block in rows for s in block):
        return None  # a sidebar's sections, headed in a larger size, are no cells of rows
    if not any(_in_break(s, a, b) for a, b in pairwise(rows) for s in left):
        return None
    if first == 0:
        return min(s.top for s in left + right)
    end = max(s.bottom for s in blocks[first - 1])
    below = sorted((s for s in left if s.top >= end), key=lambda s: s.top)
    if not below:
        return None
    above = [s.bottom for s in left if s.top < below[0].top]
    if above and below[0].top - max(above) < _BAND_GAP * line:
        return None  # a left paragraph runs on across the end of the right block
    return min(below[0].top, rows[0][0].top)


def row_blocks(segs: list[Segment], split: float) -> list[list[Segment]]:
    """The rows' segments in reading order: row by row, each row's left cell (and any line
    across both) before its right cell. Rows part where a break crosses both sides."""
    if not segs:
        return []
    line = median(s.bottom - s.top for s in segs) or 1.0
    out: list[list[Segment]] = []
    for band in _blocks(segs, _BAND_GAP * line):
        left = [s for s in band if s.x0 <= split]
        right = [s for s in band if s.x0 > split]
        out += [side for side in (left, right) if side]
    return out
