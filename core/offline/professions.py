"""Which profession a title belongs to, and how close two professions are."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.offline.lexicon import PROFESSION_PHRASES, PROFESSIONS
from core.offline.text import base_form, base_forms

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
        ("childcare", "teaching"),
        ("banking", "accounting"),
        ("banking", "sales"),
        ("admin", "support"),
        ("admin", "accounting"),
        ("product", "software"),
        ("interior design", "design"),
        ("engineering", "software"),
        ("engineering", "trades"),
    )
)


@lru_cache(maxsize=1)
def _word_families() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for family, family_words in PROFESSIONS.items():
        for word in family_words:
            key = base_form(word)
            if family not in index.setdefault(key, []):
                index[key].append(family)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Phrases by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, family in PROFESSION_PHRASES.items():
        key = tuple(base_forms(phrase))
        index.setdefault(key[0], []).append((key, family))
    return {w: tuple(sorted(v, key=lambda t: -len(t[0]))) for w, v in index.items()}


def _terms(part: str) -> list[tuple[str, ...]]:
    """The profession terms of a title part, in order: known phrases first, then words."""
    ws = base_forms(part)
    found: list[tuple[int, tuple[str, ...]]] = []
    taken: set[int] = set()
    phrases = _phrases()
    for i, w in enumerate(ws):
        for phrase, family in phrases.get(w, ()):
            n = len(phrase)
            if tuple(ws[i : i + n]) == phrase and not taken & set(range(i, i + n)):
                taken |= set(range(i, i + n))
                found.append((i, (family,)))
                break
    index = _word_families()
    for i, w in enumerate(ws):
        if i not in taken and w in index:
            found.append((i, index[w]))
    return [families for _, families in sorted(found)]


_QUALIFIER = re.compile(r"\s*(?:,|\(|\s[-\u2013\u2014|]\s)\s*")


@lru_cache(maxsize=8192)
def title_families(title: str) -> dict[str, float]:
    """Profession weights of one title, from its phrases and words.

    The last term of the main title is its head ("Travel Nurse" is nursing, "Teacher Au Pair"
    childcare) and counts double; what follows a comma, dash or parenthesis only qualifies it
    ("Product Manager, Nutrition App" is not a nutrition job).
    """
    main, *rest = _QUALIFIER.split(title, maxsplit=1)
    scores: dict[str, float] = {}
    for part, weight in ((main, 1.0), (" ".join(rest), 0.25)):
        terms = _terms(part)
        for n, families in enumerate(terms):
            head = 2.0 if n == len(terms) - 1 and weight == 1.0 else 1.0
            for family in families:
                bonus = head * weight * _WEIGHT.get(family, 1.0)
                scores[family] = scores.get(family, 0.0) + bonus
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
