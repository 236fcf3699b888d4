"""Where a vocabulary name in prose is no claim of a skill: a verb or a modifier.

A name written as an "-ing" word may be the verb of the sentence ("trained staff on
counselling new users", "eight years teaching adults"), and a name inside a hyphenated
compound may only say which or how ("quality-control logs", "X-ray-guided shoeing").
"""

from __future__ import annotations

import re

from core.resume.entry_parts import is_role
from core.resume.phrase_tokens import FUNCTION, PARTICIPLES, Token, named, open_between, word_set

# a noun of the work itself: "processing", "inspection", "management"
_HEAD = re.compile(r"(?i)^\w{3,}(?:ing|tion|sion|ment|ance|ence|ysis)$")


def in_adjective(tokens: list[Token], start: int, stop: int) -> bool:
    """A name wholly inside a hyphenated adjective ("X-ray-guided shoeing") only says how
    the thing after it is done; "customer service-oriented" still names customer service."""
    if not all(t.tight for t in tokens[start + 1 : stop]):
        return False
    last = stop
    while last < len(tokens) and tokens[last].tight:
        last += 1
    word = tokens[last - 1].key if last > stop else ""
    return bool(word) and (word.endswith("ed") or word in PARTICIPLES)


def lettered(tokens: list[Token], first: int) -> bool:
    """A name glued by a hyphen to a single letter before it is part of another word, one
    the vocabulary does not know: "X-radiography" names no radiography."""
    before = tokens[first - 1] if first > 0 else None
    return before is not None and tokens[first].tight and len(before.key) == 1


def modifies_noun(line: str, tokens: list[Token], first: int, end: int) -> bool:
    """A name of several words written with hyphens before a noun is a compound modifier,
    the way English writes one ("quality-control logs", "law-enforcement patrols"): the
    noun is the thing, the name only says which."""
    if end - first < 2 or not all(t.tight for t in tokens[first + 1 : end]):
        return False
    if end >= len(tokens) or not open_between(line, tokens[end - 1], tokens[end]):
        return False
    after = tokens[end]
    return after.key.isalpha() and after.key not in FUNCTION and not named(after)


# what opens a noun phrase: after an "-ing" word it is that verb's object
_DETERMINERS = word_set(
    "a an the this that these those each every all any some my our your his her its their new"
)


def ing_verb(line: str, tokens: list[Token], stop: int) -> bool:
    """An "-ing" word with an object is a verb: "trained staff on counselling new hearing aid
    users" claims no counselling."""
    word = tokens[stop - 1]
    if not word.key.endswith("ing") or named(word) or stop >= len(tokens):
        return False
    return open_between(line, word, tokens[stop]) and tokens[stop].key in _DETERMINERS


_DURATIONS = word_set("years year months month decades decade weeks")
_SUBJECT = 3  # words that may open a sentence before its subject: "A fitness instructor"


def after_duration(tokens: list[Token], first: int, end: int) -> bool:
    """An "-ing" word after a length of time is the verb of what filled it ("eight years
    teaching adults"), the way a job is described, no skill named; so is one after the
    person a summary opens with ("Fitness instructor teaching group classes")."""
    word = tokens[end - 1].key
    if end - first != 1 or first == 0 or not word.endswith("ing"):
        return False
    before = tokens[first - 1]
    return before.key in _DURATIONS or (first <= _SUBJECT and is_role(before.text))


def opening_verb(line: str, tokens: list[Token], first: int, end: int) -> bool:
    """A one-word name that opens a line with a capital and runs into a plain word is the
    line's verb and that word its object ("Triage walk-in emergencies"): a bullet opens
    with its verb. A noun of the work after it makes a compound ("Payroll processing")."""
    if first != 0 or end != 1 or end >= len(tokens) or tokens[0].text.isupper():
        return False
    after = tokens[1]
    plain = after.key.isalpha() and after.key not in FUNCTION and not named(after)
    return plain and open_between(line, tokens[0], after) and not _HEAD.match(after.key)
