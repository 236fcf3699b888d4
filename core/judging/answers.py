"""Strict shapes of what an LLM may answer: every field required, nothing unknown, no blanks.

An answer that fails these is invalid (the adapter asks once for a repair, then gives up), so a
wrong shape never becomes an empty profile and nonsense never becomes a decision.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from core.models import Education, Experience, Match, Profile, Project, Skill
from core.ports import JobScore

# Bounds keep one runaway answer from filling the database or a chat card.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Value = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class MatchAnswer(_Strict):
    requirement: Short
    evidence: Text


class ScoreAnswer(_Strict):
    """The scoring answer: a score, short reasons, and each claimed match with a quotation."""

    score: int = Field(ge=0, le=100)
    reasons: list[Text] = Field(min_length=1, max_length=5)
    matched: list[MatchAnswer] = Field(max_length=30)
    missing: list[Short] = Field(max_length=30)

    @model_validator(mode="after")
    def _consistent(self) -> ScoreAnswer:
        claimed = {m.requirement.casefold() for m in self.matched}
        both = claimed & {m.casefold() for m in self.missing}
        if both:
            raise ValueError("a requirement is both matched and missing")
        return self

    def to_score(self) -> JobScore:
        return JobScore(
            score=self.score,
            reasons=list(self.reasons),
            matched=[Match(requirement=m.requirement, evidence=m.evidence) for m in self.matched],
            missing=list(self.missing),
        )


class SkillAnswer(_Strict):
    name: Short
    category: Value


class ExperienceAnswer(_Strict):
    company: Value
    role: Value
    start: Value | None
    end: Value | None
    location: Value | None
    responsibilities: list[Value]


class EducationAnswer(_Strict):
    institution: Value
    degree: Value
    start: Value | None
    end: Value | None
    location: Value | None


class ProjectAnswer(_Strict):
    name: Short
    description: Value


class ProfileAnswer(_Strict):
    """The profile-extraction answer: every field present (empty where the resume has none)."""

    full_name: Value
    email: Value | None
    phone: Value | None
    links: list[Value]
    location: Value | None
    summary: Value
    skills: list[SkillAnswer]
    experience: list[ExperienceAnswer]
    education: list[EducationAnswer]
    achievements: list[Value]
    projects: list[ProjectAnswer]
    languages: list[Value]

    @model_validator(mode="after")
    def _not_empty(self) -> ProfileAnswer:
        # A resume always says something: an answer with nothing in it read nothing.
        if not (self.full_name or self.summary or self.skills or self.experience):
            raise ValueError("the profile is empty: no name, summary, skills or experience")
        return self

    def to_profile(self) -> Profile:
        return Profile(
            full_name=self.full_name,
            email=self.email or None,
            phone=self.phone or None,
            links=[x for x in self.links if x],
            location=self.location or None,
            summary=self.summary,
            skills=[Skill(name=s.name, category=s.category or "general") for s in self.skills],
            experience=[Experience.model_validate(e.model_dump()) for e in self.experience],
            education=[Education.model_validate(e.model_dump()) for e in self.education],
            achievements=[x for x in self.achievements if x],
            projects=[Project.model_validate(p.model_dump()) for p in self.projects],
            languages=[x for x in self.languages if x],
        )
