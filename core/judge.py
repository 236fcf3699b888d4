"""The judge: hard rules first, then one LLM call, evidence checked, routed to a decision."""

from __future__ import annotations

import logging

from core.documents.review import reviewed_documents
from core.evidence import verify_matches
from core.models import Decision, Documents, Job, Preferences, Profile, Verdict
from core.ports import LLM
from core.ranking import to_verdict
from core.screening import screen

log = logging.getLogger(__name__)


class Judge:
    """The facade the auto-apply pipeline and the Approve button use, for any engine."""

    def __init__(self, llm: LLM) -> None:
        self.llm = llm
        self.llm_calls = 0

    async def evaluate(
        self, profile: Profile, prefs: Preferences, job: Job, resume_text: str = ""
    ) -> Verdict:
        """Judge `job`; a hard-rule reject costs no LLM call. LLMUnavailable propagates."""
        hard = screen(job, prefs)
        if hard:
            return Verdict(score=0, decision=Decision.REJECT, reasons=hard)
        self.llm_calls += 1
        result = await self.llm.score_job(profile, prefs, job)
        checked = verify_matches(result, profile, resume_text)
        if len(checked.matched) < len(result.matched):
            log.info(
                "engine %s: %d unsupported match(es) dropped for job %s",
                self.llm.name,
                len(result.matched) - len(checked.matched),
                job.id,
            )
        return to_verdict(checked, prefs, job=job)

    async def documents(self, profile: Profile, job: Job) -> Documents:
        """Documents safe to send (see core.documents.review); DocumentsRefused when not."""

        async def write() -> Documents:
            self.llm_calls += 1
            return await self.llm.write_documents(profile, job)

        return await reviewed_documents(write, profile, job, engine=self.llm.name)
