"""Text normalisation shared by screening, evidence checks and the offline engine."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9+#]+")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form ("Zürich" -> "zurich"), whitespace collapsed."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


def words(text: str) -> list[str]:
    """The folded words of `text` (letters, digits, '+' and '#')."""
    return _WORD.findall(fold(text))


def phrase_key(text: str) -> str:
    """Folded words joined by single spaces: punctuation-insensitive comparison form."""
    return " ".join(words(text))


_SUFFIXES = (
    "ings", "ing", "ists", "ist", "ments", "ment", "ants", "ant", "ions", "ion", "ors", "or",
    "ers", "er", "ies", "es", "ed", "al", "s", "e", "y",
)  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem so "nurses"/"nursing"/"nurse" and "trainer"/"training" compare."""
    for _ in range(3):
        for suffix in _SUFFIXES:
            if (
                word.endswith(suffix)
                and len(word) - len(suffix) >= 3
                and not (suffix == "s" and word.endswith("ss"))
            ):
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def stems(text: str) -> list[str]:
    """Stems of the words of `text`."""
    return [stem(w) for w in words(text)]


def contains_phrase(haystack_key: str, needle_key: str) -> bool:
    """True when `needle_key` occurs in `haystack_key` on word boundaries (both phrase keys)."""
    if not needle_key:
        return False
    return f" {needle_key} " in f" {haystack_key} "


def sentences(text: str) -> list[str]:
    """Split prose into sentences and bullet lines, stripped of bullet marks."""
    parts: list[str] = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*•·▪◦").strip()
        if not line:
            continue
        parts.extend(p.strip() for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", line))
    return [p for p in parts if p]


@lru_cache(maxsize=65536)
def base_form(word: str) -> str:
    """A word without its plural or possessive ending only ("nurses" -> "nurse", "duties" ->
    "duty"): unlike `stem`, "conditions" and "conditioning" or "prospects" and "prospecting"
    stay apart, so evidence is matched on whole words."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def base_forms(text: str) -> list[str]:
    """`base_form` of each word of `text`."""
    return [base_form(w) for w in words(text)]
