"""Neutral spans to escaped Discord markdown, split under Discord's limits; cards as embeds."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import discord
from discord.utils import escape_markdown, escape_mentions

from core.chat.messages import OutFile, Reply, Span, Style
from core.chat.text import split_spans, strip_newlines

MAX_CONTENT = 2000
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_TITLE = 256
MAX_FILES_PER_MESSAGE = 10
MAX_UPLOAD_BYTES = 25 * 1024 * 1024  # a bot's upload limit outside boosted servers
CARD_COLOUR = discord.Colour.blurple()

# escape_markdown leaves numbered lists and indented bullets alone; job text may start
# lines with them, so they are escaped here too.
_LINE_STARTS = re.compile(r"(?m)^(\s*)(\d+)\.(?=\s)|^(\s*)([-*+])(?=\s)")
_LINK_URL = re.compile(r"https?://[^\s<>()]+")
# A bracket not already escaped (escape_markdown doubles every literal backslash): brackets
# would otherwise end a link label early or start a masked link with later text.
_BARE_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)([\[\]])")


def escape(text: str) -> str:
    """Text as literal Discord markdown: no formatting, links, headings or mentions."""
    text = escape_markdown(text)
    text = _LINE_STARTS.sub(_escape_line_start, text)
    text = _BARE_BRACKET.sub(r"\1\\\2", text)
    return escape_mentions(text)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(2) is not None:
        return f"{match.group(1)}{match.group(2)}\\."
    return f"{match.group(3)}\\{match.group(4)}"


def _code(text: str) -> str:
    # A code span cannot escape a backtick: use a look-alike (never running user text as md).
    inner = text.replace("`", "ˋ")
    return f"`{inner}`"


def _wrap(text: str, marker: str) -> str:
    """`marker` around the escaped text, with edge whitespace kept outside (or md breaks)."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{escape(core)}{marker}{trail}"


def render_span(span: Span) -> str:
    """One span as Discord markdown; its text always escaped."""
    if span.style is Style.BOLD:
        return _wrap(span.text, "**")
    if span.style is Style.ITALIC:
        return _wrap(span.text, "*")
    if span.style is Style.CODE:
        return _code(span.text) if span.text.strip() else span.text
    if span.style is Style.LINK and span.url and _LINK_URL.fullmatch(span.url):
        label = escape(span.text.replace("\n", " ")) or span.url
        return f"[{label}](<{span.url}>)"
    return escape(span.text)


def render(spans: Iterable[Span]) -> str:
    """Spans as Discord markdown; a styled run is closed before a line break and reopened
    after it, so each line renders (and is escaped) on its own."""
    return "".join(_render_by_line(span) for span in spans if span.text)


def _render_by_line(span: Span) -> str:
    if "\n" not in span.text:
        return render_span(span)
    pieces = span.text.split("\n")
    return "\n".join(render_span(span.model_copy(update={"text": p})) if p else "" for p in pieces)


def _rendered_len(part: Sequence[Span]) -> int:
    return len(render(part))


def split(spans: Sequence[Span], limit: int = MAX_CONTENT) -> list[str]:
    """Rendered markdown in chunks of at most `limit` characters, cut between lines when it
    can be and never inside a styled run or an escape, so every chunk renders on its own."""
    # A part is measured with the newline it was cut after; that newline is not sent.
    chunks = (render(strip_newlines(part)) for part in split_spans(spans, limit, _rendered_len))
    return [chunk for chunk in chunks if chunk.strip()]


@dataclass
class Outgoing:
    """One Discord message to send or edit to: text or embed, buttons, files."""

    content: str | None = None
    embed: discord.Embed | None = None
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)  # (label, payload)
    files: list[OutFile] = field(default_factory=list)

    def discord_files(self) -> list[discord.File]:
        """Fresh File objects (discord.py consumes them on every send)."""
        return [_to_file(f) for f in self.files]


def _to_file(out: OutFile) -> discord.File:
    description = out.caption[:1024] or None
    return discord.File(io.BytesIO(out.data), filename=out.filename, description=description)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _title(spans: list[Span]) -> tuple[str | None, list[Span]]:
    """A leading bold line becomes the embed's title; the rest its description."""
    if not spans or spans[0].style is not Style.BOLD:
        return None, spans
    head = spans[0].text
    rest = spans[1:]
    if "\n" in head.strip() or len(head) > MAX_EMBED_TITLE:
        return None, spans
    if rest and not rest[0].text.startswith("\n"):
        return None, spans
    if rest:
        rest = [rest[0].model_copy(update={"text": rest[0].text.lstrip("\n")}), *rest[1:]]
    return escape(head.strip()), rest


def render_reply(reply: Reply, *, card: bool | None = None) -> list[Outgoing]:
    """A Reply as Discord messages; buttons and files ride on the last one.

    A reply with buttons (a card: clarify, paging, settings) is an embed; other replies are
    plain messages. Files over the upload limit are replaced by a line saying so.
    """
    as_card = bool(reply.buttons) if card is None else card
    files: list[OutFile] = []
    notes: list[Span] = []
    for out in reply.files:
        if len(out.data) > MAX_UPLOAD_BYTES:
            notes.append(
                Span(
                    text=f"\n“{out.filename}” is {_megabytes(len(out.data))}, more than the "
                    f"{_megabytes(MAX_UPLOAD_BYTES)} Discord lets me send, so it is not attached."
                )
            )
        else:
            files.append(out)
    spans = [*reply.spans, *notes]
    buttons = [[(b.label, b.payload) for b in row] for row in reply.buttons]
    messages: list[Outgoing]
    if as_card:
        title, body = _title(spans)
        chunks = split(body, MAX_EMBED_DESCRIPTION) or [""]
        messages = []
        for i, chunk in enumerate(chunks):
            heading = title if i == 0 else None
            if not chunk and not heading:  # Discord refuses an empty embed: buttons alone
                messages.append(Outgoing())
                continue
            embed = discord.Embed(title=heading, description=chunk or None, colour=CARD_COLOUR)
            messages.append(Outgoing(embed=embed))
    else:
        messages = [Outgoing(content=chunk) for chunk in split(spans, MAX_CONTENT)]
        if not messages:
            if not files:
                return []
            messages = [Outgoing()]
    messages[-1].buttons = buttons
    for start in range(0, len(files), MAX_FILES_PER_MESSAGE):
        batch = files[start : start + MAX_FILES_PER_MESSAGE]
        if start == 0:
            messages[-1].files = batch
        else:
            messages.append(Outgoing(files=batch))
    return messages
