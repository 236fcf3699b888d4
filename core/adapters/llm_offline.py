"""The offline engine: deterministic, network-free, the default when no LLM token is set."""

from __future__ import annotations

import asyncio
from datetime import date

from core.documents.writer import write_documents
from core.models import Documents, Job, Preferences, Profile
from core.offline.scoring import score_job
from core.ports import JobScore


class OfflineLLM:
    """`core.ports.LLM` without a model: reads the resume and the job with plain rules."""

    name = "offline"

    def __init__(self, today: date | None = None) -> None:
        # A fixed `today` makes "Present" in a resume, and so years of experience, reproducible.
        self._today = today

    def _date(self) -> date:
        return self._today or date.today()

    async def extract_profile(self, resume_text: str) -> Profile:
        from core.resume.parser import parse_profile  # written alongside; imported when used

        # a long resume takes the parser tens of milliseconds: never on the event loop
        return await asyncio.to_thread(parse_profile, resume_text)

    # Plain CPU work: in a thread, so many users' cycles at once never stall the event loop.
    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        return await asyncio.to_thread(score_job, profile, prefs, job, self._date())

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        return await asyncio.to_thread(write_documents, profile, job, self._date())

    async def aclose(self) -> None:
        return None
