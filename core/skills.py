"""Skill vocabulary across professions, and normalisation so "React.js" and "React" match."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.models import Skill

# canonical name -> category. Extend freely; keys are the display form.
VOCABULARY: dict[str, str] = {
    # software and data
    "Python": "software",
    "JavaScript": "software",
    "TypeScript": "software",
    "React": "software",
    "SQL": "data",
    "Excel": "office",
    # people and service
    "Customer Service": "service",
    "Communication": "soft",
    "Teamwork": "soft",
    # nutrition, travel, fitness
    "Meal Planning": "nutrition",
    "Nutrition Counseling": "nutrition",
    "Itinerary Planning": "travel",
    "Amadeus": "travel",
    "Strength Training": "fitness",
    "CPR Certification": "health",
}

# alias (normalised key) -> canonical name
ALIASES: dict[str, str] = {
    "reactjs": "React",
    "react js": "React",
    "js": "JavaScript",
    "ts": "TypeScript",
    "ms excel": "Excel",
    "microsoft excel": "Excel",
    "customer care": "Customer Service",
    "cpr": "CPR Certification",
}


def _key(text: str) -> str:
    """Lower-case, NFKC, punctuation to spaces, ".js" suffix folded: the comparison key."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"\.js\b", "js", text)
    text = re.sub(r"[^\w+#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index = {_key(name): name for name in VOCABULARY}
    index.update({_key(alias): canonical for alias, canonical in ALIASES.items()})
    return index


def canonical_skill(name: str) -> str:
    """The vocabulary's name for `name`, or `name` tidied when it is not in the vocabulary."""
    return _index().get(_key(name), " ".join(name.split()))


def skill_key(name: str) -> str:
    """A key under which equivalent skill names compare equal."""
    return _key(canonical_skill(name))


def skills_in_text(text: str) -> list[Skill]:
    """Every vocabulary skill (or alias) named in `text`, in order of first appearance."""
    key_text = f" {_key(text)} "
    found: list[tuple[int, str]] = []
    for alias, canonical in _index().items():
        pos = key_text.find(f" {alias} ")
        if pos >= 0:
            found.append((pos, canonical))
    seen: set[str] = set()
    skills: list[Skill] = []
    for _, canonical in sorted(found):
        if canonical not in seen:
            seen.add(canonical)
            skills.append(Skill(name=canonical, category=VOCABULARY.get(canonical, "general")))
    return skills
