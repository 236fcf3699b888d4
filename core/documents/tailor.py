"""What matters in a profile for one job: ranked facts, matched requirements, clean skills.

The offline writer's reading of the job. Matches come from the offline engine's public
`breakdown` (quoted evidence per requirement); ranking here only orders and drops what the
profile says, after repairing reading artefacts with `core.documents.linter.tidy`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from core.documents.clauses import is_action
from core.documents.english import is_english
from core.documents.factcheck import Facts, facts_for, problems
from core.documents.guard import URL, commitments, placeholders
from core.documents.linter import sentence, tidy
from core.documents.wordsof import words_of
from core.models import Job, Match, Preferences, Profile
from core.offline.dates import MONTHS, parse_date
from core.offline.scoring import breakdown
from core.offline.text import fold, phrase_key, sentences, stems, words
from core.resume.contact import EMAIL

_STOP = frozenset(
    words_of(
        "and the for with you your our are will have has this that from into able work team "
        "role job who who' can must plus what they them their other more all any such within "
        "about also well year years experience skills strong good excellent ability"
    )
)
_BLURB = re.compile(r"\b(?:is|are) (?:a|an|the|one)\b")
_NUMBERED = re.compile(r"\d|%|\$|£|€")
_YEAR = re.compile(r"\b(19|20)\d\d\b|\b\d{1,2}[/.]\d{2,4}\b")
MAX_BULLETS = 5
MAX_ACHIEVEMENTS = 4


@dataclass(frozen=True)
class Fact:
    """One sentence of the profile, tidied, with where it came from and how much it counts."""

    text: str
    entry: int  # index of the experience it belongs to; -1 for achievements and projects
    relevance: int
    numbered: bool

    @property
    def rank(self) -> int:
        """Lower is better: relevant first, then numbers, then an action verb."""
        return -(self.relevance * 2 + (2 if self.numbered else 0) + is_action(self.text))


@dataclass
class Plan:
    """The profile read for one job: what matches, which facts count, which skills to show."""

    profile: Profile
    job: Job
    matched: list[Match] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    skills: list[tuple[str, list[str]]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    wanted: frozenset[str] = frozenset()
    checks: Facts | None = None
    lower_words: frozenset[str] = frozenset()
    proper: frozenset[str] = frozenset()  # phrase keys the texts write as names

    def name(self, text: str) -> str:
        """`text` (a requirement or skill) as it reads inside a sentence."""
        if phrase_key(text) in self.proper:
            return text  # "Google Analytics": the posting capitalises it among lower-case ones
        return lower_name(text, self.lower_words)

    def speakable(self, text: str) -> bool:
        """True when the fact check finds nothing in `text` (the writer says nothing else)."""
        return self.checks is None or not problems(text, self.checks)

    def relevance(self, text: str) -> int:
        return len(set(stems(text)) & self.wanted)

    def ranked(self, entry: int | None = None) -> list[Fact]:
        """Facts best first (relevant, with numbers); of one experience entry when given."""
        pool = [f for f in self.facts if entry is None or f.entry == entry]
        return sorted(pool, key=lambda f: f.rank)

    def kept(self, entry: int) -> list[Fact]:
        """An entry's facts on the tailored resume, best first: the relevant and numbered
        ones; a job with neither keeps its best one, so no job on the resume stands bare.
        Achievements (entry -1) are a section of their own, shown only when they count."""
        ranked = self.ranked(entry)
        keep = [f for f in ranked if f.relevance > 0 or f.numbered]
        if entry < 0:
            return keep[:MAX_ACHIEVEMENTS]
        return (keep or ranked[:1])[:MAX_BULLETS]

    def bullets(self, entry: int) -> list[str]:
        """An entry's bullets for this job: relevant ones first, weak ones dropped."""
        return [f.text for f in self.kept(entry)]

    def shown(self) -> list[Fact]:
        """The facts the tailored resume lists, best first. The letter and the evidence
        points quote only these, so what they cite is on the resume they accompany."""
        jobs = self.profile.experience
        entries = {f.entry for f in self.facts}
        # a job without a role or an employer gets no heading, so none of its bullets
        listed = [e for e in entries if e < 0 or tidy(jobs[e].role) or tidy(jobs[e].company)]
        keep = {f for e in listed for f in self.kept(e)}
        return [f for f in self.ranked() if f in keep]


def _wanted(job: Job, matched: list[Match]) -> frozenset[str]:
    text = " ".join(
        [job.title, job.description, *job.required_skills, *(m.requirement for m in matched)]
    )
    return frozenset(stems(" ".join(w for w in words(text) if len(w) > 2 and w not in _STOP)))


def _usable(text: str, profile_key: str) -> bool:
    """A profile sentence fit to repeat: long enough, no slots, links or promises, and no " | "
    (the PDF reader's joint between two columns: two bullets printed side by side and read
    row by row come out interleaved, and must not be quoted to an employer)."""
    return (
        len(text.split()) >= 4
        and " | " not in text
        and not placeholders(text)
        and not EMAIL.search(text)
        and not URL.search(text)
        and not commitments(text, profile_key)
    )


def _about_employer(text: str, employer: str) -> bool:
    """A line describing the employer ("Crunch is a health club chain ..."), not the work."""
    head = phrase_key(" ".join(text.split()[:8]))
    names = [w for w in phrase_key(employer).split() if len(w) > 2]
    return bool(names) and any(w in head.split() for w in names) and bool(_BLURB.search(head))


def _places(profile: Profile, job: Job) -> set[str]:
    raw = [profile.location or "", *job.cities, *job.countries]
    raw += [e.location or "" for e in profile.experience]
    raw += [e.location or "" for e in profile.education]
    return {phrase_key(p) for r in raw for p in re.split(r"[,/|]", r) if phrase_key(p)}


def plausible_item(name: str, profile: Profile, job: Job) -> bool:
    """A skill or language, not a reading error (a date, place, handle, name or sentence)."""
    text = tidy(name)
    key = phrase_key(text)
    if not key or len(text) > 60 or len(key.split()) > 6 or not text[0].isalnum():
        return False
    if _YEAR.search(text) or any(w in MONTHS for w in key.split() if len(w) > 2):
        return False
    if "@" in text or URL.search(text) or placeholders(text) or text.endswith("."):
        return False
    names = [profile.full_name, *(e.company for e in profile.experience)]
    names += [e.institution for e in profile.education]
    return key not in _places(profile, job) and key not in {phrase_key(n) for n in names if n}


def _skills(plan: Plan) -> list[tuple[str, list[str]]]:
    job = plan.job
    job_key = f" {phrase_key(' '.join([job.title, job.description, *job.required_skills]))} "
    matched_keys = {phrase_key(m.requirement) for m in plan.matched}
    groups: dict[str, list[tuple[bool, str]]] = {}
    seen: set[str] = set()
    for skill in plan.profile.skills:
        name = tidy(skill.name)
        key = phrase_key(name)
        if key in seen or not plausible_item(name, plan.profile, plan.job):
            continue
        seen.add(key)
        hit = f" {key} " in job_key or key in matched_keys
        groups.setdefault(skill.category.strip().lower() or "general", []).append((hit, name))
    ordered = sorted(groups.items(), key=lambda g: -sum(h for h, _ in g[1]))
    return [(cat, [n for _, n in sorted(items, key=lambda i: not i[0])]) for cat, items in ordered]


def lower_name(name: str, lower_words: frozenset[str] = frozenset()) -> str:
    """A requirement or skill inside a sentence: "Nutrition Assessment" -> "nutrition
    assessment", but "WIC program", "Microsoft Excel" and "Excel" stay as written (a single
    word only goes lower case when the texts use it so)."""
    parts = name.split()
    if not parts or not all(is_english(w) and w[1:].islower() for w in parts):
        return name
    if len(parts) == 1 and not {name.lower(), name.lower() + "s"} & lower_words:
        return name
    return name.lower()


def with_article(role: str) -> str:
    """ "a Nutritional Consultant", "an Office Manager"."""
    first = role.split()[0] if role.split() else ""
    if first.isupper() and len(first) > 1:  # an MA, an RN, a BSc
        return ("an " if first[0] in "AEFHILMNORSX" else "a ") + role
    return ("an " if role[:1].lower() in "aeio" else "a ") + role


_MID_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w&+-]*(?: [A-Z][\w&+-]*)+")


def _proper(job: Job, text: str) -> frozenset[str]:
    """Phrases written as names: capitalised inside a sentence of `text`, or in a skills list
    of the job that writes its other items in lower case."""
    found = {phrase_key(m) for m in _MID_NAME.findall(text)}
    skills = job.required_skills
    if any(s == s.lower() for s in skills):
        found |= {phrase_key(s) for s in skills if s != s.lower()}
    return frozenset(found)


def plan_for(profile: Profile, job: Job, today: date) -> Plan:
    """Read `profile` for `job`: matches, ranked facts and grouped clean skills."""
    parts = breakdown(profile, Preferences(), job, today)
    plan = Plan(profile=profile, job=job, checks=facts_for(profile, job))
    plan.matched = [m for m in parts.matched if plan.speakable(m.requirement)]
    plan.wanted = _wanted(job, plan.matched)
    lower = " ".join(
        [
            job.description,
            profile.summary,
            *(d for e in profile.experience for d in e.responsibilities),
        ]
    )
    plan.lower_words = frozenset(re.findall(r"\b[a-z][a-z-]+\b", lower))
    plan.proper = _proper(job, lower)
    profile_key = phrase_key(profile.model_dump_json())
    seen: set[str] = set()

    def add(raw: str, entry: int) -> None:
        text = sentence(raw)
        key = fold(text)
        if raw.rstrip().endswith(":") or key in seen:
            return  # "my core activities include:" introduces a list; it says nothing itself
        employer = profile.experience[entry].company if entry >= 0 else ""
        if _about_employer(text, employer) or not _usable(text, profile_key):
            return
        if not plan.speakable(text):
            return
        seen.add(key)
        numbered = bool(_NUMBERED.search(text))
        plan.facts.append(Fact(text, entry, plan.relevance(text), numbered))

    for i, exp in enumerate(profile.experience):
        for duty in exp.responsibilities:
            for s in sentences(duty):
                add(s, i)
    for achievement in profile.achievements:
        for s in sentences(achievement):
            add(s, -1)
    plan.skills = _skills(plan)
    plan.languages = [
        tidy(lang) for lang in profile.languages if plausible_item(lang, profile, job)
    ]
    return plan


def started(profile: Profile, today: date) -> str | None:
    """The start of the candidate's earliest dated role, as the profile writes it."""
    dated = [(parse_date(e.start, today), e.start) for e in profile.experience if e.start]
    dated = [(d, s) for d, s in dated if d is not None]
    return min(dated)[1] if dated else None
