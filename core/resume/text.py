"""Clean extracted resume text: NFKC, icon glyphs, letter-spaced headings, soft line wraps."""

from __future__ import annotations

import re
import unicodedata

from core.resume.sections import heading_of

BULLETS = "•◦▪▫●○■□◆◇►▸▹‣⁃∙➢➤✓✔☐★☆-–*·"
_BULLET_GLYPHS = frozenset("•◦▪▫●○■□◆◇►▸▹‣⁃∙➢➤✓✔☐★☆")
# Icon fonts (Font Awesome and friends) live in the private-use area; dingbats, pictographs,
# emoji and arrows are decoration in a resume, never content.
_ICON_RANGES = (
    (0x2190, 0x21FF),
    (0x2300, 0x23FF),
    (0x2460, 0x24FF),
    (0x2500, 0x25FF),  # box drawing, block elements and shapes: frames and rules
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0xE000, 0xF8FF),
    (0xFE00, 0xFE0F),
    (0x1F000, 0x1FAFF),
    (0xF0000, 0x10FFFF),
)
# a gap of four spaces or more, or a tab, between two words of a typed line (a frame's
# border "|" or "+" is no word; three spaces are often just loose typing)
_TYPED_GAP = re.compile(r"(?<=[^\s|+=#])(?: {4,}| *\t[\t ]*)(?=[^\s|+=#])")


def typed_fields(text: str) -> str:
    """Columns a person lined up with spaces or tabs in a text file ("Southwestern University
    <spaces> Georgetown, TX") read as fields, joined by " | " as the PDF reader joins the
    fields of a line; a leading indent is no gap."""
    return _TYPED_GAP.sub(" | ", text)


_UNUSUAL = re.compile(r"[^\x20-\x7e\n]")  # plain ASCII needs no look-up, the rest does
_SPACED_GROUP = re.compile(r"^(?:\S{1,2} ){2,}\S{1,2}$")
# bounded repeats keep these linear on hostile input ("[[[[", "_a _a _a")
_MD_LINK = re.compile(r"\[([^\]\[]{1,300})\]\(([^)\s]{1,2000})\)")
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_|`)(?=\S)(.{1,300}?)(?<=\S)\1(?!\w)")


def strip_marks(text: str) -> str:
    """Accents dropped, case and length kept: 'Māori' -> 'Maori', 'Tarnów' -> 'Tarnow'."""
    plain = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


def _is_icon(char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) in {"Co", "Cs", "Cn"}:
        return True
    return any(low <= code <= high for low, high in _ICON_RANGES)


def _clean_char(char: str) -> str:
    if char in _BULLET_GLYPHS:
        return "•"
    if char in "→⟶➔⇒":  # "Mar 2019 → Present": an arrow between dates is a dash
        return "–"
    if char in "\n\t":
        return char
    if _is_icon(char):
        return " "
    if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"}:
        return "\n" if char in "\u2028\u2029\r\v\f" else ""
    return char


def _despace_group(group: str) -> str:
    """'S K I L L S' -> 'SKILLS', 'T R AV E L' -> 'TRAVEL'; ordinary words stay as they are."""
    if not _SPACED_GROUP.match(group):
        return group
    tokens = group.split(" ")
    singles = sum(1 for t in tokens if len(t) == 1)
    if singles / len(tokens) < 0.6 or not any(t.isalnum() for t in tokens):
        return group
    return "".join(tokens)


def despace_line(line: str) -> str:
    """Join letter-spaced words back; words in such headings are split by two or more spaces."""
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    groups = re.split(r"( {2,})", line.strip())
    joined = [g if i % 2 else _despace_group(g) for i, g in enumerate(groups)]
    return lead + "".join(joined) + trail


def _is_bullet_line(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and (stripped[0] in "•" or bool(re.match(r"^[-*–]\s", stripped)))


def join_soft_wraps(lines: list[str]) -> list[str]:
    """Join lines a PDF wrapped: pypdf leaves a plain space at the end of a wrapped line.

    A line is continued by the next one when it ends with an ASCII space (a no-break space
    or nothing means the line really ended), does not end a sentence, and neither line is a
    heading nor the next one a bullet.
    """
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            previous.endswith(" ")
            and previous.strip()
            and line.strip()
            and not previous.rstrip().endswith((".", "!", "?", ":"))
            and not _is_bullet_line(line)
            and heading_of(previous) is None
            and (line.lstrip()[:1].islower() or heading_of(line) is None)
        ):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


_MD_CHIP = re.compile(r"`([^`\n]{1,80})`")
_MD_CHIPS = re.compile(r"\s*(?:[-*+•]\s+)?(?:`[^`\n]{1,80}`[\s,·|]*){2,}")


def _link_text(link: re.Match[str]) -> str:
    """ "[github.com/ana](https://github.com/ana)" says its address once; other link texts
    keep the address beside them."""
    text, url = link.group(1), link.group(2)
    bare = re.sub(r"^(?:[a-z]+:(?://)?)?(?:www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")
    shown = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.strip(), flags=re.IGNORECASE).rstrip("/")
    return text if bare.casefold() == shown.casefold() else f"{text} ({url})"


def strip_markdown(text: str) -> str:
    """Markdown to plain lines: headings, emphasis and links lose their syntax, URLs stay."""
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        if re.fullmatch(r"\s*([-*_=])(\s*\1){2,}\s*", line):
            line = ""  # horizontal rule or setext underline
        line = _MD_LINK.sub(_link_text, line)
        if _MD_CHIPS.fullmatch(line):  # "`React` `TypeScript` `Vue.js`": one item each
            line = ", ".join(m.group(1) for m in _MD_CHIP.finditer(line))
        line = _MD_EMPHASIS.sub(lambda m: m.group(2), line)
        line = re.sub(r"^(\s*)[*+]\s+", r"\1• ", line)
        line = line.replace("|", "  |  ") if line.strip().startswith("|") else line
        lines.append(line)
    return "\n".join(lines)


# ASCII-art frames and rules: "+=====+", "| NAME |", "--[ SKILLS ]-----", "=== Education ===".
# Three or more rule characters (two would take "C++" apart), two around a bracket; bounded
# repeats keep it linear on hostile lines
_RULE_CHARS = "-=_~#*+"
_FRAME_CHARS = frozenset("-=_~#*+[(<{])>}")
_PAIRS = {"": "", "[": "]", "(": ")", "<": ">", "{": "}"}


def strip_decoration(line: str) -> str:
    """ASCII art loses its frame: '| NAME |' -> 'NAME', '--[ SKILLS ]--' -> 'SKILLS'."""
    stripped = line.strip()
    if len(stripped) > 2 and stripped[0] == stripped[-1] == "|" and "|" not in stripped[1:-1]:
        return stripped[1:-1].strip()  # one row of a box (a table row has inner bars)
    if not stripped or (stripped[0] not in _FRAME_CHARS and stripped[-1] not in _FRAME_CHARS):
        return line  # nothing frames it: most lines end here, before any pattern runs
    # linear: rule runs peeled off both ends, then one pair of brackets
    body = stripped.lstrip(_RULE_CHARS)
    lead = len(stripped) - len(body)
    body = body.rstrip(_RULE_CHARS)
    trail = len(stripped) - lead - len(body)
    body = body.strip()
    opening = body[:1] if body[:1] in _PAIRS and body[:1] else ""
    closing = body[-1:] if opening and body[-1:] == _PAIRS[opening] else ""
    if opening and not closing:
        return line
    if opening:
        body = body[1:-1].strip()
    ruled = lead + trail >= (2 if opening else 3)
    if not ruled or not body or not any(c.isalnum() for c in body):
        return line
    return body


# Word's second-level bullet in a plain-text export: "o Visit patients on the wards"
_LETTER_BULLET = re.compile(r"^(\s*)o\s+(?=[A-Z0-9])")

_PAGE_NUMBER = re.compile(
    r"^(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|[-–—]\s*\d{1,3}\s*[-–—])$",
    re.IGNORECASE,
)

# an editor's or browser's print header: the file's name beside the print date
# ("resume.md | 9/14/2026", "14/09/2026 · CV.docx"); never part of any section
_FILE_NAME = r"[\w .()-]{1,80}\.(?:md|markdown|txt|html?|pdf|docx?|odt|rtf|tex)"
_PRINT_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?"
_PRINT_HEADER = re.compile(
    rf"(?i)^(?:{_FILE_NAME}\s*[|·,-]?\s*{_PRINT_DATE}|{_PRINT_DATE}\s*[|·,-]?\s*{_FILE_NAME})$"
)


# a date range glued to the word before it, where two boxes printed no space between them
_GLUED_YEAR = re.compile(
    r"(?<=[a-z]{3})(?=(?:19|20)\d\d(?:-\d\d)?\s*[-–—]\s*(?:(?:19|20)\d\d|present|current)\b)",
    re.IGNORECASE,
)


def normalise_text(text: str, *, soft_wraps: bool = False) -> str:
    """NFKC, icons dropped, letter-spacing joined, spaces collapsed; idempotent.

    `soft_wraps` joins lines a PDF wrapped (see `join_soft_wraps`); only pypdf output has
    the trailing space that marks them.
    """
    # a trailing no-break space marks a real line end; NFKC would make it a plain space
    text = re.sub(r"[ \t]*\u00a0[ \t\u00a0]*(?=\n|$)", "", text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFKC", text.replace("\r", "\n"))
    text = _UNUSUAL.sub(lambda m: _clean_char(m.group()), text)
    text = re.sub(r"\(cid:\d+\)\s?", "", text)  # a glyph the PDF gives no character for
    text = _GLUED_YEAR.sub(" ", text)  # "American University of Beirut2009 - 2015"
    lines = [
        _LETTER_BULLET.sub(r"\1• ", despace_line(strip_decoration(raw).replace("\t", "  ")))
        for raw in text.split("\n")
    ]
    if soft_wraps:
        lines = join_soft_wraps(lines)
    tidy: list[str] = []
    for raw in lines:
        line = re.sub(r"\s+", " ", raw).strip()
        if line and not any(c.isalnum() for c in line) and line != "•":
            line = ""  # a stray "." or "|" left by the layout
        elif _PAGE_NUMBER.match(line) or _PRINT_HEADER.match(line):
            line = ""  # "Page 2 of 3" in a footer, a print header: no part of any section
        if tidy and _HYPHEN_END.search(tidy[-1]) and _NAME_REST.fullmatch(line):
            tidy[-1] += line  # "Saint-" over "Hyacinthe": a hyphenated name wrapped in its cell
            continue
        tidy.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(tidy)).strip()


_HYPHEN_END = re.compile(r"(?<![\W\d_])[^\W\d_]-$")
_NAME_REST = re.compile(r"[^\W\d_a-z][^\W\d_]+")
