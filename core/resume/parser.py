"""Resume text to Profile, offline and deterministic: every value is taken from the text."""

from __future__ import annotations

import re

from core.models import Profile, Project, Skill
from core.resume.contact import read_contact
from core.resume.entries import (
    BULLET,
    is_bullet,
    responsibilities,
    split_entries,
    to_education,
    to_experience,
)
from core.resume.sections import Section, split_sections
from core.resume.skills import VOCABULARY, canonical_skill, skill_key, skills_in_text
from core.resume.text import normalise_text

_ITEM_SEPARATOR = re.compile(r"\s*[,;|•·]\s*|\s+[-–—/]\s+|([()])")
_LEVEL = re.compile(
    r"\s*(?:[(\[][^)\]]*[)\]]|[-–—:]\s*(?:beginner|basic|intermediate|advanced|expert|fluent|"
    r"native|proficient|conversational|working|professional|mother tongue|bilingual|"
    r"[abc][12]|\d+\+?\s*(?:years?|yrs?))\b.*)$",
    re.IGNORECASE,
)
_KNOWLEDGE = re.compile(
    r"^(?:(?:very\s+)?(?:strong|excellent|good|great|solid|basic|advanced|proven|extensive|deep|"
    r"working|expert|effective|outstanding|exceptional|in-depth)\s+)?"
    r"(?:knowledge|proficien(?:t|cy)|skilled|experienced|experience|expertise|competen(?:t|ce)|"
    r"familiar(?:ity)?|fluent|certified|trained|background|understanding|skills?)"
    r"\s+(?:in|at|with|of|on)\s+",
    re.IGNORECASE,
)
_ADJECTIVE = re.compile(
    r"^(?:strong|excellent|good|great|solid|proven|effective|outstanding|exceptional|advanced|"
    r"basic|intermediate|proficient|expert|fluent)\s+",
    re.I,
)
_MAX_ITEM_WORDS = 6
_MAX_LISTED = 200


def parse_profile(text: str) -> Profile:
    """Read a resume's text into a Profile; pure, fast, and never invents a value."""
    # raw pypdf text keeps the trailing space of wrapped lines; clean text has none left
    lines = normalise_text(text, soft_wraps=True).split("\n")
    sections = split_sections(lines)
    by_name: dict[str, list[str]] = {}
    for section in sections:
        by_name.setdefault(section.name, []).extend(["", *section.lines])
    contact = read_contact(sections[0].lines, by_name.get("contact", []))
    contact.links.extend(
        link
        for link in read_contact([], by_name.get("links", [])).links
        if link not in contact.links
    )
    summary = _summary(sections, by_name.get("summary", []), contact.headline)
    experience = [
        to_experience(e) for e in split_entries(by_name.get("experience", []), "experience")
    ]
    education = [to_education(e) for e in split_entries(by_name.get("education", []), "education")]
    certs = [BULLET.sub("", line) for line in by_name.get("certifications", [])]
    education += [to_education(e) for e in split_entries(certs, "education")]
    listed, prose_items = _listed_skills(by_name.get("skills", []))
    languages, language_skills = _languages(by_name.get("languages", []))
    # "Spanish" in a skills list is a spoken language too
    languages += [s.name for s in listed if s.category == "language" and s.name not in languages]
    achievements = responsibilities(by_name.get("achievements", []))
    prose = [
        contact.headline,
        summary,
        *prose_items,
        *(" ".join(s.lines) for s in sections if s.name in _PROSE_SECTIONS),
    ]
    found = [s for s in skills_in_text("\n".join(prose)) if s.category != "language"]
    return Profile(
        full_name=contact.full_name,
        email=contact.email,
        phone=contact.phone,
        links=contact.links,
        location=contact.location,
        summary=summary,
        skills=_dedupe([*listed, *found, *language_skills]),
        experience=[e for e in experience if e.role or e.company],
        education=[e for e in education if e.degree or e.institution],
        achievements=achievements,
        projects=_projects(by_name.get("projects", [])),
        languages=languages,
    )


_PROSE_SECTIONS = frozenset(
    {"skills", "experience", "education", "certifications", "achievements", "projects"}
)


def _summary(sections: list[Section], lines: list[str], headline: str) -> str:
    text = " ".join(BULLET.sub("", line) for line in lines if line.strip())
    if text:
        return text
    # no heading: an opening paragraph before the first section is the summary
    intro = [line for line in sections[0].lines if len(line.split()) >= 12 and "@" not in line]
    return " ".join(intro) or headline


def _tidy_item(item: str) -> str:
    item = BULLET.sub("", item).strip(" .,;:*")
    return item[:1].upper() + item[1:] if item[:1].islower() else item


def skill_from_item(item: str) -> Skill | None:
    """A skills-list entry as a Skill: the vocabulary's name when it knows it, else tidied."""
    if len(item) > 80:
        return None
    item = _LEVEL.sub("", _tidy_item(item)).strip()
    if not item or len(item) > 60:
        return None
    bare = _KNOWLEDGE.sub("", item)
    plain = _ADJECTIVE.sub("", bare)
    for variant in (item, bare, plain, re.sub(r"(?i)\s+skills?$", "", plain)):
        name = canonical_skill(variant)
        if name in VOCABULARY:
            return Skill(name=name, category=VOCABULARY[name])
    tidy = _tidy_item(bare)
    inside = [s for s in skills_in_text(tidy) if s.category != "language"]
    return Skill(name=tidy, category=inside[0].category if inside else "general")


def _listed_skills(lines: list[str]) -> tuple[list[Skill], list[str]]:
    """Skills from a skills section, and the sentences in it (scanned like prose)."""
    skills: list[Skill] = []
    prose: list[str] = []
    for line in lines:
        text = BULLET.sub("", line).strip()
        label, sep, rest = text.partition(":")
        if sep and len(label.split()) <= 3 and rest.strip():
            text = rest  # "Tools: Excel, Word" lists under a label
        for item in split_items(text):
            if len(skills) >= _MAX_LISTED:
                return skills, prose  # a list this long is not a person's skills
            item = item.strip()
            if not item:
                continue
            if len(item.split()) > _MAX_ITEM_WORDS or item.endswith("."):
                prose.append(item)
            elif (skill := skill_from_item(item)) is not None:
                skills.append(skill)
            prose.append(item)
    return skills, prose


def _languages(lines: list[str]) -> tuple[list[str], list[Skill]]:
    """Spoken languages; a programming language listed there goes to skills instead."""
    languages: list[str] = []
    skills: list[Skill] = []
    for line in lines:
        text = BULLET.sub("", line)
        label, sep, rest = text.partition(":")
        if sep and len(label.split()) <= 2 and rest.strip():
            text = rest  # "Spoken: English, French"
        for item in split_items(text):
            if len(item) > 60:
                continue
            name = _LEVEL.sub("", item).strip(" .,;:")
            if not name or len(name.split()) > 4:
                continue
            canonical = canonical_skill(name)
            category = VOCABULARY.get(canonical)
            if category not in (None, "language"):
                skills.append(Skill(name=canonical, category=category))
                continue
            name = canonical if category == "language" else _tidy_item(name)
            if name not in languages:
                languages.append(name)
                skills.append(Skill(name=name, category="language"))
    return languages, skills


def split_items(text: str) -> list[str]:
    """'Excel (pivot tables, VLOOKUP), Word' -> ['Excel (pivot tables, VLOOKUP)', 'Word']."""
    items: list[str] = []
    depth = 0
    start = 0
    for match in _ITEM_SEPARATOR.finditer(text):
        paren = match.group(1)
        if paren:
            depth = depth + 1 if paren == "(" else max(depth - 1, 0)
        elif depth == 0:
            items.append(text[start : match.start()])
            start = match.end()
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]


def _name_and_rest(text: str) -> tuple[str, str]:
    """'Job Bot - a chat bot' -> ('Job Bot', 'a chat bot')."""
    pieces = re.split(r"\s+[-–—|]\s+|:\s+", text, maxsplit=1)
    return pieces[0].strip(), (pieces[1].strip() if len(pieces) > 1 else "")


def _projects(lines: list[str]) -> list[Project]:
    """Projects as "Name - what it is" bullets, or as entries with a header line and a body."""
    if any(line.strip() for line in lines) and all(is_bullet(ln) for ln in lines if ln.strip()):
        return [
            Project(name=n, description=d) for n, d in map(_name_and_rest, responsibilities(lines))
        ]
    projects: list[Project] = []
    for entry in split_entries(lines, "projects"):
        if entry.header:
            name, rest = _name_and_rest(" ".join(entry.header))
            description = " ".join([rest, *responsibilities(entry.body)]).strip()
            projects.append(Project(name=name, description=description))
    return projects


def _dedupe(skills: list[Skill]) -> list[Skill]:
    seen: set[str] = set()
    unique: list[Skill] = []
    for skill in skills:
        key = skill_key(skill.name)
        if key and key not in seen:
            seen.add(key)
            unique.append(skill)
    return unique
