"""Paragraphs set a space apart, whose lines wrap at the tight leading: "BLS Certification,
American Heart" over "Association".

A word processor often puts space after every paragraph (a title, an employer, a date, each
item of a list) and sets a paragraph's own lines at the tight leading. In such a block the
leading tells a wrapped line from the next paragraph where the words cannot: a title that
wrapped ("Class Teacher, St. Patrick's National" over "School, Dublin  Sep 2018") neither
ends with a comma nor goes on in lower case, and a wrapped list item is its list's longest
line, so it sets the block's edge itself. The block shows its spacing when every pair of
lines at the tight leading is a wrap (the first line's next word would not have fitted)
and lines of single-line paragraphs stand a paragraph space apart; a block whose lines
stand at the tight leading without wrapping (a list set solid) is left to the other rules.
"""

from __future__ import annotations

from itertools import pairwise

from core.resume.layout_words import Segment
from core.resume.layout_wraps import wrapped

_TIGHT = 1.5  # a paragraph's own lines: at most this many line heights top to top
_SPACED = (1.8, 3.0)  # the next paragraph's line, set a space apart (a heading set further)
_MIN_SPACED = 2  # pairs a paragraph space apart that show the block's spacing


def _pitch(upper: list[Segment], lower: list[Segment]) -> float:
    return (lower[0].top - upper[0].top) / (upper[0].bottom - upper[0].top or 1.0)


def _wrap(upper: list[Segment], lower: list[Segment], right_edge: float) -> bool:
    line, nxt = upper[-1], lower[0]
    height = line.bottom - line.top or 1.0
    return (
        len(upper) == 1
        and abs((nxt.bottom - nxt.top) - height) < 0.1 * height
        and line.words[-1].font == nxt.words[0].font
        and nxt.x0 - 2 < line.x0 + height  # under the line (a hanging indent at most)
        and wrapped(line, right_edge, nxt)
    )


def spaced_wraps(rows: list[list[Segment]], right_edge: float) -> set[int]:
    """The indices of rows that wrap into the next row, in a block whose paragraphs are set
    a space apart; empty for a block that does not show such spacing."""
    tight: list[int] = []
    spaced = 0
    for n, (upper, lower) in enumerate(pairwise(rows)):
        pitch = _pitch(upper, lower)
        if pitch < _TIGHT:
            if not _wrap(upper, lower, right_edge):
                return set()  # lines set solid: the leading tells nothing
            tight.append(n)
        elif _SPACED[0] <= pitch <= _SPACED[1]:
            spaced += 1
    return set(tight) if spaced >= _MIN_SPACED else set()
