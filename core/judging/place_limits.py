"""Where a job may be done from: the countries a remote job is limited to, and the user's home.

Names come from a small bundled gazetteer (countries, aliases, regions such as "EU", and
major cities with their country); a limit the gazetteer cannot read is reported as unclear,
so the job goes to the user instead of being accepted or rejected on a guess.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from core.models import Job, Preferences
from core.offline.text import fold, phrase_key

# Phrases after which a posting names where the worker must be.
_LIMIT_CUE = re.compile(
    r"\b(?:must|should|need to|needs to|have to)\s+(?:currently\s+)?(?:live|reside"
    r"|be\s+(?:an?\s+)?(?:based|located|residents?|residing|living))\s+(?:in|within|of)\b"
    r"|\b(?:legal\s+)?right\s+to\s+work\s+in\b"
    r"|\b(?:authori[sz]ed|eligible|permitted)\s+to\s+work\s+in\b"
    r"|\b(?:open|available|limited|restricted)\s+(?:only\s+)?to\s+(?:candidates|applicants|residents|people"
    r"|those|anyone)(?:\s+(?:based|located|living|residing))?\s+(?:in|of|from|within)\b"
    r"|\b(?:candidates|applicants)\s+(?:must\s+be\s+)?(?:based|located|living|residing)\s+in\b"
    r"|\bremote\s+(?:only\s+)?(?:within|from|in|across|anywhere\s+in)\b"
    r"|\b(?:from|work\s+from)\s+anywhere\s+in\b"
)
_ONLY_AFTER = re.compile(r"\b(?:residents|citizens|nationals|based|candidates)\s+only\b")
_REMOTE_PAREN = re.compile(r"\bremote\s*\(([^)]{2,60})\)")
# "Remote - UK", "Remote: Canada", "Remote / EU": a place right after the word.
_REMOTE_DASH = re.compile(r"\bremote\s*[-:|/]\s*([a-z][a-z .]{1,40})")
_ANYWHERE = re.compile(r"\b(?:anywhere|worldwide|world-wide|globally|any\s+country)\b(?!\s+in\b)")
_CLAUSE_END = re.compile(r"[.;:!?\n]|\s(?:and|but|to|for|with)\s(?!herzegovina)")


@dataclass(frozen=True)
class _Gazetteer:
    names: dict[str, frozenset[str]]
    cities: dict[str, str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    text = resources.files("core.judging").joinpath("data/places.json").read_text("utf-8")
    data = json.loads(text)
    names: dict[str, frozenset[str]] = {c: frozenset([c]) for c in data["countries"]}
    names.update({a: frozenset([c]) for a, c in data["aliases"].items()})
    names.update({r: frozenset(cs) for r, cs in data["regions"].items()})
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z])(?:the\s+)?(" + "|".join(map(re.escape, alternatives)) + r")(?![a-z])"
    )
    return _Gazetteer(names, dict(data["cities"]), pattern)


def place_key(name: str) -> str:
    """A city or country folded, with country aliases resolved ("USA" == "United States")."""
    key = phrase_key(name)
    found = _gazetteer().names.get(key)
    return next(iter(found)) if found is not None and len(found) == 1 else key


def countries_of(name: str) -> frozenset[str] | None:
    """The countries a country, alias, region or known city name stands for (None: unknown)."""
    gaz = _gazetteer()
    key = phrase_key(name)
    if key in gaz.names:
        return gaz.names[key]
    city = gaz.cities.get(key)
    return frozenset([city]) if city else None


def _places_in(clause: str) -> frozenset[str]:
    gaz = _gazetteer()
    found: set[str] = set()
    for m in gaz.pattern.finditer(phrase_key(clause)):
        found |= gaz.names[m.group(1)]
    return frozenset(found)


def home_countries(prefs: Preferences) -> frozenset[str]:
    """The countries the user lives or wants to work in, from their countries and cities."""
    home: set[str] = set()
    for name in (*prefs.countries, *prefs.cities):
        home |= countries_of(name) or set()
    return frozenset(home)


@dataclass(frozen=True)
class RemoteLimit:
    """Countries a remote job may be done from (None: anywhere); `unclear` when unreadable."""

    countries: frozenset[str] | None
    said: tuple[str, ...] = ()
    unclear: bool = False


def remote_limit(job: Job) -> RemoteLimit:
    """Read where a remote job may be done from: its `countries`, title and text."""
    return _remote_limit(tuple(job.countries), f"{job.title}.\n{job.description}")


@lru_cache(maxsize=4096)
def _remote_limit(countries: tuple[str, ...], description: str) -> RemoteLimit:
    text = fold(description)
    allowed: set[str] = set()
    said: list[str] = []
    unclear = False
    for name in countries:
        found = countries_of(name)
        if found is None:
            unclear = True
        else:
            allowed |= found
        said.append(name)
    for m in _LIMIT_CUE.finditer(text):
        rest = text[m.end() : m.end() + 90]
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        found = _places_in(clause)
        if found:
            allowed |= found
            said.append(clause.strip())
        elif not _ANYWHERE.search(text[m.start() : m.end() + 20]):
            unclear = True
            said.append(text[m.start() : m.end()] + clause)
    for m in _ONLY_AFTER.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        found = _places_in(before.rsplit(".", 1)[-1])
        if found:
            allowed |= found
            said.append(before.rsplit(".", 1)[-1].strip() + " only")
    for m in _REMOTE_DASH.finditer(text):
        end = _CLAUSE_END.search(m.group(1))
        clause = m.group(1)[: end.start()] if end else m.group(1)
        found = _places_in(clause)
        if found:
            allowed |= found
            said.append(clause.strip())
    for m in _REMOTE_PAREN.finditer(text):
        found = _places_in(m.group(1))
        if found:
            allowed |= found
            said.append(m.group(1))
    if not allowed:
        anywhere = bool(_ANYWHERE.search(text)) and not unclear
        return RemoteLimit(None if anywhere or not unclear else frozenset(), tuple(said), unclear)
    return RemoteLimit(frozenset(allowed), tuple(dict.fromkeys(said)), unclear)
