"""The "Why?" of a decided job: the report it was decided on, cut to one phone screen."""

from __future__ import annotations

from core.chat import clarify
from core.chat.context import Deps
from core.chat.messages import Reply, Span, bold, italic
from core.chat.text import job_title, lines, shorten
from core.judging.report import report_sections
from core.models import Application, AppState, Job

MAX_CHARS = 1000
DISCARDED = "discarded by you"
NOT_FOR_YOU = "not for you"
# Markers put before a row's reasons: they say who decided, not why.
_MARKERS = frozenset({DISCARDED, NOT_FOR_YOU})
_HEAD = {
    AppState.APPLIED: "Why I applied",
    AppState.APPLIED_BY_USER: "Why I suggested it",
    AppState.ASSISTED: "Why I suggested it",
    AppState.FAILED: "Why I tried to apply",
    AppState.APPROVED: "Why I am applying",
    AppState.APPLYING: "Why I am applying",
    AppState.REJECTED: "Why I skipped it",
    AppState.CLARIFY: "Why I asked you",
    AppState.PENDING: "Not judged yet",
}
_MAX_REASONS = 4
_MAX_REQUIREMENTS = 4


def discarded_by_user(app: Application) -> bool:
    """A job the user discarded (not one the rules or the score skipped)."""
    return app.state is AppState.REJECTED and app.reasons[:1] == [DISCARDED]


async def reply(deps: Deps, app: Application) -> Reply:
    """The decisive reasons first, then requirements and deal-breakers; at most 1,000 chars."""
    job = await deps.store.get_job(app.job_id)
    head = _HEAD[app.state]
    if discarded_by_user(app):
        head = "You discarded it; I had asked you because"
    elif app.state is AppState.REJECTED and app.reasons[:1] == [NOT_FOR_YOU]:
        head = "You set it aside; I had suggested it because"
    score = f" (score {app.score}/100)" if app.score is not None else ""
    rows: list[list[Span] | str] = [[bold(job_title(job, app.job_id))], [bold(head + score)]]
    reasons = [r for r in app.reasons if r not in _MARKERS][:_MAX_REASONS]
    rows += [f"• {shorten(r, 160)}" for r in reasons]
    sections = report_sections(app.report) if app.report else {}
    requirements = sections.get("Requirements") or await _requirements(deps, app, job)
    if requirements and requirements != ["• none listed"]:
        rows += ["", [bold("Requirements")]]
        rows += [shorten(r, 110) for r in requirements[:_MAX_REQUIREMENTS]]
    if sections.get("Deal-breakers"):
        rows += ["", [bold("Deal-breakers")]]
        rows += [shorten(r, 130) for r in sections["Deal-breakers"]]
    if len(rows) == 2:
        rows.append([italic("No reasons were stored for this job.")])
    return Reply(spans=_fit(rows))


async def _requirements(deps: Deps, app: Application, job: Job | None) -> list[str]:
    """✓/✗ rows from the verdict cache, for rows decided before reports were kept."""
    matched, missing = await clarify.evidence(deps, app, job)
    return [f"✓ {m.requirement}" for m in matched] + [f"✗ {m}" for m in missing]


def _fit(rows: list[list[Span] | str]) -> list[Span]:
    """Whole lines only, up to MAX_CHARS, with an ellipsis line when something was left out."""
    kept: list[list[Span] | str] = []
    used = 0
    for row in rows:
        size = 1 + (len(row) if isinstance(row, str) else sum(len(s.text) for s in row))
        if used + size > MAX_CHARS - 2:
            kept.append("…")
            break
        kept.append(row)
        used += size
    return lines(*kept)
