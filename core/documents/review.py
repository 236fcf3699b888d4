"""Any engine's documents, made safe to send: fact-checked, framed, linted, or refused.

One regeneration is allowed. Documents that still need a cut after it, or that fall below the
minimum content, are refused with the reason (`DocumentsRefused`): the apply routine then
hands the application to the user and never posts them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from core.documents.content import add_frame, shortfalls, strip_frame
from core.documents.factcheck import check_documents
from core.documents.linter import lint, tidy
from core.errors import DocumentsRefused
from core.models import Documents, Job, Profile
from core.offline.text import phrase_key

log = logging.getLogger(__name__)


@dataclass
class Reviewed:
    """Documents after review: what was cut, and why they may still not be sent."""

    docs: Documents
    removed: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)

    @property
    def sendable(self) -> bool:
        return not self.short


def _tidy_lines(text: str) -> str:
    """Trailing spaces and doubled stops repaired line by line, layout kept."""
    out = []
    for line in text.splitlines():
        lead = line[: len(line) - len(line.lstrip())]
        out.append(lead + tidy(line) if line.strip() else "")
    return "\n".join(out)


def review(docs: Documents, profile: Profile, job: Job) -> Reviewed:
    """Cut what the profile does not support, put our frame on, and measure what is left."""
    body = strip_frame(docs)
    body = Documents(
        resume_md=body.resume_md,
        cover_letter=_tidy_lines(body.cover_letter),
        evidence_points=[tidy(p) for p in body.evidence_points],
    )
    cleaned, removed = check_documents(body, profile, job=job)
    framed = add_frame(cleaned, profile)
    short = shortfalls(framed, profile, job)
    # Our frame must pass too: a placeholder name or a foreign contact in the profile is a stop.
    _, again = check_documents(framed, profile, job=job)
    # Reasons reach the user, the store and the logs: they name no text of the documents.
    if again:
        short.append("the documents still state things your profile does not")
    own = f" {phrase_key(profile.model_dump_json())} "
    short += [
        f"the {f.where} has a placeholder"
        for f in lint(framed)
        if f.rule == "placeholder" and f" {phrase_key(f.text)} " not in own
    ]
    return Reviewed(framed, removed, list(dict.fromkeys(short)))


async def reviewed_documents(
    write: Callable[[], Awaitable[Documents]], profile: Profile, job: Job, *, engine: str
) -> Documents:
    """Documents from `write` that are safe to send, regenerating once; DocumentsRefused if not."""
    # The check is CPU work (and loads its word list once): keep the event loop free.
    first = await asyncio.to_thread(review, await write(), profile, job)
    if not first.removed and first.sendable:
        return first.docs
    log.info(
        "engine %s: documents for job %s needed %d cut(s), %d shortfall(s); regenerating",
        engine,
        job.id,
        len(first.removed),
        len(first.short),
    )
    second = await asyncio.to_thread(review, await write(), profile, job)
    if second.sendable:
        return second.docs
    if first.sendable:
        return first.docs  # cut, but whole: better than a regeneration that fell short
    log.info("engine %s: documents for job %s refused after regenerating", engine, job.id)
    raise DocumentsRefused("; ".join(second.short))
