"""A profile as a short plain-text chat message: who, how to reach, what they can do."""

from __future__ import annotations

from core.models import Education, Experience, Profile

MAX_CHARS = 3500
_TOP_SKILLS = 15
_MAX_JOBS = 6
_MAX_SCHOOLS = 4
_SUMMARY_CHARS = 400


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def _dates(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start} – {end}"
    return start or end or ""


def _job_line(job: Experience) -> str:
    line = " at ".join(part for part in (job.role, job.company) if part)
    extras = [x for x in (_dates(job.start, job.end), job.location) if x]
    return f"• {line} ({', '.join(extras)})" if extras else f"• {line}"


def _school_line(school: Education) -> str:
    line = ", ".join(part for part in (school.degree, school.institution) if part)
    when = _dates(school.start, school.end)
    return f"• {line} ({when})" if when else f"• {line}"


def format_profile(profile: Profile) -> str:
    """Name, contact, summary, top skills, experience and education in under 3,500 characters."""
    blocks: list[str] = [_clip(profile.full_name or "(name not found)", 120)]
    contact = [x for x in (profile.email, profile.phone, profile.location) if x]
    if contact:
        blocks[0] += "\n" + _clip(" · ".join(contact), 300)
    if profile.links:
        blocks[0] += "\n" + _clip(" ".join(profile.links[:3]), 300)
    if profile.summary:
        blocks.append(_clip(profile.summary, _SUMMARY_CHARS))
    if profile.skills:
        names = [s.name for s in profile.skills[:_TOP_SKILLS]]
        more = len(profile.skills) - len(names)
        tail = f" (+{more} more)" if more > 0 else ""
        blocks.append(_clip("Skills: " + ", ".join(names), 600) + tail)
    if profile.experience:
        jobs = [_clip(_job_line(job), 200) for job in profile.experience[:_MAX_JOBS]]
        blocks.append("Experience:\n" + "\n".join(jobs))
    if profile.education:
        schools = [_clip(_school_line(s), 200) for s in profile.education[:_MAX_SCHOOLS]]
        blocks.append("Education:\n" + "\n".join(schools))
    if profile.languages:
        blocks.append(_clip("Languages: " + ", ".join(profile.languages), 200))
    text = "\n\n".join(blocks)
    if len(text) <= MAX_CHARS:
        return text
    return text[: MAX_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
