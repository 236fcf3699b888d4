"""Neutral spans to Telegram HTML, split into messages under 4,096 characters, and keyboards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit

from core.chat.messages import Button, Span, Style

MAX_TEXT = int(MessageLimit.MAX_TEXT_LENGTH)  # 4096
MAX_CAPTION = int(MessageLimit.CAPTION_LENGTH)  # 1024
MAX_CALLBACK_BYTES = 64
_LINK_SCHEMES = ("http://", "https://", "tg://")
_TAGS = {Style.BOLD: "b", Style.ITALIC: "i", Style.CODE: "code"}


class ButtonPayloadTooLong(ValueError):
    """A button payload Telegram would refuse (callback_data is 1 to 64 bytes)."""


def render_span(span: Span) -> str:
    """One span as Telegram HTML; its text (and a link's URL) always escaped."""
    text = escape(span.text, quote=False)
    if span.style is Style.LINK:
        if span.url and span.url.startswith(_LINK_SCHEMES):
            return f'<a href="{escape(span.url, quote=True)}">{text}</a>'
        return text
    tag = _TAGS.get(span.style)
    return f"<{tag}>{text}</{tag}>" if tag else text


def render(spans: Iterable[Span]) -> str:
    return "".join(render_span(span) for span in spans if span.text)


def _utf16_len(text: str) -> int:
    # Telegram counts message length in UTF-16 code units.
    return len(text.encode("utf-16-le")) // 2


def _rendered_len(spans: Sequence[Span]) -> int:
    return _utf16_len(render(spans))


def _lines(spans: Iterable[Span]) -> list[list[Span]]:
    """Cut spans at newlines: one list of spans per line, styles kept."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        pieces = span.text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                lines.append([])
            if piece:
                lines[-1].append(span.model_copy(update={"text": piece}))
    return lines


def _cut_span(span: Span, limit: int) -> tuple[Span, Span]:
    """The longest head of `span` whose rendering fits `limit`, preferring a word boundary."""
    lo, hi = 0, len(span.text)
    while lo < hi:  # binary search on the raw text: escaping only grows it
        mid = (lo + hi + 1) // 2
        if _rendered_len([span.model_copy(update={"text": span.text[:mid]})]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    space = span.text.rfind(" ", 0, lo)
    if space > lo // 2:
        cut = space + 1
    if cut and 0xD800 <= ord(span.text[cut - 1]) <= 0xDBFF:
        cut -= 1  # never split a surrogate pair (Python str has none, but be safe)
    head = span.model_copy(update={"text": span.text[:cut]})
    tail = span.model_copy(update={"text": span.text[cut:]})
    return head, tail


def _split_long_line(line: list[Span], limit: int) -> list[list[Span]]:
    """Split one over-long line into parts that fit, cutting raw span text, never markup."""
    parts: list[list[Span]] = []
    current: list[Span] = []
    queue = list(line)
    while queue:
        span = queue.pop(0)
        room = limit - _rendered_len(current)
        if _rendered_len([span]) <= room:
            current.append(span)
            continue
        head, tail = _cut_span(span, room)
        if not head.text:
            if not current:  # a single character that cannot fit: give up on tags for it
                raise ValueError("a span cannot be rendered within the message limit")
            parts.append(current)
            current = []
            queue.insert(0, span)
            continue
        current.append(head)
        parts.append(current)
        current = []
        queue.insert(0, tail)
    if current:
        parts.append(current)
    return parts


def split_spans(spans: Sequence[Span], limit: int = MAX_TEXT) -> list[list[Span]]:
    """Group spans into messages whose HTML fits `limit`, breaking at line boundaries."""
    parts: list[list[Span]] = []
    current: list[Span] | None = None
    current_len = 0
    for line in _lines(spans):
        line_len = _rendered_len(line)
        if current is not None:
            if current_len + 1 + line_len <= limit:
                current += [Span(text="\n"), *line]
                current_len += 1 + line_len
                continue
            parts.append(current)
        if line_len <= limit:
            current, current_len = list(line), line_len
            continue
        pieces = _split_long_line(line, limit)
        parts.extend(pieces[:-1])
        current = pieces[-1]
        current_len = _rendered_len(current)
    if current is not None:
        parts.append(current)
    return [part for part in parts if render(part).strip()]


def render_parts(spans: Sequence[Span], limit: int = MAX_TEXT) -> list[str]:
    """The HTML of each message a reply's text needs (empty list for no visible text)."""
    return [render(part).strip("\n") for part in split_spans(spans, limit)]


def check_payload(payload: str) -> str:
    """Return `payload` if Telegram accepts it as callback_data, else raise a clear error."""
    size = len(payload.encode("utf-8"))
    if not 1 <= size <= MAX_CALLBACK_BYTES:
        raise ButtonPayloadTooLong(
            f"button payload is {size} bytes; Telegram allows 1 to {MAX_CALLBACK_BYTES}"
        )
    return payload


def keyboard(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """Inline keyboard with each payload as callback_data; None when there are no buttons."""
    built = [
        [InlineKeyboardButton(b.label, callback_data=check_payload(b.payload)) for b in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(built) if built else None
