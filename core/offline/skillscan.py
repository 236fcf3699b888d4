"""Skill look-ups for the offline engine: vocabulary skills in prose, and remembered keys."""

from __future__ import annotations

from functools import lru_cache

from core.resume import skills as vocab


def vocabulary_skills(text: str) -> list[str]:
    """Canonical names of the vocabulary skills named in prose `text`, in order of appearance.

    Delegates to `core.resume.skills.skills_in_text`, which knows the words that are skills only
    in a skills list ("Nursing Home", "Vitamin C") and the names that count only capitalised.
    """
    return [skill.name for skill in vocab.skills_in_text(text)]


@lru_cache(maxsize=16384)
def cached_skill_key(name: str) -> str:
    """`core.resume.skills.skill_key`, remembered: scoring asks for the same names again."""
    return vocab.skill_key(name)


@lru_cache(maxsize=16384)
def cached_canonical(name: str) -> str:
    """`core.resume.skills.canonical_skill`, remembered."""
    return vocab.canonical_skill(name)
