"""How a resume bullet reads after "I": which bullets open with a verb, and the clause said.

A bullet has no subject ("Led the migration; built the pipeline"). A letter puts "I" before
it, which reaches only the first part: each later part that opens with a verb is joined with
"and" so the one subject carries it ("I led the migration and built the pipeline"); a part
after a semicolon that is no clause ("forklift certified") is left out rather than left
hanging. Nothing is added but "and", so what is said stays the profile's own words.
"""

from __future__ import annotations

import re

from core.documents.english import is_english
from core.documents.wordsof import words_of

_IRREGULAR = frozenset(
    words_of(
        "led ran built taught wrote made drove grew won oversaw kept began held sold met "
        "brought gave took set cut spoke found chose sought thought trained"
    )
)
# Verbs resumes open present-tense bullets with ("Lead a team of 7 ...").
_PRESENT = frozenset(
    words_of(
        "lead manage teach plan run mentor build design develop coordinate prepare care "
        "support deliver train handle oversee supervise maintain create write assist provide "
        "monitor organise organize conduct ensure review process serve greet book sell advise "
        "counsel assess analyse analyze implement own drive hire schedule coach prescribe "
        "answer cook clean drive operate install repair inspect test track report negotiate "
        "present"
    )
)
_NOT_VERBS = frozenset(
    words_of(
        "required tasked experienced skilled registered licensed qualified dedicated "
        "motivated detailed talented based located specialized specialised seasoned "
        "accomplished certified advanced varied used red bed need"
    )
)
_NOUN_GERUNDS = frozenset(words_of("building training marketing nursing accounting"))
# "; " and a spaced dash join two parts of one bullet; the capture keeps which joint it was.
_JOINT = re.compile(r"(\s*;\s+|\s+[–—-]\s+)")


def is_verb(word: str) -> bool:
    """True when `word` is a verb a bullet opens with ("Designed", "lead", "ran")."""
    first = word.lower()
    if not first.isalpha() or first in _NOT_VERBS or (word.isupper() and len(word) > 1):
        return False
    if first in _IRREGULAR or first in _PRESENT:
        return True
    return first.endswith("ed") and is_english(first)


def is_action(text: str) -> bool:
    """True when `text` opens with a verb ("Designed meal plans", "Lead a team of 7")."""
    parts = text.split()
    return len(parts) >= 3 and not parts[1][:1].isupper() and is_verb(parts[0])


def _is_ing(word: str) -> bool:
    first = word.lower()
    return first.endswith("ing") and is_english(first) and first not in _NOUN_GERUNDS


def is_gerund(text: str) -> bool:
    """True when `text` opens with an -ing verb ("Leading fitness groups of 10-20 ...")."""
    parts = text.split()
    return len(parts) >= 3 and not parts[1][:1].isupper() and _is_ing(parts[0])


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def clause(text: str) -> str:
    """A verb-led or -ing fact as one clause after "I" (or "my work has included"):
    "Mentor four engineers; run the on-call rotation." -> "mentor four engineers and run
    the on-call rotation"."""
    head, *rest = _JOINT.split(text.rstrip(".!? "))
    opens = _is_ing if _is_ing(head.split()[0] if head.split() else "") else is_verb
    parts = [head]
    for joint, part in zip(rest[::2], rest[1::2], strict=True):
        words = part.split()
        if len(words) >= 2 and opens(words[0]):
            parts.append(words[0].lower() + part[len(words[0]) :])
        elif ";" in joint:
            break  # "forklift certified" after "I supervised ..." would have no subject
        else:
            parts[-1] += joint + part  # a dash before a non-clause adds a detail: keep it
    said = _join(parts)
    return said[:1].lower() + said[1:]
