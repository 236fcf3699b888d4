"""One job entry's role, company and place, told apart by kind, line and field."""

from __future__ import annotations

import re

from core.models import Experience
from core.resume.dates import unwrap as _unwrap
from core.resume.entries import RawEntry, responsibilities, role_like
from core.resume.entry_parts import (
    LEGAL_FORM,
    PAY_GRADE,
    UNIT_WORDS,
    is_place,
    is_role,
    name_like,
    only_place,
    parts_of,
    singular_role,
)
from core.resume.gazetteer import is_city

_AT = re.compile(r"^(.+?)\s+(?:at|@)\s+([^|,]+)$")


_FIELD = re.compile(r"\s+\|\s+|\t")  # fields of one line, as the layout reader joins them


def _place_tail(parts: list[str], places: frozenset[str], company_apart: bool) -> int:
    """Where the place at the end of a role line starts ("Charge Nurse, Boston, MA" -> 1),
    or len(parts) when it names none.

    A place the resume names elsewhere (its contact line) is one anywhere; an unknown name
    is taken for a place only when the company stands on a line of its own, since on one
    line "Consultant, DaVita | Delmas" is the usual "Role, Company | City".
    """
    for k in range(1, len(parts)):
        tail = parts[k:]
        if is_place(", ".join(tail)) or all(p.casefold() in places for p in tail):
            return k
        # "Clinical Nurse Specialist, Respiratory" names a team, not a place
        team = all(w.casefold() in UNIT_WORDS for p in tail for w in p.split())
        if company_apart and len(tail) <= 2 and all(name_like(p) for p in tail) and not team:
            return k
    return len(parts)


def _team_after(parts: list[str], at: int) -> str | None:
    """The part after the role when it only names a team or a unit ("Audit & Assurance")."""
    if at + 2 >= len(parts):  # the company and the place need parts of their own
        return None
    words = re.findall(r"[^\W\d_]+", parts[at + 1].casefold())
    if words and all(w in UNIT_WORDS or w == "and" for w in words) and not is_role(parts[at + 1]):
        return parts[at + 1]
    return None


def _city_at_end(role: str) -> tuple[str, str] | None:
    """A role whose last word or two name a real city, the rest still a role."""
    words = role.split()
    for n in (2, 1):
        if len(words) > n and is_city(" ".join(words[-n:])) and is_role(" ".join(words[:-n])):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


def _city_not_company(company: str, place: str, known: frozenset[str]) -> bool:
    """The name taken for the company names a city (the resume's own or a real one) and the
    one taken for the place does not: they were read the wrong way round."""
    if place.casefold() in known or is_place(place):
        return False
    return company.casefold() in known or (is_city(company) and not is_city(place))


def _role_and_team(line: str, known: frozenset[str]) -> tuple[str, str, list[str]] | None:
    """ "Occupational Therapist, Home Care | CLSC de Rosemont, Montréal": a team after the
    role's comma stays in the role when the employer leads a field of its own."""
    fields = [f for f in _FIELD.split(line) if f.strip()]
    if len(fields) < 2:
        return None
    head, rest = parts_of(fields[:1]), parts_of(fields[1:])
    if len(head) < 2 or not rest or not singular_role(head[0]):
        return None
    teams = all(
        any(w.casefold() in UNIT_WORDS for w in p.split())
        and not is_role(p)
        and not only_place(p, known)
        for p in head[1:]
    )
    if not teams or only_place(rest[0], known) or is_role(rest[0]):
        return None
    return ", ".join(head), rest[0], rest[1:]


def to_experience(entry: RawEntry, known: frozenset[str] = frozenset()) -> Experience:
    """Role, company and place from the header; responsibilities from the body.

    On one line the parts are told apart by role words ("Travel Agent, Amazon Travel, New
    York"); over several lines the line with a role word is the role ("Company - City" above
    "Nurse, ICU") unless the other lines only name a place. A line's " | " fields count as
    lines. `known` holds place names (casefolded) the resume gives elsewhere.
    """
    fields = [(f, n) for n, line in enumerate(entry.header) for f in _FIELD.split(line)]
    fields = [(f, n) for f, n in fields if f.strip()]
    if len({n for _, n in fields}) == 1:  # one line: its parts are told apart by kind
        fields = [(" | ".join(f for f, _ in fields), 0)]
    lines = [f for f, _ in fields]
    # a job noun in the plural names a business ("Bloom & Wild Florists" over "Florist"):
    # a line that names a job in the singular is the role
    at_role = next((i for i, line in enumerate(lines) if singular_role(line)), None)
    if at_role is None:
        at_role = next((i for i, line in enumerate(lines) if is_role(line)), None)
    role_line = lines[at_role] if at_role is not None else None
    others = [line for i, line in enumerate(lines) if i != at_role]
    at = _AT.match(role_line) if role_line is not None else None
    paired = _role_and_company(role_line) if role_line is not None and others else None
    team = _role_and_team(entry.header[0], known) if len(entry.header) == 1 else None
    if team is not None:
        role, company, places = team
    elif at is not None and others:  # "Nurse at City Hospital" over "Boston"
        role, company = _unwrap(at.group(1)), _unwrap(at.group(2))
        places = parts_of(others)
    elif paired is not None and all(is_place(o) or name_like(o) for o in others):
        role, company = paired  # "St. Mary's School — Class Teacher" over "Dublin"
        places = parts_of(others)
    elif role_line is not None and others and not all(only_place(o, known) for o in others):
        # the company stands on its own line or field, so a place after the role is a place
        # "Squad Leader, Staff Sergeant (E-6)": a rank with its pay grade is no part of the job
        role_parts = [p for p in parts_of([role_line]) if not PAY_GRADE.search(p)]
        apart = all(n != fields[at_role or 0][1] for i, (_, n) in enumerate(fields) if i != at_role)
        k = _place_tail(role_parts, known, apart)
        role = ", ".join(role_parts[:k])
        rest = parts_of(others)
        company = next((p for p in rest if not is_place(p)), rest[0])
        places = [p for p in rest if p != company] + role_parts[k:]
        if len(places) == 1 and _city_not_company(company, places[0], known):
            company, places = places[0], [company]  # "Electrician, Elektro-Serwis" / "Tarnow"
    else:
        parts = parts_of(lines)
        lone = [f for f, n in fields if sum(1 for _, m in fields if m == n) == 1]
        titles = [f for f in lone if role_like(f) and not only_place(f, known)]
        role = next(
            (p for p in parts if is_role(p)), titles[-1] if titles and len(fields) > 2 else ""
        )
        places = [p for p in parts if p != role]
        if role in parts and (unit := _team_after(parts, parts.index(role))):
            role = f"{role}, {unit}"  # "Summer Intern, Audit & Assurance — KPMG, Melbourne"
            places.remove(unit)
        if not role and places:
            # a legal form names the employer, never the job ("Comvita New Zealand Limited —
            # Te Puke" over "Beekeeper"): a title on a line of its own is the role then
            legal = any(LEGAL_FORM.search(p) for p in places)
            role = next((t for t in titles if legal and not LEGAL_FORM.search(t)), places[0])
            places.remove(role)
        # a place the resume names elsewhere is no company: "Sous Chef, Lyon | Brasserie"
        named = [p for p in places if p.casefold() not in known and not is_place(p)]
        # "Chef de Partie, Marseille | Le Bistrot du Port": a real city is the place when
        # another part can be the company
        named.sort(key=lambda p: len(p.split()) <= 3 and is_city(p))
        company = (named or places or [""])[0]
        places = [p for p in places if p != company]
    if not places:
        company, places = paren_place(company)
    if not places and (split := _city_at_end(role)):  # "Environmental Health Officer Wellington"
        role, places = split[0], [split[1]]
    return Experience(
        company=company,
        role=role,
        start=entry.start,
        end=entry.end,
        location=", ".join(places) or None,
        responsibilities=responsibilities(entry.body),
    )


_DASHED = re.compile(r"\s+(?:[-–—|@]|at)\s+")


_NOT_PLACE = re.compile(
    r"(?i)\b(?:training|academy|institute|school|college|university|group|ltd|limited|inc"
    r"|contract|contractor|part[- ]time|full[- ]time|temporary|temp|internship|freelance"
    r"|volunteer|seasonal|maternity cover)\b"
)


def paren_place(name: str) -> tuple[str, list[str]]:
    """ "Monzo Bank (London)" -> ("Monzo Bank", ["London"])."""
    inner = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    # "Cytech (ATG Training)": brackets that hold a second name, a unit or terms stay
    if inner is None or _NOT_PLACE.search(inner.group(2)):
        return name, []
    return inner.group(1), [inner.group(2)]


def _role_and_company(line: str) -> tuple[str, str] | None:
    """A line of two parts joined by a dash, a bar or "at", one naming a role and the other
    an organisation ("Employer — Role" or "Role — Employer"), as (role, company)."""
    parts = [_unwrap(p) for p in _DASHED.split(line)]
    if len(parts) != 2 or not all(parts):
        return None
    roles = [is_role(p) for p in parts]
    if roles.count(True) != 1:
        return None
    role, company = (parts[0], parts[1]) if roles[0] else (parts[1], parts[0])
    if is_place(company) or all(w.casefold() in UNIT_WORDS for w in company.split()):
        return None
    return role, company
