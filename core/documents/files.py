"""The documents of one application as files named for the job, in every format asked for.

The one place that turns stored `Documents` into files: the chat's Documents button and the
demo both come here, and the renderers behind the port do the layout.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.documents.filenames import COVER_LETTER, EVIDENCE, RESUME, document_filename
from core.documents.layout import candidate_name, letter_layout, resume_layout
from core.documents.ports import DocumentRenderer
from core.errors import JobBotError
from core.models import Application, AppState, Documents, Job, Profile
from core.ports import Store

logger = logging.getLogger(__name__)

TEXT = "text"  # the format name of the Markdown resume, text letter and evidence


class RenderError(JobBotError):
    """A renderer failed on these documents (logged without their contents)."""


@dataclass(frozen=True)
class DocumentFile:
    filename: str
    data: bytes
    mime: str


@dataclass(frozen=True)
class Target:
    """Who the documents are from and for: the profile, the job, and the letter's date."""

    documents: Documents
    profile: Profile | None
    job: Job
    written: date

    def filename(self, kind: str, extension: str) -> str:
        name = candidate_name(self.documents, self.profile)
        return document_filename(name, kind, self.job.company, self.job.title, extension)


async def target_of(store: Store, app: Application, job: Job | None) -> Target | None:
    """What the files of `app` are made from, or None when it has no documents: the user's
    current profile (name and contact), the job (or a blank one if it is no longer stored)
    and the day it was applied, for the letter's date."""
    if app.documents is None:
        return None
    stored = await store.latest_profile(app.user_id)
    applied = app.state_times.get(AppState.APPLIED.value, app.updated_at)
    return Target(
        documents=app.documents,
        profile=stored.profile if stored else None,
        job=job or Job(id=app.job_id, title=""),
        written=applied.date(),
    )


class DocumentFiles:
    """Renders an application's documents with the renderers it was given (by extension)."""

    def __init__(self, renderers: Sequence[DocumentRenderer]) -> None:
        self.renderers = {r.extension: r for r in renderers}

    @property
    def formats(self) -> list[str]:
        return [*self.renderers, TEXT]

    def render(self, target: Target, formats: Iterable[str]) -> list[DocumentFile]:
        """The resume and cover letter in each of `formats` (blocking: see `render_async`)."""
        files: list[DocumentFile] = []
        for fmt in formats:
            if fmt == TEXT:
                files += self._text(target)
                continue
            renderer = self.renderers.get(fmt)
            if renderer is None:
                raise RenderError(f"no renderer for {fmt}")
            docs, profile, job = target.documents, target.profile, target.job
            try:
                resume = renderer.resume(resume_layout(docs, profile, job))
                letter = renderer.cover_letter(letter_layout(docs, profile, job, target.written))
            except Exception as err:
                # Type only: the message could quote the documents.
                logger.error("%s rendering failed: %s", fmt, type(err).__name__)
                raise RenderError(f"The {fmt.upper()} files could not be made.") from err
            files.append(DocumentFile(target.filename(RESUME, fmt), resume, renderer.mime))
            files.append(DocumentFile(target.filename(COVER_LETTER, fmt), letter, renderer.mime))
        return files

    async def render_async(self, target: Target, formats: Iterable[str]) -> list[DocumentFile]:
        """`render` off the event loop: laying out a PDF is CPU work."""
        return await asyncio.to_thread(self.render, target, list(formats))

    def _text(self, target: Target) -> list[DocumentFile]:
        docs = target.documents
        points = "".join(f"- {p}\n" for p in docs.evidence_points)
        return [
            DocumentFile(target.filename(RESUME, "md"), docs.resume_md.encode(), "text/markdown"),
            DocumentFile(
                target.filename(COVER_LETTER, "txt"), docs.cover_letter.encode(), "text/plain"
            ),
            DocumentFile(target.filename(EVIDENCE, "txt"), points.encode(), "text/plain"),
        ]
