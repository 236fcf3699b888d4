"""Lines that continue the line above: a wrapped title, a wrapped value, a grid cell's two lines."""

from __future__ import annotations

import re
from itertools import pairwise

from core.resume.layout_cells import cell_wraps
from core.resume.layout_text import SOFT_HYPHEN, hyphen_cut
from core.resume.layout_words import Segment
from core.resume.sections import heading_of

_BULLET_GLYPHS = frozenset("•◦▪▫●○■□◆◇►▸▹‣⁃∙➢➤✓✔☐★☆–-")
_YEARS_FIRST = re.compile(r"^(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|\w)")
FIELD_GAP_EM = 1.6  # a gap wider than this many line heights separates two fields of a line


def wrapped(line: Segment, limit: float, nxt: Segment) -> bool:
    """The next line continues `line`: its first word would not have fitted before `limit`."""
    first = nxt.words[0]
    height = line.bottom - line.top or 1.0
    same_size = abs((nxt.bottom - nxt.top) - height) < 0.25 * height
    return same_size and limit - line.x1 < (first.x1 - first.x0) + 1.5 * height


def _short_tail(line: Segment, nxt: Segment) -> bool:
    """A few words without digits in the same size under a title: the title's wrapped end."""
    height = line.bottom - line.top or 1.0
    same_size = abs((nxt.bottom - nxt.top) - height) < 0.1 * height
    text = nxt.text
    if text.isupper() or heading_of(text) is not None:
        return False  # a section heading under the last entry, not the end of its title
    if nxt.top - line.bottom > 0.6 * height:
        return False  # set a margin below ("Associate Curator" under its employer): a field
    return same_size and len(nxt.words) <= 3 and not any(c.isdigit() for c in text)


def _same_font(line: Segment, nxt: Segment) -> bool:
    return line.words[-1].font == nxt.words[0].font


def soft_wrap(line: Segment, right_edge: float, nxt: Segment) -> bool:
    """A wrapped line: the next word did not fit, and the text reads on (a short list item
    such as "Excel" under "Financial Reporting" fits the geometry too, so it must also
    look like running text)."""
    if not (_same_font(line, nxt) and wrapped(line, right_edge, nxt)):
        return False
    first = nxt.words[0].text
    if _YEARS_FIRST.match(nxt.text):
        return False  # "2009 – 2013 Bachelor of ...": the next entry, dated in its margin
    if hyphen_cut(line.words[-1].text, first):
        return True  # "data ana-" over "lytics.": a word TeX cut at the line end
    word = first.rstrip(",;")  # "Management," running on a wrapped list is still a word
    if line.text.isupper() or (not word.isalpha() and not first[:1].isdigit()):
        return False  # a heading, or an address or a link on the next line
    reads_on = first[:1].islower() or line.text.endswith((",", "&", "-"))
    # ending within a line height of the edge another line sets (not setting it itself, as
    # the longest item of a list does) is a full line of a narrow column
    height = line.bottom - line.top or 1.0
    full = 0.5 < right_edge - line.x1 < height
    return reads_on or full or len(line.words) >= 6


def _tag_row(row: list[Segment]) -> bool:
    """Three or more fields close together ("Fish Filleting  Knife Skills  Customer
    Service"): a row of tags, whose next row is more tags, not a wrapped title's end."""
    height = row[0].bottom - row[0].top or 1.0
    gaps = [b.x0 - a.x1 for a, b in pairwise(row)]
    return len(row) >= 3 and max(gaps) < 3 * height


def _text_start(seg: Segment) -> float:
    """Where a line's text starts: after its bullet, as a hanging indent sets the wrap."""
    if len(seg.words) > 1 and seg.words[0].text in _BULLET_GLYPHS:
        return seg.words[1].x0
    return seg.x0


def _wrapped_value(prev: list[Segment], row: list[Segment], right_edge: float, ends: int) -> bool:
    """'Certificates | Licence (A, B ratings); English Language' over 'Proficiency Level 6'
    at the value's left edge: a label column's value that ran to the edge and wrapped. The
    edge is one other lines reach too (`ends` lines end at the value's end): the longest item
    of a list sets an edge of its own."""
    value, nxt = prev[-1], row[0]
    height = value.bottom - value.top or 1.0
    return (
        ends >= 2
        and len(prev) == 2
        and len(prev[0].words) <= 4  # a label, not a title beside its value
        and len(row) == 1
        and abs(nxt.x0 - _text_start(value)) < 2
        and nxt.x0 > prev[0].x1
        and len(value.words) >= 6  # running text, not a title
        and not value.text.endswith((".", "!", "?", ":"))  # a sentence ended: the next item
        and nxt.top - value.bottom < 0.9 * height
        and _same_font(value, nxt)
        and wrapped(value, right_edge, nxt)
    )


def _cut_word(prev: list[Segment], row: list[Segment]) -> bool:
    """The row's only line carries on a word the last field of `prev` hyphenated at the line
    end ("Terminology Man-" over "agement."), set under that field (a hanging indent may
    start it right of the field's bullet)."""
    value, nxt = prev[-1], row[0]
    height = value.bottom - value.top or 1.0
    return (
        len(row) == 1
        and value.x0 - 2 < nxt.x0 < value.x1
        and 0 <= nxt.top - value.bottom < 0.9 * height
        and hyphen_cut(value.words[-1].text, nxt.words[0].text)
    )


def _label_wrap(prev: list[Segment], row: list[Segment]) -> bool:
    """A label right-aligned in its column that wrapped ("Main activities and" over
    "responsibilities", "Desired employment /" over "Occupational field", as europecv sets
    them): the second line ends where the label ends, left of its value, and reads on."""
    label, nxt = prev[0], row[0]
    height = label.bottom - label.top or 1.0
    return (
        len(row) == 1
        and len(label.words) <= 10
        and abs(nxt.x1 - label.x1) < 1
        and (len(prev) == 1 or nxt.x1 < prev[1].x0)
        and 0 <= nxt.top - label.bottom < 0.5 * height
        and _same_font(label, nxt)
        and (nxt.text[:1].islower() or label.text.endswith((" and", " of", "/", "&")))
    )


def merge_wrapped_fields(rows: list[list[Segment]], right_edge: float) -> list[list[Segment]]:
    """'Degree, Golden Valley | Golden Valley' over 'University': the wrapped part joins
    the field it continues, not the right-aligned place beside it."""
    merged: list[list[Segment]] = []
    ends = [s.x1 for row in rows for s in row]
    for row in rows:
        prev = merged[-1] if merged else None
        at_end = sum(1 for x in ends if prev and abs(x - prev[-1].x1) < 1)
        if prev is not None and (
            _wrapped_value(prev, row, right_edge, at_end)
            or (len(prev) > 1 and _cut_word(prev, row))
        ):
            prev[-1] = Segment(prev[-1].words + row[0].words)
            continue
        if prev is not None and _label_wrap(prev, row):
            prev[0] = Segment(prev[0].words + row[0].words)
            continue
        if (
            prev is not None
            and len(prev) > 1
            and len(row) == 1
            and abs(row[0].x0 - prev[0].x0) < 2
            and row[0].top - prev[0].bottom < 0.9 * (prev[0].bottom - prev[0].top or 1)
            and _same_font(prev[0], row[0])
            and not prev[0].text.endswith(":")  # "Tools:" is a label, complete in its cell
            # tags a narrow gap apart ("Pix4D   QGIS") over the next row of tags: no wrap;
            # a field that stops at a comma or a hyphen is no tag
            and (
                prev[1].x0 - prev[0].x1 > FIELD_GAP_EM * (prev[0].bottom - prev[0].top or 1)
                or prev[0].text.endswith((",", "-", SOFT_HYPHEN))
            )
            and (wrapped(prev[0], prev[1].x0, row[0]) or _short_tail(prev[0], row[0]))
            and not _tag_row(prev)
        ):
            prev[0] = Segment(prev[0].words + row[0].words)
            continue
        merged.append(row)
    return merged


def join_cell_wraps(block: list[Segment]) -> list[Segment]:
    """A grid cell's two lines ("Patient" over "Education") become one segment."""
    pairs = cell_wraps(block)
    if not pairs:
        return block
    seconds = {id(b) for _, b in pairs}
    joined = {id(a): Segment(a.words + b.words) for a, b in pairs}
    return [joined.get(id(s), s) for s in block if id(s) not in seconds]
