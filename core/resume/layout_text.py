"""Clean-up of the lines the layout reader gives: an e-mail address broken over two lines.

A narrow sidebar breaks a long address inside a word ("funmi.adeyemi@proton" over
"mail.com", "k.papadakis@marine-" over "eng.gr"); the break is the box's, not the text's.
"""

from __future__ import annotations

import re

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
