"""Headings side by side over their own columns ("Skills" beside "Languages" at a page's
foot, each with its list below): a grid the page-wide gutter search does not see, since the
full-width entries above it cross any gutter.

A row of two or more section headings in one line sets where each column starts; every
segment below falls in the column whose start is the last one left of it, until a segment
crosses a column's start (the grid has ended). The columns are read one after the other,
each under its heading, whatever the trade, the headings' words or the lists' length.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from core.resume.sections import heading_of

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_SLACK = 2.0  # points a column's left edge may wander
_MAX_GRIDS = 8  # grids a page may hold: a bound on the work a crafted page can cause


def _is_heading(seg: Segment) -> bool:
    found = heading_of(seg.text)
    return found is not None and not found.rest


def _heading_row(segs: list[Segment]) -> list[Segment] | None:
    """The topmost row of two or more headings side by side; one sweep down the headings."""
    heads = sorted((s for s in segs if _is_heading(s)), key=lambda s: s.top)
    n = 0
    while n < len(heads):
        height = heads[n].bottom - heads[n].top or 1.0
        stop = n + 1
        while stop < len(heads) and heads[stop].top - heads[n].top < 0.3 * height:
            stop += 1
        row = heads[n:stop]
        if len(row) >= 2 and len({round(h.x0) for h in row}) == len(row):
            return sorted(row, key=lambda s: s.x0)
        n = stop
    return None


def _one_grid(segs: list[Segment], row: list[Segment]) -> tuple[list[list[Segment]], list[Segment]]:
    """What stands above the heading row and each column under its heading; and the
    segments after the grid ends."""
    starts = [h.x0 for h in row]
    top = min(h.top for h in row)
    heads = {id(h) for h in row}
    others = [s for s in segs if id(s) not in heads]
    above = [s for s in others if s.top < top - _SLACK]
    columns: list[list[Segment]] = [[h] for h in row]
    after: list[Segment] = []
    below = sorted((s for s in others if s.top >= top - _SLACK), key=_at)
    for seg in below:
        at = bisect_right(starts, seg.x0 + _SLACK) - 1
        crosses = at < 0 or (at + 1 < len(starts) and seg.x1 > starts[at + 1] - _SLACK)
        if after or crosses:
            after.append(seg)
        else:
            columns[at].append(seg)
    return [above, *columns], after


def _at(seg: Segment) -> tuple[float, float]:
    return seg.top, seg.x0


def grid_blocks(segs: list[Segment]) -> list[list[Segment]] | None:
    """The segments as blocks: what stands above each row of headings, each column under
    its heading, and what follows the last grid; None when no row of headings stands side
    by side."""
    blocks: list[list[Segment]] = []
    rest = segs
    for _ in range(_MAX_GRIDS):
        row = _heading_row(rest)
        if row is None:
            break
        found, rest = _one_grid(rest, row)
        blocks += found
    if not blocks:
        return None
    return [b for b in [*blocks, rest] if b]
