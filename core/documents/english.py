"""Is a word ordinary English? The test that tells an invented name from a common word.

The word list is the `english-words` package's (Webster's Second and GCIDE), lower-case
entries only: its capitalised entries are proper nouns (Harvard, London), which are exactly
what a document must not state unless the profile does.
"""

from __future__ import annotations

import re
from functools import cache

from english_words import get_english_words_set

from core.documents.wordsof import words_of
from core.offline.text import fold

# Words of modern working life the 1913/1934 dictionaries lack (and "proud", which they miss).
_MODERN = frozenset(
    words_of(
        "proud onboard upskill email e-mail online website websites web app apps software "
        "hardware internet startup "
        "startups teamwork workflow workflows onboarding offboarding stakeholder stakeholders "
        "spreadsheet spreadsheets dataset datasets database databases multitasking proactive "
        "skillset upskilling wellbeing healthcare eldercare childcare homecare aftercare "
        "nonprofit ok okay etc vs via covid smartphone laptop login logout signup checklist "
        "checklists deadline deadlines feedback mindset hands-on ongoing payroll inbound "
        "outbound upsell upselling walkthrough workplace workshop workshops"
    )
)
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("ing", ""),
    ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("er", ""),
    ("er", "e"), ("ers", ""), ("ers", "e"), ("ly", ""), ("ment", ""), ("ments", ""),
    ("ness", ""), ("able", ""), ("able", "e"), ("al", ""), ("ally", ""), ("ful", ""),
    ("ist", ""), ("ists", ""), ("ise", ""), ("ize", ""), ("ised", ""), ("ized", ""),
)  # fmt: skip


@cache
def _lexicon() -> frozenset[str]:
    words = get_english_words_set(["web2", "gcide"], alpha=True)
    return frozenset(w for w in words if w[:1].islower()) | _MODERN


# British spellings the American dictionaries lack: organisation, colour, programme, ageing.
_BRITISH = (
    (re.compile(r"is(ation|ations|e|ed|es|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|ful|able)?$"), r"or\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"ise$"), "ice"),
)


def _known(word: str) -> bool:
    if _known_as_is(word):
        return True
    for pattern, american in _BRITISH:
        other = pattern.sub(american, word)
        if other != word and _known_as_is(other):
            return True
    return False


def _known_as_is(word: str) -> bool:
    lexicon = _lexicon()
    if word in lexicon:
        return True
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)] + repl
            if base in lexicon:
                return True
            # planning -> plan, stopped -> stop: the doubled consonant of the inflection
            if len(base) > 3 and base[-1] == base[-2] and base[:-1] in lexicon:
                return True
    return False


@cache
def is_english(word: str) -> bool:
    """True when `word` (any case) is an ordinary English word or an inflection of one."""
    word = fold(word).replace("’", "'").strip("'-")
    if not word or not word.isalpha():
        return bool(word) and all(_known(p) for p in word.replace("'", "-").split("-") if p)
    return _known(word)
