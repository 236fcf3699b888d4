"""Formatting helpers: span building, short job lines, and splitting long replies at lines."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from core.chat.messages import Reply, Span, plain
from core.models import Job

# Platform limits, for adapters that want them (Telegram: 4096 characters, Discord: 2000).
TELEGRAM_LIMIT = 4096
DISCORD_LIMIT = 2000


def lines(*rows: Iterable[Span] | Span | str) -> list[Span]:
    """Join rows into spans, one row per line (a row is a string, a span or a list of spans)."""
    out: list[Span] = []
    for index, row in enumerate(rows):
        if index:
            out.append(plain("\n"))
        if isinstance(row, str):
            out.append(plain(row))
        elif isinstance(row, Span):
            out.append(row)
        else:
            out.extend(row)
    return out


def job_title(job: Job | None, job_id: str) -> str:
    """`Title at Company`, or the bare id when the job is no longer stored."""
    if job is None:
        return f"job {job_id}"
    return f"{job.title} at {job.company}" if job.company else job.title


def pay(job: Job) -> str:
    if job.salary_offered is None:
        return "pay not stated"
    return f"{job.salary_offered:,.0f} {job.currency or ''}".strip()


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters on a word boundary, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, at line ends where possible.

    Joining the pieces gives back `text` exactly.
    """
    return ["".join(s.text for s in chunk) for chunk in split_spans([plain(text)], limit)]


def split_spans(spans: list[Span], limit: int) -> list[list[Span]]:
    """Split spans into chunks of at most `limit` characters, cutting after a newline where
    possible, else at a space, else anywhere; styles are kept and no text is changed."""
    if limit < 1:
        raise ValueError("limit must be positive")
    chunks: list[list[Span]] = [[]]
    size = 0
    for line in _lines_of(spans):
        length = sum(len(s.text) for s in line)
        if size and size + length > limit:
            chunks.append([])
            size = 0
        for piece in _hard_split(line, limit) if length > limit else [line]:
            if size and size + sum(len(s.text) for s in piece) > limit:
                chunks.append([])
                size = 0
            chunks[-1].extend(piece)
            size += sum(len(s.text) for s in piece)
    return [_merge(chunk) for chunk in chunks if chunk]


def split_reply(reply: Reply, limit: int) -> list[Reply]:
    """Split a reply longer than `limit`: the first part keeps `edit`, the last gets the
    buttons and files."""
    chunks = split_spans(reply.spans, limit) or [[]]
    out = [Reply(spans=chunk) for chunk in chunks]
    out[0].edit = reply.edit
    out[-1].buttons = reply.buttons
    out[-1].files = reply.files
    return out


def _lines_of(spans: list[Span]) -> list[list[Span]]:
    """Group spans into lines, each ending with its newline (the last may have none)."""
    result: list[list[Span]] = [[]]
    for span in spans:
        parts = span.text.split("\n")
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            text = part if last else part + "\n"
            if text:
                result[-1].append(span.model_copy(update={"text": text}))
            if not last:
                result.append([])
    return [line for line in result if line]


def _hard_split(line: list[Span], limit: int) -> list[list[Span]]:
    """Split one over-long line into pieces of at most `limit`, at spaces where possible."""
    text = "".join(s.text for s in line)
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        space = window.rfind(" ")
        cut = start + (space + 1 if space > 0 else limit)
        cuts.append(cut)
        start = cut
    bounds = [0, *cuts, len(text)]
    pieces: list[list[Span]] = []
    for lo, hi in itertools.pairwise(bounds):
        pieces.append(_slice(line, lo, hi))
    return pieces


def _slice(line: list[Span], lo: int, hi: int) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for span in line:
        end = pos + len(span.text)
        a, b = max(lo, pos), min(hi, end)
        if a < b:
            out.append(span.model_copy(update={"text": span.text[a - pos : b - pos]}))
        pos = end
    return out


def _merge(chunk: list[Span]) -> list[Span]:
    """Join neighbouring spans of the same style, so adapters emit fewer entities."""
    out: list[Span] = []
    for span in chunk:
        if out and out[-1].style == span.style and out[-1].url == span.url:
            out[-1] = out[-1].model_copy(update={"text": out[-1].text + span.text})
        else:
            out.append(span)
    return out
