"""The job card and its buttons: Approve, Discard, Full report, Try again, Documents.

Every button names only an application id: the state is read from the database at press time,
the presser must own the application, and the one apply routine's compare-and-set makes a
double tap apply once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from core import actions
from core.actions import Action, Kind
from core.chat import documents, undo, why
from core.chat.context import Deps, log_failure
from core.chat.flows import NOT_YOURS, Flow, refused, toast
from core.chat.messages import (
    ActionAnswer,
    Button,
    CardTag,
    Reply,
    Span,
    Style,
    bold,
    italic,
    plain,
    text_reply,
)
from core.chat.profile_card import show_profile_button
from core.chat.text import job_title, lines, pay, shorten
from core.errors import JobBotError
from core.models import Application, AppState, Job, Match, PortalStatus, Preferences, User
from core.pipeline import profile_key
from core.runtime.consent import send_blocker

logger = logging.getLogger(__name__)

GONE = "This job is no longer stored."
ALREADY = {
    AppState.APPLIED: "Already applied",
    AppState.REJECTED: "Already discarded",
    AppState.APPROVED: "Already applying",
    AppState.APPLYING: "Already applying",
    AppState.PENDING: "Not judged yet",
    AppState.CLARIFY: "Still waiting for your decision",
    AppState.FAILED: "This application failed",
    AppState.ASSISTED: "Waiting for you to apply on their site",
    AppState.APPLIED_BY_USER: "You already applied",
}
_STATUS = {
    AppState.PENDING: "Waiting to be judged.",
    AppState.CLARIFY: "Needs your decision.",
    AppState.APPROVED: "Approved: applying shortly.",
    AppState.APPLYING: "Applying…",
    AppState.APPLIED: "Applied ✓",
    AppState.REJECTED: "Discarded.",
    AppState.FAILED: "Could not apply.",
    # Jobs from boards without an apply API (core/runtime/assisted.py): the user applies.
    AppState.ASSISTED: "Ready for you: apply on their site, then tap “I applied”.",
    AppState.APPLIED_BY_USER: "You applied ✓",
}
# The employer's answer, once the portal has one, is the applied card's last line.
_EMPLOYER = {
    PortalStatus.ACCEPTED: "The employer accepted your application 🎉",
    PortalStatus.REJECTED: "The employer declined your application.",
}
_MAX_ITEMS = 6


async def evidence(
    deps: Deps, app: Application, job: Job | None, payload: dict[str, Any] | None = None
) -> tuple[list[Match], list[str]]:
    """Matched requirements (with resume evidence) and missing ones, from the notification if
    it carries them, else from the verdict cache for the current profile and preferences."""
    payload = payload or {}
    if "matched" in payload or "missing" in payload:
        try:
            matched = [Match.model_validate(m) for m in payload.get("matched") or []]
            return matched, [str(m) for m in payload.get("missing") or []]
        except ValueError:
            pass
    stored = await deps.store.latest_profile(app.user_id)
    if stored is None or job is None:
        return [], []
    prefs = await deps.store.get_preferences(app.user_id) or Preferences()
    verdict = await deps.store.cached_verdict(profile_key(stored, prefs), job.content_hash())
    return (verdict.matched, verdict.missing) if verdict else ([], [])


async def card(
    deps: Deps,
    app: Application,
    *,
    edit: bool = False,
    payload: dict[str, Any] | None = None,
) -> Reply:
    """The job, the judgement and the application's state as the row says, with the buttons
    that fit it; tagged as the job's card, so adapters edit its one message in place."""
    job = await deps.store.get_job(app.job_id)
    rows: list[list[Span] | str] = [[bold(job_title(job, app.job_id))]]
    if job is not None:
        rows.append(f"{job.place()} · {pay(job)}")
    if app.score is not None:
        rows.append(f"Score: {app.score}/100")
    if app.state is AppState.CLARIFY:
        matched, missing = await evidence(deps, app, job, payload)
        if matched:
            rows.append([bold("You have")])
            rows += [
                [
                    plain(f"✓ {shorten(m.requirement, 60)}: "),
                    italic(f"“{shorten(m.evidence, 120)}”"),
                ]
                for m in matched[:_MAX_ITEMS]
            ]
        if missing:
            rows.append([bold("Not shown in your resume")])
            rows += [f"✗ {shorten(m, 80)}" for m in missing[:_MAX_ITEMS]]
        if not matched and not missing and app.reasons:
            rows += [f"• {shorten(r, 120)}" for r in app.reasons[:_MAX_ITEMS]]
    if app.state is AppState.ASSISTED and job is not None:
        rows += _kit(job)
    rows += ["", [bold(status_line(app))]]
    tag = CardTag(app_id=app.id, user_id=app.user_id, version=app.updated_at)
    return Reply(spans=lines(*rows), buttons=buttons(app), edit=edit, card=tag)


def status_line(app: Application) -> str:
    """Where the application stands, in one line: the employer's answer once there is one."""
    if app.state is AppState.APPLIED and app.portal_status in _EMPLOYER:
        return _EMPLOYER[app.portal_status]
    if app.state is AppState.FAILED and app.last_error:
        return f"Could not apply: {shorten(app.last_error, 200)}"
    return _STATUS[app.state]


def buttons(app: Application) -> list[list[Button]]:
    if app.state is AppState.CLARIFY:
        return [
            [
                Button(label="Approve", payload=actions.approve(app.id)),
                Button(label="Discard", payload=actions.discard(app.id)),
                Button(label="Full report", payload=actions.report(app.id)),
            ]
        ]
    if app.state is AppState.FAILED:
        return [[Button(label="Try again", payload=actions.retry(app.id))]]
    if app.state is AppState.ASSISTED:
        return [
            [
                Button(label="I applied", payload=actions.user_applied(app.id)),
                Button(label="Not for me", payload=actions.not_for_me(app.id)),
            ],
            [Button(label="Documents", payload=actions.documents(app.id))],
        ]
    reason = Button(label="Why?", payload=actions.why(app.id))
    if app.state is AppState.APPLIED and app.documents is not None:
        return [[Button(label="Documents", payload=actions.documents(app.id)), reason]]
    if app.state in (AppState.APPLIED, AppState.APPLIED_BY_USER):
        return [[reason]]
    if app.state is AppState.REJECTED:
        if why.discarded_by_user(app):  # while the job is open (checked at the press)
            return [[reason, Button(label="Undo", payload=actions.undo(app.id))]]
        return [[reason]]
    return []


async def on_action(deps: Deps, user: User | None, action: Action) -> Flow:
    """Every application button: check the presser owns it, then act on its current state."""
    app = await deps.store.get_application(action.app_id)
    if app is None:
        return refused(GONE)
    if user is None or app.user_id != user.id:
        logger.warning("button %s on application %d refused for another user", action.kind, app.id)
        return refused(NOT_YOURS)
    if action.kind in (Kind.APPROVE, Kind.RETRY):
        return await _approve(deps, app)
    if action.kind is Kind.DISCARD:
        return await _discard(deps, app)
    if action.kind in (Kind.USER_APPLIED, Kind.NOT_FOR_ME):
        return await _assisted_answer(deps, app, applied=action.kind is Kind.USER_APPLIED)
    if action.kind is Kind.WHY:
        return toast("", await why.reply(deps, app))
    if action.kind is Kind.UNDO:
        return await undo.on_undo(deps, app)
    if action.kind is Kind.REPORT:
        return toast("", _report(app, await deps.store.get_job(app.job_id)))
    if action.kind is Kind.DOCUMENTS:
        return documents.flow(deps, app, documents.PDF)
    if action.kind is Kind.WORD_FILES:
        return documents.flow(deps, app, documents.WORD)
    return toast("", await card(deps, app))


def _already(deps: Deps, app: Application) -> Flow:
    """A press on a job that has moved on: the card is built when the flow plays, from the
    state then, so a late second tap never paints an older state over the first tap's."""

    async def stream() -> AsyncIterator[Reply]:
        current = await deps.store.get_application(app.id) or app
        yield await card(deps, current, edit=True)

    return Flow(ActionAnswer(text=ALREADY[app.state], changed=False), stream)


async def _approve(deps: Deps, app: Application) -> Flow:
    if app.state not in (AppState.CLARIFY, AppState.FAILED):
        return _already(deps, app)
    user = await deps.store.get_user(app.user_id)
    stored = await deps.store.latest_profile(app.user_id)
    blocker = send_blocker(stored, user)
    if blocker is not None:  # nothing goes out in a name the person has not confirmed
        said = text_reply(blocker, buttons=show_profile_button(stored, app.user_id))
        return Flow(ActionAnswer(text=blocker, alert=True), replies=[said])
    # The compare-and-set decides at once which of several presses (Approve twice, Approve
    # and Discard) won; only the winner's toast says "Applying…".
    moved = await deps.store.transition(
        app.id, AppState.APPROVED, from_states=[AppState.CLARIFY, AppState.FAILED]
    )
    if not moved.won:
        return _already(deps, moved.application)

    async def stream() -> AsyncIterator[Reply]:
        yield await card(deps, moved.application, edit=True)
        try:
            final = await deps.applier.approve_and_apply(app.id)
        except Exception as err:
            # The routine keeps the row consistent; show where it stands, never a traceback.
            log_failure("approve", app.user_id, err)
            current = await deps.store.get_application(app.id) or app
            note = str(err) if isinstance(err, JobBotError) else "something went wrong"
            reply = await card(deps, current, edit=True)
            reply.spans += [plain("\n"), italic(f"({shorten(note, 200)})")]
            yield reply
            return
        yield await card(deps, final, edit=True)

    return Flow(ActionAnswer(text="Applying…"), stream)


async def _discard(deps: Deps, app: Application) -> Flow:
    if app.state is not AppState.CLARIFY:
        return _already(deps, app)
    result = await deps.store.transition(
        app.id,
        AppState.REJECTED,
        from_states=[AppState.CLARIFY],
        fields={"reasons": [why.DISCARDED, *app.reasons]},
    )
    if not result.won:
        return _already(deps, result.application)
    return toast("Discarded", await card(deps, result.application, edit=True))


def _kit(job: Job) -> list[list[Span] | str]:
    """The apply link and the credit a feed asks for; nothing is sent by the bot."""
    rows: list[list[Span] | str] = []
    if job.apply_url:
        rows.append(
            [
                plain("Apply here: "),
                Span(text=shorten(job.apply_url, 200), style=Style.LINK, url=job.apply_url),
            ]
        )
    if job.attribution:
        rows.append([italic(job.attribution)])
    rows.append("Your resume and cover letter for it are ready (Documents).")
    return rows


async def _assisted_answer(deps: Deps, app: Application, *, applied: bool) -> Flow:
    """ "I applied" records it (the bot sent nothing); "Not for me" sets the job aside."""
    if app.state is not AppState.ASSISTED:
        return _already(deps, app)
    if applied:
        result = await deps.store.transition(
            app.id, AppState.APPLIED_BY_USER, from_states=[AppState.ASSISTED]
        )
    else:
        result = await deps.store.transition(
            app.id,
            AppState.REJECTED,
            from_states=[AppState.ASSISTED],
            fields={"reasons": ["not for you", *app.reasons]},
        )
    if not result.won:
        return _already(deps, result.application)
    said = "Recorded: you applied" if applied else "Set aside"
    return toast(said, await card(deps, result.application, edit=True))


def _report(app: Application, job: Job | None) -> Reply:
    title = job_title(job, app.job_id)
    if app.report:
        return Reply(spans=lines([bold(title)], app.report))
    rows: list[list[Span] | str] = [[bold(title)]]
    if app.score is not None:
        rows.append(f"Score: {app.score}/100")
    rows += [f"• {r}" for r in app.reasons] or ["No report was stored for this job."]
    if job is not None and job.description:
        rows += ["", [bold("The posting")], shorten(job.description, 1500)]
    return Reply(spans=lines(*rows))
