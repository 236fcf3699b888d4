"""What the offline engine reads from a job: requirements, level, years asked, profession."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.models import Job
from core.offline.dates import required_years
from core.offline.lexicon import DUTY_CUES, NICE_TO_HAVE
from core.offline.professions import primary, title_families
from core.offline.profile import title_core, title_level
from core.offline.skillscan import cached_skill_key as skill_key
from core.offline.skillscan import vocabulary_skills
from core.offline.text import fold, phrase_key, sentences
from core.resume.skills import canonical_skill

HIGH, MEDIUM, LOW = "high", "medium", "low"
_MAX_REQUIREMENTS = 12


@dataclass(frozen=True)
class Requirement:
    name: str
    severity: str


@dataclass(frozen=True)
class JobFeatures:
    title_core: frozenset[str]
    families: frozenset[str]
    level: tuple[float, int] | None
    years: float | None
    requirements: tuple[Requirement, ...]


def _severity(name: str, optional_sentences: list[str], default: str) -> str:
    key = phrase_key(name)
    if any(f" {key} " in f" {s} " for s in optional_sentences):
        return LOW
    return default


# The portal's optional `seniority` field, as (years implied, level rank) like title words.
_SENIORITY: dict[str, tuple[float, int]] = {
    "intern": (0, 0),
    "entry": (0, 0),
    "junior": (0, 1),
    "senior": (5, 3),
    "lead": (6, 3),
    "principal": (10, 4),
    "director": (10, 4),
    "executive": (12, 5),
}


def read_job(job: Job) -> JobFeatures:
    """Read `job` (cached by the fields that matter)."""
    seniority = (job.model_extra or {}).get("seniority")
    level = str(seniority).strip().lower() if isinstance(seniority, str) else ""
    return _read(job.title, job.description, tuple(job.required_skills), level)


@lru_cache(maxsize=4096)
def _read(title: str, description: str, required: tuple[str, ...], seniority: str) -> JobFeatures:
    parts = [fold(s) for s in sentences(description)]
    optional = [phrase_key(s) for s in parts if any(cue in s for cue in NICE_TO_HAVE)]
    reqs: list[Requirement] = []
    seen: set[str] = set()
    for name in required:
        key = skill_key(name)
        if key and key not in seen:
            seen.add(key)
            reqs.append(Requirement(canonical_skill(name), _severity(name, optional, HIGH)))
    for name in vocabulary_skills(description):
        key = skill_key(name)
        if key not in seen:
            seen.add(key)
            reqs.append(Requirement(name, _severity(name, optional, MEDIUM)))
    return JobFeatures(
        title_core=title_core(title),
        families=frozenset(primary(title_families(title))),
        level=title_level(title) or _SENIORITY.get(seniority),
        years=required_years(description),
        requirements=tuple(reqs[:_MAX_REQUIREMENTS]),
    )


_SKIP = re.compile(r"(ignore|disregard).{0,40}(instruction|prompt)|score of|as an ai", re.I)
_ASKS = re.compile(
    r"\b(required|requires?|years|experience|qualification|certif\w*|degree)\b", re.I
)


def duties(job: Job, limit: int = 2) -> list[str]:
    """The first sentences saying what the job does day to day, requirements left out."""
    parts = [s for s in sentences(job.description) if not _SKIP.search(s)]
    cued = [s for s in parts if any(cue in fold(s) for cue in DUTY_CUES)]
    plain = [s for s in parts if s not in cued and not _ASKS.search(s)]
    asks = [s for s in parts if s not in cued and s not in plain]
    return [*cued, *plain, *asks][:limit]
