"""The words of a resume line as the skill phrase passes read them: each with its place in
the line, and whether a hyphen or an apostrophe joins it to the word before."""

from __future__ import annotations

import re
import unicodedata


def word_set(blob: str) -> frozenset[str]:
    return frozenset(blob.split())


# words of a resume line, as `skills._key` splits it ("React.js" stays one word)
_WORD = re.compile(r"(?i)[\w+#]+(?:\.js\b)?")
# between two words of one compound: "run-of-show", "high-angle", "O'Brien"
_JOINER = re.compile(r"^[-'’]$")
# a closed list of words that never sit inside a skill's noun phrase (the last two lines: the
# prepositions of Portuguese, Spanish, German and French bullets, "demanda em Python")
FUNCTION = word_set(
    """a an the this that these those each every all any some no both either neither such
    my our your his her its their we i you they he she it who whom whose which what
    in on at for from with without by of to into onto over under across through via per
    after before during within between among against about around as than like upon
    including incl plus and or nor but while whereas so yet also then not only just
    is are was were be been being has have had do does did will shall can could would
    should may might must up out off
    strong excellent good great solid proven effective outstanding exceptional advanced
    basic intermediate proficient expert fluent extensive deep sound new full
    one two three four five six seven eight nine ten several many more most other others
    same own various key main
    em da das dos del las los para por com con sem und mit für von zu et avec pour dans sur
    des du les au aux"""
)
# past participles without "-ed": "pre-paid inventory", "locally made goods"
PARTICIPLES = word_set("paid made built known held kept sold bought taken given done grown")


class Token:
    __slots__ = ("end", "key", "start", "text", "tight")

    def __init__(self, match: re.Match[str], tight: bool) -> None:
        self.text = match.group()
        self.key = key_word(self.text)
        self.start, self.end = match.start(), match.end()
        self.tight = tight  # joined to the word before by a hyphen or an apostrophe


def key_word(word: str) -> str:
    return re.sub(r"(?i)\.js$", "js", unicodedata.normalize("NFKC", word).casefold())


def line_tokens(line: str) -> list[Token]:
    tokens: list[Token] = []
    previous = None
    for match in _WORD.finditer(line):
        tight = previous is not None and bool(_JOINER.match(line[previous : match.start()]))
        tokens.append(Token(match, tight))
        previous = match.end()
    return tokens


def open_between(line: str, left: Token, right: Token) -> bool:
    """Only spaces between two words of one line: no comma, bracket or full stop."""
    return right.tight or not line[left.end : right.start].strip()


def named(token: Token) -> bool:
    """Written with a capital, as a product or an acronym is: "PCR", "Civil 3D", "Pilates"."""
    return any(c.isupper() for c in token.text)
