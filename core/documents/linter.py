"""Grammar hygiene for documents as a pure function: what a hiring manager would frown at.

`lint` finds doubled punctuation, fragments, stray symbols, placeholders, doubled words and
trailing whitespace; `tidy` repairs the mechanical ones in one piece of profile text before a
writer uses it (reading artefacts of PDFs: "Co..", "tasked with · participating").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.documents.guard import placeholders
from core.documents.wordsof import words_of
from core.models import Documents

_DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|[,;:]\s*[,;:.]|\.\s*[,;:]|[!?]\s*\.")
_ABBREVIATION = re.compile(
    r"\b(Inc|Co|Ltd|Corp|Jr|Sr|St|etc|Bros|Dr|Mr|Mrs|Ms|Ave|Mt)\.(?=\s*[,;:])"
)
# "Balanced Bite Co. for the role" is one sentence; so is "Dr. Lee".
_AFTER_ABBREVIATION = re.compile(
    r"\b(Inc|Co|Ltd|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Ave|Mt|etc|No)\.\s+(?=[a-z(])"
    r"|\b(Dr|Mr|Mrs|Ms|St)\.\s+"
)
_SPACE_BEFORE = re.compile(r"\w\s+[,;.!?](?=\s|$)")
_STRAY = re.compile(r"[·•▪◦●■□▸►✓✔➢➤\uf0b7\uf0a7\ufffd\u2022\u25cf]|\*(?!\*)(?<!\*\*)")
_DOUBLE_WORD = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)
_ALLOWED_DOUBLES = frozenset({"that", "had"})
_DANGLING = frozenset(
    words_of(
        "and or the a an of to with for in at by from as but including such include includes "
        "included like are is were was"
    )
)
_VALEDICTIONS = re.compile(
    r"^(dear .+,|(kind|best|warm)(est)? regards,|sincerely,|yours (sincerely|faithfully|truly),"
    r"|thank you,|regards,)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    """One problem: where (resume, cover letter, evidence), which rule, the text in question."""

    where: str
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: {self.text!r}"


def _line_findings(where: str, line: str) -> list[Finding]:
    out: list[Finding] = []
    if line != line.rstrip():
        out.append(Finding(where, "trailing whitespace", line))
    body = line.strip()
    if not body:
        return out
    plain = _ABBREVIATION.sub(r"\1", body)  # "Maple Foods Inc., with" is right
    if _DOUBLED.search(plain) or _SPACE_BEFORE.search(plain):
        out.append(Finding(where, "doubled punctuation", body))
    stripped = re.sub(r"^(#+|-)\s+", "", body).replace("**", "")
    if _STRAY.search(stripped):
        out.append(Finding(where, "stray symbol", body))
    out += [Finding(where, "placeholder", p) for p in placeholders(body)]
    for m in _DOUBLE_WORD.finditer(body):
        if m.group(1).lower() not in _ALLOWED_DOUBLES:
            out.append(Finding(where, "doubled word", m.group(0)))
    return out


def _fragment(text: str, *, prose: bool) -> bool:
    """A piece that cannot stand as a sentence or a bullet."""
    body = text.strip().rstrip(".!?:")
    if not body:
        return False
    first = body.lstrip("\"'(“")[:1]
    if first.isalpha() and first.islower():
        return True  # the tail of a sentence cut off by the reader
    tokens = body.split()
    last = tokens[-1].lower().strip(",;")
    # "CDL Class A", "Grade B", "Vitamin D": a capital letter after a word names a grade.
    grade = len(tokens) > 1 and len(tokens[-1]) == 1 and tokens[-1].isupper()
    if (last in _DANGLING and not grade) or body.endswith((",", ";", "-", "–", "—")):
        return True
    return prose and not text.rstrip().endswith((".", "!", "?", ":", '"', "”"))


def lint_resume(md: str) -> list[Finding]:
    """Findings in a Markdown resume."""
    out: list[Finding] = []
    for line in md.splitlines():
        out += _line_findings("resume", line)
        if line.startswith("- ") and _fragment(line[2:], prose=False):
            out.append(Finding("resume", "fragment", line))
    return out


def lint_letter(text: str) -> list[Finding]:
    """Findings in a plain-text cover letter: every sentence whole, but its salutation."""
    out: list[Finding] = []
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    for n, para in enumerate(paragraphs):
        for line in para.splitlines():
            out += _line_findings("cover letter", line)
        closing = n == len(paragraphs) - 1 and _VALEDICTIONS.match(para.splitlines()[0].strip())
        if closing or _VALEDICTIONS.match(para.strip()):
            continue
        joined = _AFTER_ABBREVIATION.sub(
            lambda m: (m.group(1) or m.group(2)) + "\0", " ".join(para.split())
        )
        for sentence in re.split(r"(?<=[.!?])\s+", joined):
            sentence = sentence.replace("\0", ". ")
            if _fragment(sentence, prose=True):
                out.append(Finding("cover letter", "fragment", sentence))
    return out


def lint(docs: Documents) -> list[Finding]:
    """Every finding in a set of documents (empty when they are clean)."""
    out = lint_resume(docs.resume_md) + lint_letter(docs.cover_letter)
    for point in docs.evidence_points:
        out += _line_findings("evidence", point)
        if _fragment(point, prose=False):
            out.append(Finding("evidence", "fragment", point))
    return out


def tidy(text: str) -> str:
    """One piece of profile text with reading artefacts repaired (symbols, doubled stops)."""
    text = _STRAY.sub(" ", text.replace("**", " "))
    text = re.sub(r"\s+([,;.!?])(?=\s|$)", r"\1", " ".join(text.split()))
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    text = re.sub(r"([,;:])\s*[,;:.]+", r"\1", text)
    text = _ABBREVIATION.sub(r"\1\0", text)  # keep "Inc.," while "done.," loses its comma
    text = re.sub(r"\.\s*[,;:]+", ".", text).replace("\0", ".")
    text = _DOUBLE_WORD.sub(
        lambda m: m.group(0) if m.group(1).lower() in _ALLOWED_DOUBLES else m.group(1), text
    )
    return text.strip(" ,;:-–—")


def sentence(text: str) -> str:
    """`text` tidied into a sentence: capital first letter, one full stop at the end."""
    text = tidy(text)
    if not text:
        return ""
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
