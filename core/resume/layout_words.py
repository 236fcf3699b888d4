"""A word's box on the page and a segment: words of one line with no wide gap between them."""

from __future__ import annotations

from dataclasses import dataclass

from core.resume.layout_text import hyphen_cut, small_caps


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str = ""


@dataclass
class Segment:
    """Words on one line with no wide gap between them."""

    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        # a ligature glyph ("ﬁ") is often its own box overlapping its neighbours: no space
        parts = [self.words[0].text]
        for before, word in zip(self.words, self.words[1:], strict=False):
            gap = word.x0 - before.x1
            height = word.bottom - word.top
            if small_caps(before, word):  # "P" "RESENT": the capital's size sets the space
                height = max(height, before.bottom - before.top)
            tight = word.x0 > before.x0 and gap < 0.1 * height
            # the second line of a wrapped grid cell starts left of the first line's end
            tight = tight and abs(word.bottom - before.bottom) < 0.5 * height
            if word.top >= before.bottom - 0.5 * height and hyphen_cut(parts[-1], word.text):
                parts[-1] = parts[-1][:-1]  # a line's wrapped end joined: one word again
                tight = True
            parts.append(word.text if tight else " " + word.text)
        return "".join(parts)
