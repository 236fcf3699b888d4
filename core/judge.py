"""The judge: hard rules first, then one LLM call, evidence checked, routed to a decision."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from core.documents.review import reviewed_documents
from core.evidence import verify_matches
from core.judging.ranking import to_verdict
from core.judging.screening import screen
from core.judging.verify import check_evidence, earn_accept, stricter_than_offline
from core.models import Decision, Documents, Job, Preferences, Profile, Verdict
from core.offline.scoring import score_job as offline_score
from core.ports import LLM, JobScore

log = logging.getLogger(__name__)

OfflineCheck = Callable[[Profile, Preferences, Job], Verdict]


def offline_check(profile: Profile, prefs: Preferences, job: Job) -> Verdict:
    """The offline engine's verdict (pure scoring, no network), the second opinion on every
    LLM verdict, with its red flags whether the score or the routed verdict carries them."""
    result = offline_score(profile, prefs, job, date.today())
    verdict = to_verdict(result, prefs, job=job)
    flags = [*result.red_flags, *verdict.red_flags]
    return verdict.model_copy(update={"red_flags": list(dict.fromkeys(flags))})


class Judge:
    """The facade the auto-apply pipeline and the Approve button use, for any engine."""

    def __init__(self, llm: LLM, *, offline: OfflineCheck = offline_check) -> None:
        self.llm = llm
        self.llm_calls = 0
        self._offline = offline

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str = "",
        *,
        screened: bool = False,
    ) -> Verdict:
        """Judge `job`; a hard-rule reject costs no LLM call. LLMUnavailable propagates.

        `screened`: the caller has applied the hard rules and the job passed them.
        """
        hard = [] if screened else screen(job, prefs)
        if hard:
            return Verdict(score=0, decision=Decision.REJECT, reasons=hard)
        self.llm_calls += 1
        result = await self.llm.score_job(profile, prefs, job)
        if self.llm.name != "offline":
            return self._check_llm(result, profile, prefs, job, resume_text)
        checked = verify_matches(result, profile, resume_text)
        if len(checked.matched) < len(result.matched):
            log.info(
                "engine %s: %d unsupported match(es) dropped for job %s",
                self.llm.name,
                len(result.matched) - len(checked.matched),
                job.id,
            )
        return to_verdict(checked, prefs, job=job)

    def _check_llm(
        self, result: JobScore, profile: Profile, prefs: Preferences, job: Job, resume_text: str
    ) -> Verdict:
        """An LLM verdict: evidence verified (else UnverifiedAnswer: the job waits), accept
        earned by covering the main requirements, and never laxer than the offline engine."""
        check_evidence(result, profile, resume_text)
        offline = self._offline(profile, prefs, job)
        routed = to_verdict(result, prefs, job=job)
        verdict = earn_accept(routed, result, job, prefs, offline)
        final = stricter_than_offline(verdict, offline, prefs)
        if final.decision is not routed.decision:
            log.info(
                "engine %s: decision for job %s tightened to %s",
                self.llm.name,
                job.id,
                final.decision.value,
            )
        return final

    async def documents(self, profile: Profile, job: Job) -> Documents:
        """Documents safe to send (see core.documents.review); DocumentsRefused when not."""

        async def write() -> Documents:
            self.llm_calls += 1
            return await self.llm.write_documents(profile, job)

        return await reviewed_documents(write, profile, job, engine=self.llm.name)
