"""The Documents and Word files buttons: PDFs named for the job, Word on request, text as a
fallback when a renderer fails, and the press answered before the slow work."""

from __future__ import annotations

import io
import threading
import zipfile

from core import actions
from core.chat.documents import NONE_STORED
from core.documents.files import DocumentFiles
from core.documents.layout import LetterLayout, ResumeLayout
from core.intake import extract_text_sync
from core.models import AppState, Documents
from tests.chat.conftest import (
    TG,
    World,
    application,
    payloads,
    press,
    registered,
)

DOCS = Documents(
    resume_md=(
        "# Julie Monroe\nAustin · julie@example.com\n\n## Experience\n\n"
        "### Nutrition Consultant — Golden Valley Clinic\nJan 2021 – Present, Austin\n"
        "- Ran meal planning for 120 residents.\n"
    ),
    cover_letter="Dear Hiring Manager,\n\nI plan meals.\n\nKind regards,\nJulie Monroe",
    evidence_points=["Ran meal planning for 120 residents."],
)
STEM = "Julie Monroe - {} - Company 1 - Nutrition Consultant 1"


class BrokenRenderer:
    """A renderer that fails like a typesetting error would."""

    extension = "pdf"
    mime = "application/pdf"

    def resume(self, layout: ResumeLayout) -> bytes:
        raise RuntimeError("typesetting failed on Julie Monroe's resume")

    def cover_letter(self, layout: LetterLayout) -> bytes:
        raise RuntimeError("unreachable")


class RecordingRenderer:
    """Records the thread each document is laid out on."""

    extension = "pdf"
    mime = "application/pdf"

    def __init__(self) -> None:
        self.threads: list[int] = []

    def resume(self, layout: ResumeLayout) -> bytes:
        self.threads.append(threading.get_ident())
        return b"%PDF-resume"

    def cover_letter(self, layout: LetterLayout) -> bytes:
        self.threads.append(threading.get_ident())
        return b"%PDF-letter"


async def test_rendering_runs_off_the_event_loop(world: World) -> None:
    recorder = RecordingRenderer()
    world.chat.deps.documents = DocumentFiles([recorder])
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED, documents=DOCS)
    _, [reply] = await press(world.chat, TG, actions.documents(app.id))
    assert [f.data for f in reply.files] == [b"%PDF-resume", b"%PDF-letter"]
    assert len(recorder.threads) == 2
    assert threading.get_ident() not in recorder.threads
    assert reply.buttons == []  # no Word renderer here, so no Word button


async def test_documents_sends_the_two_pdfs_named_for_the_job(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED, documents=DOCS)
    flow, [reply] = await press(world.chat, TG, actions.documents(app.id))
    assert flow.answer.text == "Preparing your documents…"
    names = [f.filename for f in reply.files]
    assert names == [STEM.format("Resume") + ".pdf", STEM.format("Cover Letter") + ".pdf"]
    assert all(f.mime == "application/pdf" and f.data.startswith(b"%PDF") for f in reply.files)
    resume_text = extract_text_sync(reply.files[0].data, names[0])
    assert "Golden Valley Clinic" in resume_text and "meal planning" in resume_text
    assert "julie@example.com" in resume_text  # the contact line comes from the profile
    letter_text = extract_text_sync(reply.files[1].data, names[1])
    assert "Company 1" in letter_text and "I plan meals." in letter_text
    assert list(payloads(reply)) == ["Word files"]


async def test_word_files_on_request(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED, documents=DOCS)
    _, [pdfs] = await press(world.chat, TG, actions.documents(app.id))
    flow, [reply] = await press(world.chat, TG, payloads(pdfs)["Word files"])
    assert flow.answer.text == "Preparing the Word files…"
    assert [f.filename for f in reply.files] == [
        STEM.format("Resume") + ".docx",
        STEM.format("Cover Letter") + ".docx",
    ]
    with zipfile.ZipFile(io.BytesIO(reply.files[0].data)) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Golden Valley Clinic" in body and 'w:val="ListBullet"' in body
    assert reply.buttons == []


async def test_a_failed_render_sends_the_text_as_submitted_with_a_plain_note(
    world: World,
) -> None:
    world.chat.deps.documents = DocumentFiles([BrokenRenderer()])
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED, documents=DOCS)
    _, [reply] = await press(world.chat, TG, actions.documents(app.id))
    assert reply.plain_text().startswith("The PDF files could not be made.")
    assert "Julie Monroe's resume" not in reply.plain_text()
    files = {f.filename: f.data for f in reply.files}
    assert files == {
        STEM.format("Resume") + ".md": DOCS.resume_md.encode(),
        STEM.format("Cover Letter") + ".txt": DOCS.cover_letter.encode(),
        STEM.format("Evidence") + ".txt": b"- Ran meal planning for 120 residents.\n",
    }


async def test_without_renderers_the_text_is_sent(world: World) -> None:
    world.chat.deps.documents = None
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED, documents=DOCS)
    _, [reply] = await press(world.chat, TG, actions.documents(app.id))
    assert [f.filename.rsplit(".", 1)[1] for f in reply.files] == ["md", "txt", "txt"]
    assert reply.files[0].data == DOCS.resume_md.encode()


async def test_an_application_without_documents_says_so(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 1, AppState.APPLIED)
    _, [reply] = await press(world.chat, TG, actions.documents(app.id))
    assert reply.plain_text() == NONE_STORED and reply.files == []
