"""One auto-apply cycle for one user: discover, dedupe, screen, score, route, apply, summarise."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from core.apply import idempotency_key
from core.clock import SystemClock
from core.errors import LLMUnavailable, NotFound, PortalError, SourceError
from core.judging.report import clarification_report
from core.judging.screening import screen
from core.models import (
    Application,
    AppState,
    CycleSummary,
    Decision,
    Documents,
    Job,
    NotificationDraft,
    NotificationKind,
    Preferences,
    Profile,
    StoredProfile,
    Verdict,
)
from core.ports import Applier, Clock, JobSource, Portal, RejectedJob, Store
from core.runtime.assisted import AssistedApply
from core.runtime.consent import send_blocker
from core.runtime.llm_budget import LLMBudget
from core.runtime.local_time import start_of_local_day
from core.runtime.shared_search import Found, SharedSearch
from core.sources.boards import slugs_for
from core.sources.feed import merge_feeds

log = logging.getLogger(__name__)

SCORING_UNAVAILABLE = "scoring unavailable"
DRY_RUN = "dry run"
CAP_REACHED = "daily cap reached"
OUT_OF_TIME = "the round ran out of time"
JOB_GONE = "job no longer listed"
# Ten minutes: a cycle every few hours must not be stalled by one slow LLM server.
DEFAULT_DEADLINE = 600.0
PROFILE_HOLD = "waiting for your confirmed profile"

ReportFn = Callable[[Job, Preferences, Verdict], str]


class Judging(Protocol):
    """What a cycle needs from core.judge.Judge."""

    async def evaluate(
        self,
        profile: Profile,
        prefs: Preferences,
        job: Job,
        resume_text: str,
        *,
        screened: bool = False,
    ) -> Verdict: ...

    async def documents(self, profile: Profile, job: Job) -> Documents: ...


async def _nothing() -> list[Job]:
    return []


def search_query(profile: Profile, prefs: Preferences, *, top_skills: int = 6) -> str:
    """Words the portal ranks jobs by: wanted roles, the strongest skills, wanted places."""
    roles = prefs.roles or [e.role for e in profile.experience[:2] if e.role]
    words = [*roles, *profile.skill_names()[:top_skills], *prefs.cities, *prefs.countries]
    seen: dict[str, None] = {}
    for word in words:
        if word.strip():
            seen.setdefault(word.strip(), None)
    return " ".join(seen)[:2000]


def profile_key(stored: StoredProfile, prefs: Preferences) -> str:
    """Verdict cache key: the profile version and the preferences it was judged under."""
    digest = hashlib.sha256(prefs.model_dump_json().encode()).hexdigest()[:16]
    return f"{stored.user_id}:v{stored.version}:{digest}"


def waiting_reasons(err: LLMUnavailable) -> list[str]:
    """The reasons stored on a row left waiting: 'scoring unavailable' and, when the error
    says, why (the server is down, the answer did not hold up, time ran out)."""
    detail = str(err).partition(f"{SCORING_UNAVAILABLE}: ")[2]
    return [SCORING_UNAVAILABLE, detail] if detail else [SCORING_UNAVAILABLE]


T = TypeVar("T")


def _screen_all(
    jobs: list[Job], prefs: Preferences, portal_key: Callable[[str], str]
) -> tuple[list[Job], list[RejectedJob]]:
    """The jobs that pass the hard rules, and the rejected record of each that does not."""
    passed: list[Job] = []
    rejected: list[RejectedJob] = []
    for job in jobs:
        reasons = screen(job, prefs)
        if not reasons:
            passed.append(job)
            continue
        # No LLM call and nothing to cache: the rules decide alone.
        verdict = Verdict(score=0, decision=Decision.REJECT, reasons=reasons)
        rejected.append(RejectedJob(job.id, portal_key(job.id), verdict))
    return passed, rejected


async def _in_time(cycle: _Cycle, work: Awaitable[T]) -> T:
    """Await `work` unless the cycle's deadline passes first (then LLMUnavailable)."""
    try:
        async with asyncio.timeout_at(cycle.deadline):
            return await work
    except TimeoutError:
        raise LLMUnavailable(f"{SCORING_UNAVAILABLE}: {OUT_OF_TIME}") from None


@dataclass
class _Cycle:
    """What every job of one cycle shares."""

    user_id: int
    stored: StoredProfile
    prefs: Preferences
    dry_run: bool
    budget: int
    key: str
    summary: CycleSummary
    deadline: float  # event-loop time after which nothing more is judged this cycle
    day_start: datetime  # the user's local midnight: where the daily cap counts from
    portal_key: Callable[[str], str]  # job id -> idempotency key
    jobs: dict[str, Job] = field(default_factory=dict)
    # New jobs judged out: one bulk insert at the end of the cycle instead of a row each.
    rejected: list[RejectedJob] = field(default_factory=list)
    # Why nothing may be sent (core.runtime.consent): accepted jobs then wait as pending.
    hold: str | None = None


class AutoApply:
    """`core.ports.CycleRunner`. Safe to run for many users at once on one event loop."""

    def __init__(
        self,
        store: Store,
        portal: Portal,
        judge: Judging,
        applier: Applier,
        *,
        clock: Clock | None = None,
        report: ReportFn = clarification_report,
        search_top_k: int = 50,
        page_size: int = 50,
        max_jobs: int = 200,
        deadline: float = DEFAULT_DEADLINE,
        budget: LLMBudget | None = None,
        sources: Sequence[JobSource] = (),
        portal_discovery: bool = True,
        default_boards: Sequence[str] = (),
        assisted: AssistedApply | None = None,
        share_searches_for: float = 0.0,
    ) -> None:
        self._store = store
        self._budget = budget  # None: no daily limit on LLM calls
        self._portal = portal
        self._judge = judge
        self._applier = applier
        self._clock = clock or SystemClock()
        self._report = report
        self.search_top_k = search_top_k
        self.page_size = page_size
        self.max_jobs = max_jobs
        self.deadline = deadline  # seconds one cycle may spend judging
        # Job boards without an apply API (JOB_SOURCES); their jobs go to the assisted apply.
        self._sources = list(sources)
        self._portal_discovery = portal_discovery
        self._default_boards = list(default_boards)  # "<system>:<slug>" for every user
        self._assisted = assisted or AssistedApply(store, judge)
        # Seconds a portal search's answer serves other cycles with the same query (0: off).
        self._search = SharedSearch(self._fetch_portal, ttl=share_searches_for)

    async def run_cycle(self, user_id: int) -> CycleSummary:
        """Run one cycle; the user gets one summary notification at the end."""
        summary = CycleSummary(user_id=user_id)
        user = await self._store.get_user(user_id)
        if user is None:
            raise NotFound(f"no user {user_id}")
        stored = await self._store.latest_profile(user_id)
        prefs = await self._store.get_preferences(user_id) or Preferences()
        summary.dry_run = user.settings.dry_run
        if stored is None:
            summary.errors.append("no resume yet: send one to start")
        else:
            summary.profile_hold = send_blocker(stored, user)
            await self._run(summary, stored, prefs, user.portal_user_id, user.settings.timezone)
        line = summary.line()
        await self._store.add_notification(
            user_id,
            NotificationDraft(
                kind=NotificationKind.SUMMARY,
                payload={"line": line, **summary.model_dump(exclude={"user_id"})},
            ),
        )
        log.info("cycle for user %d: %s", user_id, line)
        return summary

    async def _run(
        self,
        summary: CycleSummary,
        stored: StoredProfile,
        prefs: Preferences,
        portal_user: str,
        zone: str = "UTC",
    ) -> None:
        user_id = stored.user_id
        installation = await self._store.installation_id()
        day_start = start_of_local_day(self._clock.now(), zone)
        applied_today = await self._store.count_entered_since(user_id, AppState.APPLIED, day_start)
        cycle = _Cycle(
            user_id=user_id,
            stored=stored,
            prefs=prefs,
            dry_run=summary.dry_run,
            budget=max(0, prefs.daily_cap - applied_today),
            key=profile_key(stored, prefs),
            summary=summary,
            deadline=asyncio.get_running_loop().time() + self.deadline,
            day_start=day_start,
            hold=summary.profile_hold,
            portal_key=functools.partial(idempotency_key, installation, portal_user),
        )
        # Rows a restart put back to approved, or approved by the user but never applied.
        leftovers = await self._store.applications_in_state(AppState.APPROVED, user_id=user_id)
        if cycle.hold is not None:
            leftovers = []  # they stay approved until the profile may be sent
        await asyncio.gather(*(self._guarded(cycle, self._apply(cycle, a.id)) for a in leftovers))
        # Kits from job boards left unanswered for days are recalled once.
        await self._guarded(cycle, self._remind(user_id))
        jobs = await self._discover(cycle, stored.profile, prefs)
        if jobs:
            await self._store.upsert_jobs(jobs)
        known = await self._store.known_job_ids(user_id)
        new = [job for job in jobs if job.id not in known]
        summary.new_jobs = len(new)
        cycle.jobs = {job.id: job for job in jobs}
        # Rows left pending by earlier cycles (scoring unavailable, cap, dry run) go again.
        earlier = await self._store.applications_in_state(
            AppState.PENDING, user_id=user_id, limit=10_000
        )
        # The hard rules for every new job in one go, off the event loop: hundreds of jobs
        # for each of many users would otherwise hold the loop (and every chat) for seconds.
        passed: list[Job] = []
        if new:
            passed, ruled_out = await asyncio.to_thread(_screen_all, new, prefs, cycle.portal_key)
            cycle.rejected.extend(ruled_out)
        # New jobs are judged before they get a row: most end rejected, and those are
        # recorded together below instead of one row and one move each.
        await asyncio.gather(
            *(self._guarded(cycle, self._process(cycle, a)) for a in earlier),
            *(self._guarded(cycle, self._judge_new(cycle, j)) for j in passed),
        )
        if cycle.rejected:
            summary.rejected += await self._store.record_rejected(user_id, cycle.rejected)

    async def _judge_new(self, cycle: _Cycle, job: Job) -> None:
        """Judge a job that passed the hard rules and has no row yet; only what is kept gets a
        row of its own."""
        try:
            verdict, new = await self._verdict(cycle, job, fresh=True, screened=True)
        except LLMUnavailable as err:
            app = await self._new_row(cycle, job)
            if app is not None:
                await self._wait_for_llm(cycle, app, err)
            return
        if verdict.decision is Decision.REJECT:
            key = cycle.portal_key(job.id)
            report = self._report(job, cycle.prefs, verdict)  # what the chat's "Why?" shows
            cycle.rejected.append(RejectedJob(job.id, key, verdict, report))
            return
        app = await self._new_row(cycle, job)
        if app is not None:
            await self._route(cycle, app, job, verdict, new)

    async def _new_row(self, cycle: _Cycle, job: Job) -> Application | None:
        """The job's pending row, or None when another cycle already moved it on."""
        app, _ = await self._store.create_application(
            cycle.user_id, job.id, idempotency_key=cycle.portal_key(job.id)
        )
        return app if app.state is AppState.PENDING else None

    async def _wait_for_llm(self, cycle: _Cycle, app: Application, err: LLMUnavailable) -> None:
        reasons = waiting_reasons(err)
        await self._store.update_application(app.id, {"reasons": reasons})
        cycle.summary.wait(": ".join(reasons))

    async def _discover(self, cycle: _Cycle, profile: Profile, prefs: Preferences) -> list[Job]:
        """The portal's jobs first (it can take applications), then every job board's; one
        feed with duplicates across sources kept once. A failing source is only a note."""
        query = search_query(profile, prefs)
        feeds = await asyncio.gather(
            self._from_portal(cycle, query) if self._portal_discovery else _nothing(),
            *(self._from_source(cycle, source, query, prefs) for source in self._sources),
        )
        if len(feeds) == 1:  # the portal's own feed is merged already (see _fetch_portal)
            return feeds[0][: self.max_jobs]
        return (await asyncio.to_thread(merge_feeds, feeds))[: self.max_jobs]

    async def _from_portal(self, cycle: _Cycle, query: str) -> list[Job]:
        found = await self._search.get(query)
        if found.error is not None:
            cycle.summary.errors.append(found.error)
        return list(found.jobs)

    async def _fetch_portal(self, query: str) -> Found:
        """The portal's jobs for `query`, duplicates merged; stopped short on a portal error."""
        found: dict[str, Job] = {}
        error = None
        try:
            for job in await self._portal.search(query, top_k=self.search_top_k):
                found.setdefault(job.id, job)
            page = 1
            while len(found) < self.max_jobs:
                batch = await self._portal.list_jobs(page=page, limit=self.page_size, q=query)
                for job in batch:
                    found.setdefault(job.id, job)
                if len(batch) < self.page_size:
                    break
                page += 1
        except PortalError as err:
            error = f"job portal unavailable: {err}"
        merged = await asyncio.to_thread(merge_feeds, [list(found.values())[: self.max_jobs]])
        return Found(merged, error)

    async def _from_source(
        self, cycle: _Cycle, source: JobSource, query: str, prefs: Preferences
    ) -> list[Job]:
        boards = slugs_for(source.name, prefs.boards, self._default_boards)
        try:
            jobs = await source.discover(query, boards=boards)
        except SourceError as err:
            cycle.summary.errors.append(f"{source.name} skipped: {str(err)[:200]}")
            return []
        except Exception as err:  # a bug in one adapter must not end the cycle either
            log.exception("source %s failed", source.name)
            cycle.summary.errors.append(f"{source.name} skipped ({type(err).__name__})")
            return []
        # Never trust a board to label its own jobs as the portal's: only the portal applies.
        return [job for job in jobs if not job.from_portal()]

    async def _guarded(self, cycle: _Cycle, work: Awaitable[None]) -> None:
        """One job's failure is logged and counted, never the end of the cycle."""
        try:
            await work
        except Exception as err:
            log.exception("cycle for user %d: one job failed", cycle.user_id)
            cycle.summary.errors.append(f"internal error ({type(err).__name__})")

    async def _verdict(
        self, cycle: _Cycle, job: Job, *, fresh: bool, screened: bool = False
    ) -> tuple[Verdict, bool]:
        """The verdict, and whether the LLM gave it just now (so it is not cached yet)."""
        hard = [] if screened else screen(job, cycle.prefs)
        if hard:  # no LLM call and nothing to cache: the rules decide alone
            return Verdict(score=0, decision=Decision.REJECT, reasons=hard), False
        # Only a row that stayed pending is judged twice, so only such a row can have a
        # cached verdict: a fresh row skips the lookup.
        if not fresh:
            cached = await self._store.cached_verdict(cycle.key, job.content_hash())
            if cached is not None:
                return cached, False
        if self._budget is not None:  # spent: LLMUnavailable leaves the row waiting
            await self._budget.spend(cycle.user_id)
        stored = cycle.stored
        # The hard rules were applied above (or for the whole cycle): not again.
        work = self._judge.evaluate(
            stored.profile, cycle.prefs, job, stored.raw_text, screened=True
        )
        return await _in_time(cycle, work), True

    async def _keep_pending(
        self, cycle: _Cycle, app: Application, job: Job, verdict: Verdict, new: bool
    ) -> None:
        """Cache a verdict whose row stays pending, so the next cycle does not pay again."""
        if new:
            await self._store.cache_verdict(cycle.key, job.content_hash(), verdict)

    async def _process(self, cycle: _Cycle, app: Application) -> None:
        """Judge again a row an earlier cycle left pending."""
        job = cycle.jobs.get(app.job_id) or await self._store.get_job(app.job_id)
        if job is None:
            cycle.summary.wait(JOB_GONE)
            return
        try:
            verdict, new = await self._verdict(cycle, job, fresh=False)
        except LLMUnavailable as err:
            await self._wait_for_llm(cycle, app, err)
            return
        await self._route(cycle, app, job, verdict, new)

    async def _route(
        self, cycle: _Cycle, app: Application, job: Job, verdict: Verdict, new: bool
    ) -> None:
        """Move a pending row by its verdict: reject, ask, hold, or approve and apply."""
        summary = cycle.summary
        fields: dict[str, Any] = {
            "score": verdict.score,
            "decision": verdict.decision,
            "reasons": verdict.reasons,
        }
        if verdict.decision is not Decision.REJECT or verdict.matched or verdict.missing:
            # Kept with every judged decision: the chat's "Why?" shows what it was made on.
            fields["report"] = self._report(job, cycle.prefs, verdict)
        if verdict.decision is Decision.REJECT:
            moved = await self._store.transition(
                app.id, AppState.REJECTED, from_states=[AppState.PENDING], fields=fields
            )
            summary.rejected += int(moved.won)
        elif verdict.decision is Decision.CLARIFY:
            draft = NotificationDraft(
                kind=NotificationKind.CLARIFY,
                payload={
                    "application_id": app.id,
                    "job_id": job.id,
                    "title": job.title[:120],
                    "company": job.company[:80],
                    "score": verdict.score,
                    # The card shows these even after the verdict cache has moved on.
                    "matched": [
                        {"requirement": m.requirement[:100], "evidence": m.evidence[:160]}
                        for m in verdict.matched[:6]
                    ],
                    "missing": [m[:100] for m in verdict.missing[:6]],
                },
            )
            moved = await self._store.transition(
                app.id,
                AppState.CLARIFY,
                from_states=[AppState.PENDING],
                fields=fields,
                notify=draft,
            )
            summary.clarify += int(moved.won)
        elif not job.from_portal() and cycle.hold is None:
            # No apply API: the user gets the kit (nothing is sent, so no cap and no dry run).
            await self._ready_for_user(cycle, app, job, verdict, new, fields)
        elif cycle.dry_run:
            await self._keep_pending(cycle, app, job, verdict, new)
            await self._dry_run(cycle, app, job, verdict, fields)
        elif cycle.hold is not None:
            # Kept, not lost: the next cycle after the user confirms applies it (cached verdict).
            await self._keep_pending(cycle, app, job, verdict, new)
            fields["reasons"] = [PROFILE_HOLD, *verdict.reasons]
            await self._store.update_application(app.id, fields)
            summary.wait(PROFILE_HOLD)
        elif cycle.budget <= 0:
            await self._cap_reached(cycle, app, job, verdict, new, fields)
        else:
            cycle.budget -= 1  # taken before any await, so concurrent jobs never overshoot
            # The database has the last word: another process may have used the day.
            approved = await self._store.approve_within_cap(
                app.id,
                cap=cycle.prefs.daily_cap,
                since=cycle.day_start,
                fields=fields,
            )
            if approved is None:
                cycle.budget = 0
                await self._cap_reached(cycle, app, job, verdict, new, fields)
            elif approved.won:
                await self._apply(cycle, app.id)
            else:
                cycle.budget += 1

    async def _cap_reached(
        self,
        cycle: _Cycle,
        app: Application,
        job: Job,
        verdict: Verdict,
        new: bool,
        fields: dict[str, Any],
    ) -> None:
        """The day's applications are used up: the row waits for tomorrow's cycle."""
        await self._keep_pending(cycle, app, job, verdict, new)
        fields["reasons"] = [CAP_REACHED, *verdict.reasons]
        await self._store.update_application(app.id, fields)
        cycle.summary.wait(CAP_REACHED)
        cycle.summary.cap_reached = True

    async def _remind(self, user_id: int) -> None:
        await self._assisted.remind(user_id, self._clock.now())

    async def _ready_for_user(
        self,
        cycle: _Cycle,
        app: Application,
        job: Job,
        verdict: Verdict,
        new: bool,
        fields: dict[str, Any],
    ) -> None:
        """A job board's job the bot may not submit: documents written and checked, then the
        user's kit (link, files, "I applied"); no documents yet leaves the row waiting."""
        try:
            work = self._assisted.prepare(app.id, from_states=[AppState.PENDING], **fields)
            moved = await _in_time(cycle, work)
        except LLMUnavailable as err:
            await self._keep_pending(cycle, app, job, verdict, new)
            fields["reasons"] = ["documents unavailable", *verdict.reasons]
            await self._store.update_application(app.id, fields)
            cycle.summary.wait(f"documents unavailable: {str(err)[:80]}")
            return
        cycle.summary.assisted += int(moved.state is AppState.ASSISTED)

    async def _dry_run(
        self, cycle: _Cycle, app: Application, job: Job, verdict: Verdict, fields: dict[str, Any]
    ) -> None:
        """Write the documents for the user to read; the row stays pending."""
        reasons = [DRY_RUN, *verdict.reasons]
        if app.documents is None:
            try:
                work = self._judge.documents(cycle.stored.profile, job)
                fields["documents"] = await _in_time(cycle, work)
            except LLMUnavailable:
                reasons.insert(1, "documents unavailable")
        fields["reasons"] = reasons
        await self._store.update_application(app.id, fields)
        cycle.summary.wait(DRY_RUN)

    async def _apply(self, cycle: _Cycle, app_id: int) -> None:
        final = await self._applier.apply(app_id)
        if final.state is AppState.APPLIED:
            cycle.summary.applied += 1
        elif final.state is AppState.FAILED:
            cycle.summary.failed += 1
