"""Cells of a grid of tags whose text wrapped onto a second line.

A browser lays skills out as chips in a grid; a chip too wide for its cell wraps
("Patient" over "Education", "Clinical" over "Documentation"), set at the tight leading of
one paragraph while the grid's rows stand well apart. Read line by line, each half looks
like an item of its own, and "Education" even like a heading.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment, Word

_TIGHT = 0.35  # gap between two lines of one cell, in line heights
_LOOSE = 0.9  # gap between two rows of the grid, in line heights


def _height(seg: Segment) -> float:
    return seg.bottom - seg.top or 1.0


class _Boxes:
    """The block's segments by their top, with their boxes computed once: a neighbour is
    only looked for within two line heights (farther is as good as none)."""

    def __init__(self, block: list[Segment]) -> None:
        self.items = sorted(((s.top, s.bottom, s.x0, s.x1, s) for s in block), key=lambda t: t[0])
        self.tops = [t[0] for t in self.items]

    def neighbour(self, seg: Segment, below: bool) -> Segment | None:
        """The nearest segment straight above or below `seg` (overlapping it across)."""
        top, bottom, x0, x1 = seg.top, seg.bottom, seg.x0, seg.x1
        reach = 2 * (bottom - top or 1.0)
        lo = bisect_left(self.tops, (bottom if below else top - reach - 50) - 0.01)
        hi = bisect_right(self.tops, bottom + reach if below else top)
        best: tuple[float, Segment] | None = None
        for s_top, s_bottom, s_x0, s_x1, s in self.items[lo:hi]:
            if s is seg or not (s_x0 < x1 and x0 < s_x1):
                continue
            if below and s_top >= bottom and (best is None or s_top < best[0]):
                best = (s_top, s)
            above = not below and s_bottom <= top and top - s_bottom <= reach
            if above and (best is None or s_bottom > best[0]):
                best = (s_bottom, s)
        return best[1] if best else None


def _loose(upper: Segment | None, lower: Segment | None, height: float) -> bool:
    return upper is None or lower is None or lower.top - upper.bottom >= _LOOSE * height


def _limit(seg: Segment, block: list[Segment], right_edge: float, pitch: float) -> float:
    """How far the cell of `seg` reaches: to the next cell on its row, or the block's edge."""
    row = [
        s.x0 for s in block if s.x0 > seg.x1 and abs(s.bottom - seg.bottom) < 0.45 * _height(seg)
    ]
    if row:
        return min(row)
    # the row's last cell is as wide as the grid's other cells, though nothing stands right
    return min(right_edge, seg.x0 + pitch) if pitch else right_edge


def _new_font(seg: Segment, other: Segment | None) -> bool:
    return other is not None and other.words[0].font != seg.words[-1].font


def _pitch(block: list[Segment]) -> float:
    """The narrowest step between the left edges of two cells side by side on a row."""
    rows: dict[int, list[float]] = {}
    for seg in block:
        rows.setdefault(round(seg.bottom), []).append(seg.x0)
    steps = [b - a for xs in rows.values() for a, b in pairwise(sorted(xs)) if b - a > 1]
    return min(steps, default=0.0)


def _runs_beside(seg: Segment, block: list[Segment]) -> bool:
    """Running text (more than three words) or a value with digits ("C1") stands right of
    `seg` on its row: `seg` labels a value of its own, as curve's "Languages" over
    "Certificates" and europecv's "English" over "Afrikaans" do; a chip's wrapped end has at
    most other chips beside it."""
    return any(
        s.x0 > seg.x1
        and abs(s.bottom - seg.bottom) < 0.45 * _height(seg)
        and (len(s.words) > 3 or any(c.isdigit() for c in s.text))
        for s in block
    )


def grid_starts(lines: list[list[Word]], n: int, height: float) -> list[float]:
    """Where cells of a grid start on the lines just above and below line `n`: the left
    edge of a word there that follows a gap wider than a line height. A word of line `n`
    that starts at such an edge, after a gap of half a line height or more (never a word
    space), starts a cell of its own ("Psychosocial   Clinical   Genomic" over "Support
    Genetics   Testing")."""
    starts: list[float] = []
    for k in (n - 1, n + 1):
        if not 0 <= k < len(lines):
            continue
        other = lines[k]
        if abs(other[0].bottom - lines[n][0].bottom) > 2.5 * height:
            continue
        starts += [b.x0 for a, b in pairwise(other) if b.x0 - a.x1 > height]
    return starts


def cell_wraps(block: list[Segment]) -> list[tuple[Segment, Segment]]:
    """Pairs (first line, second line) of a cell's text: the second line sits right under the
    first at a paragraph's leading, in the same font, is a word or two, did not fit after
    the first line within its cell, and the lines above and below the pair stand apart as
    the grid's rows do."""
    if len(block) < 3:
        return []
    right_edge = max(s.x1 for s in block)
    boxes = _Boxes(block)
    pitch = _pitch(block)
    pairs: list[tuple[Segment, Segment]] = []
    used: set[int] = set()
    for first in sorted(block, key=lambda s: s.top):
        height = _height(first)
        second = boxes.neighbour(first, below=True)
        if second is None or id(first) in used or id(second) in used:
            continue
        words = second.words
        if (
            second.top - first.bottom >= _TIGHT * height
            or words[0].font != first.words[-1].font
            or abs(_height(second) - height) > 0.1 * height
            or len(words) > 2
            or len(first.words) > 4
            or any(c.isdigit() for c in second.text + first.text)
            or not all(w.text[:1].isalpha() for w in words)
        ):
            continue
        if not _loose(boxes.neighbour(first, below=False), first, height):
            continue
        below = boxes.neighbour(second, below=True)
        # a heading in a font of its own under the grid's last row is no row of the grid
        if not _loose(second, below, height) and not _new_font(second, below):
            continue
        if _runs_beside(second, block):
            continue  # a label beside its value ("Certificates | • Traductora ..."): no chip
        limit = _limit(first, block, right_edge, pitch)
        if first.x1 + (words[0].x1 - words[0].x0) + 0.2 * height <= limit:
            continue  # the word would have fitted: a line of its own
        if first.x1 > limit - 0.5 and abs(first.x1 - second.x1) > 1:
            continue  # the longest item of a left-aligned list sets the edge itself
        pairs.append((first, second))
        used.update((id(first), id(second)))
    return pairs
