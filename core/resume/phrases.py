"""Skills claimed in prose, reported as the noun phrase the person wrote.

A vocabulary name inside a longer noun phrase ("electrical troubleshooting", "KYC checks",
"AutoCAD Civil 3D") is a fragment of what the person claims: a recruiter reads the phrase.
The phrase grows from the vocabulary match over modifier words before it and over a head
noun after it, and stops at punctuation, a line's first word (a bullet opens with its verb),
a function word, a number or a word shaped like a verb or an adverb. An item of a skills
list has no verb: it is read from its first word, and two names in it stay two (a lost
separator), never one phrase.
"""

from __future__ import annotations

import re
from itertools import pairwise

from core.models import Skill
from core.resume.entry_parts import is_role
from core.resume.languages import LANGUAGE_NAMES
from core.resume.phrase_tokens import (
    FUNCTION,
    PARTICIPLES,
    Token,
    line_tokens,
    named,
    open_between,
    word_set,
)
from core.resume.phrase_verbs import (
    after_duration,
    in_adjective,
    ing_verb,
    lettered,
    modifies_noun,
    opening_verb,
)
from core.resume.skills import VOCABULARY, canonical_skill, key_words, skill_key, skill_spans

# a word after the match that heads the phrase: "PCR testing", "Pilates instruction",
# "access control systems", "KYC checks"
_HEAD = re.compile(r"(?i)^\w{3,}(?:ing|tion|sion|ment|ance|ence|ysis)$")
_HEAD_NOUNS = word_set("systems system checks procedures protocols techniques programmes programs")
# after a name these say the person learned or holds it: the name is the skill ("CPR training")
_NOT_HEAD = word_set(
    "training trainings trained certification certificate certified course courses licensed"
)
# how often, not how or what kind: "a weekly upper limb rehabilitation group", "annual
# contract management terms"
_FREQUENCY = word_set("hourly daily nightly weekly fortnightly monthly quarterly yearly annual")
# adjectives that grade the work rather than name its kind ("clear dashboards", "calm
# contract negotiation"): a closed list, as no word list of English adjectives is at hand
_GRADING = (
    word_set(
        """clear calm sharp strict stricter comprehensive thorough careful accurate reliable
    friendly steady confident creative efficient effective high higher large larger small
    complex simple smooth safe fast quick timely modern clean busy successful consistent
    flawless seamless hands"""
    )
    | _FREQUENCY
)
# shaped like a verb or adverb ("managed", "daily"): never a modifier inside the phrase
_NOT_MODIFIER = re.compile(r"(?i)^\w+(?:ed|ly|ing|ive)$")
_MAX_BEFORE = 2
_MAX_AFTER = 2  # more words after a name in an item are more likely a lost separator
_MAX_WORDS = 5
_MAX_NAMES = 100  # per line: the phrase pass compares names pairwise


def _modifier(token: Token, item: bool) -> bool:
    """A word that may qualify a name; in a list item, which has no verb, an "-ed" or
    "-ing" word qualifies too ("Flux-Cored Arc Welding")."""
    word = token.key
    return (
        word not in FUNCTION
        and word not in _GRADING
        and not any(c.isdigit() for c in word)
        and (item or not (_NOT_MODIFIER.match(word) or word in PARTICIPLES))
        and len(word) > 1
        and (item or not is_role(word))  # "a fitness instructor teaching": a person, no kind
    )


def _adverb(word: str) -> bool:
    """A word that says how the verb after it is done: "safely", but not "weekly"."""
    return word.endswith("ly") and word not in _FREQUENCY


def _compound_start(tokens: list[Token], i: int) -> int:
    while i > 0 and tokens[i].tight:
        i -= 1
    return i


def _verbs(tokens: list[Token]) -> int:
    """How many words open the line as its verbs: "Installed", "Planned and ran"."""
    if len(tokens) > 2 and tokens[1].key in ("and", "or") and not tokens[1].tight:
        return 3
    return 1


def _item_tail(line: str, tokens: list[Token], end: int, names: dict[int, int]) -> bool:
    """Up to two plain words end the item after the name, none of them a name itself."""
    rest = tokens[end:]
    return (
        0 < len(rest) <= _MAX_AFTER
        and all(_modifier(t, True) and end + i not in names for i, t in enumerate(rest))
        and not any(t.key in _NOT_HEAD for t in rest)  # "ACLS Certified" claims ACLS
        and all(open_between(line, a, b) for a, b in zip(tokens[end - 1 :], rest, strict=False))
    )


def _head_at(
    line: str, tokens: list[Token], start: int, end: int, stop: int, names: dict[int, int]
) -> bool:
    """Whether tokens[end:stop] after the name [start, end) end in its head noun."""
    if stop > len(tokens) or stop - start > _MAX_WORDS or any(i in names for i in range(end, stop)):
        return False  # a name of its own is no head noun
    pairs = zip(tokens[end - 1 : stop - 1], tokens[end:stop], strict=True)
    if not all(open_between(line, a, b) for a, b in pairs):
        return False
    if stop - end == 2 and not _modifier(tokens[end], False):
        return False
    head = tokens[stop - 1]
    after = tokens[stop] if stop < len(tokens) else None
    # a participle takes an object ("control ensuring compliance"); a head noun does not
    closed = after is None or not open_between(line, head, after) or after.key in FUNCTION
    heads = (_HEAD.match(head.key) or head.key in _HEAD_NOUNS) and head.key not in _NOT_HEAD
    # a product's part or edition written with a capital: "Excel VBA", "SAP Ariba"
    edition = stop - end == 1 and named(head) and _modifier(head, False)
    return closed and bool(heads or edition)


def _phrase_span(
    line: str, tokens: list[Token], start: int, end: int, names: dict[int, int], item: bool
) -> tuple[int, int]:
    """Grow [start, end) over modifier words before it and one head noun after it. A name
    of its own before it (`names`: word position -> its name's length) joins only as a
    one-word maker before a product's name ("AutoCAD Civil 3D"); a head noun only follows a
    name written with a capital ("PCR testing", "KYC checks")."""
    added = 0
    origin = start
    verbs = 0 if item else _verbs(tokens)
    while added < _MAX_BEFORE and start > 0:
        first = _compound_start(tokens, start - 1)
        words = tokens[first:start]
        if first < verbs or not open_between(line, tokens[start - 1], tokens[start]):
            break  # a line opens with the bullet's verb
        # inside a hyphenated compound any word may stand: "run-of-show scheduling"
        outer = [words[0], words[-1]]
        if not all(_modifier(t, item) for t in outer) or end - first > _MAX_WORDS:
            break
        joined = first > 1 and tokens[first - 1].key in ("and", "or")
        if joined and first - 2 not in names and not _HEAD.match(tokens[first - 2].key):
            break  # "Chart depths and record periodontal charting": a second verb; after a
            # name or a noun of work, "and" joins a second one ("purifier maintenance and
            # boiler water treatment")
        if first > 0 and tokens[first - 1].key in ("who", "which"):
            break  # "an accountant who investigates procurement fraud": a verb follows
        shouted = all(t.text.isupper() and len(t.text) > 1 for t in words)  # "HMRC"
        if not item and not shouted and any(named(t) for t in words) and first not in names:
            break  # "Python Wrote SQL": a capital starts a sentence or a heading, not a kind
        if end - origin > 2 or (end - origin == 2 and added):
            break  # a name of two words takes one word more at most ("electronic records
            # management"); one of three is specific already
        after_to = first > 0 and tokens[first - 1].key == "to" and not shouted
        if after_to or (first > 0 and _adverb(tokens[first - 1].key)):
            break  # "to safely achieve weight loss": a verb follows "to" or an adverb, but
            # no verb is written in capitals ("to IFRA compliance")
        if first in names and (item or not named(tokens[start]) or names[first] > 1):
            break  # "Power BI dashboards" claims Power BI; two names side by side stay two,
            # and so do two in a list item, where they are two items whose separator was lost
        start, added = first, added + 1
    if item and _item_tail(line, tokens, end, names):
        return start, len(tokens)  # "Refrigeration Plants": the item is the phrase
    if not named(tokens[end - 1]):
        # "infection control procedures" claims infection control, but a noun of the work
        # itself heads the compound the person names: "drip irrigation design"
        return _work_head(line, tokens, start, end, origin, names)
    # one head noun after the name, or one plain word and then it: "MRI safety checks"
    for stop in (end + 1, end + 2):
        if _head_at(line, tokens, start, end, stop, names):
            return start, stop
    return start, end


# nouns of a kind of work that head an established compound of a trade ("emergency response
# planning", "supplier relationship management"); other nouns after a name are the things it
# is done to or with ("procedures", "records", "audits")
WORK_HEADS = word_set(
    "planning design management inspection assessment evaluation investigation education"
)
# their plurals count occasions of the work: after a known name ("site safety inspections")
# they say how it was done, and the name is the skill
WORK_OCCASIONS = frozenset(w + "s" for w in WORK_HEADS if not w.endswith("ing"))
_MAX_COMPOUND = 3  # words of a compound a lower-case name heads: "drip irrigation design"


def _work_head(
    line: str, tokens: list[Token], start: int, end: int, origin: int, names: dict[int, int]
) -> tuple[int, int]:
    """[start, end) and the work noun after it; the words before the name go first when the
    compound would grow too long ("the site emergency response planning manual" claims
    emergency response planning, the manual being the thing written)."""
    stop = end + 1
    while stop < len(tokens) and tokens[stop].tight:
        stop += 1  # a hyphenated noun of the work is one word: "translation post-editing"
    if stop > len(tokens) or any(i in names for i in range(end, stop)):
        return start, end
    if not (
        tokens[end].key in WORK_HEADS if stop == end + 1 else _HEAD.match(tokens[stop - 1].key)
    ):
        return start, end
    if not open_between(line, tokens[end - 1], tokens[end]) or named(tokens[end]):
        return start, end
    first = start
    while stop - first - (stop - end - 1) > max(_MAX_COMPOUND, end - origin + 1) and first < origin:
        first += 1
    return first, stop


def claimed_skills(
    text: str, listed: frozenset[str] = frozenset(), items: bool = False
) -> list[Skill]:
    """Skills named in `text`, each as the noun phrase around its vocabulary name. A name
    the person lists (`listed`: skill keys) or also names bare elsewhere stays bare: the
    words around it then only say where it was used."""
    found: list[tuple[str, list[str]]] = []  # (phrase or "", the names inside it)
    for line in text.splitlines():
        found += _line_phrases(line, listed, items)
    bare = set(listed)
    skills: list[Skill] = []
    for phrase, names in found:
        if phrase and not any(skill_key(name) in bare for name in names):
            skills.append(_skill(canonical_skill(phrase), names[0]))
        else:
            # a name written inside a longer one it overlaps ("Merchandising" in "Visual
            # Merchandising") is no claim of its own
            words = [set(skill_key(name).split()) for name in names]
            skills += [
                _skill(n, n) for n, w in zip(names, words, strict=True) if not _within(w, words)
            ]
    return _unique(skills)


def _within(words: set[str], others: list[set[str]]) -> bool:
    return any(words < other for other in others)


def _line_phrases(line: str, listed: frozenset[str], item: bool) -> list[tuple[str, list[str]]]:
    tokens = line_tokens(line)
    spans = sorted(skill_spans(line), key=lambda s: (s[0], -s[1]))
    if len(tokens) != len(key_words(line)) or len(spans) > _MAX_NAMES:
        # words that do not line up, or a line stuffed with names: the names, no phrases
        return [("", [name]) for _, _, name in spans]
    groups: list[tuple[int, int, list[str]]] = []
    for i, n, canonical in spans:
        if groups and i < groups[-1][1]:  # overlapping names make one phrase
            first, end, names = groups[-1]
            groups[-1] = (first, max(end, i + n), [*names, canonical])
        else:
            groups.append((i, i + n, [canonical]))
    named = {i: end - first for first, end, _ in groups for i in range(first, end)}
    grown: list[tuple[int, int, int, int, list[str]]] = []
    previous = (0, 0)
    for first, end, names in groups:
        start, stop = first, end
        if not any(skill_key(name) in listed for name in names):
            start, stop = _phrase_span(line, tokens, first, end, named, item)
            if not item:
                start, stop = _proper_name(line, tokens, (start, stop), (first, end), named)
                stop = _paired(line, tokens, stop, named)
            if previous[0] < start < previous[1]:
                start = previous[1]  # a phrase takes the name before it whole or not at all
        grown.append((start, stop, first, end, names))
        previous = (start, stop)
    out: list[tuple[str, list[str]]] = []
    for start, stop, first, end, names in grown:
        if any(s <= start and stop <= e and (s, e) != (start, stop) for s, e, *_ in grown):
            continue  # "AutoCAD" inside "AutoCAD Civil 3D"
        if not item and (_shouted(tokens[first:end], names) or in_adjective(tokens, start, stop)):
            continue
        if not item and lettered(tokens, first):
            continue
        if not item and (modifies_noun(line, tokens, first, end) or ing_verb(line, tokens, stop)):
            continue
        if not item and (
            after_duration(tokens, first, end) or opening_verb(line, tokens, first, end)
        ):
            continue
        if (start, stop) == (first, end) and len(names) == 1:
            out.append(("", names))
        else:
            out.append((line[tokens[start].start : tokens[stop - 1].end], names))
    return out


_CONNECTORS = frozenset({"and", "of", "for"})
_MAX_PROPER = 8


def _title(token: Token) -> bool:
    """A word of a proper name: "Rating", "Act"; not an acronym ("ISO"), not a number."""
    return token.text[:1].isupper() and token.text[1:].islower()


def _proper_name(
    line: str,
    tokens: list[Token],
    span: tuple[int, int],
    name: tuple[int, int],
    names: dict[int, int],
) -> tuple[int, int]:
    """A name in capitals inside a longer run of capitalised words in a sentence ("under the
    Housing Health and Safety Rating System", "the Public Procurement and Asset Disposal
    Act") is part of that proper name, a law's or a standard's: the run is what is claimed.
    The line's first word, another name, punctuation or a lower-case word ends the run."""
    first, end = name
    if first == 0:
        return span  # "Python Wrote SQL": a line's first capital opens a heading or a sentence
    if not all(_title(t) or t.key in _CONNECTORS for t in tokens[first:end]):
        return span  # "GMP and ISO 17025": acronyms joined are two names
    start, stop = first, end
    while (
        start > max(1, end - _MAX_PROPER - 1)
        and _title(tokens[start - 1])
        and open_between(line, tokens[start - 1], tokens[start])
    ):
        start -= 1
    while stop < min(len(tokens), first + _MAX_PROPER + 2) and open_between(
        line, tokens[stop - 1], tokens[stop]
    ):
        nxt = tokens[stop]
        # "Health and Safety Rating System": the name goes on past the word after "and";
        # "Excel and Finacle" ends there: two names
        joined = (
            nxt.key in _CONNECTORS
            and stop + 2 < len(tokens)
            and _title(tokens[stop + 1])
            and _title(tokens[stop + 2])
            and open_between(line, tokens[stop + 1], tokens[stop + 2])
        )
        if not (_title(nxt) or joined):
            break
        stop += 2 if joined and open_between(line, nxt, tokens[stop + 1]) else 1
    inside = set(range(start, stop)) - set(range(first, end))
    longer = (
        start > 1
        and _title(tokens[start - 1])
        and open_between(line, tokens[start - 1], tokens[start])
    )
    longer |= (
        stop < len(tokens)
        and _title(tokens[stop])
        and open_between(line, tokens[stop - 1], tokens[stop])
    )
    # the run goes on after the name: a capital before it alone may open a sentence
    if stop == end or inside & names.keys() or stop - start > _MAX_PROPER or longer:
        return span
    return start, stop


# meetings of people where a kind of work is done: the words before them name that work
_EVENTS = word_set("sessions session workshops workshop classes class meetings clinics clinic")


def _paired(line: str, tokens: list[Token], stop: int, names: dict[int, int]) -> int:
    """A name and one more word before an event they both name are one skill: "through
    coaching and feedback sessions" claims coaching and feedback."""
    if stop + 2 >= len(tokens) or tokens[stop].key != "and" or stop + 1 in names:
        return stop
    words = tokens[stop - 1 : stop + 3]
    if not all(open_between(line, a, b) for a, b in pairwise(words)):
        return stop
    pair, event = tokens[stop + 1], tokens[stop + 2]
    plain = _modifier(pair, False) and not named(pair) and not named(tokens[stop - 1])
    return stop + 2 if plain and event.key in _EVENTS else stop


def _shouted(words: list[Token], names: list[str]) -> bool:
    """An ordinary word written in capitals inside prose ("LEADERSHIP & ACTIVITIES") is a
    heading run into the line above, not a claim; an acronym ("HMRC") is written so."""
    return all(t.text.isupper() and len(t.text) > 3 for t in words) and not any(
        n.isupper() for n in names
    )


def _skill(name: str, fragment: str) -> Skill:
    """A phrase takes its name's category, but one grown around a service of languages is
    no language: "sight translation", "CTG interpretation"."""
    category = VOCABULARY.get(name, VOCABULARY.get(fragment, "general"))
    if category == "language" and name != fragment and fragment not in LANGUAGE_NAMES:
        return Skill(name=name, category="general")
    return Skill(name=name, category=category)


def _unique(skills: list[Skill]) -> list[Skill]:
    seen: set[str] = set()
    unique = []
    for skill in skills:
        if (key := skill_key(skill.name)) not in seen:
            seen.add(key)
            unique.append(skill)
    return unique


# the phrase grammar another prose pass shares (`work_compounds`)
phrase_tokens = line_tokens
qualifier = _modifier
verb_count = _verbs
