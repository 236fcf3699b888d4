"""A job's bullets printed in two columns, read column by column.

Some themes flow an entry's bullets into two columns (CSS `column-count: 2`): the PDF's rows
then cross both columns, and read row by row the first line of one bullet runs into the first
line of another ("... on a 32-bed · Performed wound care ..."). Such a block is recognised by
its glyphs, never by its words: a row that starts with a bullet glyph and holds a second glyph
far to its right, each column's lines starting at one left edge, no word across the second
column's edge, at the tight leading of one list. Only those rows are cut; the entry's title
row above (its dates set to the right) and anything after the list are left as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.resume.text import BULLETS

if TYPE_CHECKING:
    from core.resume.layout_words import Segment, Word

_STANDALONE = frozenset("-–*")  # a bullet only as a word of its own: "2019 - 2021" has one too
_GLUED = frozenset(BULLETS) - _STANDALONE
_EDGE = 1.5  # points: the lines of one column start this close to its edge
_MIN_COLUMN_EM = 8.0  # the first column is at least this many line heights wide
_INDENT_EM = 3.0  # a wrapped line may be indented under its first line's text by this much
_LEADING = 0.9  # rows of one list stand less than this many line heights apart
# the second column's glyph stands this far (in line heights) from the word before it: wider
# than a word space, so a "·" between two phrases of one sentence is no column
_GUTTER_EM = 0.6


def _glyph(word: Word) -> bool:
    text = word.text
    return text in _STANDALONE or (bool(text) and text[0] in _GLUED)


def _height(row: Segment) -> float:
    return max(w.bottom - w.top for w in row.words) or 1.0


def _rows(block: list[Segment]) -> list[Segment]:
    """The block's words as rows (on one baseline), top to bottom, each left to right."""
    from core.resume.layout_words import Segment

    rows: list[Segment] = []
    for seg in sorted(block, key=lambda s: (s.bottom, s.x0)):
        if rows and abs(rows[-1].bottom - seg.bottom) <= 0.45 * _height(rows[-1]):
            rows[-1].words.extend(seg.words)
        else:
            rows.append(Segment(list(seg.words)))
    for row in rows:
        row.words.sort(key=lambda w: w.x0)
    return rows


def _second_glyph(row: Segment) -> float | None:
    """The left edge of the second column in a row of two bullets, or None."""
    first = row.words[0]
    if not _glyph(first):
        return None
    wide, gutter = _MIN_COLUMN_EM * _height(row), _GUTTER_EM * _height(row)
    found = [
        b.x0
        for a, b in zip(row.words, row.words[1:], strict=False)
        if _glyph(b) and b.x0 - first.x0 > wide and b.x0 - a.x1 > gutter
    ]
    return found[0] if len(found) == 1 else None


def _side_starts_at(words: list[Word], edge: float, height: float) -> bool:
    return not words or edge - _EDGE <= words[0].x0 <= edge + _INDENT_EM * height


def _fits(row: Segment, left: float, right: float, height: float) -> bool:
    """A row of the two-column list: each side starts at its column's edge (or a hanging
    indent), no word crosses the second column's edge, in the list's type size."""
    if abs(_height(row) - height) > 0.25 * height:
        return False
    if any(w.x0 < right - _EDGE < w.x1 - _EDGE for w in row.words):
        return False
    lefts = [w for w in row.words if w.x0 < right - _EDGE]
    rights = [w for w in row.words if w.x0 >= right - _EDGE]
    if any(_glyph(w) and abs(w.x0 - right) > _EDGE for w in rights[:1]):
        return False
    return _side_starts_at(lefts, left, height) and _side_starts_at(rights, right, height)


def _close(upper: Segment, lower: Segment) -> bool:
    return lower.top - upper.bottom < _LEADING * _height(upper)


def _run(rows: list[Segment], at: int, right: float) -> tuple[int, int] | None:
    """The rows [start, end) of the two-column list around the pair row `at`."""
    left, height = rows[at].words[0].x0, _height(rows[at])
    start = at
    while start > 0 and _close(rows[start - 1], rows[start]):
        if not _fits(rows[start - 1], left, right, height):
            break
        start -= 1
    while start < at and not _glyph(rows[start].words[0]):
        start += 1  # the list's first row starts with its first bullet
    end = at + 1
    while end < len(rows) and _close(rows[end - 1], rows[end]):
        if not _fits(rows[end], left, right, height):
            break
        end += 1
    run = rows[start:end]
    if not all(_fits(r, left, right, height) for r in run):
        return None
    # the second column's edge holds over two rows at least: one row is no column
    return (start, end) if sum(1 for r in run if _side(r, right, False)) >= 2 else None


def bullet_columns(block: list[Segment]) -> list[list[Segment]]:
    """The block cut where a list of bullets runs in two columns: the rows above, the list's
    left column, its right column, then the rest (cut again where it holds another list)."""
    from core.resume.layout_words import Segment

    rows = _rows(block)
    for at, row in enumerate(rows):
        right = _second_glyph(row)
        if right is None:
            continue
        found = _run(rows, at, right)
        if found is None:
            continue
        start, end = found
        run_ids = {id(w) for r in rows[start:end] for w in r.words}
        above = [s for s in block if s.bottom <= rows[start].top + 0.5 * _height(row)]
        above = [s for s in above if not any(id(w) in run_ids for w in s.words)]
        first = [Segment(ws) for r in rows[start:end] if (ws := _side(r, right, True))]
        second = [Segment(ws) for r in rows[start:end] if (ws := _side(r, right, False))]
        taken = {id(s) for s in above} | {
            id(s) for s in block if any(id(w) in run_ids for w in s.words)
        }
        rest = [s for s in block if id(s) not in taken]
        return [part for part in (above, first, second) if part] + bullet_columns(rest)
    return [block] if block else []


def _side(row: Segment, right: float, left_side: bool) -> list[Word]:
    return [w for w in row.words if (w.x0 < right - _EDGE) == left_side]
