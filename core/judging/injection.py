"""Spot text in a job posting that tries to instruct an automated screener."""

from __future__ import annotations

import re
from functools import lru_cache

from core.offline.text import fold, words

_PATTERNS = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above"
    r"|earlier|preceding|your)?\s*(?:instructions?|prompts?|rules|guidelines)"
    r"|\b(?:ai|automated|llm|bot)s?\s+(?:screening\s+)?(?:systems?|tools?|screeners?|bots?)\s*:"
    r"|\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:any\s+)?(?:automated|ai|llm|gpt|chatgpt"
    r"|language\s+models?|bots?|screening)"
    r"|\b(?:ai|llm|gpt|chatgpt)s?\s+(?:tools?|systems?|assistants?|models?|screeners?)?\s*"
    r"(?:reading|processing|screening|evaluating)\s+this"
    r"|\b(?:this|the) (?:candidate|applicant) is (?:an? )?(?:excellent|perfect|ideal|great)"
    r" (?:fit|match)"
    r"|\brecommend (?:applying|this (?:candidate|applicant))"
    r"|\b(?:system|assistant)\s*\]?\s*:"
    r"|\boutput\s+(?:decision\s*=\s*)?accept"
    r"|\bscore\s*(?:=|of|:)\s*100\b"
    r"|\bmark (?:this|the) (?:candidate|applicant)"
    r"|\b(?:this|the) (?:candidate|applicant) (?:is (?:a )?perfect|meets all)"
    r"|\brate this (?:job|candidate|applicant)"
)


# Every pattern needs one of these words (or a praise word next to "candidate"): most postings
# have none, and a set look-up is far cheaper than the patterns.
_TRIGGERS = frozenset(
    [
        "ignore",
        "disregard",
        "forget",
        "override",
        "ai",
        "ais",
        "automated",
        "llm",
        "llms",
        "bot",
        "bots",
        "gpt",
        "chatgpt",
        "language",
        "screening",
        "recommend",
        "system",
        "assistant",
        "output",
        "score",
        "mark",
        "rate",
        "note",
        "message",
    ]
)
_PRAISE = frozenset(["perfect", "excellent", "ideal", "great", "meets"])
_WHO = frozenset(["candidate", "applicant"])


@lru_cache(maxsize=4096)
def injection_cue(text: str) -> str | None:
    """The first phrase in `text` that addresses an automated screener, if any."""
    present = set(words(text))
    if not present & _TRIGGERS and not (present & _PRAISE and present & _WHO):
        return None
    m = _PATTERNS.search(fold(text))
    return m.group(0).strip() if m else None
