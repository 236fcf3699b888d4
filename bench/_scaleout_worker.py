"""A `jobbot worker` for bench_scaleout: the real worker with the offline engine slowed to a
remote LLM's pace (BENCH_LLM_MS per call); settings from the environment as usual."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.logging_setup import setup_logging  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.worker import run_worker  # noqa: E402
from core.adapters.llm_offline import OfflineLLM  # noqa: E402
from core.models import Documents, Job, Preferences, Profile  # noqa: E402
from core.ports import JobScore  # noqa: E402


class SlowLLM:
    """The offline engine's answers, each after `delay` seconds (a remote model's latency)."""

    def __init__(self, delay: float) -> None:
        self.inner = OfflineLLM()
        self.name = "bench-slow"
        self.delay = delay

    async def extract_profile(self, resume_text: str) -> Profile:
        await asyncio.sleep(self.delay)
        return await self.inner.extract_profile(resume_text)

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        await asyncio.sleep(self.delay)
        return await self.inner.score_job(profile, prefs, job)

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        await asyncio.sleep(self.delay)
        return await self.inner.write_documents(profile, job)

    async def aclose(self) -> None:
        await self.inner.aclose()


def main() -> None:
    settings = Settings()
    setup_logging(settings.log_level, settings.secrets())
    delay = float(os.environ.get("BENCH_LLM_MS", "200")) / 1000
    asyncio.run(run_worker(settings, llm=SlowLLM(delay)))


if __name__ == "__main__":
    main()
