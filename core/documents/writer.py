"""The offline writer: a resume, cover letter and evidence points tailored to one job.

Every fact is copied from the profile (tidied) or is the job's own title and company; the
tailoring chooses, orders and frames them. The name and contact lines are added afterwards by
`core.documents.content.add_frame`, as for every engine.
"""

from __future__ import annotations

import re
from datetime import date

from core.documents.clauses import join_and
from core.documents.content import add_frame
from core.documents.letter import cover_letter
from core.documents.linter import sentence, tidy
from core.documents.tailor import Plan, plan_for, started
from core.evidence import quoted_in
from core.models import Documents, Job, Profile
from core.offline.dates import stated_years
from core.offline.text import fold, phrase_key
from core.resume.parser import contact_like

_MIN_POINTS, _MAX_POINTS = 5, 7
_PAREN = re.compile(r"\s*\([^)]*\)")
_LABELS = {"general": "Other", "soft": "Soft skills"}
YEARS_PHRASE = re.compile(
    r"\b(\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty)\+?\s+years?\b",
    re.IGNORECASE,
)


def years_phrase(profile: Profile) -> str | None:
    """The summary's own "six years" (as written), when it states years of experience."""
    if stated_years(profile.summary) is None:
        return None
    m = YEARS_PHRASE.search(profile.summary)
    return m.group(0) if m else None


def plain_role(role: str) -> str:
    """A job title without its parenthesis ("Consultant (Part-Time)" -> "Consultant")."""
    return tidy(_PAREN.sub("", role)) or tidy(role)


def _summary(plan: Plan, today: date) -> list[str]:
    profile, job = plan.profile, plan.job
    roles = [e for e in profile.experience if e.role]
    out: list[str] = []
    if roles:
        head = plain_role(roles[0].role)
        years = years_phrase(profile)
        since = started(profile, today)
        companies = list(dict.fromkeys(e.company for e in profile.experience if e.company))[:2]
        tail = f" at {' and '.join(companies)}" if companies else ""
        if years:
            out.append(f"{head} with {years} of experience{tail}.")
        elif since:
            out.append(f"{head} with experience{tail} since {since}.")
        else:
            out.append(f"{head} with experience{tail}.")
    elif profile.summary:
        out.append(sentence(profile.summary.split(". ")[0]))
    best = [f for f in plan.ranked() if f.relevance > 0]
    if best:
        out.append(best[0].text)
    reqs = [m.requirement for m in plan.matched][:3]
    if reqs:
        out.append(
            sentence(f"Brings {join_and([plan.name(r) for r in reqs])} to the {job.title} role")
        )
    elif plan.skills:
        top = [s for _, names in plan.skills for s in names][:3]
        out.append(sentence(f"Skilled in {join_and([plan.name(s) for s in top])}"))
    return [s for s in out if plan.speakable(s)][:3]


def _span(*parts: str | None) -> str:
    return " – ".join(p.strip() for p in parts if p and p.strip())


def _entry(
    what: str, where: str, start: str | None, end: str | None, place: str | None
) -> list[str]:
    """An entry's header ("### Role — Employer") and its line of dates and place."""
    head = " — ".join(tidy(x) for x in (what, where) if x and tidy(x))
    if not head:
        return []
    when = ", ".join(x for x in (_span(start, end), tidy(place or "")) if x)
    return [f"### {head}", when] if when else [f"### {head}"]


def _resume(plan: Plan, today: date) -> str:
    profile = plan.profile
    lines: list[str] = []
    summary = _summary(plan, today)
    if summary:
        lines += ["## Summary", " ".join(summary), ""]
    if plan.skills:
        lines.append("## Skills")
        if len(plan.skills) == 1:
            lines.append(", ".join(plan.skills[0][1]))
        else:
            other: list[str] = []
            for cat, names in plan.skills:
                label = _LABELS.get(cat, cat[:1].upper() + cat[1:])
                if [phrase_key(n) for n in names] == [phrase_key(label)] or cat == "general":
                    other += names  # "Sales: Sales" says it twice
                else:
                    lines.append(f"- {label}: {', '.join(names)}")
            if other:
                lines.append(f"- Other: {', '.join(other)}")
        lines.append("")
    if profile.experience:
        lines.append("## Experience")
        for i, exp in enumerate(profile.experience):
            entry = _entry(exp.role, exp.company, exp.start, exp.end, exp.location)
            if entry:
                lines += [*entry, *(f"- {b}" for b in plan.bullets(i)), ""]
    if profile.education:
        lines.append("## Education")
        for edu in profile.education:
            entry = _entry(edu.degree, edu.institution, edu.start, edu.end, edu.location)
            if entry:
                lines += [*entry, ""]
    # a credential, never a reading error that holds contact details or a link
    certifications = [tidy(c) for c in profile.certifications if c.strip() and not contact_like(c)]
    if certifications:
        lines += ["## Certifications", *(f"- {c}" for c in certifications), ""]
    achievements = plan.bullets(-1)
    if achievements:
        lines += ["## Achievements", *(f"- {a}" for a in achievements), ""]
    projects = [p for p in profile.projects if p.name and plan.relevance(p.description) > 0][:3]
    if projects:
        lines.append("## Projects")
        lines += [f"- {tidy(p.name)}: {sentence(p.description)}" for p in projects]
        lines.append("")
    if plan.languages:
        lines += ["## Languages", ", ".join(plan.languages), ""]
    return "\n".join(lines).strip() + "\n"


def _points(plan: Plan, resume: str) -> list[str]:
    """Each of the job's matched requirements with one fact quoted from `resume`, the
    tailored resume the points accompany."""
    skill_keys = {phrase_key(s) for _, names in plan.skills for s in names}
    used: set[str] = set()
    points: list[str] = []
    for match in plan.matched:
        req = tidy(match.requirement)
        quote = sentence(match.evidence.rstrip("…"))
        bare = phrase_key(match.evidence) in skill_keys or len(quote.split()) < 4
        if bare or not quoted_in(quote, resume):
            # A bare skill name proves little, and the engine's evidence may be the profile's
            # summary or a bullet this resume dropped: quote a listed line that shows it, or
            # nothing.
            better = [
                f.text for f in plan.shown() if _has(f.text, req) and fold(f.text) not in used
            ]
            if not better:
                continue
            quote = better[0]
        if not req or fold(quote) in used:
            continue
        used.add(fold(quote))
        point = f'{req[:1].upper() + req[1:]}: "{quote}"'
        if plan.speakable(point):
            points.append(point)
    role = next((plain_role(e.role) for e in plan.profile.experience if e.role), "")
    for fact in plan.shown():
        if len(points) >= _MIN_POINTS:
            break
        if fold(fact.text) not in used:
            used.add(fold(fact.text))
            label = f"Experience as {role}" if role and fact.entry >= 0 else "Achievement"
            points.append(f'{label}: "{fact.text}"')
    # A thin resume: the schools and languages are quoted facts too.
    spare = [
        ("Education", ", ".join(x for x in (e.degree, e.institution) if x))
        for e in plan.profile.education
    ]
    if plan.languages:
        spare.append(("Languages", ", ".join(plan.languages)))
    for label, quoted in spare:
        if len(points) >= _MIN_POINTS:
            break
        point = f'{label}: "{quoted}"'
        if quoted and fold(quoted) not in used and plan.speakable(point):
            used.add(fold(quoted))
            points.append(point)
    return points[:_MAX_POINTS]


def _has(text: str, requirement: str) -> bool:
    key = phrase_key(requirement)
    return bool(key) and f" {key} " in f" {phrase_key(text)} "


def write_documents(profile: Profile, job: Job, today: date) -> Documents:
    """Tailored resume (Markdown), cover letter and evidence points from the profile alone."""
    plan = plan_for(profile, job, today)
    resume = _resume(plan, today)
    body = Documents(
        resume_md=resume,
        cover_letter=cover_letter(plan, years_phrase(profile)),
        evidence_points=_points(plan, resume),
    )
    return add_frame(body, profile)
