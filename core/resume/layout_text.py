"""Clean-up of the text the layout reader gives: an e-mail address broken over two lines,
a word set in small capitals.

A narrow sidebar breaks a long address inside a word ("funmi.adeyemi@proton" over
"mail.com", "k.papadakis@marine-" over "eng.gr"); the break is the box's, not the text's.
Small capitals put a word's capital in a larger size than its other letters ("P" "RESENT"):
the PDF gives two boxes, one word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.resume.layout_words import Word

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
