"""Read a board's location text ("Berlin, Germany", "Remote - US", "DE") into cities, countries
and work modes, with the judge's own gazetteer so screening sees the names it knows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.judging.place_limits import countries_of, place_key

# ISO 3166 alpha-2 codes the boards send (SmartRecruiters, Lever's `country`); the common ones.
_ISO2 = {
    "us": "united states", "gb": "united kingdom", "uk": "united kingdom", "de": "germany",
    "fr": "france", "es": "spain", "it": "italy", "nl": "netherlands", "be": "belgium",
    "ch": "switzerland", "at": "austria", "ie": "ireland", "pt": "portugal", "pl": "poland",
    "se": "sweden", "no": "norway", "dk": "denmark", "fi": "finland", "cz": "czech republic",
    "ca": "canada", "mx": "mexico", "br": "brazil", "ar": "argentina", "in": "india",
    "jp": "japan", "cn": "china", "sg": "singapore", "au": "australia", "nz": "new zealand",
    "za": "south africa", "ae": "united arab emirates", "il": "israel", "ro": "romania",
    "hu": "hungary", "gr": "greece", "tr": "turkey", "ua": "ukraine", "kr": "south korea",
    "ph": "philippines", "ng": "nigeria", "eg": "egypt", "co": "colombia", "cl": "chile",
}  # fmt: skip
_SPLIT = re.compile(r"\s*(?:[,;/|·]|\s-\s|\(|\)|\bor\b|\band\b)\s*", re.I)
_REMOTE = re.compile(r"\b(?:remote|anywhere|worldwide|work from home|wfh)\b", re.I)
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_NOISE = re.compile(r"\b(?:remote|hybrid|on-?site|office|only|based|anywhere|worldwide)\b", re.I)


@dataclass
class Place:
    """Where a job is, as the judge reads it."""

    cities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    remote: bool = False
    hybrid: bool = False

    def add_country(self, name: str) -> None:
        shown = name.title()
        if shown not in self.countries:
            self.countries.append(shown)

    def add_city(self, name: str) -> None:
        if name and name not in self.cities:
            self.cities.append(name)


def country_name(code_or_name: str | None) -> str | None:
    """A country name from an ISO code or a name the gazetteer knows ("DE", "Deutschland")."""
    if not code_or_name or not code_or_name.strip():
        return None
    key = code_or_name.strip().lower()
    if key in _ISO2:
        return _ISO2[key].title()
    found = countries_of(key)
    return next(iter(found)).title() if found is not None and len(found) == 1 else None


def read_place(*texts: str | None, place: Place | None = None) -> Place:
    """Cities, countries and remote/hybrid read from free location texts."""
    place = place or Place()
    for text in texts:
        if not text:
            continue
        text = text[:300]
        place.remote = place.remote or bool(_REMOTE.search(text))
        place.hybrid = place.hybrid or bool(_HYBRID.search(text))
        for part in _SPLIT.split(_NOISE.sub(" ", text)):
            part = part.strip(" .:-")
            if len(part) < 2:
                continue
            key = part.lower()
            if len(key) == 2:
                # In free text two letters are as often a US state ("CA") as a country.
                if key in ("us", "uk"):
                    place.add_country(_ISO2[key])
                continue
            found = countries_of(key)
            if found is None:
                continue  # a state, a region we do not know, an office name
            if place_key(key) in found:  # a country or an alias of one ("USA")
                place.add_country(place_key(key))
            elif len(found) == 1:  # a known city: keep the city and its country
                place.add_city(part)
                place.add_country(next(iter(found)))
            else:  # a region ("EU", "EMEA"): every country it stands for
                for country in sorted(found):
                    place.add_country(country)
    return place
