"""Reading order from word geometry: lines, gaps inside a line, columns and sidebars.

Designed resumes put a sidebar beside the main column, right-align dates and places, and
lay skills out in grids; the PDF's own text order often interleaves all of these. Here the
words of a page (boxes from the PDF, in points) become lines; a line is cut where a wide gap
opens (a right-aligned date, a grid cell); a vertical gutter that no line crosses, between
top and bottom of both sides, makes two columns read one after the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from core.resume.heading_grid import grid_blocks
from core.resume.layout_bands import (
    band_rest,
    dated_first_row,
    grid_under_headings,
    headed_sidebar,
    headings_between_rows,
)
from core.resume.layout_bullet_columns import bullet_columns
from core.resume.layout_cell_wraps import join_wrapped_cells
from core.resume.layout_cells import grid_starts
from core.resume.layout_date_wraps import join_wrapped_ranges, wrapped_range_ends
from core.resume.layout_entry_rows import row_blocks, rows_start
from core.resume.layout_font_fields import font_fields
from core.resume.layout_glyphs import unmapped_bullets
from core.resume.layout_label_column import split_label_columns
from core.resume.layout_rows import join_stacked_years, join_wrapped_last_cells
from core.resume.layout_running import drop_running_lines
from core.resume.layout_spaced_paragraphs import spaced_wraps
from core.resume.layout_text import join_broken_emails, soft_hyphens
from core.resume.layout_words import Segment, Word
from core.resume.layout_wraps import FIELD_GAP_EM, join_cell_wraps, merge_wrapped_fields, soft_wrap
from core.resume.margin_heads import margin_sections

# the same where the font changes: a bold title set 8pt from its grey employer (0.76 em) is
# two fields; a word space is about a third of an em
_LABEL_GAP_EM = 0.7
# a gap this many times the line's word space, in a line that has word spaces, parts tags
_TAG_GAP_RATIO = 2.5
_MIN_GUTTER = 6.0  # points of empty space between two columns
_MIN_SIDE = 3  # segments each column needs to count as one


def _same_row(last: Word, word: Word, height: float) -> bool:
    """On one baseline and of a like size: a big name beside small contact data is not."""
    other = last.bottom - last.top or 1.0
    similar = max(height, other) / min(height, other) < 1.5
    return similar and abs(last.bottom - word.bottom) <= 0.45 * min(height, other)


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines by their vertical overlap, each line left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        height = max(word.bottom - word.top, 1.0)
        for row in reversed(rows[-3:]):
            last = row[-1]
            if _same_row(last, word, height):
                row.append(word)
                break
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _label(words: list[Word]) -> bool:
    """Words that can label a cell: a bullet or a list number is no label."""
    return any(c.isalpha() for w in words for c in w.text)


def _new_font(before: Word, word: Word) -> bool:
    return bool(before.font) and bool(word.font) and before.font != word.font


def _tag_gap(before: Word, word: Word, gap: float, space: float, height: float) -> bool:
    """A gap between two tags of a row ("Pix4D   Agisoft Metashape   QGIS"): well past the
    line's own word space, between two words of text (no bullet, icon, label or letter of a
    letter-spaced name either side). A row with no word space of its own ("Lesson
    Differentiated", two chips of a grid) is parted where a gap is wider than a line height,
    which no word space is."""
    if space >= height:
        space = 0.3 * height  # an ordinary word space, to compare the gap with
    return (
        space < 0.4 * height
        and gap > _LABEL_GAP_EM * height
        and gap > _TAG_GAP_RATIO * space
        and _tag_words(before, word)
    )


def _tag_words(before: Word, word: Word) -> bool:
    """Two words of text either side of a gap: no bullet, icon or spaced-out letter."""
    return (
        len(before.text) > 1
        and len(word.text) > 1
        and before.text[-1:].isalnum()
        and word.text[:1].isalnum()
    )


def segments(words: list[Word]) -> list[Segment]:
    """Lines cut at wide gaps, top to bottom."""
    out: list[Segment] = []
    lines = _lines(words)
    for n, line in enumerate(lines):
        height = median(w.bottom - w.top for w in line) or 1.0
        aligned = grid_starts(lines, n, height)
        # the word space of each font on the line: a letter-spaced heading ("K E Y  S K I L
        # L S") has wide gaps of its own, however tight the main column's text beside it
        spaces: dict[str, float] = {}
        for a, b in pairwise(line):
            if a.font == b.font and (gap := b.x0 - a.x1) > 0:
                spaces[a.font] = min(gap, spaces.get(a.font, gap))
        current = [line[0]]
        for word in line[1:]:
            gap = word.x0 - current[-1].x1
            # a bold label in a cell beside its value ("Languages  English, Tamil"): a
            # narrower gap where the font changes
            if (
                gap > FIELD_GAP_EM * height
                or (
                    gap > _LABEL_GAP_EM * height
                    and _new_font(current[-1], word)
                    and _label(current)
                )
                or (
                    current[-1].font == word.font
                    and _tag_gap(current[-1], word, gap, spaces.get(word.font, gap), height)
                )
                or (
                    gap > 0.5 * height
                    and _tag_words(current[-1], word)
                    and any(abs(word.x0 - x) < 1.0 for x in aligned)
                )
            ):
                out.append(Segment(current))
                current = [word]
            else:
                current.append(word)
        out.append(Segment(current))
    return split_label_columns(out)


def _crossed(segs: list[Segment], left: list[Segment], right: list[Segment], edge: float) -> bool:
    """Whether a segment crosses the gutter while both columns run beside each other."""
    if not left or not right:
        return any(s.x1 > edge and s.x0 <= edge for s in segs)
    top = max(min(s.top for s in left), min(s.top for s in right))
    bottom = min(max(s.bottom for s in left), max(s.bottom for s in right))
    return any(s.x1 > edge and s.x0 <= edge and s.bottom > top and s.top < bottom for s in segs)


def _gutter(segs: list[Segment]) -> float | None:
    """An x that splits the segments into two real columns, or None.

    Candidates are the right edges of segments; a split is accepted when each side has a few
    segments, the empty gap is wide enough, and nothing crosses it between the top and the
    bottom of both sides (a full-width header above the columns may).
    """
    best: tuple[int, float] | None = None
    line = median(s.bottom - s.top for s in segs) if segs else 1.0
    for edge in sorted({round(s.x1, 1) for s in segs}):
        split = edge + _MIN_GUTTER / 2
        left = [s for s in segs if s.x1 <= edge + 0.5]
        right = [s for s in segs if s.x0 > edge + _MIN_GUTTER]
        if len(left) < _MIN_SIDE or len(right) < _MIN_SIDE:
            continue
        # a line starting just past the split, inside the gutter's width, is read on the
        # right side by the cut: the sides are checked as the cut will read them
        near = [s for s in segs if split < s.x0 <= edge + _MIN_GUTTER]
        if _crossed(segs, left, right + near, split):
            continue
        # both sides must run side by side for a while, not one below the other
        top = max(min(s.top for s in left), min(s.top for s in right))
        bottom = min(max(s.bottom for s in left), max(s.bottom for s in right))
        if bottom - top < 3 * line:
            continue
        if not (_column_like(right) or headed_sidebar(right)):
            continue
        if _mostly_dates(left) or _mostly_dates(right) or dated_first_row(left, right):
            continue
        if headings_between_rows(left, right):
            continue
        if (
            _label_column(left, right)
            or _side_heads(left, right)
            or grid_under_headings(left, right)
        ):
            continue
        score = min(len(left), len(right))
        # of splits that part the sides alike, the one nearest the right side: a left line
        # that ends inside the gutter stays on the left, not across the split
        if best is None or score >= best[0]:
            best = (score, split)
    return best[1] if best else None


_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}/\d{2,4}")


def _tight(values: list[float]) -> float:
    """The largest share of values within 1.5 points of each other."""
    values = sorted(values)
    best = 0
    for i, v in enumerate(values):
        j = i
        while j + 1 < len(values) and values[j + 1] - v <= 1.5:
            j += 1
        best = max(best, j - i + 1)
    return best / len(values) if values else 0.0


def _column_like(side: list[Segment]) -> bool:
    """Text that starts at one left edge, not right-aligned dates and places."""
    words = [s for s in side if not _DATE_LIKE.search(s.text) and any(c.isalpha() for c in s.text)]
    if len(words) < 2:
        return False
    return _tight([s.x0 for s in side]) >= max(_tight([s.x1 for s in side]), 0.3)


def _mostly_dates(side: list[Segment]) -> bool:
    """A column of dates beside entries belongs to those entries, line by line (a range's
    wrapped end, "Present", is a line of dates too)."""
    dated = sum(1 for s in side if _DATE_LIKE.search(s.text)) + len(wrapped_range_ends(side))
    return dated * 2 >= len(side)


def _label_column(left: list[Segment], right: list[Segment]) -> bool:
    """Right-aligned labels, each on the row of its value ("Dates | 2019 - 2022"): one table,
    read row by row, not a sidebar."""
    beside = sum(1 for s in left if any(abs(s.top - r.top) < 2 for r in right))
    if _tight([s.x1 for s in left]) <= _tight([s.x0 for s in left]):
        # left-aligned short labels and dates, every one on a row of its value (curve's
        # "2014 – 2015 | Máster ...", "Languages | Spanish ..."): a table too
        return beside == len(left) and all(len(s.words) <= 3 for s in left)
    return beside * 2 >= len(left)


def _side_heads(left: list[Segment], right: list[Segment]) -> bool:
    """Section names in a margin, each on the first row of its section and far apart: one
    table read row by row ("Experience | Shift Lead, ..."), not a sidebar read first."""
    line = median(s.bottom - s.top for s in left + right) or 1.0
    left = [s for s in left if s.top >= min(r.top for r in right) - 0.5 * line]  # not the header
    if len(left) < 2 or len(right) <= len(left):
        return False
    if not all(any(abs(s.top - r.top) < 0.5 * line for r in right) for s in left):
        return False
    tops = sorted(s.top for s in left)
    return min(b - a for a, b in pairwise(tops)) >= 1.8 * line


def _same_gutter(segs: list[Segment], split: float) -> bool:
    """The previous page's gutter still holds here (a sidebar may carry only a line over)."""
    left = [s for s in segs if s.x1 <= split]
    right = [s for s in segs if s.x0 > split]
    return bool(left) and bool(right) and not _crossed(segs, left, right, split)


@dataclass
class _Split:
    above: list[Segment]
    left: list[Segment]
    right: list[Segment]
    below: list[Segment]
    rest: list[Segment] = field(default_factory=list)  # read after the columns, on its own
    rows: list[list[Segment]] = field(default_factory=list)  # entries row by row, at the end


def _cut(segs: list[Segment], split: float) -> _Split:
    rest = band_rest(segs, split)
    if rest:
        kept = [s for s in segs if not any(s is r for r in rest)]
        cut = _cut_band(kept, split)
        cut.rest = rest
        return cut
    start = rows_start([s for s in segs if s.x1 <= split], [s for s in segs if s.x0 > split])
    if start is not None:
        top = [s for s in segs if s.top < start]
        sides = any(s.x1 <= split for s in top) and any(s.x0 > split for s in top)
        cut = _cut_band(top, split) if sides else _Split(top, [], [], [])
        cut.rows = row_blocks([s for s in segs if s.top >= start], split)
        return cut
    return _cut_band(segs, split)


def _cut_band(segs: list[Segment], split: float) -> _Split:
    left = [s for s in segs if s.x1 <= split]
    right = [s for s in segs if s.x0 > split]
    middle = [s for s in segs if s.x1 > split and s.x0 <= split]
    # a line across the gutter before both sides run (a full-width bullet over a grid of
    # three lists) ends a single column: it and everything above it read first, in order.
    # The sides start where `_gutter` saw them: clear of the gutter's whole width, so a
    # centred title whose left edge is just past the split does not start the right side
    clear = [s for s in right if s.x0 > split + _MIN_GUTTER / 2] or right
    both = max(min(s.top for s in left), min(s.top for s in clear))
    over = [s.bottom for s in middle if s.bottom <= both]
    if over:
        cut_y = max(over)
        return _Split(
            [s for s in segs if s.top < cut_y],
            [s for s in left if s.top >= cut_y],
            [s for s in right if s.top >= cut_y],
            [s for s in middle if s.top >= cut_y],
        )
    top = min(s.top for s in left + right)
    above = [s for s in middle if s.bottom <= top]
    return _Split(above, left, right, [s for s in middle if s.bottom > top])


def reading_order(segs: list[Segment], depth: int = 0) -> list[list[Segment]]:
    """Blocks of segments in reading order: header, left column, right column, footer."""
    split = _gutter(segs) if depth < 3 and segs else None
    if split is None:
        return (grid_blocks(segs) or [segs]) if segs else []
    cut = _cut(segs, split)
    blocks = reading_order(cut.above, depth + 1) if cut.above else []
    sides = margin_sections(cut.left, cut.right)  # headings in a margin: section by section
    blocks += sides or reading_order(cut.left, depth + 1) + reading_order(cut.right, depth + 1)
    blocks += [cut.below] if cut.below else []
    return blocks + cut.rows + (reading_order(cut.rest, depth + 1) if cut.rest else [])


def _block_text(block: list[Segment]) -> list[str]:
    """One line per text line; fields of a line joined by " | ".

    A line that was wrapped (the next line's first word would not have fitted after it)
    keeps a trailing space, which is how the clean-up recognises a soft wrap.
    """
    block = join_wrapped_ranges(join_cell_wraps(block))
    rows: list[list[Segment]] = []
    for seg in sorted(block, key=lambda s: (s.bottom, s.x0)):
        if rows and _same_row(rows[-1][0].words[0], seg.words[0], seg.bottom - seg.top or 1):
            rows[-1].append(seg)
        else:
            rows.append([seg])
    right_edge = max(s.x1 for s in block)
    for row in rows:
        row.sort(key=lambda s: s.x0)
    rows = merge_wrapped_fields(rows, right_edge)
    rows = join_stacked_years(join_wrapped_last_cells(rows, right_edge))
    rows = join_wrapped_cells(rows, right_edge)
    spaced = spaced_wraps(rows, right_edge)
    out: list[str] = []
    for n, row in enumerate(rows):
        text = " | ".join(font_fields(s) for s in row)
        if n in spaced:
            text += " "
        elif n + 1 < len(rows) and len(row) == 1:
            nxt = rows[n + 1][0]
            height = row[0].bottom - row[0].top or 1.0
            if nxt.top - row[0].bottom < 0.9 * height and soft_wrap(row[0], right_edge, nxt):
                text += " "
        out.append(text)
    return out


def _text(blocks: list[list[Segment]]) -> list[str]:
    parts = [part for block in blocks if block for part in bullet_columns(block)]
    return join_broken_emails([line for part in parts for line in _block_text(part)])


def document_text(pages: list[list[Word]]) -> str:
    """The text of a document, page by page; a sidebar that runs on over pages is read
    as one flow before the main column's."""
    out: list[str] = []
    left: list[list[Segment]] = []
    right: list[list[Segment]] = []
    below: list[list[Segment]] = []
    gutter: float | None = None

    def flush() -> None:
        out.extend(_text(left) + _text(right) + _text(below))
        for flow in (left, right, below):
            flow.clear()

    paged = [segments(words) if words else [] for words in unmapped_bullets(pages)]
    for segs in drop_running_lines(paged):
        split = gutter if gutter is not None and _same_gutter(segs, gutter) else _gutter(segs)
        if split is None or margin_sections(_cut(segs, split).left, _cut(segs, split).right):
            flush()
            gutter = None
            out.extend(_text(reading_order(segs)))
            continue
        cut = _cut(segs, split)
        if gutter is None or abs(split - gutter) > 8 or cut.above:
            flush()
        out.extend(_text([cut.above]))
        left.extend(reading_order(cut.left, 1))
        right.extend(reading_order(cut.right, 1))
        below.extend([cut.below] if cut.below else [])
        gutter = split
        if cut.rest or cut.rows:  # the columns ended on this page: the rest is read on its own
            flush()
            out.extend(_text(cut.rows + reading_order(cut.rest)))
            gutter = None
    flush()
    return soft_hyphens("\n".join(out))
