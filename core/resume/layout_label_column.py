"""A label column set close beside its content column on one row.

CV classes typeset a narrow column of labels, right-aligned against a fixed edge ("Job-related
skills", "Key skills", a date range), and the content column starts at one left edge a little
further on: on a row the gap between the two is only about an em, as wide as a stretched word
space, so the label runs into the content ("Key skills Archival Description, ..."). Where a
gap of half a line height or more opens exactly at both edges (the label column's right edge,
shared by other lines' ends, and the content's left edge, shared by other lines' starts), the
line is two fields.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_EDGE = 1.0  # points: the ends (or starts) of one column's lines stand this close together
_MIN_LINES = 2  # other lines that end (start) at the edge for it to be a column's
_MIN_GAP = 0.5  # line heights: wider than an ordinary word space


def _count(values: list[float], x: float) -> int:
    return sum(1 for v in values if abs(v - x) <= _EDGE)


def split_label_columns(segs: list[Segment]) -> list[Segment]:
    """The segments, each cut where a label column's right edge meets the content's left."""
    ends = [s.x1 for s in segs]
    starts = [s.x0 for s in segs]
    out: list[Segment] = []
    for seg in segs:
        height = seg.bottom - seg.top or 1.0
        cut = 0
        for n, (before, word) in enumerate(pairwise(seg.words), start=1):
            if (
                word.x0 - before.x1 >= _MIN_GAP * height
                and _count(ends, before.x1) >= _MIN_LINES
                and _count(starts, word.x0) >= _MIN_LINES
                and any(c.isalpha() for w in seg.words[cut:n] for c in w.text)
            ):
                out.append(type(seg)(seg.words[cut:n]))
                cut = n
        out.append(type(seg)(seg.words[cut:]) if cut else seg)
    return out
