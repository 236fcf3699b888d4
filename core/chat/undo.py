"""Undo on a Discard: while the portal still lists the job, it comes back to the user's decision."""

from __future__ import annotations

import logging

from core.chat import clarify, why
from core.chat.context import Deps
from core.chat.flows import Flow, refused, toast
from core.errors import PortalError
from core.models import Application, AppState

logger = logging.getLogger(__name__)

CLOSED = "This job is closed now, so it cannot come back."
NOT_YOURS_TO_UNDO = "Only a job you discarded can come back."
BACK = "Back: approve or discard it"


async def still_open(deps: Deps, job_id: str) -> bool | None:
    """Whether the job can still be applied to: False when its portal says it is gone, None
    when nobody can tell (a job board's job, or a portal without the route)."""
    job = await deps.store.get_job(job_id)
    if job is None:
        return False
    if not job.from_portal():
        return None
    try:
        return await deps.portal.job_open(job_id)
    except PortalError as err:  # unreachable: the Approve itself will find out
        logger.info("undo: portal could not say whether job is open (%s)", type(err).__name__)
        return None


async def on_undo(deps: Deps, app: Application) -> Flow:
    """Move a discarded job back to clarify and show its Approve / Discard card again."""
    if app.state is not AppState.REJECTED:
        return clarify._already(deps, app)
    if not why.discarded_by_user(app):
        return refused(NOT_YOURS_TO_UNDO)
    if await still_open(deps, app.job_id) is False:
        return refused(CLOSED)
    result = await deps.store.transition(
        app.id,
        AppState.CLARIFY,
        from_states=[AppState.REJECTED],
        fields={"reasons": app.reasons[1:]},
    )
    if not result.won:
        return clarify._already(deps, result.application)
    return toast(BACK, await clarify.card(deps, result.application, edit=True))
