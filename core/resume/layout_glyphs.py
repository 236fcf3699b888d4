"""A list's bullet drawn with a glyph the PDF gives no character for.

A theme may set its bullets in a font without a character map: the PDF reader then gives
"(cid:0)", which the text clean-up drops, and the list's lines lose their bullets (their
first field is empty, and a label over the list runs into the first item). Such a glyph is
told from an icon by where it stands: at one left edge on several rows, each time before
running text that starts with a capital letter.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Word

_UNMAPPED = re.compile(r"\(cid:\d+\)")
_EDGE = 1.0  # points: the glyphs of one list stand this close to one left edge
_MIN_ROWS = 2
_MIN_WORDS = 4  # running text after the glyph, not a phone number or a city
_GAP_EM = 2.0  # the text starts within this many line heights of the glyph


def _row_after(glyph: Word, words: list[Word]) -> list[Word]:
    height = glyph.bottom - glyph.top or 1.0
    row = [
        w
        for w in words
        if w is not glyph and w.x0 > glyph.x1 and abs(w.bottom - glyph.bottom) < 0.6 * height
    ]
    return sorted(row, key=lambda w: w.x0)


def _before_text(glyph: Word, words: list[Word]) -> bool:
    row = _row_after(glyph, words)
    if len(row) < _MIN_WORDS:
        return False
    first = row[0]
    height = glyph.bottom - glyph.top or 1.0
    return first.x0 - glyph.x1 < _GAP_EM * height and first.text[:1].isupper()


def unmapped_bullets(pages: list[list[Word]]) -> list[list[Word]]:
    """Each page's words with each unmapped bullet glyph (see the module's docstring) as
    "•". A list that runs over to the next page may leave one item there: the glyphs of the
    whole document count together."""
    glyphs = [
        [w for w in words if _UNMAPPED.fullmatch(w.text) and _before_text(w, words)]
        for words in pages
    ]
    every = [g for page in glyphs for g in page]
    if len(every) < _MIN_ROWS:
        return pages
    bullets = {
        id(g) for g in every if sum(1 for o in every if abs(o.x0 - g.x0) <= _EDGE) >= _MIN_ROWS
    }
    return [[replace(w, text="•") if id(w) in bullets else w for w in words] for words in pages]
