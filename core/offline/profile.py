"""A profile read once for scoring many jobs: its text units, skills, titles and years."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from core.models import Profile
from core.offline.dates import candidate_years
from core.offline.lexicon import GENERIC, LEVELS
from core.offline.professions import families_of
from core.offline.skillscan import cached_skill_key as skill_key
from core.offline.skillscan import vocabulary_skills
from core.offline.text import base_form, base_forms, phrase_key, sentences, stem, words

_STAFF_SENIOR = frozenset(["engineer", "developer", "software", "data", "scientist", "architect"])

# Which kinds of text make the best evidence, best first.
_KIND_RANK = {"skill": 0, "duty": 1, "achievement": 2, "summary": 3, "education": 4, "role": 5}


@dataclass(frozen=True)
class Unit:
    """One quotable piece of the profile (a skill, a duty, a sentence of the summary...)."""

    text: str
    kind: str
    key: str
    forms: frozenset[str]  # the words' base forms (plurals folded, no stemming)
    where: int = -1  # index of the experience it belongs to, -1 when none


@dataclass
class PreparedProfile:
    """What scoring needs from a profile, computed once."""

    profile: Profile
    units: list[Unit] = field(default_factory=list)
    word_index: dict[str, set[int]] = field(default_factory=dict)
    skill_evidence: dict[str, str] = field(default_factory=dict)
    titles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    families: dict[str, float] = field(default_factory=dict)
    years: float = 0.0
    level: int = 2
    text_key: str = ""

    def add(self, text: str, kind: str, where: int = -1) -> None:
        text = " ".join(text.split())
        if not text:
            return
        unit = Unit(text, kind, phrase_key(text), frozenset(base_forms(text)), where)
        index = len(self.units)
        self.units.append(unit)
        for w in unit.forms:
            self.word_index.setdefault(w, set()).add(index)

    def units_with(self, needed: set[str]) -> list[Unit]:
        """Units holding every word (base form) in `needed`, best evidence first."""
        if not needed:
            return []
        found: set[int] | None = None
        for s in needed:
            hits = self.word_index.get(s)
            if not hits:
                return []
            found = set(hits) if found is None else found & hits
            if not found:
                return []
        return sorted((self.units[i] for i in found or ()), key=lambda u: _KIND_RANK[u.kind])


def content_words(text: str) -> set[str]:
    """Base forms of the words that carry meaning in a requirement (whole words, no stems)."""
    return {base_form(w) for w in words(text) if w not in GENERIC and len(w) > 1}


def title_core(title: str) -> frozenset[str]:
    """Stems of a title's words that say what the job is (no level or filler words)."""
    from core.offline.lexicon import TITLE_FILLER

    return frozenset(
        stem(w) for w in words(title) if w not in TITLE_FILLER and w not in LEVELS and len(w) > 1
    )


def title_level(title: str) -> tuple[float, int] | None:
    """Years and rank implied by level words in a title ("Senior" -> 5 years, rank 3)."""
    ws = words(title)
    found = [LEVELS[w] for w in ws if w in LEVELS]
    # "Staff" is a senior grade for engineers but the entry grade of nurses and accountants.
    if any(a == "staff" and b in _STAFF_SENIOR for a, b in itertools.pairwise(ws)):
        found.append((8.0, 3))
    if not found:
        return None
    return max(found, key=lambda lv: (lv[1], lv[0]))


def prepare(profile: Profile, today: date) -> PreparedProfile:
    """Read `profile` for scoring (cached by its content and the date)."""
    return _prepare(profile.model_dump_json(), today)


@lru_cache(maxsize=128)
def _prepare(profile_json: str, today: date) -> PreparedProfile:
    profile = Profile.model_validate_json(profile_json)
    prep = PreparedProfile(profile=profile)
    for skill in profile.skills:
        prep.add(skill.name, "skill")
        prep.skill_evidence.setdefault(skill_key(skill.name), skill.name)
    for i, exp in enumerate(profile.experience):
        prep.add(exp.role, "role", i)
        for duty in exp.responsibilities:
            for sentence in sentences(duty):
                prep.add(sentence, "duty", i)
    for sentence in sentences(profile.summary):
        prep.add(sentence, "summary")
    for item in profile.achievements:
        prep.add(item, "achievement")
    for edu in profile.education:
        prep.add(edu.degree, "education")
    for project in profile.projects:
        prep.add(project.name, "achievement")
        for sentence in sentences(project.description):
            prep.add(sentence, "achievement")
    for language in profile.languages:
        prep.add(language, "skill")
        prep.skill_evidence.setdefault(skill_key(language), language)
    for unit in prep.units:
        for name in vocabulary_skills(unit.text):
            prep.skill_evidence.setdefault(skill_key(name), unit.text)
    prep.text_key = " | ".join(u.key for u in prep.units)
    roles = [e.role for e in profile.experience if e.role]
    headline = sentences(profile.summary)[:1]
    prep.titles = [(r, title_core(r)) for r in roles]
    prep.families = families_of([*roles, *roles, *headline])
    levels = [lv[1] for r in roles if (lv := title_level(r))]
    prep.level = max(levels) if levels else 2
    prep.years = candidate_years(profile, today)
    return prep
