"""Where two columns of a page really run: a sidebar with headings, the end of a band.

Pages printed from HTML by a browser lay out boxes, not columns: a header row of contact
items beside a photo looks like two columns until the full-width body starts under it, and
a sidebar may be right-aligned (ragged left edges) while it carries headings of its own.
"""

from __future__ import annotations

import re
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}/\d{2,4}")
_HEAD_RATIO = 1.25  # a heading is set this much taller than the side's body text
_GRID_HEAD = 1.1  # a heading over a grid of chips: a little taller than the chips
_ROW_HEAD = 1.15  # a section heading over rows of cells (13 pt over 11 pt body text)


def _height(seg: Segment) -> float:
    return seg.bottom - seg.top


def headed_sidebar(side: list[Segment]) -> bool:
    """A column whose lines are right-aligned but which has headings of its own ("Skills",
    "Education" set larger over right-aligned items), each followed by body text. A column
    of right-aligned dates or places beside entries has no headings."""
    if len(side) < 6:
        return False
    body = median(_height(s) for s in side)
    ordered = sorted(side, key=lambda s: s.top)
    heads = [
        n
        for n, s in enumerate(ordered)
        if _height(s) >= _HEAD_RATIO * body
        and len(s.words) <= 3
        and any(c.isalpha() for c in s.text)
        and not _DATE_LIKE.search(s.text)
    ]
    # each heading has a line of body text under it before the next heading
    headed = [n for n in heads if n + 1 < len(ordered) and n + 1 not in heads]
    return len(headed) >= 2


def band_rest(segs: list[Segment], split: float) -> list[Segment]:
    """The segments after the two columns end, when the page goes on at full width.

    Past the bottom of the shorter side, a line across the gutter with text of either side
    still below it shows the "columns" were a row of boxes (a header of contact items beside
    a name): everything from the shorter side's end on is read on its own. Full-width lines
    only below everything are a footer, which the column reading already handles.
    """
    left = [s for s in segs if s.x1 <= split]
    right = [s for s in segs if s.x0 > split]
    if not left or not right:
        return []
    end = min(max(s.bottom for s in left), max(s.bottom for s in right))
    across = [s.top for s in segs if s.x0 <= split < s.x1 and s.top >= end]
    if not across or not any(s.top > min(across) for s in left + right):
        return []
    return [s for s in segs if s.top >= end]


def dated_first_row(left: list[Segment], right: list[Segment]) -> bool:
    """The right side opens with a date on the row of a left line ("Class Teacher  ...  Sep
    2018 - Present" over two columns of bullets): the date belongs to that entry's title,
    so the sides are columns inside one entry, not two columns of the page."""
    first = min(right, key=lambda s: s.top)
    if not _DATE_LIKE.search(first.text):
        return False
    height = _height(first) or 1.0
    return any(abs(s.bottom - first.bottom) < 0.5 * height for s in left)


def grid_under_headings(left: list[Segment], right: list[Segment]) -> bool:
    """Every right line sits on the row of a left line, over two rows or more, and a heading
    of the left side (set larger) stands within the right side's rows: a grid of chips
    under headings ("Inpainting | Structural Consolidation | Preventive Conservation" under
    "Skills", "Dutch | English | German" under "Languages"), read row by row, not as two
    columns."""
    bottoms = [s.bottom for s in left]
    if len({round(r.bottom) for r in right}) < 2:
        return False
    if not all(any(abs(r.bottom - b) < 1.0 for b in bottoms) for r in right):
        return False
    body = median(_height(s) for s in left + right)
    first = min(r.top for r in right)
    last = max(r.bottom for r in right)
    return any(
        _height(s) >= _GRID_HEAD * body and first < (s.top + s.bottom) / 2 < last for s in left
    )


def headings_between_rows(left: list[Segment], right: list[Segment]) -> bool:
    """A heading of the left side stands in a break of the right side (right text above and
    below it, none beside it) while the right side has no heading of its own: section
    headings across the page over rows of cells (a table of dates or places beside entries,
    as an office suite lays it out), not a sidebar beside a main column."""
    body = median(_height(s) for s in left + right)
    if any(_height(s) >= _ROW_HEAD * body for s in right):
        return False
    for head in left:
        if _height(head) < _ROW_HEAD * body or not any(c.isalpha() for c in head.text):
            continue
        above = any(r.bottom <= head.top for r in right)
        below = any(r.top >= head.bottom for r in right)
        beside = any(r.top < head.bottom and r.bottom > head.top for r in right)
        if above and below and not beside:
            return True
    return False
