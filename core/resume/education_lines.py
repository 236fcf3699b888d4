"""A school entry of two lines read line by line: one line the degree, the other the school.

Schools and degrees have commas of their own ("University of Nigeria, Nsukka", "School of
Post Basic Ophthalmic Nursing, LUTH", "Master Parfums, Cosmétiques et Arômes", "Qualified
Worker, Stone Masonry and Restoration"), so cutting both lines into comma parts and sorting
the parts by their words loses names. When the entry's two lines are told apart (one names a
school word and the other none, or one a degree word and the other none), each line is one
value: its first field, commas and all, less a place at its end; the line's other fields (a
right-aligned "| Lagos") are places.
"""

from __future__ import annotations

import re

from core.models import Education
from core.resume.entries import RawEntry
from core.resume.entry_parts import SCHOOL_WORDS, degree_parts, is_place, parts_of
from core.resume.experience_fields import paren_place
from core.resume.gazetteer import is_city, is_country

_FIELDS = re.compile(r"\s+\|\s+|\t|\s+·\s+|\s+[—–-]\s+")


def _placename(text: str) -> bool:
    return is_place(text) or is_country(text) or (len(text.split()) <= 4 and is_city(text))


def _pair_place(town: str, region: str) -> bool:
    """ "Boston, MA", "Beirut, Lebanon": a town and its state or country."""
    return is_place(f"{town}, {region}") or (_placename(town) and is_country(region))


def _name_like(text: str) -> bool:
    """A short name of capitalised words only ("Cologne", "Castellón"): a town the
    gazetteer may not know, where a place stands."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


_NATIONAL = re.compile(r"University of (?:the )?(?P<country>[A-Z][\w ]+)")


def _campus_named(school: str) -> bool:
    """A university named for its country is named with its campus town too ("University of
    Nigeria, Nsukka", "University of Ghana, Legon"): the town is part of the name."""
    m = _NATIONAL.fullmatch(school)
    return m is not None and is_country(m["country"])


def _fields(line: str) -> list[str]:
    return [f.strip() for f in _FIELDS.split(line) if f.strip()]


def _value_and_places(line: str, tail: bool, loose: str) -> tuple[str, list[str]]:
    """ "University of Nigeria, Nsukka, Enugu" -> ("University of Nigeria, Nsukka",
    ["Enugu"]); "Degree | Lagos" -> ("Degree", ["Lagos"]). `tail`: whether the piece after
    the last comma may be the place (not when a field of its own gives the place); `loose`:
    "any" when any short name there is the place, not only a known one, or the text a name
    there must appear in to be the place (the school's own name, "University of Cologne"
    over "Bachelor of Arts, Cologne")."""
    fields = _fields(line)
    value, places = fields[0], fields[1:]
    pieces = [p.strip() for p in value.split(",")]
    if not tail or len(pieces) < 2:
        return value, places
    if len(pieces) > 2 and _pair_place(pieces[-2], pieces[-1]):
        return ", ".join(pieces[:-2]), [", ".join(pieces[-2:]), *places]
    last = pieces[-1]
    if len(pieces) == 2 and _campus_named(pieces[0]):
        return value, places
    named = loose == "any" or last.casefold() in loose.casefold()
    if _placename(last) or (named and _name_like(last) and not SCHOOL_WORDS.search(last)):
        return ", ".join(pieces[:-1]), [last, *places]
    return value, places


def _city_at_end(degree: str) -> tuple[str, list[str]]:
    """ "BSc (Hons) Environmental Health Birmingham": a real city after the degree."""
    words = degree.split()
    if len(words) > 2 and is_city(words[-1]) and degree_parts([" ".join(words[:-1])]):
        return " ".join(words[:-1]), [words[-1]]
    return degree, []


def _school_like(line: str) -> bool:
    return bool(SCHOOL_WORDS.search(line))


def _degree_like(line: str) -> bool:
    return bool(degree_parts(parts_of([line])))


def two_line_education(entry: RawEntry, header: list[str]) -> Education | None:
    """The degree and the school of a two-line header, or None when the lines are not
    told apart (the part-by-part reading applies then)."""
    lines = [ln for ln in header if ln.strip() and not _placename(ln.strip())]
    if len(lines) != 2 or len(header) > 3:
        return None
    schoolish = [_school_like(_FIELDS.split(ln)[0]) for ln in lines]
    degreeish = [_degree_like(_FIELDS.split(ln)[0]) for ln in lines]
    if schoolish.count(True) == 1 and not degreeish[schoolish.index(True)]:
        at_school = schoolish.index(True)
    elif degreeish.count(True) == 1 and not schoolish[degreeish.index(True)]:
        at_school = 1 - degreeish.index(True)
    else:
        return None
    # "University of Nigeria, Nsukka | 2009" over "Bachelor ... | Enugu": the place stands in
    # a field of its own, so the school's comma is the school's
    tail = all(len(_fields(ln)) == 1 for ln in lines)
    school, places = _value_and_places(lines[at_school], tail, loose="any")
    places += [ln.strip() for ln in header if ln.strip() and ln not in lines]
    # one place an entry: once the school's line gave it, the degree's comma is its field;
    # else the degree's last piece is the place when it is a known one or the school's town
    degree, more = _value_and_places(lines[1 - at_school], tail, loose="" if places else school)
    places += more
    if not places:  # "University of Cologne (Cologne)"
        school, places = paren_place(school)
    if not places:
        degree, places = _city_at_end(degree)
    return Education(
        institution=school,
        degree=degree,
        start=entry.start,
        end=entry.end,
        location=", ".join(dict.fromkeys(places)) or None,
    )
