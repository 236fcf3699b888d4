"""`DocumentRenderer` on Typst (the `typst` wheel, with its own embedded fonts): PDF files.

The layout goes to the template as one JSON string in `sys.inputs`; the template places every
string as a value, so resume or job text can never become Typst markup, and the compiler's
root is the template folder, so nothing else on disk is readable from a template.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import typst

from core.documents.layout import LetterLayout, ResumeLayout

TEMPLATES = Path(str(resources.files("core.adapters") / "typst_templates"))
# A run this long with nowhere to break would run off the page: Typst breaks lines only at
# spaces, hyphens and slashes, so such runs get a zero-width break point every 30 characters.
_UNBREAKABLE = re.compile(r"[^\s/\-\u200b]{36,}")


def _breakable(value: Any) -> Any:
    if isinstance(value, str):
        return _UNBREAKABLE.sub(lambda m: "\u200b".join(re.findall(".{1,30}", m.group())), value)
    if isinstance(value, list):
        return [_breakable(v) for v in value]
    if isinstance(value, dict):
        return {k: _breakable(v) for k, v in value.items()}
    return value


def _title(kind: str, name: str, subject: str) -> str:
    return " – ".join(x for x in (name, kind, subject) if x)


class TypstPdf:
    """Resume and cover letter as tagged PDF (selectable text an ATS can read back)."""

    extension = "pdf"
    mime = "application/pdf"

    def resume(self, layout: ResumeLayout) -> bytes:
        data = layout.model_dump()
        data["title"] = _title("Resume", layout.name, layout.subject)
        return self._compile("resume.typ", data)

    def cover_letter(self, layout: LetterLayout) -> bytes:
        data = layout.model_dump()
        subject = " at ".join(x for x in (layout.job_title, layout.company) if x)
        data["title"] = _title("Cover Letter", layout.name, subject)
        return self._compile("letter.typ", data)

    def _compile(self, template: str, data: dict[str, Any]) -> bytes:
        pdf = typst.compile(
            str(TEMPLATES / template),
            root=str(TEMPLATES),
            sys_inputs={"data": json.dumps(_breakable(data), ensure_ascii=False)},
            # The wheel's own Libertinus Serif sets every page; the machine's fonts are only
            # searched for characters it lacks (Chinese, Japanese, Korean names), which would
            # otherwise print as empty boxes.
            ignore_system_fonts=False,
        )
        assert isinstance(pdf, bytes)
        return pdf
