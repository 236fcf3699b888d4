"""/applied, /pending, /clarify, /rejected, /failed: one line per job, newest first, paged."""

from __future__ import annotations

from core import actions
from core.actions import Action
from core.chat.context import Deps
from core.chat.flows import EXPIRED, Flow, refused, toast
from core.chat.messages import Button, Reply, Span, bold, italic, plain
from core.chat.text import lines, shorten
from core.models import Application, AppState, Job, PortalStatus, User

PAGE_SIZE = 8
QUEUE_STATES: dict[str, tuple[AppState, ...]] = {
    "applied": (AppState.APPLIED, AppState.APPLIED_BY_USER),
    "pending": (AppState.PENDING, AppState.APPROVED, AppState.APPLYING, AppState.ASSISTED),
    "clarify": (AppState.CLARIFY,),
    "rejected": (AppState.REJECTED,),
    "failed": (AppState.FAILED,),
}
TITLES = {
    "applied": "Applied",
    "pending": "Waiting",
    "clarify": "Waiting for your decision",
    "rejected": "Skipped",
    "failed": "Failed",
}
EMPTY = {
    "applied": "I have not applied anywhere yet.",
    "pending": "Nothing is waiting.",
    "clarify": "No job is waiting for your decision.",
    "rejected": "I have not skipped any job.",
    "failed": "No application has failed.",
}
# Every queue's items open their card (approve, try again, documents, why, undo).
_OPENABLE = frozenset(QUEUE_STATES)
_PORTAL = {
    PortalStatus.ACCEPTED: "accepted by the employer",
    PortalStatus.REJECTED: "declined by the employer",
    PortalStatus.ON_PROCESS: "in review",
}


def reason(queue: str, app: Application) -> str:
    """The short why of one line, if there is one."""
    if queue == "applied":
        return _PORTAL.get(app.portal_status, "") if app.portal_status else ""
    if queue == "failed":
        return app.last_error or ""
    if queue == "clarify":
        return f"score {app.score}" if app.score is not None else ""
    if queue == "pending":
        if app.state is not AppState.PENDING:
            return "being sent"
        return app.reasons[0] if app.reasons else "not judged yet"
    return app.reasons[0] if app.reasons else ""


async def render_page(deps: Deps, user: User, queue: str, number: int) -> Reply:
    states = QUEUE_STATES[queue]
    number = max(number, 0)
    apps, total = await deps.store.list_applications(
        user.id, states, offset=number * PAGE_SIZE, limit=PAGE_SIZE
    )
    pages = max(1, -(-total // PAGE_SIZE))
    if not apps and total and number >= pages:
        # The list shrank since the button was made: show its last page instead.
        number = pages - 1
        apps, total = await deps.store.list_applications(
            user.id, states, offset=number * PAGE_SIZE, limit=PAGE_SIZE
        )
    if not total:
        return Reply(spans=[plain(EMPTY[queue])])
    by_id = await deps.store.get_jobs([a.job_id for a in apps])  # one query for the page
    jobs = [by_id.get(a.job_id) for a in apps]
    rows: list[list[Span] | str] = [
        [bold(f"{TITLES[queue]} ({total})"), italic(f"  page {number + 1} of {pages}")]
    ]
    start = number * PAGE_SIZE
    for index, (app, job) in enumerate(zip(apps, jobs, strict=True), start=start + 1):
        rows.append(_line(index, queue, app, job))
    buttons: list[list[Button]] = []
    if queue in _OPENABLE:
        cells = [
            Button(label=str(i), payload=actions.view(a.id))
            for i, a in enumerate(apps, start=start + 1)
        ]
        buttons += [cells[i : i + 4] for i in range(0, len(cells), 4)]
        rows += ["", "Tap a number to open that job."]
    nav: list[Button] = []
    if number > 0:
        nav.append(Button(label="‹ Prev", payload=actions.page(queue, number - 1, user.id)))
    if number + 1 < pages:
        nav.append(Button(label="Next ›", payload=actions.page(queue, number + 1, user.id)))
    if nav:
        buttons.append(nav)
    return Reply(spans=lines(*rows), buttons=buttons)


def _line(index: int, queue: str, app: Application, job: Job | None) -> list[Span]:
    title = shorten(job.title, 60) if job else f"job {app.job_id}"
    spans = [plain(f"{index}. "), bold(title)]
    if job and job.company:
        spans.append(plain(f" · {shorten(job.company, 40)}"))
    why = reason(queue, app)
    if why:
        spans.append(italic(f" ({shorten(why, 80)})"))
    return spans


async def command(deps: Deps, user: User, queue: str) -> list[Reply]:
    return [await render_page(deps, user, queue, 0)]


async def on_page(deps: Deps, user: User, action: Action) -> Flow:
    """`ls:<queue>:<page>`: replace the list with another page."""
    queue, number = action.args[0], int(action.args[1])
    if queue not in QUEUE_STATES:
        return refused(EXPIRED)
    reply = await render_page(deps, user, queue, number)
    reply.edit = True
    return toast("", reply)
