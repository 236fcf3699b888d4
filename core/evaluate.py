"""Judge a batch of jobs for one profile (the reusable part of `jobbot evaluate`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import BaseModel, Field, ValidationError

from core.errors import JobBotError
from core.judge import Judge
from core.models import Decision, Job, Preferences, Profile


class EvaluationRow(BaseModel):
    """One judged job, as printed by `jobbot evaluate`."""

    job_id: str
    title: str
    company: str
    decision: Decision
    score: int
    reasons: list[str] = Field(default_factory=list)


async def evaluate_jobs(
    judge: Judge, profile: Profile, prefs: Preferences, jobs: Sequence[Job]
) -> list[EvaluationRow]:
    """Judge every job in order (LLMUnavailable propagates: nothing is guessed)."""
    rows: list[EvaluationRow] = []
    for job in jobs:
        verdict = await judge.evaluate(profile, prefs, job)
        rows.append(
            EvaluationRow(
                job_id=job.id,
                title=job.title,
                company=job.company,
                decision=verdict.decision,
                score=verdict.score,
                reasons=verdict.reasons,
            )
        )
    return rows


def load_preferences_json(text: str) -> Preferences:
    """Parse preferences JSON; raise JobBotError with one clear line for any problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise JobBotError(f"preferences: not valid JSON (line {err.lineno}: {err.msg})") from None
    if not isinstance(data, dict):
        raise JobBotError("preferences: expected a JSON object")
    try:
        return Preferences.model_validate(data)
    except ValidationError as err:
        problems = []
        for e in err.errors():
            where = ".".join(str(p) for p in e["loc"]) or "preferences"
            if e["type"] == "extra_forbidden":
                problems.append(f"unknown field '{where}'")
            else:
                problems.append(f"{where}: {e['msg']}")
        raise JobBotError("preferences: " + "; ".join(problems)) from None
