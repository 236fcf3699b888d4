"""Documents written from the profile alone: tailored resume, cover letter, evidence points.

Every sentence is either a fixed formula or text copied from the profile (or the job's title
and company), so nothing can be invented; relevance to the job only chooses and orders.
"""

from __future__ import annotations

from datetime import date

from core.models import Documents, Job, Preferences, Profile
from core.offline.scoring import breakdown
from core.offline.text import sentences, stems

_MIN_POINTS, _MAX_POINTS = 5, 7
_MAX_DUTIES = 5


def _relevance(text: str, wanted: set[str]) -> int:
    return len(set(stems(text)) & wanted)


def _by_relevance(items: list[str], wanted: set[str]) -> list[str]:
    """Most relevant first; ties keep the profile's order."""
    ranked = sorted(enumerate(items), key=lambda p: (-_relevance(p[1], wanted), p[0]))
    return [text for _, text in ranked]


def _span(start: str | None, end: str | None) -> str:
    return " – ".join(x for x in (start, end) if x)


def _resume(profile: Profile, job: Job, wanted: set[str]) -> str:
    lines = [f"# {profile.full_name}" if profile.full_name else "# Resume"]
    contact = [x for x in (profile.location, profile.email, profile.phone) if x]
    if contact:
        lines.append(" · ".join(contact))
    if profile.summary:
        lines += ["", "## Summary", profile.summary]
    skills = _by_relevance(profile.skill_names(), wanted)
    if skills:
        lines += ["", "## Key skills", ", ".join(skills)]
    if profile.experience:
        lines += ["", "## Experience"]
        for exp in profile.experience:
            head = " — ".join(x for x in (exp.role, exp.company) if x)
            lines += ["", f"### {head}"]
            when = ", ".join(x for x in (_span(exp.start, exp.end), exp.location or "") if x)
            if when:
                lines.append(when)
            duties = [s for d in exp.responsibilities for s in sentences(d)]
            lines += [f"- {d}" for d in _by_relevance(duties, wanted)[:_MAX_DUTIES]]
    if profile.education:
        lines += ["", "## Education"]
        for edu in profile.education:
            what = ", ".join(x for x in (edu.degree, edu.institution) if x)
            span = _span(edu.start, edu.end)
            lines.append(f"- {what}" + (f" ({span})" if span else ""))
    if profile.certifications:
        lines += ["", "## Certifications", *(f"- {c}" for c in profile.certifications)]
    if profile.achievements:
        lines += ["", "## Achievements"]
        lines += [f"- {a}" for a in _by_relevance(profile.achievements, wanted)]
    if profile.projects:
        lines += ["", "## Projects"]
        lines += [f"- {p.name}: {p.description}".rstrip(": ") for p in profile.projects]
    if profile.languages:
        lines += ["", "## Languages", ", ".join(profile.languages)]
    return "\n".join(lines) + "\n"


def _points(profile: Profile, job: Job, wanted: set[str], today: date) -> list[str]:
    parts = breakdown(profile, Preferences(), job, today)
    bare_skills = set(profile.skill_names()) | set(profile.languages)
    points: list[str] = []
    for match in parts.matched:
        # A bare skill name proves little; the skills line of the resume already lists it.
        if match.evidence not in points and match.evidence not in bare_skills:
            points.append(match.evidence)
    pool = [s for e in profile.experience for d in e.responsibilities for s in sentences(d)]
    pool += profile.achievements
    for text in _by_relevance(pool, wanted):
        if len(points) >= _MAX_POINTS:
            break
        if text not in points and (len(points) < _MIN_POINTS or _relevance(text, wanted)):
            points.append(text)
    # A thin resume: fall back on the summary, education and languages, still quoted facts.
    fallback = sentences(profile.summary)
    fallback += [", ".join(x for x in (e.degree, e.institution) if x) for e in profile.education]
    if profile.languages:
        fallback.append("Languages: " + ", ".join(profile.languages))
    for text in fallback:
        if len(points) >= _MIN_POINTS:
            break
        if text and text not in points:
            points.append(text)
    return points[:_MAX_POINTS]


def _letter(profile: Profile, job: Job, points: list[str]) -> str:
    where = f" at {job.company}" if job.company else ""
    paras = ["Dear Hiring Manager,", f"I am writing to apply for the {job.title} role{where}."]
    summary = sentences(profile.summary)
    if summary:
        paras[-1] += f" {summary[0]}"
    if points:
        paras.append("What I would bring to this role, from my resume:")
        paras.append("\n".join(f"- {p}" for p in points[:3]))
    if profile.experience and profile.experience[0].role:
        latest = profile.experience[0]
        at = f" at {latest.company}" if latest.company else ""
        paras.append(f"My most recent role is {latest.role}{at}.")
    skills = profile.skill_names()[:5]
    if skills:
        paras[-1] += f" My key skills include {', '.join(skills)}."
    paras.append(
        "Thank you for considering my application. I would welcome the chance to talk about "
        "how I can help your team."
    )
    paras.append("Kind regards,\n" + (profile.full_name or ""))
    return "\n\n".join(p.strip() for p in paras if p.strip())


def write_documents(profile: Profile, job: Job, today: date) -> Documents:
    """Tailored resume (Markdown), cover letter and evidence points from the profile alone."""
    wanted = set(stems(" ".join([job.title, job.description, *job.required_skills])))
    points = _points(profile, job, wanted, today)
    return Documents(
        resume_md=_resume(profile, job, wanted),
        cover_letter=_letter(profile, job, points),
        evidence_points=points,
    )
