"""The offline engine's score: skills, role, seniority and preference fit, with reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.judging.injection import injection_cue
from core.judging.place_rules import place_ok
from core.judging.salary_rule import salary_comparison
from core.judging.seniority import job_level, seniority_gap
from core.models import Job, Match, Preferences, Profile, WorkMode
from core.offline.jobread import HIGH, LOW, JobFeatures, read_job
from core.offline.matching import best_title, find_evidence
from core.offline.professions import families_of, relation
from core.offline.profile import PreparedProfile, prepare
from core.ports import JobScore

_SEVERITY_WEIGHT = {HIGH: 1.0, "medium": 0.6, LOW: 0.3}
_ROLE_FLOOR = {"same": 0.65, "adjacent": 0.35, "unknown": 0.3, "different": 0.0}
WEIGHTS = {"skills": 0.40, "role": 0.30, "experience": 0.15, "preferences": 0.15}


@dataclass
class Breakdown:
    """Each part of a score, 0 to 1, and the facts behind it (for reasons and evaluation)."""

    skills: float | None = None
    role: float = 0.0
    experience: float = 0.75
    preferences: float = 0.6
    matched: list[Match] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    relation: str = "unknown"
    closest_title: str = ""
    relocation: bool = False
    reasons: list[str] = field(default_factory=list)
    # Red flags ("code: reason"); `severe` when one is wide enough to reject.
    flags: list[str] = field(default_factory=list)
    severe: bool = False

    def total(self) -> int:
        parts = {
            "role": self.role,
            "experience": self.experience,
            "preferences": self.preferences,
        }
        weights = dict(WEIGHTS)
        if self.skills is None:
            weights["role"] += weights.pop("skills")
        else:
            parts["skills"] = self.skills
        value = sum(weights[k] * parts[k] for k in weights)
        if self.skills is not None:
            # A resume showing almost none of the requirements is a poor fit, whatever the title.
            value *= min(1.0, 0.55 + 1.5 * self.skills)
        return max(0, min(100, round(100 * value)))


def _skills(job: JobFeatures, prep: PreparedProfile, out: Breakdown) -> None:
    if not job.requirements:
        return
    got = total = 0.0
    for req in job.requirements:
        weight = _SEVERITY_WEIGHT[req.severity]
        total += weight
        evidence = find_evidence(req.name, prep, job.families)
        if evidence:
            got += weight
            out.matched.append(Match(requirement=req.name, evidence=evidence))
        else:
            out.missing.append(req.name)
    out.skills = got / total
    n = len(job.requirements)
    line = f"Skills: {len(out.matched)} of {n} requirements shown in your resume"
    if out.missing:
        line += f"; missing: {', '.join(out.missing[:4])}"
    out.reasons.append(line + ".")


def _role(
    job: Job, feats: JobFeatures, prep: PreparedProfile, prefs: Preferences, out: Breakdown
) -> None:
    titles = [t for t, _ in prep.titles] + list(prefs.roles)
    sim, closest = best_title(feats.title_core, titles)
    families = dict(prep.families)
    for fam, n in families_of(prefs.roles).items():
        families[fam] = families.get(fam, 0.0) + n
    out.relation = relation(set(feats.families), families)
    out.closest_title = closest
    if out.relation == "different":
        # A shared title word ("Personal Banker" / "Personal Trainer") is not the same job.
        sim = 0.0
    out.role = max(sim, _ROLE_FLOOR[out.relation])
    field_name = "/".join(sorted(feats.families)) or "unclear"
    if out.relation == "different":
        mine = "/".join(sorted(f for f in families if families[f] >= 1)) or "your background"
        out.flags.append(
            f"wrong_profession: '{job.title}' ({field_name}) is not your field ({mine})"
        )
        out.severe = True
    if sim >= 0.5:
        out.reasons.append(f"Role: '{job.title}' is close to '{closest}'.")
    elif out.relation == "same":
        out.reasons.append(f"Role: '{job.title}' is in your field ({field_name}).")
    elif out.relation == "adjacent":
        out.reasons.append(f"Role: '{job.title}' ({field_name}) is next to your field.")
    elif out.relation == "different":
        mine = "/".join(sorted(families)) or "your background"
        out.reasons.append(f"Role: '{job.title}' ({field_name}) is a different field from {mine}.")


def _experience(feats: JobFeatures, prep: PreparedProfile, out: Breakdown) -> None:
    have = prep.years
    need = feats.years
    if need is None and feats.level is not None and feats.level[0] > 0:
        need = feats.level[0]
    fit = 0.75
    if need is not None:
        if need <= 0.5:
            fit = 1.0 if have < 6 else 0.5 if have < 10 else 0.3
        else:
            ratio = have / need
            fit = 1.0 if ratio >= 1 else 0.75 if ratio >= 0.75 else 0.45 if ratio >= 0.5 else 0.15
        out.reasons.append(
            f"Experience: the job asks for about {need:g}+ years; you have about {have:.0f}."
        )
    if feats.level is not None:
        gap = feats.level[1] - prep.level
        if gap >= 2:
            fit = min(fit, 0.35)
        elif gap <= -2:
            fit = min(fit, 0.4)
            out.reasons.append("Level: this job is well below your current level.")
    out.experience = fit


def _seniority(job: Job, feats: JobFeatures, prep: PreparedProfile, out: Breakdown) -> None:
    rank = feats.level[1] if feats.level is not None else None
    level = job_level(job.title, job.description, rank, feats.years)
    gap = seniority_gap(level, prep.years, prep.level)
    if gap is None:
        return
    out.flags.append(f"{gap.code}: {gap.reason}")
    out.severe = out.severe or gap.severe
    out.reasons.append(f"Level: {gap.reason}.")


def _injection(job: Job, out: Breakdown) -> None:
    cue = injection_cue(f"{job.title}. {job.description}")
    if cue is not None:
        out.flags.append(f"suspicious_text: the posting addresses automated screeners ('{cue}')")
        out.reasons.append("Warning: the posting contains instructions aimed at screening bots.")


def _preferences(job: Job, feats: JobFeatures, prefs: Preferences, out: Breakdown) -> None:
    roles_fit = 0.6
    if prefs.roles:
        sim, _ = best_title(feats.title_core, list(prefs.roles))
        rel = relation(set(feats.families), families_of(prefs.roles))
        roles_fit = 0.0 if rel == "different" else max(sim, 0.6 if rel == "same" else 0.0)
    salary = 0.6
    if job.salary_offered is not None:
        compared = salary_comparison(job, prefs)
        if compared is None:
            salary = 0.5
            out.reasons.append(
                f"Salary: {job.salary_offered:,.0f} {job.currency} is in another currency "
                f"than yours ({prefs.salary_currency}), so it was not compared."
            )
        elif prefs.min_salary is None or compared[0] >= prefs.min_salary:
            salary = 1.0 if prefs.min_salary is not None else 0.7
    place = 1.0
    if not place_ok(job, prefs) and not (job.is_remote and WorkMode.REMOTE in prefs.work_modes):
        place = 0.2  # screening let it through because the user is open to relocation
        out.relocation = True
        out.reasons.append(f"Place: {job.place()} means relocating, so you decide.")
    out.preferences = 0.55 * roles_fit + 0.25 * salary + 0.2 * place


def breakdown(profile: Profile, prefs: Preferences, job: Job, today: date) -> Breakdown:
    """Score `job` for `profile` part by part."""
    prep = prepare(profile, today)
    feats = read_job(job)
    out = Breakdown()
    _role(job, feats, prep, prefs, out)
    _skills(feats, prep, out)
    _experience(feats, prep, out)
    _preferences(job, feats, prefs, out)
    _seniority(job, feats, prep, out)
    _injection(job, out)
    return out


def score_job(profile: Profile, prefs: Preferences, job: Job, today: date) -> JobScore:
    """The offline engine's judgement of one job (deterministic, no network)."""
    parts = breakdown(profile, prefs, job, today)
    score = parts.total()
    if parts.severe:
        # A wrong profession or a wide level gap: the recruiter would not send this one.
        score = min(score, max(min(prefs.clarify_threshold, prefs.accept_threshold) - 1, 0))
    elif parts.relocation or parts.flags:
        # Moving home, a level mismatch or a manipulative posting: the user's call at most.
        score = min(score, max(prefs.accept_threshold - 1, 0))
    return JobScore(
        score=score,
        reasons=parts.reasons,
        matched=parts.matched,
        missing=parts.missing,
        red_flags=parts.flags,
    )
