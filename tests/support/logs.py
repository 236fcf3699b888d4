"""Capture what `jobbot run` would log at DEBUG, and what our own loggers said before any
redaction, to prove that nothing personal reaches a log line."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from bot.logging_setup import OURS, _JobbotHandler, setup_logging


class _Raw(logging.Handler):
    """Our own loggers' messages as written, before the redacting filter (a safety net)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.split(".", 1)[0] in OURS:
            self.lines.append(f"{record.name}: {record.getMessage()}")


@dataclass
class Captured:
    out: io.StringIO
    raw: _Raw
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        return self.out.getvalue()

    def leaks(self, markers: Iterable[str]) -> list[str]:
        """Each marker found in the log file or in our raw messages."""
        everything = self.text() + "\n" + "\n".join(self.raw.lines)
        return [m for m in markers if m and m.lower() in everything.lower()]


@contextmanager
def debug_logs(secrets: Iterable[str] = ()) -> Iterator[Captured]:
    """setup_logging("DEBUG") as `jobbot run` does, its handler writing into a buffer."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved = {name: logging.getLogger(name).level for name in list(root.manager.loggerDict)}
    raw = _Raw()
    root.addHandler(raw)  # before ours: it sees the message as our code wrote it
    setup_logging("DEBUG", secrets, library_debug=False)
    out = io.StringIO()
    ours = next(h for h in root.handlers if isinstance(h, _JobbotHandler))
    ours.setStream(out)
    try:
        yield Captured(out, raw)
    finally:
        root.handlers[:], root.level = saved_handlers, saved_level
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def resume_sentences(raw_text: str, *, longer_than: int = 30) -> list[str]:
    """The resume's sentences worth looking for (long enough to be unmistakable)."""
    return [line.strip() for line in raw_text.splitlines() if len(line.strip()) > longer_than]
