"""Which DOCX paragraphs are items of a bulleted list: Word keeps the bullet glyph in
numbering.xml (w:numPr on the paragraph or on its style), not in the text.

Read as plain lines, a job's bullets run into the line above them ("A national non-profit
for children at risk" then "Carry a caseload of 45 families ..."), where the PDF of the same
file shows a bullet. Only items whose list level is formatted as a bullet and that read as a
sentence get one back: people also write their entries as list items ("Role at Employer
(2019-2022)" bold at the first level, the employer under it), and those stay as they are.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SENTENCE_END = (".", "!", "?")


def _val(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(f"{_W}val") if found is not None else None


class BulletLists:
    """The numbering and styles of one document, to tell its bulleted paragraphs."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, str], str] = {}  # (numId, ilvl) -> numFmt
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {
                a.get(f"{_W}abstractNumId"): {
                    lvl.get(f"{_W}ilvl"): _val(lvl, f"{_W}numFmt") or ""
                    for lvl in a.findall(f"{_W}lvl")
                }
                for a in numbering.findall(f"{_W}abstractNum")
            }
            for num in numbering.findall(f"{_W}num"):
                levels = abstract.get(_val(num, f"{_W}abstractNumId"), {})
                for ilvl, fmt in levels.items():
                    self.formats[(num.get(f"{_W}numId") or "", ilvl or "0")] = fmt
        for style in document.styles.element.findall(f"{_W}style"):
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            self.styles[style.get(f"{_W}styleId") or ""] = (
                _val(numpr, f"{_W}numId"),
                _val(numpr, f"{_W}ilvl"),
                _val(style, f"{_W}basedOn"),
            )

    def _style_numbering(self, style: str | None) -> tuple[str | None, str | None]:
        for _ in range(10):  # a chain of basedOn, never a loop
            if style is None or style not in self.styles:
                return None, None
            num_id, ilvl, based_on = self.styles[style]
            if num_id is not None:
                return num_id, ilvl
            style = based_on
        return None, None

    def is_bullet(self, paragraph: Any) -> bool:
        """The paragraph (a w:p element) is an item of a list whose level shows a bullet."""
        ppr = paragraph.find(f"{_W}pPr")
        num_id = _val(ppr, f"{_W}numPr/{_W}numId")
        ilvl = _val(ppr, f"{_W}numPr/{_W}ilvl")
        if num_id is None:
            num_id, style_level = self._style_numbering(_val(ppr, f"{_W}pStyle"))
            ilvl = ilvl or style_level
        if num_id is None or num_id == "0":
            return False
        return self.formats.get((num_id, ilvl or "0")) == "bullet"


def bulleted(text: str) -> str:
    """An item's text with the bullet its list shows, when it reads as a sentence (a duty,
    an achievement); an entry or a name written as an item is left as written."""
    stripped = text.strip()
    if not stripped.endswith(_SENTENCE_END) or len(stripped.split()) < 4:
        return text
    if not stripped[:1].isalnum():  # a glyph of its own already
        return text
    return f"• {stripped}"
