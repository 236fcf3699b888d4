"""The Documents and Word files buttons: what was sent with an application, as files.

The PDFs come first (what a person forwards or prints), the Word files on request (to edit);
both are named for the job and made by the one `DocumentFiles` the bot was built with, in a
thread, after the button press has been answered.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from core import actions
from core.chat.context import Deps
from core.chat.flows import Flow
from core.chat.messages import ActionAnswer, Button, OutFile, Reply, plain
from core.chat.text import job_title
from core.documents.files import TEXT, DocumentFile, DocumentFiles, RenderError, target_of
from core.models import Application, Job

NONE_STORED = "No documents were stored for this application."
PDF, WORD = "pdf", "docx"


def _out(file: DocumentFile) -> OutFile:
    return OutFile(filename=file.filename, data=file.data, mime=file.mime)


async def reply(deps: Deps, app: Application, job: Job | None, fmt: str) -> Reply:
    """The documents of `app` in `fmt` (PDF or Word), or the text when that cannot be made."""
    target = await target_of(deps.store, app, job)
    if target is None:
        return Reply(spans=[plain(NONE_STORED)])
    title = job_title(job, app.job_id)
    files = deps.documents
    note = ""
    if files is not None and fmt in files.formats:
        try:
            made = await files.render_async(target, [fmt])
        except RenderError as err:
            note = f"{err} Here is the text I sent instead.\n"
        else:
            word = [[Button(label="Word files", payload=actions.word_files(app.id))]]
            return Reply(
                spans=[plain(f"What I sent for {title}:")],
                files=[_out(f) for f in made],
                buttons=word if fmt == PDF and WORD in files.formats else [],
            )
    # No renderer here (or it failed): the documents exactly as submitted, as text.
    text = (files or DocumentFiles([])).render(target, [TEXT])
    return Reply(spans=[plain(f"{note}What I sent for {title}:")], files=[_out(f) for f in text])


def flow(deps: Deps, app: Application, fmt: str) -> Flow:
    """Answer the press at once; lay the files out after."""

    async def stream() -> AsyncIterator[Reply]:
        yield await reply(deps, app, await deps.store.get_job(app.job_id), fmt)

    label = "Preparing the Word files…" if fmt == WORD else "Preparing your documents…"
    return Flow(ActionAnswer(text=label), stream)
