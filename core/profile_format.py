"""A profile as a phone-sized plain-text chat message: every section, trimmed to fit one message."""

from __future__ import annotations

from core.models import Education, Experience, Profile

MAX_CHARS = 3500  # one Telegram message (4096) and one Discord embed (4096), with room to spare
_TOP_SKILLS = 30
_SUMMARY_CHARS = 400
_LINE_CHARS = 160
# Detail levels tried in turn until the card fits: (entries shown, bullets per entry).
_LEVELS = ((8, 3), (8, 2), (6, 1), (6, 0), (4, 0), (2, 0))


def clip(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def dates(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start} – {end}"
    return start or end or ""


def job_line(job: Experience) -> str:
    """`Role at Employer (dates, place)`."""
    line = " at ".join(part for part in (job.role, job.company) if part) or "(no role or employer)"
    extras = [x for x in (dates(job.start, job.end), job.location) if x]
    return f"{line} ({', '.join(extras)})" if extras else line


def school_line(school: Education) -> str:
    """`Degree, School (dates, place)`."""
    line = ", ".join(p for p in (school.degree, school.institution) if p) or "(no degree or school)"
    extras = [x for x in (dates(school.start, school.end), school.location) if x]
    return f"{line} ({', '.join(extras)})" if extras else line


def _more(shown: int, total: int) -> str:
    return f" (+{total - shown} more)" if total > shown else ""


def _listed(label: str, items: list[str], limit: int) -> str:
    shown = items[:limit]
    return clip(f"{label}: " + ", ".join(shown), 600) + _more(len(shown), len(items))


def _experience(jobs: list[Experience], entries: int, bullets: int) -> str:
    rows = ["Experience:"]
    for job in jobs[:entries]:
        rows.append(clip("• " + job_line(job), _LINE_CHARS))
        rows += ["  " + clip(f"– {b}", _LINE_CHARS) for b in job.responsibilities[:bullets]]
        if bullets and len(job.responsibilities) > bullets:
            rows.append(f"  – (+{len(job.responsibilities) - bullets} more)")
    if len(jobs) > entries:
        rows.append(f"(+{len(jobs) - entries} more jobs: /set experience lists them all)")
    return "\n".join(rows)


def _card(profile: Profile, entries: int, bullets: int) -> str:
    head = [clip(profile.full_name or "(name not found)", 120)]
    contact = [x for x in (profile.email, profile.phone, profile.location) if x]
    head.append(clip(" · ".join(contact), 300) if contact else "(no e-mail or phone)")
    if profile.links:
        head.append(clip(" ".join(profile.links[:3]), 300))
    blocks = ["\n".join(head)]
    if profile.summary:
        blocks.append(clip(profile.summary, _SUMMARY_CHARS))
    if profile.experience:
        blocks.append(_experience(profile.experience, entries, bullets))
    if profile.education:
        schools = [clip("• " + school_line(s), _LINE_CHARS) for s in profile.education[:entries]]
        more = _more(len(schools), len(profile.education))
        blocks.append("Education:\n" + "\n".join(schools) + more)
    if profile.certifications:
        blocks.append(_listed("Certifications", profile.certifications, 10))
    if profile.languages:
        blocks.append(_listed("Languages", profile.languages, 10))
    if profile.skills:
        blocks.append(_listed("Skills", profile.skill_names(), _TOP_SKILLS))
    return "\n\n".join(blocks)


def format_profile(profile: Profile) -> str:
    """Contact, summary, experience (with bullets), education, certifications, languages and
    skills in under 3,500 characters: the bullets and entries shrink before a section is lost."""
    for entries, bullets in _LEVELS:
        text = _card(profile, entries, bullets)
        if len(text) <= MAX_CHARS:
            return text
    return text[: MAX_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
