"""Match a job's requirements and title against a prepared profile, with quoted evidence.

Evidence is whole words only: a requirement's phrase, or all its meaningful words in one
sentence of the resume, with plurals folded but no stemming ("conditions" is not
"conditioning", "prospects" is not "Prospecting"). Skills that show each other for the job's
profession (core.judging.skill_graph) count too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.judging.skill_graph import related_skills
from core.offline.profile import PreparedProfile, content_words, title_core
from core.offline.skillscan import cached_skill_key as skill_key
from core.offline.text import contains_phrase, phrase_key

_EVIDENCE_MAX = 200
_ALTERNATIVES = re.compile(r"\s+or\s+|\s*/\s*", re.I)


def quote(text: str) -> str:
    """`text` cut at a word boundary when long, so the quote is still found in the resume."""
    if len(text) <= _EVIDENCE_MAX:
        return text
    cut = text[:_EVIDENCE_MAX].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def _direct_evidence(name: str, prep: PreparedProfile) -> str | None:
    found = prep.skill_evidence.get(skill_key(name))
    if found:
        return quote(found)
    key = phrase_key(name)
    if key and contains_phrase(prep.text_key, key):
        for unit in sorted(prep.units, key=lambda u: u.kind != "skill"):
            if contains_phrase(unit.key, key):
                return quote(unit.text)
    units = prep.units_with(content_words(name))
    return quote(units[0].text) if units else None


def find_evidence(
    requirement: str, prep: PreparedProfile, professions: Iterable[str] = ()
) -> str | None:
    """A quote from the profile showing `requirement` (any of "A or B"), or None."""
    alternatives = [a for a in _ALTERNATIVES.split(requirement) if a.strip()]
    for alt in alternatives:
        found = _direct_evidence(alt, prep)
        if found:
            return found
    fields = tuple(professions)
    for alt in alternatives:
        for related in related_skills(alt, fields):
            # Related names are matched as whole phrases or skills only, never word by word.
            found = prep.skill_evidence.get(skill_key(related))
            key = phrase_key(related)
            if not found and key and contains_phrase(prep.text_key, key):
                found = next(u.text for u in prep.units if contains_phrase(u.key, key))
            if found:
                return quote(found)
    return None


def title_similarity(job_core: frozenset[str], other: frozenset[str]) -> float:
    """How much two titles share, 0 to 1, both directions averaged."""
    if not job_core or not other:
        return 0.0
    shared = len(job_core & other)
    return 0.5 * shared / len(job_core) + 0.5 * shared / len(other)


def best_title(job_core: frozenset[str], titles: list[str]) -> tuple[float, str]:
    """The most similar of `titles` to a job title, with its similarity."""
    best = (0.0, "")
    for title in titles:
        sim = title_similarity(job_core, title_core(title))
        if sim > best[0]:
            best = (sim, title)
    return best
