"""Section headings in a margin, each beside its section but not on its first line.

Some themes print a page as a table: one row per section, its heading in a narrow left cell
(centred on the row, or set a little below its first line) and its content in the right
cell; the dates of entries may sit in the same margin. Read as two columns, every heading
comes before all the content; read row by row, a centred heading lands inside its section.
Here the content is cut into blocks at wide vertical gaps, and each margin line joins the
block it stands beside: headings open the block, other margin lines (dates) follow its
first row, each on a line of its own. A margin line beside no block (a heading of an empty
section, a date under a one-line entry) is read where it stands.
"""

from __future__ import annotations

import re
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}/\d{2,4}")
_HEAD_RATIO = 1.1  # a margin heading is set at least this much taller than the content
_BLOCK_GAP = 1.2  # a vertical gap of this many body lines parts two blocks of content


def _height(seg: Segment) -> float:
    return seg.bottom - seg.top


def _heading(seg: Segment, body: float) -> bool:
    return _height(seg) >= _HEAD_RATIO * body and len(seg.words) <= 4


def _heads(left: list[Segment], body: float) -> list[Segment] | None:
    """The margin's headings, when every other margin line is a date or stands above the
    first heading (contact lines beside a name, as moderncv's fancy style sets them); else
    None."""
    first = min((s.top for s in left if _heading(s, body)), default=0.0)
    heads: list[Segment] = []
    for seg in left:
        if _DATE_LIKE.search(seg.text) or (seg.bottom <= first and not _heading(seg, body)):
            continue
        if not _heading(seg, body):
            return None  # body text in the margin: a sidebar, not a margin of headings
        if not any(c.isalpha() for c in seg.text):
            return None
        heads.append(seg)
    return heads


def _blocks(right: list[Segment], body: float) -> list[list[Segment]]:
    """The content cut where the gap to the next line is wider than a line or so."""
    blocks: list[list[Segment]] = []
    bottom = 0.0
    for seg in sorted(right, key=lambda s: (s.top, s.x0)):
        if not blocks or seg.top - bottom > _BLOCK_GAP * body:
            blocks.append([])
        blocks[-1].append(seg)
        bottom = max(bottom, seg.bottom) if len(blocks[-1]) > 1 else seg.bottom
    return blocks


def _overlap(seg: Segment, block: list[Segment]) -> float:
    top = min(s.top for s in block)
    bottom = max(s.bottom for s in block)
    return min(seg.bottom, bottom) - max(seg.top, top)


def _joined(heads: list[Segment]) -> list[Segment]:
    """A heading wrapped over two lines of its cell is one heading."""
    from core.resume.layout_words import Segment

    out: list[Segment] = []
    for seg in sorted(heads, key=lambda s: s.top):
        if out and seg.top - out[-1].bottom < 0.5 * _height(seg):
            out[-1] = Segment(out[-1].words + seg.words)
        else:
            out.append(seg)
    return out


def margin_sections(left: list[Segment], right: list[Segment]) -> list[list[Segment]] | None:
    """The two sides read section by section, or None when the left side is no margin of
    headings (at least two headings set larger than the content, and nothing but dates
    besides) beside a longer right side."""
    if not left or len(right) < 2 * len(left):
        return None
    body = median(_height(s) for s in right) or 1.0
    heads = _heads(left, body)
    if heads is None or len(heads) < 2:
        return None
    blocks = _blocks(right, body)
    beside: dict[int, list[Segment]] = {}
    alone: list[Segment] = []
    for seg in left:
        overlaps = [(_overlap(seg, b), n) for n, b in enumerate(blocks)]
        best, n = max(overlaps)
        if best > 0:
            beside.setdefault(n, []).append(seg)
        else:
            alone.append(seg)
    items: list[tuple[float, list[list[Segment]]]] = [(s.top, [[s]]) for s in alone]
    for n, block in enumerate(blocks):
        margin = beside.get(n, [])
        head_ids = {id(h) for h in heads}
        opening = _joined([s for s in margin if id(s) in head_ids])
        dates = [s for s in margin if id(s) not in head_ids]
        first = min(s.top for s in block)
        row = [s for s in block if s.top < first + 0.5 * body]
        rest = [s for s in block if not any(s is r for r in row)]
        # a date beside the first row reads under it, as its own line, never as a cell; with
        # none the block stays one, so a title wrapped under its first row joins it
        parts = [[h] for h in opening] + [row] + [[d] for d in dates] + ([rest] if rest else [])
        if not dates:
            parts = [[h] for h in opening] + [block]
        items.append((min([first, *(h.top for h in opening)]), parts))
    items.sort(key=lambda item: item[0])
    return [part for _, parts in items for part in parts]
