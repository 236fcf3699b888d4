"""The job catalogue: load and validate a jobs file, look up, rank and filter jobs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mock_portal.models import Job
from mock_portal.search import BM25Index

logger = logging.getLogger(__name__)

DEFAULT_JOBS_PATH = Path(__file__).parent / "data" / "jobs.json"


class JobFileError(ValueError):
    """The jobs file cannot be read or does not follow the job schema."""


def parse_jobs(raw: Any, source: str = "<jobs>") -> list[Job]:
    """Validate a list of job objects (or {"jobs": [...]}); ids must be unique."""
    if isinstance(raw, dict) and isinstance(raw.get("jobs"), list):
        raw = raw["jobs"]
    if not isinstance(raw, list):
        raise JobFileError(f"{source}: expected a JSON list of jobs")
    jobs: list[Job] = []
    seen: set[str] = set()
    for pos, item in enumerate(raw):
        try:
            job = Job.model_validate(item)
        except ValidationError as exc:
            raise JobFileError(f"{source}: job #{pos} is invalid: {exc}") from exc
        if job.id in seen:
            raise JobFileError(f"{source}: duplicate job id {job.id!r}")
        seen.add(job.id)
        jobs.append(job)
    return jobs


def load_jobs(path: str | Path | None = None) -> list[Job]:
    """Read a jobs file; None means the shipped corpus."""
    path = Path(path) if path is not None else DEFAULT_JOBS_PATH
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JobFileError(f"cannot read jobs file {path}: {exc}") from exc
    jobs = parse_jobs(raw, str(path))
    logger.info("loaded %d jobs from %s", len(jobs), path)
    return jobs


def _fold(text: str) -> str:
    return text.casefold().strip()


class Catalog:
    """Jobs in corpus order, with their client-facing dicts built once."""

    def __init__(self, jobs: Sequence[Job]) -> None:
        self.jobs = list(jobs)
        self.outputs = [job.output() for job in self.jobs]
        self.positions = {job.id: pos for pos, job in enumerate(self.jobs)}
        self.index = BM25Index(self.jobs)

    def __len__(self) -> int:
        return len(self.jobs)

    def __contains__(self, job_id: object) -> bool:
        return job_id in self.positions

    def get(self, job_id: str) -> dict[str, Any] | None:
        pos = self.positions.get(job_id)
        return None if pos is None else self.outputs[pos]

    def ranked(self, query: str) -> list[int]:
        """Positions of matching jobs, best first; a blank query lists every job in order."""
        if not query.strip():
            return list(range(len(self.jobs)))
        return [pos for pos, _ in self.index.search(query)]

    def search(self, query: str, top_k: int) -> list[dict[str, Any]]:
        return [self.outputs[pos] for pos in self.ranked(query)[:top_k]]

    def filter(
        self,
        q: str | None = None,
        remote: bool | None = None,
        city: str | None = None,
        country: str | None = None,
        min_salary: float | None = None,
        skills: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Jobs matching every given filter; ranked by `q` when given, else corpus order.

        `min_salary` compares the raw number (no currency conversion) and drops jobs
        without a salary; `city`, `country` and `skills` match case-insensitively.
        """
        wanted_skills = [_fold(s) for s in skills if s.strip()]
        out = []
        for pos in self.ranked(q or ""):
            job = self.jobs[pos]
            if remote is not None and job.is_remote != remote:
                continue
            if city and _fold(city) not in {_fold(c) for c in job.cities}:
                continue
            if country and _fold(country) not in {_fold(c) for c in job.countries}:
                continue
            if min_salary is not None and (
                job.salary_offered is None or job.salary_offered < min_salary
            ):
                continue
            have = {_fold(s) for s in job.required_skills}
            if any(s not in have for s in wanted_skills):
                continue
            out.append(self.outputs[pos])
        return out
