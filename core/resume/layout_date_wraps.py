"""A date range that wrapped in a narrow column of dates: "Jan 2020 –" over "Present".

moderncv sets an entry's dates right-aligned in its narrow hints column; a range too wide for
it breaks after the dash, and its end stands on the row of the entry's first bullet, which
then reads "Present | Lead the digitisation of ...". The end joins its range again when it
stands right under it, aligned with it at either edge (an office table's date cell and tucv's
cell of places and dates are left-aligned), and the two make one range and nothing more.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from core.resume.dates import find_dates

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_ALIGN = 1.5  # points: right-aligned lines end this close together
_REACH = 2.0  # line heights: how far below the range's start its end may stand


def _end_of(start: Segment, block: list[Segment]) -> Segment | None:
    """The segment under `start` that ends the range `start` leaves open, or None."""
    height = start.bottom - start.top or 1.0
    for seg in block:
        if (
            seg is not start
            and 0 < seg.top - start.top <= _REACH * height
            and (abs(seg.x1 - start.x1) < _ALIGN or abs(seg.x0 - start.x0) < _ALIGN)
            and len(seg.words) <= 2
        ):
            first, last, rest = find_dates(f"{start.text} {seg.text}")
            if first and last and not rest.strip():
                return seg
    return None


def wrapped_range_ends(side: list[Segment]) -> list[Segment]:
    """The lines of `side` that end a range wrapped on the line above ("Present" under
    "Apr 2019 –"): lines of dates, though they hold no year."""
    return [
        end
        for seg in side
        if seg.text.endswith(("–", "-", "—")) and find_dates(seg.text)[0]
        if (end := _end_of(seg, side)) is not None
    ]


def join_wrapped_ranges(block: list[Segment]) -> list[Segment]:
    """The block's segments with each range's wrapped end joined to its start."""
    ends: dict[int, Segment] = {}
    for seg in block:
        text = seg.text
        if text.endswith(("–", "-", "—")) and find_dates(text)[0] and find_dates(text)[1] is None:
            end = _end_of(seg, block)
            if end is not None:
                ends[id(seg)] = end
    if not ends:
        return block
    dropped = {id(e) for e in ends.values()}
    return [
        _set_back(seg, ends[id(seg)]) if id(seg) in ends else seg
        for seg in block
        if id(seg) not in dropped
    ]


def _set_back(start: Segment, end: Segment) -> Segment:
    """`start` with the words of `end` set on its own line after it, a word space apart."""
    first, last = start.words[0], start.words[-1]
    space = 0.3 * (last.bottom - last.top)
    x = last.x1 + space
    moved = []
    for word in end.words:
        width = word.x1 - word.x0
        moved.append(replace(word, x0=x, x1=x + width, top=first.top, bottom=first.bottom))
        x += width + space
    return type(start)(start.words + moved)
