"""A table cell whose text wrapped, in a row of cells: "Pusat Layanan Juru" over "Bahasa Isyarat".

An office suite lays a table out row by row; a cell too narrow for its text wraps it, and
the wrapped end stands alone on the next line under the cell it belongs to, beside empty
cells. Read line by line it becomes a line of its own (an employer "Bahasa Isyarat", a
degree cut to "BSc Computer"). It joins its cell again when it stands right under that
cell's left edge, at the paragraph's tight leading, in the cell's font and size, and the
cell ran to the next cell's edge (its first word would not have fitted there); a sentence
wrapped in a cell of running text is left to the soft-wrap rules. A cell in several fonts
("High School Diploma" bold, "| Lincoln Park High" plain) is read as one.
"""

from __future__ import annotations

from core.resume.layout_words import Segment
from core.resume.layout_wraps import wrapped

_MAX_WORDS = 5  # "Distribution Co. | Joliet, IL": the end of a wrapped cell is short
_ENDS = (".", "!", "?", ":", ";")


def _wrapped_cell(prev: list[Segment], nxt: Segment, right_edge: float) -> int | None:
    """The index of the cell of row `prev` whose wrapped end `nxt` is, or None. The first
    cell is left to the rules for a wrapped title (layout_wraps.merge_wrapped_fields)."""
    for i, cell in enumerate(prev[1:], start=1):
        if abs(nxt.x0 - cell.x0) >= 2:
            continue
        height = cell.bottom - cell.top or 1.0
        last = i  # runs of one paragraph, parted only where the font changes
        while last + 1 < len(prev) and prev[last + 1].x0 - prev[last].x1 < height:
            last += 1
        end = prev[last]
        limit = prev[last + 1].x0 if last + 1 < len(prev) else right_edge
        if limit - end.x1 < 0.5:  # the last cell sets the edge itself: nothing shows a wrap
            continue
        if (
            0 <= nxt.top - cell.bottom < 0.5 * height
            and end.words[-1].font == nxt.words[0].font
            and abs((nxt.bottom - nxt.top) - height) < 0.1 * height
            and not nxt.text.isupper()  # a heading under the row
            # a cell's few last words, not a sentence's end or the next item of a list
            and len(nxt.words) <= _MAX_WORDS
            and not end.text.endswith(_ENDS)
            and not nxt.text.endswith(_ENDS)
            and nxt.x1 < limit
            and wrapped(end, limit, nxt)
        ):
            return last
    return None


def join_wrapped_cells(rows: list[list[Segment]], right_edge: float) -> list[list[Segment]]:
    """Rows of cells with each wrapped cell's end, alone on the next line, joined back."""
    out: list[list[Segment]] = []
    for row in rows:
        prev = out[-1] if out else None
        found = _wrapped_cell(prev, row[0], right_edge) if prev and len(row) == 1 else None
        if prev is not None and found is not None:
            prev[found] = Segment(prev[found].words + row[0].words)
            continue
        out.append(row)
    return out
