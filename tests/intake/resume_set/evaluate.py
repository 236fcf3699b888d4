"""Field-level precision and recall of the offline resume reader on the labelled set.

Matching: each value is compared after NFKC, case folding, "&" read as "and", and every run of
punctuation or whitespace made one space; phones compare by their digits; skills compare by
the vocabulary's key (`core.resume.skills.skill_key`, so "Logistical planning" and
"Logistics" are one skill); languages by their name without the level in brackets. List fields
(employers, roles, schools, degrees, languages, skills, certifications) are matched as multisets:
a predicted value is a true positive when an unmatched expected value equals it. A predicted
skill also counts as correct when it is among the skills the text claims in its summary or
bullets (`skills_ok`), but those are never required for recall. Skills of category "language"
are scored under languages, not skills.

Bullets (the responsibilities of experience entries, pooled over the profile's entries) are
scored apart, in `BULLET_FIELD`, and only where the labels hold bullets: they are not one of
`FIELDS`, so the mean F1 of older rounds stays comparable. A bullet compares whole, after the
same normalisation as the other fields (so a leading glyph, a hyphen or a line break read as a
space do not count): a parsed bullet is right only when it equals one labelled bullet, so a
bullet that mixes the text of two, or carries a heading, a date or a place, is wrong, and the
labelled bullets it was cut from are missed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.models import Profile
from core.resume.skills import skill_key

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "resumes"
FIELDS = (
    "name",
    "email",
    "phone",
    "employers",
    "roles",
    "schools",
    "degrees",
    "certifications",
    "languages",
    "skills",
)
BULLET_FIELD = "bullets"
SCORED = (*FIELDS, BULLET_FIELD)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _language(text: str) -> str:
    return norm(re.sub(r"\s*[(\[].*$|\s+[-–—:]\s.*$", "", text))


@dataclass
class Labels:
    """What a resume really says."""

    name: str
    email: str
    phone: str
    employers: list[str]
    roles: list[str]
    schools: list[str]
    degrees: list[str]
    certifications: list[str]
    languages: list[str]
    skills: list[str]
    skills_ok: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)  # none: bullets are not scored


@dataclass
class Score:
    """True positives, predicted and expected counts per field."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    accepted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))

    def add(self, other: Score) -> None:
        for f in SCORED:
            self.tp[f] += other.tp[f]
            self.predicted[f] += other.predicted[f]
            self.expected[f] += other.expected[f]
            self.accepted[f] += other.accepted[f]

    def precision(self, f: str) -> float:
        right = self.tp[f] + self.accepted[f]
        return right / self.predicted[f] if self.predicted[f] else 1.0

    def recall(self, f: str) -> float:
        return self.tp[f] / self.expected[f] if self.expected[f] else 1.0


def mean_f1(score: Score) -> float:
    """The mean over FIELDS of each field's F1: the bench's one figure for a group."""
    f1 = [
        2 * score.precision(f) * score.recall(f) / ((score.precision(f) + score.recall(f)) or 1)
        for f in FIELDS
    ]
    return sum(f1) / len(f1)


def _multiset(
    score: Score, f: str, predicted: Iterable[str], expected: Iterable[str], ok: Iterable[str] = ()
) -> list[str]:
    """Count matches; return the predicted values that matched nothing."""
    pending = [e for e in expected if e]
    accepted = set(ok)
    misses: list[str] = []
    for value in (p for p in predicted if p):
        score.predicted[f] += 1
        if value in pending:
            pending.remove(value)
            score.tp[f] += 1
        elif value in accepted:
            score.accepted[f] += 1
        else:
            misses.append(value)
    score.expected[f] += len([e for e in expected if e])
    return misses


def score_profile(profile: Profile, labels: Labels) -> tuple[Score, dict[str, list[str]]]:
    """The profile's score against its labels, and the wrong predicted values by field."""
    score = Score()
    wrong: dict[str, list[str]] = {}

    def one(f: str, got: str | None, want: str) -> None:
        fold = _digits if f == "phone" else norm
        g, w = fold(got or ""), fold(want)
        miss = _multiset(score, f, [g] if g else [], [w] if w else [])
        if miss or (w and g != w):
            wrong[f] = [got or "<missing>"]

    one("name", profile.full_name, labels.name)
    one("email", profile.email, labels.email)
    one("phone", profile.phone, labels.phone)
    lists = {
        "employers": ([e.company for e in profile.experience], labels.employers, norm),
        "roles": ([e.role for e in profile.experience], labels.roles, norm),
        "schools": ([e.institution for e in profile.education], labels.schools, norm),
        "degrees": ([e.degree for e in profile.education], labels.degrees, norm),
        "certifications": (_certifications(profile), labels.certifications, norm),
        "languages": (profile.languages, labels.languages, _language),
    }
    for f, (got, want, fold) in lists.items():
        misses = _multiset(score, f, [fold(g) for g in got], [fold(w) for w in want])
        if misses or score.tp[f] < score.expected[f]:  # a miss, or an expected value not found
            wrong[f] = misses or ["<missing some>"]
    skills = [s.name for s in profile.skills if s.category != "language"]
    misses = _multiset(
        score,
        "skills",
        [skill_key(s) for s in skills],
        [skill_key(s) for s in labels.skills],
        [skill_key(s) for s in labels.skills_ok],
    )
    found = {skill_key(s) for s in skills}
    missing = [s for s in labels.skills if skill_key(s) not in found]
    if misses or missing:
        wrong["skills"] = misses + [f"<missing {s}>" for s in missing]
    _bullets(profile, labels, score, wrong)
    return score, wrong


def _bullets(profile: Profile, labels: Labels, score: Score, wrong: dict[str, list[str]]) -> None:
    """Score the entries' bullets where the labels hold any (see the module's docstring)."""
    if not labels.bullets:
        return
    got = [b for e in profile.experience for b in e.responsibilities]
    misses = _multiset(
        score, BULLET_FIELD, [norm(b) for b in got], [norm(b) for b in labels.bullets]
    )
    found = {norm(b) for b in got}
    missing = [b for b in labels.bullets if norm(b) not in found]
    if misses or missing:
        wrong[BULLET_FIELD] = misses + [f"<missing {b}>" for b in missing]


def _certifications(profile: Profile) -> list[str]:
    return list(getattr(profile, "certifications", []))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def shared_labels() -> dict[str, Labels]:
    raw = json.loads((Path(__file__).parent / "shared_labels.json").read_text())
    return {
        name: Labels(**{k: v for k, v in item.items() if k != "profession"})
        for name, item in raw.items()
        if not name.startswith("_")
    }
