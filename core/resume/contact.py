"""Contact details from a resume's header and details block: name, e-mail, phone, links, place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from core.resume.dates import RANGE
from core.resume.entry_parts import is_bullet, is_role
from core.resume.gazetteer import is_city
from core.resume.sections import COUNTRIES, heading_of, label_of
from core.resume.text import strip_marks

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()|,]+"
    r"|\b(?:[\w-]{1,63}\.)?(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com"
    r"|medium\.com|about\.me|x\.com|twitter\.com|instagram\.com)/[^\s<>()|,]+",
    re.IGNORECASE,
)
PHONE = re.compile(r"(?<![\w/.])\+?\(?\d[\d ().-]{5,22}\d(?![\w/])")
_FIELD_SPLIT = re.compile(r"\s+[|·•]\s+|\s*[|·•]\s*|\s{2,}")
_STREET = re.compile(
    r"\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|drive|dr|way|court|ct|place|pl"
    r"|square|sq|suite|apt|floor|highway|hwy|strasse|straße|rue|calle|via)\b\.?",
    re.IGNORECASE,
)
_US_STATE = re.compile(r"\b[A-Z]{2}\b(?:\s+\d{5}(?:-\d{4})?)?$")
_NAME_WORD = re.compile(r"(?:[\w'’.-]+|van|von|de|der|den|da|del|della|di|la|le|bin)$")
_PARTICLES = frozenset(re.findall(r"\w+", "van von de der den da del della di la le bin"))


def _name_word(word: str) -> bool:
    """A capital of any script opens a name word ("Élodie", "Øyvind", "Łukasz", "Ana")."""
    return bool(_NAME_WORD.match(word)) and (word[:1].isupper() or word in _PARTICLES)


_NOT_NAMES = re.compile(
    r"\b(?:resume|résumé|curriculum|vitae|cv|page|profile|certified|certificate|certification"
    r"|chartered|licen[cs]ed?|registered|accredited)\b",
    re.I,
)


@dataclass
class Contact:
    full_name: str = ""
    email: str | None = None
    phone: str | None = None
    links: list[str] = field(default_factory=list)
    location: str | None = None
    headline: str = ""


def find_phone(text: str) -> str | None:
    """A phone number: 7 to 15 digits, not a year range."""
    for match in PHONE.finditer(text):
        candidate = match.group().strip(" .-")
        if candidate.count("(") != candidate.count(")"):
            candidate = candidate.strip("()").strip(" .-")
        digits = re.sub(r"\D", "", candidate)
        if 7 <= len(digits) <= 15 and not RANGE.fullmatch(candidate):
            return candidate
    return None


def find_links(text: str) -> list[str]:
    links: list[str] = []
    for match in URL.finditer(text):
        link = match.group().rstrip(".,;:)")
        if "@" not in link and link not in links:
            links.append(link)
    return links


# letters after a name without a comma: degrees, licences and fellowships, as written
_POST_NOMINALS = re.compile(
    r"(?:\s+(?:Ph\.?D|MSc|BSc|MBA|MA|BA|MEng|BEng|LLB|LLM|JD|MD|MBBS|DDS|RN|BSN|MSN|NP|"
    r"CPA|CFA|CMA|ACCA|ACA|FCA|CA|PMP|PE|PEng|CEng|MIEEE|FRCS|MRCP|FWACS|FMCP|SHRM-CP|"
    r"SPHR|PHR|CISSP|CISA)\.?)+$"
)


def name_of(line: str, *, allow_roles: bool = False) -> str | None:
    """The line as a person's name ("JULIE MONROE" -> "Julie Monroe"), or None."""
    if len(line) > 80:
        return None
    text = re.sub(r"(?i)^(?:full\s+)?name\s*:\s*", "", line.strip())
    text = re.sub(r"(?:,\s*[A-Z][A-Za-z]{1,4}\.?)+$", "", text)  # "Jane Doe, RN, CPA"
    text = _POST_NOMINALS.sub("", text)  # "John Smith CPA", "Mary Jones MSc"
    # "Maeve O'Driscoll, Official Court Reporter": the title after the name is no part of it
    head, comma, tail = text.partition(", ")
    if comma and len(tail.split()) <= 6 and is_role(tail) and "," not in tail:
        text = head
    words = text.split()
    if not 2 <= len(words) <= 4 or _NOT_NAMES.search(text) or heading_of(text):
        return None
    if any(not _name_word(w) or any(c.isdigit() for c in w) for w in words):
        return None
    if label_of(text) or (not allow_roles and is_role(text)):
        return None
    return text.title() if text.isupper() else text


def _name_beside_title(lines: list[str]) -> str | None:
    """The first field of a line that sets a title beside the name ("Ana Lima | Drone
    Surveyor", as moderncv's banking style prints its header): the name, when it is one."""
    for line in lines:
        first, *rest = _FIELD_SPLIT.split(line.strip())
        if rest and any(r.strip() for r in rest) and (name := name_of(first)):
            return name
    return None


def split_name(lines: list[str]) -> str | None:
    """A name set over two lines, 'James' above 'O'CONNOR' -> "James O'Connor", or None."""
    for first, second in pairwise(lines):
        if len(first.split()) > 2 or len(second.split()) != 1:
            continue
        words = [
            w.title() if w.isupper() and len(w) > 1 else w for w in f"{first} {second}".split()
        ]
        name = name_of(" ".join(words))
        if name is not None:
            return name
    return None


def _place(lines: list[str]) -> str | None:
    """'1515 Pacific Ave / Los Angeles, CA 90291 / United States' -> 'Los Angeles, CA, ...'."""
    parts: list[str] = []
    for line in lines:
        for raw in line.split(","):
            # "CA 90291", "Uttar Pradesh - 201301"
            part = re.sub(r"(?:\s+[-–—])?\s+\d{4,6}(?:-\d{4})?$", "", raw.strip())
            part = re.sub(rf"\s+{_UK_POSTCODE}$", "", part)  # "Leeds LS1 4AP"
            part = re.sub(r"^\d{2,3}[- ]?\d{3}\s+(?=\D)", "", part)  # "00-238 Warszawa"
            # a city's postal district or département: "Dublin 11", "Lyon (69)", "Manchester M14"
            town = re.sub(rf"\s+{_DISTRICT}$", "", part)
            part = town if town != part and is_city(town) else part
            # a street or house number is more than a job search needs
            if not part or any(c.isdigit() for c in part) or _STREET.search(part) or "@" in part:
                continue
            if part not in parts:
                parts.append(part)
    return ", ".join(parts) or None


_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_DISTRICT = r"(?:\d{1,2}|\(\d{2,3}\)|[A-Z]{1,2}\d[A-Z\d]?)"  # "Dublin 11", "Lyon (69)", "M14"
_CITY_CODES = re.compile(
    rf"(?P<city>[^\W\d_][^\d,]*?)"
    rf"(?P<code>(?:\s+[A-Z]{{2,3}})?(?:\s+\d{{4,6}}|\s+{_UK_POSTCODE}|\s+{_DISTRICT})?)"
)


def _placeish(text: str) -> bool:
    if len(text.split()) > 8:
        return False
    if EMAIL.search(text) or URL.search(text) or find_phone(text) == text.strip():
        return False
    if len(text.split()) > 8 or is_role(text) or text.endswith("."):
        return False
    pieces = [p.strip().casefold() for p in text.split(",")]
    if any(p in COUNTRIES for p in pieces):
        return True
    if "," in text and (_US_STATE.search(text) or re.search(r"\d{4,6}", text)):
        return True
    # "Melbourne VIC 3000", "Leeds LS1 4AP": a real city, its region's code, its postcode
    town = _CITY_CODES.fullmatch(text.replace(",", " ").strip())
    if town is not None and town["code"] and is_city(town["city"]):
        return True
    return bool(re.match(r"^\d+\s+\w+", text) and _STREET.search(text))


def read_contact(header: list[str], details: list[str]) -> Contact:
    """Contact fields from the lines before the first heading and any details section."""
    contact = Contact()
    lines = [*header, *details]
    name_line = next((line for line in header[:6] if name_of(line)), None)
    if name_line is None:
        contact.full_name = split_name(header[:5]) or ""
    if name_line is None and not contact.full_name:
        name_line = next((ln for ln in header[:4] if name_of(ln, allow_roles=True)), None)
    two_lines = _name_on_two_lines(name_line, header) if name_line is not None else None
    if name_line is not None:
        contact.full_name = two_lines or name_of(name_line, allow_roles=True) or ""
    elif not contact.full_name:
        contact.full_name = _name_beside_title(header[:3]) or ""
    headline_line = ""
    for line in header[:8]:
        # "Nutrition Consultant · Dublin, Ireland": the role is the headline, the rest is data
        stripped = _FIELD_SPLIT.split(line.strip())[0].strip()
        if (
            stripped
            and is_role(stripped)
            and len(stripped.split()) <= 6
            and not EMAIL.search(stripped)
        ):
            contact.headline, headline_line = stripped, line.strip()
            break
    place_lines: list[str] = []
    pending: str | None = None  # a label alone on its line waits for the value below it
    taken = 0
    for line in lines:
        if line is name_line:
            continue  # "JANE DOE, RN" is no place
        if headline_line and line.strip() == headline_line:
            for piece in _FIELD_SPLIT.split(headline_line)[1:]:
                _take(contact, piece.strip(), place_lines)
            continue
        label = label_of(line)
        if label is not None and not label[1]:
            pending, taken = label[0], 0
            continue
        if label is not None:
            kind, value = label
            pending, taken = kind, 1
        elif pending is not None and (
            taken == 0 or (pending == "location" and taken < 3 and _placeish(line))
        ):
            kind, value = pending, line
            taken += 1
        else:
            kind, value, pending = None, line, None
        if kind == "skip":
            continue
        if kind == "location":
            place_lines.append(value)
        elif kind == "name":
            # "Name: Ana Lima" under "Personal details" beats a name guessed from the top
            # lines, which may be the job title above it
            contact.full_name = name_of(value, allow_roles=True) or contact.full_name
        else:
            beside = bool(EMAIL.search(value) or find_phone(value))
            for piece in _FIELD_SPLIT.split(value):
                _take(contact, piece.strip(), place_lines, beside)
    contact.location = _place(place_lines)
    if contact.email and name_line is not None and two_lines is None:
        # "Commercial Beekeeper" over "Hemi Tautahi": of two lines that could each be a name,
        # the one the e-mail address spells is the person's
        others = [ln for ln in header[:6] if ln is not name_line and name_of(ln)]
        if not _spelt_in(name_line, contact.email):
            spelt = next((ln for ln in others if _spelt_in(ln, contact.email)), None)
            if spelt is not None:
                contact.full_name = name_of(spelt) or contact.full_name
    return contact


def _name_on_two_lines(line: str, header: list[str]) -> str | None:
    """A name set large over two lines ("Nguyen Thi" over "Thu Ha") that the header also
    gives whole ("Nguyen Thi Thu Ha" under it, as a running name): the whole name."""
    at = next((n for n, ln in enumerate(header) if ln is line), None)
    if at is None or at + 1 >= len(header):
        return None
    joined = f"{line.strip()} {header[at + 1].strip()}"
    whole = name_of(joined, allow_roles=True)
    if whole is None or not any(ln.strip() == joined for ln in header[at + 2 : at + 8]):
        return None
    return whole


def _spelt_in(line: str, email: str) -> bool:
    """A word of three letters or more of `line` appears in the e-mail's local part."""
    local = re.sub(r"[^a-z]", "", email.split("@")[0].casefold())
    for word in re.findall(r"\w{3,}", line.casefold()):
        spellings = {strip_marks(word), strip_marks(_GERMAN.sub(lambda m: _UMLAUTS[m[0]], word))}
        if any(w in local for w in spellings):
            return True
    return False


_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_GERMAN = re.compile("[äöüß]")


def fill_missing(contact: Contact, lines: list[str]) -> None:
    """An e-mail or phone still missing is taken from the first line anywhere that holds one
    (a contact strip in a footer, beside icons, under a heading the reader did not know);
    a phone only from a short line that is no bullet, so a figure in a sentence is never one."""
    for line in lines:
        if contact.email is None and (email := EMAIL.search(line)):
            contact.email = email.group()
        short = len(line.split()) <= 12 and not RANGE.search(line)
        phone = find_phone(line) if contact.phone is None and short else None
        # "+1 (617) 555-0142" alone on its line starts with what could be a bullet
        if phone is not None and (not is_bullet(line) or phone == line.strip()):
            contact.phone = phone
        if contact.email is not None and contact.phone is not None:
            return


def _lone_city(text: str) -> bool:
    """A field that only names a known city ("London", "Accra"): a place when it stands on
    a line of contact details, where nothing else of one word or two would."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and is_city(text)


def _take(contact: Contact, piece: str, place_lines: list[str], beside: bool = False) -> None:
    """Every contact detail in one field of a line; what is left may name the place, and a
    lone city does when the line holds an e-mail address or a phone number (`beside`)."""
    if email := EMAIL.search(piece):
        contact.email = contact.email or email.group()
        piece = piece.replace(email.group(), " ")
    for link in find_links(piece):
        if link not in contact.links:
            contact.links.append(link)
        piece = piece.replace(link, " ")
    if phone := find_phone(piece):
        contact.phone = contact.phone or phone
        piece = piece.replace(phone, " ")
    # "06 12 34 56 78 – mail@orange.fr – Lyon (69)": dashes left between the taken details
    rest = re.sub(r"(?:\s+[–—](?=\s|$))+", " ", " ".join(piece.split())).strip(" |·•,;–—")
    if rest and len(place_lines) < 3 and (_placeish(rest) or (beside and _lone_city(rest))):
        place_lines.append(rest)
