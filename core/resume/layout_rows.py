"""Rows of a grid of entries: a narrow cell of dates beside a wider cell of text.

When the text is too long for its cell it wraps ("2014 | Licence Sciences pour la Santé,
parcours" over "Optique"), and the wrapped end stands alone on the next line, where the
date cell is empty: read line by line, it becomes a value of its own (a school). And a
theme may stack an entry's start year over its end year in the date cell ("2011" over
"2014"), each beside one line of the entry: read line by line, each line is an entry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment


def _continues(line: Segment, nxt: Segment, right_edge: float) -> bool:
    """`nxt` is the wrapped end of `line`: set under it at the same left edge, at the tight
    leading of one paragraph, in the same font, a few words without digits, after a line
    that stops mid-phrase, and its first word would not have fitted on `line` before the
    block's right edge."""
    height = line.bottom - line.top or 1.0
    first = nxt.words[0]
    text = nxt.text
    return (
        abs(nxt.x0 - line.x0) < 2
        and 0 <= nxt.top - line.bottom < 0.5 * height
        and line.words[-1].font == first.font
        and abs((nxt.bottom - nxt.top) - height) < 0.1 * height
        and len(line.words) >= 4
        # cut mid-phrase: a title or a name ends on a capitalised word, a wrap need not
        and (line.words[-1].text[:1].islower() or line.text.endswith((",", "&", "-")))
        and len(nxt.words) <= 3
        and not any(c.isdigit() for c in text)
        and not text.isupper()
        and right_edge - line.x1 < (first.x1 - first.x0) + 1.5 * height
    )


def join_wrapped_last_cells(rows: list[list[Segment]], right_edge: float) -> list[list[Segment]]:
    """Rows of cells with each wrapped last cell's end joined back to it."""
    from core.resume.layout_words import Segment

    out: list[list[Segment]] = []
    for row in rows:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) > 1
            and len(row) == 1
            and _continues(prev[-1], row[0], right_edge)
        ):
            prev[-1] = Segment(prev[-1].words + row[0].words)
            continue
        out.append(row)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")


def _year_cell(row: list[Segment]) -> int | None:
    """The year a row's first cell holds alone, when the row has a text cell beside it."""
    if len(row) < 2 or not _YEAR.fullmatch(row[0].text):
        return None
    return int(row[0].text)


def _stacked(upper: list[Segment], lower: list[Segment]) -> bool:
    """Two year cells of one column, one right under the other, the lower no earlier."""
    a, b = _year_cell(upper), _year_cell(lower)
    cell, under = upper[0], lower[0]
    height = cell.bottom - cell.top or 1.0
    return (
        a is not None
        and b is not None
        and a <= b
        and abs(cell.x0 - under.x0) < 1.0
        and 0 <= under.top - cell.bottom < 0.5 * height
    )


def join_stacked_years(rows: list[list[Segment]]) -> list[list[Segment]]:
    """A start year over its end year, alone as a pair in their column, make one range
    beside the entry's first line; the second line keeps its text cell only. Three or more
    stacked years are a list of one-year entries, and stay as they are."""
    from core.resume.layout_words import Segment, Word

    out: list[list[Segment]] = []
    n = 0
    while n < len(rows):
        row = rows[n]
        pair = n + 1 < len(rows) and _stacked(row, rows[n + 1])
        before = bool(out) and _stacked(out[-1], row)
        after = n + 2 < len(rows) and _stacked(rows[n + 1], rows[n + 2])
        if pair and not before and not after:
            start = row[0].words[-1]
            space = (start.bottom - start.top) / 2  # a word space either side of the dash
            x = start.x1 + space
            dash = Word("–", x, x, start.top, start.bottom, start.font)
            joined = Segment([*row[0].words, dash, *rows[n + 1][0].words])
            out.append([joined, *row[1:]])
            out.append(rows[n + 1][1:])
            n += 2
            continue
        out.append(row)
        n += 1
    return out
