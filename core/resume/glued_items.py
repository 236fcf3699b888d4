"""List items whose separator the PDF lost between a noun of work and the next capital.

A skills column printed as chips or a grid may come out with two items run together in one
word: "Stick WeldingFlux-Cored Arc Welding". Names of products join capitals inside a word
too ("PowerPoint", "TrainingPeaks"), but as one word of their own; after a first word, a
noun of work ends an item ("Welding", "Management", "Testing"), and a capital glued to it
opens the next.
"""

from __future__ import annotations

import re
from itertools import pairwise

from core.resume.skills import VOCABULARY, canonical_skill

# a noun of work of four letters or more before it, a capitalised word after it
_JOIN = re.compile(r"[a-z]{2}(?:ment|tion|sion|ing|ance|ence|ysis)(?=[A-Z][a-z])")


def unglued(items: list[str]) -> list[str]:
    """`items` with every item split where a noun of work runs into a capital."""
    out: list[str] = []
    for item in items:
        if canonical_skill(item) in VOCABULARY:
            out.append(item)
            continue
        # the glued word is not the item's first: "TrainingPeaks" is a product's one name
        first = len(item.split()[0]) if item.split() else 0
        cuts = [0, *(m.end() for m in _JOIN.finditer(item) if m.end() > first), len(item)]
        out += [part for a, b in pairwise(cuts) if (part := item[a:b].strip())]
    return out


_MIN_ITEMS = 2  # items above the wrapped one that show the list's shape
_SEPARATORS = re.compile(r"[,;|•·:]")


def join_wrapped_last(lines: list[str]) -> list[str]:
    """A list of one item a line, every item of two words or more, whose last two lines are
    one word each that the vocabulary does not know ("Bereavement" over "Support"): the last
    item wrapped in a narrow column, one item. Known single names ("Excel", "Word") stay two."""
    rows = [n for n, line in enumerate(lines) if line.strip()]
    if len(rows) < _MIN_ITEMS + 2:
        return lines
    *above, one, two = rows
    texts = [lines[n].strip() for n in rows]
    if any(_SEPARATORS.search(t) for t in texts):
        return lines
    if any(len(lines[n].split()) < 2 for n in above):
        return lines
    pair = [lines[one].strip(), lines[two].strip()]
    if any(len(p.split()) != 1 or not p[:1].isupper() for p in pair):
        return lines
    if any(canonical_skill(p) in VOCABULARY for p in pair):
        return lines
    joined = list(lines)
    joined[one] = f"{pair[0]} {pair[1]}"
    del joined[two]
    return joined
