"""Clean-up of the text the layout reader gives: an e-mail address broken over two lines,
a word set in small capitals.

A narrow sidebar breaks a long address inside a word ("funmi.adeyemi@proton" over
"mail.com", "k.papadakis@marine-" over "eng.gr"); the break is the box's, not the text's.
Small capitals put a word's capital in a larger size than its other letters ("P" "RESENT"):
the PDF gives two boxes, one word. A word TeX hyphenated at a line end ("Fishmon-" over
"gers,") is one word again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Word

# TeX hyphenates words at line ends; the reader marks a TeX file's hyphen after a word's
# letters with a soft hyphen (U+00AD): a word cut there ("Fishmon\u00ad", "Re\u00ad") goes on
# in lower case on the next line. Other writers (browsers, Word) break lines only at a real
# hyphen ("large-" over "scale"), which stays. A suspended hyphen ("pre- and post-operative")
# runs on into a conjunction
SOFT_HYPHEN = "\u00ad"
_CUT_END = re.compile(r"[^\W\d_]+\u00ad")
_CUT_REST = re.compile(r"[a-z\u00df-\u00ff]")
_CONJUNCTIONS = frozenset({"and", "or", "to", "nor", "und", "oder", "et", "ou", "y", "o", "e"})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


def join_broken_emails(lines: list[str]) -> list[str]:
    """Lines with an address cut at a line end joined again: only where the piece with the
    "@" is no address on its own and the two pieces make one."""
    out = list(lines)
    for n in range(len(out) - 1):
        head, nxt = out[n].rstrip(), out[n + 1].strip()
        last = head.split()[-1] if head.split() else ""
        first, _, rest = nxt.partition(" ")
        if "@" not in last or _EMAIL.fullmatch(last) or not first:
            continue
        if _EMAIL.fullmatch(last + first):
            out[n], out[n + 1] = head + first, rest
    return [line for n, line in enumerate(out) if line or lines[n] == ""]


def small_caps(before: Word, word: Word) -> bool:
    """A capital followed by capitals set smaller: one word in small capitals."""
    return (
        len(before.text) == 1
        and before.text.isupper()
        and word.text.isupper()
        and word.bottom - word.top < 0.9 * (before.bottom - before.top)
    )


def hyphen_cut(end: str, start: str) -> bool:
    """`end` (a line's last word) and `start` (the next line's first) are one word that a
    TeX hyphenated at the line end: "Fishmon\u00ad" and "gers," read "Fishmongers,"."""
    head = re.split(r"[^\w-]", start, maxsplit=1)[0]
    return (
        bool(_CUT_END.fullmatch(end.strip()))
        and bool(_CUT_REST.match(start))
        and head.lower() not in _CONJUNCTIONS
    )


_LINE_END_CUT = re.compile(r"\b(?P<word>\w+)\u00ad[ \t]*\n[ \t]*(?=(?P<rest>\S+))")
_LEFT_SOFT = re.compile(r"(?<=\w)\u00ad(?=\s|$)")


def soft_hyphens(text: str) -> str:
    """Text with each TeX line-end hyphen resolved: a cut word joined over its line end,
    any other soft hyphen after a word a plain hyphen again ("Saint-" over "Hyacinthe")."""

    def join(m: re.Match[str]) -> str:
        cut = hyphen_cut(m["word"] + SOFT_HYPHEN, m["rest"])
        return m["word"] + ("" if cut else SOFT_HYPHEN + "\n")

    if SOFT_HYPHEN not in text:
        return text  # none marked (no TeX file): nothing to scan
    return _LEFT_SOFT.sub("-", _LINE_END_CUT.sub(join, text))
