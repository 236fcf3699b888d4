"""Neutral spans to Telegram HTML, split into messages under 4,096 characters, and keyboards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit

from core.chat.messages import Button, Span, Style
from core.chat.text import split_spans, strip_newlines

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


def _rendered_len(part: Sequence[Span]) -> int:
    return _utf16_len(render(part))


def render_parts(spans: Sequence[Span], limit: int = MAX_TEXT) -> list[str]:
    """The HTML of each message a reply's text needs (empty list for no visible text): cut
    at line ends, never inside a tag or an entity, each part's HTML within `limit`."""
    # A part is measured with the newline it was cut after; that newline is not sent.
    htmls = (render(strip_newlines(part)) for part in split_spans(spans, limit, _rendered_len))
    return [html for html in htmls if html.strip()]


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
