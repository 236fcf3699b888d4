"""The DocumentRenderer port: a laid-out resume or cover letter in, one file format's bytes out."""

from __future__ import annotations

from typing import Protocol

from core.documents.layout import LetterLayout, ResumeLayout


class DocumentRenderer(Protocol):
    """One file format (PDF, DOCX). Blocking CPU work: callers run it in a thread."""

    @property
    def extension(self) -> str: ...  # "pdf", without the dot
    @property
    def mime(self) -> str: ...

    def resume(self, layout: ResumeLayout) -> bytes: ...
    def cover_letter(self, layout: LetterLayout) -> bytes: ...
