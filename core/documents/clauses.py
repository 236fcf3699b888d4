"""How a resume bullet reads after "I": which bullets open with a verb, and the clause said.

A bullet has no subject ("Led the migration; built the pipeline"). A letter puts "I" before
it, which reaches only the first part: each later part that opens with a verb is joined with
"and" so the one subject carries it ("I led the migration and built the pipeline"); a part
after a semicolon that is no clause ("forklift certified") is left out rather than left
hanging. A part that tells what the person received ("Promoted to shift lead") takes "was"
("I was promoted to shift lead"). Nothing is added but "and" and "was", so what is said stays
the profile's own words.
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
# Participles a bullet opens with for what the person received rather than did.
_RECEIVED = frozenset(
    words_of(
        "promoted selected recognised recognized nominated chosen invited elected certified "
        "trusted asked accepted shortlisted appointed honoured honored commended inducted "
        "hired named awarded given granted voted"
    )
)
# What follows a received participle: "Promoted to", "Selected for", "Recognised by", "Hired
# as"; the same word before an object is an action ("Selected vendors", "Recognised revenue").
_AFTER_RECEIVED = frozenset(
    words_of("to as for by with into in among from within after twice once onto")
)
# What one is given or awarded is received whatever follows ("Given responsibility for ...",
# "Awarded the Employee of the Month award"), unless it is what the person hands out
# ("Awarded contracts to suppliers", "Granted access to 200 users").
_ALWAYS_RECEIVED = frozenset(words_of("given granted awarded"))
_HANDED_OUT = frozenset(
    words_of("contract contracts tender tenders subcontracts grants access permissions rights")
)
# A title follows these as received ("Named Employee of the Month", "Elected Class President").
_TITLED = frozenset(words_of("named elected appointed voted awarded"))
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


def is_received(text: str) -> bool:
    """True when `text` opens with what the person received, not did ("Promoted to shift
    lead", "Awarded Employee of the Month twice"): after "I" it needs "was"."""
    parts = text.split()
    if len(parts) < 2 or parts[0].lower() not in _RECEIVED:
        return False
    first, after = parts[0].lower(), parts[1].strip(",;:")
    if first in _ALWAYS_RECEIVED:
        return after.lower() not in _HANDED_OUT
    if after[:1].isupper():
        return first in _TITLED
    return after in _AFTER_RECEIVED


def is_action(text: str) -> bool:
    """True when `text` opens with a verb the letter can say after "I" ("Designed meal
    plans", "Lead a team of 7", "Promoted to shift lead" as "was promoted ...")."""
    parts = text.split()
    if len(parts) < 3:
        return False
    return is_received(text) or (not parts[1][:1].isupper() and is_verb(parts[0]))


def _is_ing(word: str) -> bool:
    first = word.lower()
    return first.endswith("ing") and is_english(first) and first not in _NOUN_GERUNDS


def is_gerund(text: str) -> bool:
    """True when `text` opens with an -ing verb ("Leading fitness groups of 10-20 ...")."""
    parts = text.split()
    return len(parts) >= 3 and not parts[1][:1].isupper() and _is_ing(parts[0])


def join_and(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _subjectless(part: str) -> str:
    """One part of a bullet as said after "I": lower-cased, with "was" before what the person
    received ("Promoted to key holder" -> "was promoted to key holder")."""
    said = part[:1].lower() + part[1:]
    return f"was {said}" if is_received(part) else said


def _opens_clause(part: str, ing: bool) -> bool:
    """True when a later part of a bullet opens with a verb of its own, of the head's kind
    ("built the pipeline", "promoted to key holder"; after an -ing head, "coaching ...")."""
    first = part.split()[0]
    return _is_ing(first) if ing else is_verb(first) or is_received(part)


def clause(text: str) -> str:
    """A verb-led or -ing fact as one clause after "I" (or "my work has included"):
    "Mentor four engineers; run the on-call rotation." -> "mentor four engineers and run
    the on-call rotation"; "Led stock counts; promoted to key holder." -> "led stock counts
    and was promoted to key holder"."""
    head, *rest = _JOINT.split(text.rstrip(".!? "))
    ing = _is_ing(head.split()[0] if head.split() else "")
    parts = [_subjectless(head)]
    for joint, part in zip(rest[::2], rest[1::2], strict=True):
        if len(part.split()) >= 2 and _opens_clause(part, ing):
            parts.append(_subjectless(part))
        elif ";" in joint:
            break  # "forklift certified" after "I supervised ..." would have no subject
        else:
            parts[-1] += joint + part  # a dash before a non-clause adds a detail: keep it
    return join_and(parts)
