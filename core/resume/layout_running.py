"""Running footers and headers: lines a page layout repeats on every page.

A class may print "Page 1 - Curriculum vitae of" over the person's name at the foot of each
page (europecv). Read in order, the footer lands inside whatever entry the page break cut,
and reads as a school, a degree or a credential. A line that stands at the same place on
every page with the same words, only its number changing, is a page's running line; so is a
line set beside it (within a line or so) that repeats unchanged at the same place on every page.
A page number alone ("Page 2 of 3") is left to the text's clean-up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment

_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[\W\d_]+")
# the words of a page number alone ("Page 2 of 3", "Seite 1 von 2", "- 2 -")
_PAGE_WORDS = frozenset({"page", "p", "seite", "página", "pagina", "of", "von", "de", "sur"})
_PLACE = 2.0  # points: a running line stands this close to its place on every other page


_Line = tuple[str, str, float, float]  # numbered key, text, top, left edge


def _lines(page: list[Segment]) -> list[_Line]:
    """Each line's text read once: a long file's pages are compared line by line."""
    return [(_DIGITS.sub("#", t), t, s.top, s.x0) for s in page for t in [s.text]]


def _twin(line: _Line, page: list[_Line], *, numbered: bool) -> _Line | None:
    """The line of `page` at the place of `line` with its words (its numbers may differ)."""
    for other in page:
        same = other[0] == line[0] if numbered else other[1] == line[1]
        if same and abs(other[2] - line[2]) < _PLACE and abs(other[3] - line[3]) < _PLACE:
            return other
    return None


def drop_running_lines(pages: list[list[Segment]]) -> list[list[Segment]]:
    """The pages without their running lines (see the module); a page alone keeps all."""
    if len(pages) < 2:
        return pages
    lines = [_lines(page) for page in pages]
    first, others = lines[0], lines[1:]
    running: list[_Line] = []
    for line in first:
        if not _DIGITS.search(line[1]):
            continue
        if set(_WORDS.sub(" ", line[1]).casefold().split()) <= _PAGE_WORDS:
            continue  # "Page 2 of 3" alone: the text's clean-up drops it, leaving a break
        twins = [_twin(line, page, numbered=True) for page in others]
        if all(twins) and any(t is not None and t[1] != line[1] for t in twins):
            running.append(line)  # a page number in its running line
    if not running:
        return pages
    for seg, line in zip(pages[0], first, strict=True):
        height = seg.bottom - seg.top or 1.0
        near = any(abs(line[2] - r[2]) < 2.5 * height for r in running)
        if near and line not in running and all(_twin(line, p, numbered=False) for p in others):
            running.append(line)
    return [
        [s for s, line in zip(page, found, strict=True) if not _twin(line, running, numbered=True)]
        for page, found in zip(pages, lines, strict=True)
    ]
