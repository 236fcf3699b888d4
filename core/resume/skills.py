"""Skill look-ups: normalisation so "React.js" and "React" match, and skills named in prose.

The vocabulary itself is data: `skill_catalogue` (names by category) and `skill_aliases`
(other spellings, and the names the prose scan treats with care).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.models import Skill
from core.resume.skill_aliases import ALIAS_LINES, CASE_SENSITIVE, NOT_IN_PROSE
from core.resume.skill_catalogue import CATALOGUE


def _names(blob: str) -> list[str]:
    return [" ".join(part.split()) for part in blob.split(";") if part.strip()]


# canonical name -> category. Keys are the display form.
VOCABULARY: dict[str, str] = {
    name: category for category, blob in CATALOGUE.items() for name in _names(blob)
}

# alias (any spelling) -> canonical name
ALIASES: dict[str, str] = {
    alias: canonical for canonical, blob in ALIAS_LINES.items() for alias in _names(blob)
}


def _key(text: str) -> str:
    """Lower-case, NFKC, punctuation to spaces, ".js" suffix folded: the comparison key."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"\.js\b", "js", text)
    text = re.sub(r"[^\w+#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def key_words(text: str) -> list[str]:
    """The words of `text` as the vocabulary compares them."""
    return _key(text).split()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index = {_key(name): name for name in VOCABULARY}
    index.update({_key(alias): canonical for alias, canonical in ALIASES.items()})
    return index


_Entry = tuple[tuple[str, ...], str]  # an alias's key words and its canonical name


@lru_cache(maxsize=1)
def _prose_index() -> tuple[dict[str, list[_Entry]], re.Pattern[str]]:
    """Aliases by first key word for one pass over a text, and one pattern for risky names."""
    by_first: dict[str, list[_Entry]] = {}
    exact: list[str] = []
    never = {_key(name) for name in NOT_IN_PROSE} | _things()
    for alias, canonical in _index().items():
        if alias in never or not alias:
            continue
        if alias == _key(canonical) and canonical in CASE_SENSITIVE:
            exact.append(canonical)
        else:
            words = tuple(alias.split())
            by_first.setdefault(words[0], []).append((words, canonical))
    # a full stop may end the sentence, but "R." is an initial and "Go.dev" a domain
    ones = "|".join(re.escape(n) for n in exact if len(n) == 1)
    longer = "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True) if len(n) > 1)
    pattern = rf"(?<![\w&'+#.-])(?:(?:{ones})(?![\w&'+#.-])|(?:{longer})(?![\w&'+#-])(?!\.\w))"
    return by_first, re.compile(pattern)


def _things() -> set[str]:
    """Plain plural nouns that stand for a kind of work in a skills list ("Budgets",
    "Dashboards", "Bookings"): in prose they are the things worked on ("health budgets",
    "walk-ins and bookings"), no claim of the work."""
    things = set()
    for alias, canonical in ALIASES.items():
        key, name = _key(alias), _key(canonical)
        words = key.split()
        last = words[-1]
        plural = (
            last.endswith("s") and not last.endswith(("ss", "sis", "skills")) and last.isalpha()
        )
        if not plural or canonical.isupper() or not all(w[1:].islower() for w in alias.split()):
            continue
        if len(words) == 1 and not _spelling(key, name):
            things.add(key)  # "Budgets" for Budgeting
        # "Blood Draws" for Phlebotomy: no word of the one is a word of the other
        elif len(words) > 1 and not any(w.rstrip("s")[:5] in name for w in words):
            things.add(key)
    return things


def _spelling(alias: str, canonical: str) -> bool:
    """Another spelling of the name itself ("Vitals" for Vital Signs, "Postgres"), not the
    thing its work makes ("Budgets" for Budgeting)."""
    stem = alias.rstrip("s")
    return (canonical.startswith(stem) and canonical != stem + "ing") or alias.startswith(canonical)


def _plural_of(word: str, base: str) -> bool:
    # a plain plural names the skill too: "assessments", "reconciliations"
    return word == base or word == base + "s" or word == base + "es"


def canonical_skill(name: str) -> str:
    """The vocabulary's name for `name`, or `name` tidied when it is not in the vocabulary."""
    index = _index()
    key = _key(name)
    found = index.get(key)
    if found is None and len(key) > 3 and key.endswith("s"):
        found = index.get(key[:-1])  # "Nutrition Assessments" is the vocabulary's singular
    return found if found is not None else " ".join(name.split())


@lru_cache(maxsize=8192)  # the phrase pass asks for the same few names again and again
def skill_key(name: str) -> str:
    """A key under which equivalent skill names compare equal."""
    return _key(canonical_skill(name))


def skill_spans(text: str) -> list[tuple[int, int, str]]:
    """(first word, word count, canonical name) of every vocabulary name in `text`; words
    are counted as `_key(text).split()` counts them."""
    by_first, exact = _prose_index()
    words = _key(text).split()
    nfkc = unicodedata.normalize("NFKC", text)
    # "SAPS" is an acronym of its own, not the plural of SAP (that is written "SAPs")
    shouted = {w.casefold() for w in re.findall(r"\b[A-Z]{2,}S\b", nfkc)}
    dotted = _dotted_letters(text)
    breaks = _breaks(text)
    found: list[tuple[int, int, str]] = []
    for i, word in enumerate(words):
        if i in dotted:
            continue  # "GlobalG.A.P.": the letters of an abbreviation open no name ("A/P")
        heads = [word]
        if word.endswith("s"):
            heads += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
        for head in heads:
            for alias, canonical in by_first.get(head, ()):
                n = len(alias)
                # only the last word may be plural: "nutrition assessments"
                same_start = n == 1 or (head == word and words[i : i + n - 1] == list(alias[:-1]))
                if any(j in breaks for j in range(i + 1, i + n)):
                    continue  # "Suite Adobe (Photoshop": a bracket or comma parts the words
                if same_start and i + n <= len(words) and _plural_of(words[i + n - 1], alias[-1]):
                    last = words[i + n - 1]
                    if last != alias[-1] and last in shouted and canonical.isupper():
                        continue
                    found.append((i, n, canonical))
    # word counts add up piece by piece: a match starts where no word runs on
    offset, start = 0, 0
    for match in exact.finditer(nfkc):
        start += len(_key(nfkc[offset : match.start()]).split())
        offset = match.start()
        found.append((start, max(len(_key(match.group()).split()), 1), match.group()))
    return found


_WORD_RUN = re.compile(r"[\w+#]+")
_DOTTED = re.compile(r"(?<![\w.])(?:\w\.){2,}|(?<=\w)\.(?:\w\.)+")


def _breaks(text: str) -> set[int]:
    """Positions (as `_key` counts words) of the words a bracket, comma or semicolon stands
    before: no name runs over one."""
    folded = re.sub(r"\.js\b", "js", unicodedata.normalize("NFKC", text).casefold())
    runs = list(_WORD_RUN.finditer(folded))
    return {
        n for n in range(1, len(runs)) if _BREAK.search(folded[runs[n - 1].end() : runs[n].start()])
    }


_BREAK = re.compile(r"[()\[\],;]")


def _dotted_letters(text: str) -> set[int]:
    """Positions (as `_key` counts words) of the letters of a dotted abbreviation: "U.S.",
    the "A" and "P" of "GlobalG.A.P."."""
    folded = re.sub(r"\.js\b", "js", unicodedata.normalize("NFKC", text).casefold())
    if "." not in folded:
        return set()
    spans = [m.span() for m in _DOTTED.finditer(folded)]
    return {
        n
        for n, word in enumerate(_WORD_RUN.finditer(folded))
        if len(word.group()) == 1 and any(a <= word.start() < b for a, b in spans)
    }


def skills_in_text(text: str) -> list[Skill]:
    """Every vocabulary skill (or alias) named in `text`, in order of first appearance."""
    seen: set[str] = set()
    skills: list[Skill] = []
    # by word position, longer names first
    for _, _, canonical in sorted((i, -n, name) for i, n, name in skill_spans(text)):
        if canonical not in seen:
            seen.add(canonical)
            skills.append(Skill(name=canonical, category=VOCABULARY.get(canonical, "general")))
    return skills
