"""Turn an untrusted HTML job description into plain text with the stdlib HTML parser."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements whose text is never shown to a reader (and may hold code or styles).
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "iframe", "svg"})
_BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str | None, *, escaped: bool = False, limit: int = 20_000) -> str:
    """Plain text of `markup`: tags dropped, entities decoded, scripts and styles removed.

    `escaped` is for feeds that send the HTML itself entity-encoded (Greenhouse's content)."""
    if not markup:
        return ""
    if escaped:
        markup = html.unescape(markup)
    parser = _Text()
    parser.feed(markup[: limit * 4])
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line not in ("", "-"))
    return _BLANK_LINES.sub("\n\n", text)[:limit]
