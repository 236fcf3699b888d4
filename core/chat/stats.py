"""/stats: counts per state today and in all, the employers' answers, what jobs ask for, a chart."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import timedelta

from core.chat.charts import ChartData
from core.chat.context import Deps, log_failure
from core.chat.messages import OutFile, Reply, Span, bold, plain
from core.chat.text import lines
from core.models import Application, AppState, User
from core.resume.skills import canonical_skill
from core.runtime import employer, local_time

logger = logging.getLogger(__name__)

CHART_DAYS = 14
RECENT = 500  # applications looked at for companies and skills (newest first)
# Current counts, in the order shown.
_NOW = {
    AppState.APPLIED: "applied",
    AppState.CLARIFY: "waiting for you",
    AppState.REJECTED: "skipped",
    AppState.FAILED: "failed",
    AppState.PENDING: "not judged yet",
    AppState.APPROVED: "about to be sent",
    AppState.APPLYING: "being sent",
    AppState.APPLIED_BY_USER: "applied by you",
    AppState.ASSISTED: "ready for you to apply",
}
# Applications sent, or being sent, for the user: what "companies you applied to" counts.
_APPLIED = frozenset(
    {AppState.APPLIED, AppState.APPLIED_BY_USER, AppState.APPROVED, AppState.APPLYING}
)
# What happened today: rows that entered these states since the user's local midnight.
_TODAY = {
    AppState.APPLIED: "applied",
    AppState.CLARIFY: "asked you",
    AppState.REJECTED: "skipped",
    AppState.FAILED: "failed",
    AppState.APPLIED_BY_USER: "applied by you",
}


async def command(deps: Deps, user: User) -> list[Reply]:
    store = deps.store
    since = deps.today_start(user.settings.timezone)
    totals = await store.count_by_state(user.id)
    today_counts = await asyncio.gather(
        *(store.count_entered_since(user.id, s, since) for s in _TODAY)
    )
    if not any(totals.values()):
        return [Reply(spans=[plain("No jobs judged yet: /runnow starts a round.")])]
    await _refresh(deps, user)
    recent, _ = await store.list_applications(user.id, None, limit=RECENT)
    answers = await employer.answers(store, user.id)
    accepted, declined = answers.accepted, answers.declined
    companies, skills = await _asked(deps, recent)

    today = ", ".join(
        f"{n} {label}" for n, label in zip(today_counts, _TODAY.values(), strict=True)
    )
    all_time = ", ".join(f"{totals[s]} {label}" for s, label in _NOW.items() if totals.get(s))
    rows: list[list[Span] | str] = [
        [bold("Your numbers")],
        [bold("Today: "), plain(today)],
        [bold("All jobs: "), plain(f"{sum(totals.values())} judged: {all_time}")],
        "",
    ]
    if accepted + declined:
        rate = 100 * accepted / (accepted + declined)
        rows.append(
            [
                bold("Success rate: "),
                plain(f"{rate:.0f}% ({accepted} accepted, {declined} declined)"),
            ]
        )
    else:
        rows.append("No answers from employers yet.")
    if companies:
        top = ", ".join(f"{name} ({n})" for name, n in companies.most_common(5))
        rows.append([bold("Companies you applied to most: "), plain(top)])
    if skills:
        top = ", ".join(f"{name} ({n})" for name, n in skills.most_common(8))
        rows.append([bold("Skills your jobs asked for most: "), plain(top)])
    reply = Reply(spans=lines(*rows))
    chart = await _chart(deps, user, recent, totals, accepted)
    if chart is not None:
        reply.files.append(chart)
    return [reply]


async def _asked(deps: Deps, apps: list[Application]) -> tuple[Counter[str], Counter[str]]:
    """Companies of this user's applications, and skills of the jobs judged for this user
    (rows still waiting to be judged are left out: nothing was decided on them)."""
    by_id = await deps.store.get_jobs([a.job_id for a in apps])  # one query, not one per row
    companies: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    for app in apps:
        job = by_id.get(app.job_id)
        if job is None or app.state is AppState.PENDING:
            continue
        if app.state in _APPLIED and job.company:
            companies[job.company] += 1
        skills.update(canonical_skill(s) for s in job.required_skills if s.strip())
    return companies, skills


async def _refresh(deps: Deps, user: User) -> None:
    """Ask the portal for news first, so the answers counted (as stored) are the same facts
    /status and /applied show (core.runtime.employer)."""
    try:
        await employer.refresh(deps.store, deps.portal, user)
    except Exception as err:  # a broken portal never breaks /stats
        log_failure("stats portal status", user.id, err)


def chart_data(
    deps: Deps,
    apps: list[Application],
    totals: dict[AppState, int],
    accepted: int,
    zone: str | None = None,
) -> ChartData:
    """Applications per day for the last two weeks, and the funnel from found to accepted."""
    where = local_time.zone(zone)
    today = deps.clock.now().astimezone(where).date()
    days = [today - timedelta(days=n) for n in range(CHART_DAYS - 1, -1, -1)]
    per_day = Counter(
        a.state_times[AppState.APPLIED.value].astimezone(where).date()
        for a in apps
        if AppState.APPLIED.value in a.state_times
    )
    found = sum(totals.values())
    worth = found - totals.get(AppState.REJECTED, 0) - totals.get(AppState.PENDING, 0)
    return ChartData(
        per_day=[(d.isoformat(), per_day.get(d, 0)) for d in days],
        funnel=[
            ("found", found),
            ("worth a look", max(worth, 0)),
            ("applied", totals.get(AppState.APPLIED, 0)),
            ("accepted", accepted),
        ],
    )


async def _chart(
    deps: Deps, user: User, apps: list[Application], totals: dict[AppState, int], accepted: int
) -> OutFile | None:
    if deps.charts is None:
        return None
    data = chart_data(deps, apps, totals, accepted, user.settings.timezone)
    try:
        # Drawing is CPU work: keep it off the event loop.
        png = await asyncio.to_thread(deps.charts.render, data)
    except Exception as err:
        log_failure("stats chart", user.id, err)
        return None
    return OutFile(
        filename="stats.png", data=png, mime="image/png", is_image=True, caption="Your applications"
    )
