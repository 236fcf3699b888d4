"""Outbox notifications to replies: applied, rejected, clarify, failed, status_changed, summary
and the daily digest.

A notification's payload names the application (`application_id`); the rest is read from the
database at delivery time, so a card delivered late shows the application as it is now. An
application's notifications render as its card (`Reply.card`): the adapters edit the job's one
message instead of sending another.
"""

from __future__ import annotations

import logging
from typing import Any

from core.chat import documents
from core.chat.clarify import card
from core.chat.context import Deps
from core.chat.digest_render import render_digest
from core.chat.documents import PDF
from core.chat.messages import Reply, Span, bold, italic, plain
from core.chat.text import lines, shorten
from core.models import Application, AppState, Notification, NotificationKind, User

logger = logging.getLogger(__name__)

_HEADLINE = {
    NotificationKind.APPLIED: "I applied for you",
    NotificationKind.CLARIFY: "A job needs your decision",
    NotificationKind.REJECTED: "I skipped a job",
    NotificationKind.FAILED: "An application failed",
    NotificationKind.ASSISTED: "Ready for you to apply",
    NotificationKind.ASSISTED_REMINDER: "Still ready for you to apply (mute in /settings)",
}
_EMPLOYER = {
    "accepted": "The employer accepted your application 🎉",
    "rejected": "The employer declined your application.",
    "on_process": "The employer is reviewing your application.",
}


def application_id(payload: dict[str, Any]) -> int | None:
    for key in ("application_id", "app_id", "app"):
        value = payload.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


async def render(deps: Deps, user: User, notification: Notification) -> list[Reply]:
    """The replies for one notification of `user` (nothing when it is not theirs)."""
    if notification.user_id != user.id:
        logger.warning("notification %d is not for user %d", notification.id, user.id)
        return []
    payload = notification.payload
    kind = notification.kind
    if kind is NotificationKind.SUMMARY:
        return [_summary(payload)]
    if kind is NotificationKind.DIGEST:
        return [render_digest(payload)]
    app = await _application(deps, user, payload)
    if app is None:
        return [fallback(kind, payload)]
    if kind is NotificationKind.STATUS_CHANGED:
        # The card's own last line says what the employer answered (from the row, now).
        return [_with_headline("The employer answered", await card(deps, app))]
    reply = await card(deps, app, payload=payload)
    if kind is NotificationKind.ASSISTED_REMINDER:
        reply.card = None  # a reminder is meant to come again as a message of its own
    replies = [_with_headline(_HEADLINE.get(kind, "Update"), reply)]
    if kind is NotificationKind.ASSISTED and app.state is AppState.ASSISTED:
        # The kit: the PDFs (resume and cover letter) come with the card.
        files = await documents.reply(deps, app, await deps.store.get_job(app.job_id), PDF)
        if files.files:
            files.spans = [plain("Your documents for this job:")]
            replies.append(files)
    return replies


async def _application(deps: Deps, user: User, payload: dict[str, Any]) -> Application | None:
    app_id = application_id(payload)
    if app_id is None:
        return None
    app = await deps.store.get_application(app_id)
    if app is None or app.user_id != user.id:
        return None
    return app


def _with_headline(headline: str, reply: Reply) -> Reply:
    reply.spans = [italic(headline), plain("\n"), *reply.spans]
    return reply


def fallback(kind: NotificationKind, payload: dict[str, Any]) -> Reply:
    """A notification whose application is gone: what the payload itself says."""
    if kind is NotificationKind.DIGEST:
        said = "I could not show today's digest. /applied and /rejected list your jobs."
        return Reply(spans=lines([italic("Your daily digest")], said))
    title = str(payload.get("title") or "a job")
    company = str(payload.get("company") or "")
    what = f"{title} at {company}" if company else title
    headline = _HEADLINE.get(kind, "Update")
    rows: list[list[Span] | str] = [[italic(headline)], [bold(shorten(what, 120))]]
    if payload.get("reason"):
        rows.append(shorten(str(payload["reason"]), 200))
    if kind is NotificationKind.STATUS_CHANGED and payload.get("status"):
        rows.append(_EMPLOYER.get(str(payload["status"]), "Its status changed."))
    return Reply(spans=lines(*rows))


def _summary(payload: dict[str, Any]) -> Reply:
    line = str(payload.get("line") or "A round of job search finished.")
    rows: list[list[Span] | str] = [[bold("Job search round done")], line]
    if payload.get("dry_run"):
        rows.append("Dry run: nothing was sent. /pending shows what I would have sent.")
    if payload.get("profile_hold"):  # one of core.runtime.consent's fixed messages
        rows.append(f"Nothing was sent. {payload['profile_hold']}")
    if payload.get("cap_reached"):
        rows.append("Your daily cap is reached: the rest waits for tomorrow.")
    clarify = payload.get("clarify")
    if isinstance(clarify, int) and clarify > 0:
        rows.append("/clarify shows the jobs waiting for your decision.")
    errors = payload.get("errors")
    if isinstance(errors, list) and errors:
        rows.append([italic("Problems: " + shorten("; ".join(str(e) for e in errors), 300))])
    return Reply(spans=lines(*rows))
