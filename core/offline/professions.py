"""Which profession a title belongs to, and how close two professions are."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from core.offline.lexicon import PROFESSIONS
from core.offline.text import stem, words

# Broad fields count less than specific ones when a title has words from both
# ("Medical-Surgical Registered Nurse" is nursing before it is healthcare).
_WEIGHT = {"healthcare": 0.5, "support": 0.5, "sales": 0.7, "events": 0.8, "marketing": 0.8}

# Neighbouring professions: a move between them is a stretch, not a career change.
ADJACENT = frozenset(
    frozenset(pair)
    for pair in (
        ("nutrition", "food service"),
        ("nutrition", "healthcare"),
        ("nutrition", "fitness"),
        ("travel", "hospitality"),
        ("travel", "events"),
        ("travel", "sales"),
        ("hospitality", "events"),
        ("hospitality", "food service"),
        ("fitness", "sales"),
        ("fitness", "healthcare"),
        ("nursing", "healthcare"),
        ("accounting", "sales"),
        ("teaching", "support"),
        ("sales", "marketing"),
        ("sales", "support"),
    )
)


@lru_cache(maxsize=1)
def _stem_families() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for family, family_words in PROFESSIONS.items():
        for word in family_words:
            for s in {word, stem(word)}:
                if family not in index.setdefault(s, []):
                    index[s].append(family)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=8192)
def title_families(title: str) -> dict[str, float]:
    """Profession weights of one title, from its words."""
    index = _stem_families()
    scores: dict[str, float] = {}
    for word in words(title):
        for family in index.get(word) or index.get(stem(word)) or ():
            scores[family] = scores.get(family, 0.0) + _WEIGHT.get(family, 1.0)
    return scores


def primary(scores: dict[str, float]) -> set[str]:
    """The strongest professions of a score table (ties kept)."""
    if not scores:
        return set()
    top = max(scores.values())
    return {f for f, v in scores.items() if v >= top * 0.99}


def families_of(titles: Iterable[str]) -> dict[str, float]:
    """How often each profession is the main one across `titles`."""
    out: dict[str, float] = {}
    for title in titles:
        for family in primary(title_families(title)):
            out[family] = out.get(family, 0.0) + 1.0
    return out


def relation(job_families: set[str], candidate: Iterable[str]) -> str:
    """'same', 'adjacent', 'different' or 'unknown' between a job and a candidate's fields."""
    mine = set(candidate)
    if not job_families or not mine:
        return "unknown"
    if job_families & mine:
        return "same"
    if any(frozenset((j, c)) in ADJACENT for j in job_families for c in mine):
        return "adjacent"
    return "different"
