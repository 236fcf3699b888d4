"""`jobbot evaluate`: what the bot would decide for each job, before it is turned on."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from bot.container import build_llm
from bot.rates_cmd import use_saved_rates
from bot.settings import Settings
from core.adapters.portal import HttpPortal
from core.errors import JobBotError
from core.evaluate import EvaluationRow, evaluate_jobs, load_preferences_json
from core.intake import extract_text
from core.judge import Judge
from core.models import Job, Preferences
from core.pipeline import search_query


def load_jobs(data: bytes, name: str) -> list[Job]:
    """A JSON list of jobs in the portal's schema, or one clear line saying what is wrong."""
    try:
        return TypeAdapter(list[Job]).validate_json(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise JobBotError(f"{name}: not a list of jobs ({where}: {first['msg']})") from None


async def evaluate(
    settings: Settings, resume: Path, prefs_path: Path | None, jobs_path: Path | None
) -> list[EvaluationRow]:
    """Read the resume, get the jobs (file or portal search) and judge each one."""
    text = await extract_text(await asyncio.to_thread(resume.read_bytes), resume.name)
    use_saved_rates(settings)  # rates from `jobbot rates refresh`, if any
    llm = build_llm(settings)
    try:
        profile = await llm.extract_profile(text)
        prefs = Preferences()
        if prefs_path is not None:
            raw = await asyncio.to_thread(prefs_path.read_text, encoding="utf-8")
            prefs = load_preferences_json(raw)
        if jobs_path is not None:
            jobs = load_jobs(await asyncio.to_thread(jobs_path.read_bytes), jobs_path.name)
        else:
            portal = HttpPortal(settings.portal_url)
            try:
                jobs = await portal.search(search_query(profile, prefs), top_k=50)
            finally:
                await portal.aclose()
        return await evaluate_jobs(Judge(llm), profile, prefs, jobs)
    finally:
        await llm.aclose()


def format_row(row: EvaluationRow, as_json: bool) -> str:
    if as_json:
        return json.dumps(
            row.model_dump(mode="json", include={"job_id", "decision", "score", "reasons"})
        )
    reasons = "; ".join(row.reasons[:3]) or "-"
    return f"{row.decision.value:<8} {row.score:>3}  {row.title} at {row.company}  ({reasons})"
