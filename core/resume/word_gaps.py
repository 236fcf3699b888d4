"""Word spaces a PDF drew as gaps: where to cut a run of letters into words.

pdfLaTeX (and other typesetters) write no space characters: a space is only a wider gap
between two glyphs, about a third of the font size, shrinking to about a fifth in justified
lines. Grouping glyphs with a tolerance wide enough for letter-spaced headings ("E X P E R I
E N C E") then runs a whole line together ("SeniorLandscapeArchitect"). A gap is a word space
when it is wide for the font and clearly wider than the run's usual gap between letters, so
letter-spaced text stays one word and its word gaps still cut. TeX also hyphenates words at
line ends, which browsers and word processors do not: in a TeX file a hyphen after a word's
letters is marked a soft hyphen, for the layout to join the word over its line end.
"""

from __future__ import annotations

import re
from statistics import median

_TEX = re.compile(r"\bTeX\b|TeX-|\bxdvipdfmx\b", re.IGNORECASE)
_LETTERS_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})-$")

# the narrowest word space in a justified pdfLaTeX line is about 0.22 em
MIN_SPACE_EM = 0.2
# over the run's usual gap between letters: tracking widens every gap alike, a space one
MARGIN_EM = 0.15
# where the page writes its word spaces as characters (LibreOffice, browsers), a gap inside
# a word is no space but a tab that reached a stop just past the text ("Dublin<tab>Sep
# 2018" set 0.14 em apart): a clear gap over the letters' own parts the fields
TAB_GAP_EM = 0.1
TAB_MARGIN_EM = 0.08


def word_cuts(
    lefts: list[float], rights: list[float], size: float, spaced: bool = False
) -> list[int]:
    """Indexes of the glyphs that start a new word, from each glyph's left and right edge;
    `spaced`: the page writes its word spaces as characters, so a gap can only be a tab."""
    if size <= 0 or len(lefts) < 2:
        return []
    gaps = [left - right for left, right in zip(lefts[1:], rights[:-1], strict=True)]
    # a short run has too few gaps to tell its tracking: letters touch
    usual = median(gaps) if len(gaps) >= 3 else 0.0
    floor = max(MIN_SPACE_EM * size, max(usual, 0.0) + MARGIN_EM * size)
    if spaced and len(gaps) >= 3:
        floor = max(TAB_GAP_EM * size, max(usual, 0.0) + TAB_MARGIN_EM * size)
    return [i + 1 for i, gap in enumerate(gaps) if gap >= floor]


def typeset_by_tex(metadata: dict[str, object]) -> bool:
    """The PDF's producer or creator is TeX (pdfTeX, LuaTeX, XeTeX's xdvipdfmx)."""
    return any(_TEX.search(str(metadata.get(k) or "")) for k in ("Producer", "Creator"))


def tex_hyphen(text: str) -> str:
    """A word ending in a hyphen after two letters or more ("Fishmon-") with the hyphen
    marked soft (U+00AD): in a TeX file it may be a line end's cut."""
    return _LETTERS_HYPHEN.sub("\u00ad", text)
