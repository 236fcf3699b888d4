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
