"""Skills named in prose by the shape of a trade's compound, not by the vocabulary.

English names a kind of work with nouns stacked before a noun of the work itself: "soil
fertility management", "tender evaluation", "return-to-work planning", "incident
investigation". A resume's bullet or summary that writes such a compound in lower case
claims that work even when no vocabulary knows the trade. The words before the head must
each say which kind of work; a word that grades it, says how often or whose it is, or is
shaped like a verb ends the compound.
"""

from __future__ import annotations

from core.models import Skill
from core.resume.claims import says_which
from core.resume.phrase_tokens import Token, open_between
from core.resume.phrases import WORK_HEADS, WORK_OCCASIONS, phrase_tokens, qualifier, verb_count
from core.resume.skills import skill_spans


def _words(blob: str) -> frozenset[str]:
    return frozenset(blob.split())


# past tenses without "-ed" run on into their object: "ran cellar management"
_IRREGULAR_PAST = _words(
    """ran led wrote set took gave oversaw grew drove built made kept held won began brought
    taught sent spoke sold bought fed cut put met saw found chose rode flew"""
)
# adjectives of order, routine or extent, not of kind: "initial assessments", "routine
# inspections", "final design"
_NOT_KIND = (
    _words(
        """initial final regular routine further overall formal informal first second third
    last next previous prior previously early late"""
    )
    | _IRREGULAR_PAST
)
# the people who run a body: "reported to senior management" names no skill
_RANKS = _words("senior middle upper top executive line")
# whose work it is: "their routine inspections", "the council's health inspections"
_OTHERS = _words("their his her its s")
_MAX_BEFORE = 2
# words after which an "-ed" word opens a noun phrase
_BEFORE_ADJECTIVE = _words("in on of for with into at from by including a an the")
# after plain words "education" names a kind of schooling ("clinical pastoral education",
# "special education"); after a known name of work it is that work taught (`phrases`)
_HEADS = (WORK_HEADS | WORK_OCCASIONS) - {"education", "educations"}


def work_compounds(text: str, listed: frozenset[str] = frozenset()) -> list[Skill]:
    """Lower-case compounds ending in a noun of work, in order, none holding a vocabulary
    name (the phrase pass reads those) nor one the person lists."""
    found: list[Skill] = []
    for line in text.splitlines():
        found += _line_compounds(line, listed)
    return found


def _line_compounds(line: str, listed: frozenset[str]) -> list[Skill]:
    tokens = phrase_tokens(line)
    first_free = verb_count(tokens) if tokens else 0  # a bullet opens with its verb
    out: list[Skill] = []
    for i, head in enumerate(tokens):
        if head.key not in _HEADS or head.text != head.key or i <= first_free:
            continue
        start = _compound_start(line, tokens, i, first_free)
        if start is None or _listed_among_others(line, tokens, start, i + 1):
            continue
        if skill_spans(line[tokens[start].start : head.end]):
            continue  # the vocabulary's phrase pass claims it
        if start + 1 < i and not tokens[start + 1].tight:
            start += says_which(tokens[start].text)  # "client terminology management": for
            # whom, not what kind
        phrase = line[tokens[start].start : head.end]
        if phrase.casefold() in listed:
            continue
        out.append(Skill(name=phrase, category="general"))
    return out


def _compound_start(line: str, tokens: list[Token], head: int, first_free: int) -> int | None:
    """The first word of the compound ending at `head`, or None when there is none or what
    stands before it makes it doubtful: a capital ("the American foulbrood inspection" is a
    proper name's), an "-ed" word ("integrated pest management" or a verb and its object),
    a possessive ("the council's health inspections": someone else's work)."""
    start, added = head, 0
    while start > first_free and added < _MAX_BEFORE:
        first = start - 1
        while first > 0 and tokens[first].tight:
            first -= 1  # a hyphenated compound is one word: "return-to-work planning"
        words = tokens[first:start]
        if first < first_free or not open_between(line, words[-1], tokens[start]):
            break  # punctuation or the bullet's verb: the compound starts here
        outer = (words[0], words[-1])
        if any(w.text != w.key for w in words):
            return None
        if any(w.key.endswith("ed") for w in outer):
            # after a preposition or an article the "-ed" word is no verb but an adjective
            # of kind ("in integrated pest management"); elsewhere it may be either
            if first == 0 or tokens[first - 1].key not in _BEFORE_ADJECTIVE:
                return None
            start = first
            break
        if not all(qualifier(w, False) for w in outer) or {w.key for w in outer} & (
            _NOT_KIND | _RANKS
        ):
            break
        start, added = first, added + 1
    if start == head or (start > 0 and tokens[start - 1].key in _OTHERS):
        return None
    return start


def _listed_among_others(line: str, tokens: list[Token], start: int, stop: int) -> bool:
    """A compound listed beside items that are no compounds of work names a subject, not a
    skill ("programs including osteodystrophy management, kinetics, anemia"), and one after
    a bare word and "and" shares its head with that word ("pre-trip and post-trip
    inspections", "threat and error management")."""
    if start >= 2 and tokens[start - 1].key in ("and", "or"):
        before = tokens[start - 2]
    elif start >= 1 and _between(line, tokens, start) == ",":
        before = tokens[start - 1]
    else:
        before = None
    if before is not None and before.key not in _HEADS:
        return True
    if stop == len(tokens) or _between(line, tokens, stop) != ",":
        return False
    item = stop  # the next item, up to the comma or "and" that goes on with the list
    while item < len(tokens) and tokens[item].key not in ("and", "or"):
        if item > stop and _between(line, tokens, item):
            break
        item += 1
    if item == len(tokens) or (
        tokens[item].key not in ("and", "or") and _between(line, tokens, item) != ","
    ):
        return False  # "management, cutting costs.": a clause, no list
    return not any(t.key in _HEADS for t in tokens[stop:item])


def _between(line: str, tokens: list[Token], i: int) -> str:
    """The punctuation before tokens[i]."""
    return line[tokens[i - 1].end : tokens[i].start].strip()
