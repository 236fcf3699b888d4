"""Shared checks for the intake tests: every extracted value must come from the text."""

from __future__ import annotations

import re

from core.models import Profile
from core.resume.skills import ALIASES


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _phrase(text: str) -> str:
    return " " + " ".join(_words(text)) + " "


def occurs(value: str, text: str) -> bool:
    """Each word of `value` is a word of `text` (a plain plural in the text counts; so do
    the halves of two words the PDF glued, "WeldingFlux")."""
    vocabulary = set(_words(text)) | set(_words(re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)))
    return all(
        w in vocabulary or f"{w}s" in vocabulary or f"{w}es" in vocabulary for w in _words(value)
    )


def skill_occurs(name: str, text: str) -> bool:
    """The skill's own words are in the text, or one of its aliases is, as a phrase."""
    if occurs(name, text):
        return True
    haystack = _phrase(text)
    forms = [alias for alias, canonical in ALIASES.items() if canonical == name]
    return any(_phrase(form) in haystack or _phrase(form + "s") in haystack for form in forms)


def invented(profile: Profile, text: str) -> list[str]:
    """Every extracted value whose words are not in the text (should be empty)."""
    missing: list[str] = []

    def check(label: str, value: str | None) -> None:
        if value and not occurs(value, text):
            missing.append(f"{label}: {value!r}")

    check("name", profile.full_name)
    for label, exact in (("email", profile.email), ("phone", profile.phone)):
        if exact and exact not in text:
            missing.append(f"{label}: {exact!r}")
    for link in profile.links:
        if link not in text:
            missing.append(f"link: {link!r}")
    check("location", profile.location)
    check("summary", profile.summary)
    for skill in profile.skills:
        if not skill_occurs(skill.name, text):
            missing.append(f"skill: {skill.name!r}")
    for job in profile.experience:
        for label, value in (("company", job.company), ("role", job.role), ("place", job.location)):
            check(label, value)
        for label, value in (("start", job.start), ("end", job.end)):
            check(label, value)
        for item in job.responsibilities:
            check("responsibility", item)
    for school in profile.education:
        check("school", school.institution)
        check("degree", school.degree)
        check("school place", school.location)
    for item in [*profile.achievements, *profile.languages]:
        check("item", item)
    for project in profile.projects:
        check("project", project.name)
        check("project description", project.description)
    return missing
