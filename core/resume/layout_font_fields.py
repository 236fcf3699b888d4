"""Fields of one line told apart by their type style where commas alone cannot part them.

CV classes set an education line as "\\textbf{degree}, \\textit{school}, city": the commas
part the fields, but a degree or a school may hold a comma of its own ("Master Parfums,
Cosmétiques et Arômes, ISIPCA, Versailles"), so reading commas alone takes the degree's tail
for the school. The type style changes exactly at the fields' ends: where every change of
font on a line falls at a comma, and a run in one font holds a comma of its own, the runs are
the fields, written apart as " | " cells are.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Segment, Word

_YEARS = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d)?")


def _runs(words: list[Word]) -> list[list[Word]]:
    """The words in runs of one font; a word of punctuation alone joins the run before it."""
    runs: list[tuple[str, list[Word]]] = []
    for word in words:
        lettered = any(c.isalnum() for c in word.text)
        if runs and (not lettered or word.font == runs[-1][0]):
            runs[-1][1].append(word)
        else:
            runs.append((word.font, [word]))
    return [run for _, run in runs]


def font_fields(seg: Segment) -> str:
    """The segment's text, its fields parted by " | " where the type style shows them (see
    the module's docstring); its plain text otherwise."""
    text = seg.text
    if "," not in text or len({w.font for w in seg.words}) < 2:
        return text
    parts = [type(seg)(run).text for run in _runs(seg.words)]
    # a date range in a font of its own opens the line ("2012 – 2016" in the hints column)
    lead = parts[:1] if _YEARS.fullmatch(parts[0]) else []
    parts = parts[len(lead) :]
    # every change of font falls at a comma: the run before ends with one
    if len(parts) < 2 or not all(a.endswith(",") for a, _ in pairwise(parts)):
        return text
    # the last field keeps a comma it ends with: the line wraps on to the next ("..., city")
    fields = [p.strip(" ,") for p in parts[:-1]] + [parts[-1].strip().lstrip(", ")]
    if not all(fields) or not any("," in f.rstrip(",") for f in fields):
        return text
    return " | ".join(lead + fields)
