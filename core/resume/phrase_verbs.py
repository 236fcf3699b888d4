"""Where a vocabulary name in prose is no claim of a skill: a verb or a modifier.

A name written as an "-ing" word may be the verb of the sentence ("trained staff on
counselling new users", "eight years teaching adults"), and a name inside a hyphenated
compound may only say which or how ("quality-control logs", "X-ray-guided shoeing").
"""

from __future__ import annotations

from core.resume.phrase_tokens import FUNCTION, PARTICIPLES, Token, named, open_between, word_set


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


def after_duration(tokens: list[Token], first: int, end: int) -> bool:
    """An "-ing" word after a length of time is the verb of what filled it ("eight years
    teaching adults"), the way a job is described, no skill named."""
    word = tokens[end - 1].key
    return (
        end - first == 1
        and first > 0
        and word.endswith("ing")
        and (tokens[first - 1].key in _DURATIONS)
    )
