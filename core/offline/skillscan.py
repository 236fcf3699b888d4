"""Find vocabulary skills in text in one pass over its words (core.skills.skills_in_text, fast).

`core.skills.skills_in_text` searches the text once per vocabulary entry; scoring a thousand
jobs needs a scan whose cost grows with the text instead. The index is rebuilt whenever the
vocabulary changes size, so skills added to `core.skills` are picked up.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core import skills as vocab

_Index = dict[str, list[tuple[tuple[str, ...], str]]]
_cache: dict[tuple[int, int], _Index] = {}


def scan_key(text: str) -> str:
    """The same comparison key as `core.skills` uses (case, NFKC, ".js", punctuation)."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"\.js\b", "js", text)
    text = re.sub(r"[^\w+#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _index() -> _Index:
    size = (len(vocab.VOCABULARY), len(vocab.ALIASES))
    index = _cache.get(size)
    if index is None:
        index = {}
        entries = [(name, name) for name in vocab.VOCABULARY]
        entries += list(vocab.ALIASES.items())
        for alias, canonical in entries:
            tokens = tuple(scan_key(alias).split())
            if tokens:
                index.setdefault(tokens[0], []).append((tokens, canonical))
        for options in index.values():
            options.sort(key=lambda o: -len(o[0]))  # longest alias first
        _cache.clear()
        _cache[size] = index
    return index


def vocabulary_skills(text: str) -> list[str]:
    """Canonical names of the vocabulary skills named in `text`, in order of appearance."""
    index = _index()
    tokens = scan_key(text).split()
    found: list[str] = []
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        options = index.get(token)
        if not options:
            continue
        for alias, canonical in options:
            if tuple(tokens[i : i + len(alias)]) == alias:
                if canonical not in seen:
                    seen.add(canonical)
                    found.append(canonical)
                break
    return found


@lru_cache(maxsize=16384)
def cached_skill_key(name: str) -> str:
    """`core.skills.skill_key`, remembered: scoring asks for the same names again and again."""
    return vocab.skill_key(name)


@lru_cache(maxsize=16384)
def cached_canonical(name: str) -> str:
    """`core.skills.canonical_skill`, remembered."""
    return vocab.canonical_skill(name)
