"""The demo's documents folder: a folder per job in every format, and a fallback to the text
when a renderer fails."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.container import build_documents
from bot.demo import write_documents
from core.apply import idempotency_key
from core.documents.files import DocumentFiles
from core.documents.layout import LetterLayout, ResumeLayout
from core.models import AppState, Documents, Job, Platform, Profile
from storage.sql_store import SqlStore

DOCS = Documents(
    resume_md="# Ann Lee\n\n## Experience\n\n### Cook — Harbour Café\n2020 – 2023\n- Cooked.\n",
    cover_letter="Dear Hiring Manager,\n\nI cook.\n\nKind regards,\nAnn Lee",
    evidence_points=["Cooked."],
)


@dataclass
class DemoRuntime:
    """What write_documents reads from the container."""

    store: SqlStore
    documents: DocumentFiles


class BrokenPdf:
    extension = "pdf"
    mime = "application/pdf"

    def resume(self, layout: ResumeLayout) -> bytes:
        raise ValueError("bad layout")

    def cover_letter(self, layout: LetterLayout) -> bytes:
        raise ValueError("bad layout")


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def applied(store: SqlStore, jobs: list[Job]) -> int:
    user, _ = await store.register_user(Platform.CONSOLE, "ann")
    await store.save_profile(user.id, Profile(full_name="Ann Lee", email="ann@example.com"), "")
    await store.upsert_jobs(jobs)
    for job in jobs:
        app, _ = await store.create_application(
            user.id, job.id, idempotency_key=idempotency_key("install", user.portal_user_id, job.id)
        )
        for step in (AppState.APPROVED, AppState.APPLYING, AppState.APPLIED):
            fields = {"documents": DOCS} if step is AppState.APPLIED else None
            await store.transition(app.id, step, fields=fields)
    return user.id


async def test_one_folder_per_job_and_two_postings_alike_do_not_collide(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    jobs = [
        Job(id="J1", title="Line Cook", company="Harbour: Café"),
        Job(id="J2", title="Line Cook", company="Harbour: Café"),
    ]
    uid = await applied(sqlite_store, jobs)
    runtime = DemoRuntime(sqlite_store, build_documents())
    out = tmp_path / "documents"  # tmp_path also holds the database
    assert await write_documents(runtime, uid, out) == 2
    folders = listing(out)
    assert folders[0] == "Harbour Café - Line Cook"
    assert folders[1].startswith("Harbour Café - Line Cook (")
    files = listing(out / folders[0])
    assert len(files) == 7
    assert "Ann Lee - Resume - Harbour Café - Line Cook.pdf" in files


async def test_a_failing_renderer_still_leaves_the_text_as_sent(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    uid = await applied(sqlite_store, [Job(id="J1", title="Line Cook", company="Harbour")])
    runtime = DemoRuntime(sqlite_store, DocumentFiles([BrokenPdf()]))
    out = tmp_path / "documents"
    assert await write_documents(runtime, uid, out) == 1
    [folder] = listing(out)
    assert listing(out / folder) == [
        "Ann Lee - Cover Letter - Harbour - Line Cook.txt",
        "Ann Lee - Evidence - Harbour - Line Cook.txt",
        "Ann Lee - Resume - Harbour - Line Cook.md",
    ]
