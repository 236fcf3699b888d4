"""Experience and education entries: date anchors, header lines, role/company/school parts."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from itertools import pairwise

from core.models import Experience
from core.resume.dates import RANGE as RANGE
from core.resume.dates import find_dates as find_dates
from core.resume.dates import unwrap as _unwrap
from core.resume.degree_below import degree_completes
from core.resume.entry_shapes import fielded, title_over_prose
from core.resume.fragments import dangles, prose_tail
from core.resume.gazetteer import is_city
from core.resume.sections import COUNTRIES

# "–Ran the kitchen": a dash bullet the PDF reader set flush against its sentence
BULLET = re.compile(
    r"^(?:[•▪◦·*+›»]|[-–—](?=\s)|[–—](?=[A-Z][A-Za-z0-9]+\b)(?!(?i:present|current|now|today)\b)"
    r"|\d{1,2}[.)](?=\s|[A-Z]))\s*"
)
# "1. Warehouse Associate, Midwest Co." or a lone "1." a grid cell left on its own line
_NUMBER = re.compile(r"^(\d{1,2})[.)](?:\s*(?=[A-Z(])|$)")
# a middle dot between two letters is a letter of the name ("Sagrada Ink Col·lectiu")
_SPLIT = re.compile(
    r"\s+(?:\||·|•|—|–|-|@)\s+|\s*[|•]\s*|\s*,\s*|\t|\s*(?<![^\W\d_])·\s*|\s*·(?![^\W\d_])\s*"
)
# "Nurse at City Hospital"; "Wild at Heart Flowers Ltd" is one name, no role before its "at"
_ROLE_AT = re.compile(r"^(.+?)\s+at\s+(.+)$")


def _words(blob: str) -> list[str]:
    return blob.split()


_ROLE_WORDS = frozenset(
    _words(
        """engineer developer programmer architect analyst scientist designer manager director
    consultant agent trainer nurse accountant bookkeeper auditor clerk assistant associate
    intern internship specialist coordinator officer administrator supervisor lead head chief
    technician teacher tutor instructor lecturer professor educator coach nanny babysitter
    caregiver carer chef cook baker barista bartender server waiter waitress host hostess
    receptionist concierge cashier driver courier representative rep executive advisor adviser
    planner dietitian dietician nutritionist therapist physiotherapist pharmacist physician
    doctor surgeon dentist paramedic midwife aide electrician plumber carpenter welder mechanic
    operator writer editor marketer recruiter owner founder cofounder partner president vp
    secretary housekeeper attendant guide steward stewardess salesperson merchandiser buyer
    strategist producer photographer artist worker volunteer apprentice fellow researcher
    counselor counsellor psychologist librarian paralegal lawyer attorney solicitor controller
    treasurer economist statistician handler picker packer dispatcher foreman installer
    inspector estimator surveyor journalist translator interpreter cleaner janitor porter
    landscaper gardener painter roofer mason tester administrator sonographer radiographer
    phlebotomist pilot dispatcher lifeguard hygienist machinist stylist florist teller broker
    banker trader dealer chauffeur valet butler sommelier butcher tailor seamstress
    upholsterer glazier plasterer bricklayer tiler scaffolder labourer laborer fitter rigger
    millwright boilermaker lineman miner driller farmer rancher fisherman forester ranger
    warden detective sergeant constable soldier sailor medic doula orderly typist
    transcriptionist archivist curator conservator historian chemist physicist biologist
    geologist webmaster moderator reporter correspondent presenter broadcaster announcer actor
    actress dancer singer musician composer animator illustrator cartoonist copywriter author
    novelist columnist blogger publicist spokesperson lobbyist diplomat councillor bailiff
    magistrate notary conveyancer barrister mediator arbitrator investigator assessor adjuster
    appraiser valuer auctioneer realtor negotiator purchaser stocker sorter scheduler expeditor
    comptroller cashier collector purser dean headteacher headmaster headmistress provost
    registrar chaplain pastor priest rabbi imam psychotherapist psychiatrist optician
    orthodontist technologist scholar trainee cadet contractor freelancer subcontractor
    entrepreneur proprietor builder draughtsman draftsman drafter modeller modeler decorator
    locksmith handyman caretaker custodian mixologist superintendent organiser organizer
    facilitator mentor deputy chairman chairwoman chairperson ceo cfo coo cto cio cmo
    caseworker groomer veterinarian arborist navigator captain skipper deckhand signaller
    messenger postman mover removalist audiologist radiologist anaesthetist anesthetist
    podiatrist chiropractor pathologist sonographer helper leader actuary agronomist
    underwriter firefighter optometrist joiner zookeeper barber"""
    )
)
_DEGREE_WORDS = re.compile(
    r"\b(?:bachelor|m[aá]ster|mestrado|licenciatura|laurea|dipl[oô]me|diplom|doctor of|"
    r"associate|associates|diploma|degree|certificate|certification|"
    r"certified|phd|ph\.d|doctorate|mba|b\.?sc|m\.?sc|b\.?a|m\.?a|bs|ms|ba|ma|beng|meng|"
    r"hnc|hnd|btec|dec|llb|llm|jd|mph|msw|bsw|bba|mfa|bfa|edd|dphil|nvq|svq|bts|dut|grado|"
    r"ged|high school diploma|a-levels?|gcses?|course|program|programme|license|licence|"
    r"credential|apprenticeship|major|minor|honours|honors)\b",
    re.IGNORECASE,
)
SCHOOL_WORDS = re.compile(
    r"\b(?:university|college|school|institute|institution|academy|polytechnic|conservatory|"
    r"council|centre|center|board|association|society|seminary|faculty|hochschule|institut|"
    r"politecnico|universidad|universit[aä]t|[ée]cole|escuela|"
    r"universit[éeà]|lyc[ée]e|gymnasium|c[ée]gep|red cross|coursera|udemy|edx|universitet|"
    r"scuola|instituto|faculdade|hogeschool|"
    # "university" and "school" in more languages written in Latin script
    r"universitas|universiti|universidade|universiteit|uniwersytet|univerzit[ae]t?|"
    r"universitatea|egyetem|yliopisto|[üu]niversitesi|sveu[čc]ili[šs]te|politeknik|"
    r"politechnika|sekolah|colegio|liceo|akademi|akademia)\b"
    # compounds: "Berufsschule", "Fachhochschule", "Handelsskole", "Yrkeshögskola"
    r"|\b\w{2,30}(?:schule|skole|skola|akademie)\b",
    re.IGNORECASE,
)


@dataclass
class RawEntry:
    header: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    body: list[str] = field(default_factory=list)


# a name that ends in an abbreviation's full stop ends no sentence: "Midwest Distribution Co."
# nor does a legal form's ("Vale S.A.", "Geoaerea Ltda.", "Schüco Polska Sp. z o.o.")
_ABBREVIATED = re.compile(
    # in any case: a theme may set employers in capitals ("WHELAN LOCKS & SAFES LTD.")
    r"\b(?i:Co|Inc|Ltd|Ltda|Corp|Bros|Intl|Assoc|Dept|Cia|Pty|Pvt|Mfg)\.$"
    r"|(?<![\w.])(?:[A-Za-z]{1,2}\.){2,3}$"
)


# a name that starts in lower case and capitalises inside ("bioMérieux", "eBay", "iHealth")
_BRAND = re.compile(r"^[a-z]{1,4}[A-Z]")


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def _headerish(line: str, max_words: int = 14, *, lower_ok: bool = False) -> bool:
    """Short, not a bullet, not a sentence: could name a role, company, school or place."""
    stripped = line.strip()
    return (
        bool(stripped)
        and not is_bullet(stripped)
        and (len(stripped.split()) <= max_words or _short_parts(stripped, max_words))
        and (not stripped.endswith((".", ";", ":", ",")) or bool(_ABBREVIATED.search(stripped)))
        and (lower_ok or not stripped[0].islower() or bool(_BRAND.match(stripped)))
    )


def _short_parts(line: str, max_words: int) -> bool:
    """A long header made of short parts ("Ho Chi Minh City University of Architecture, Ho
    Chi Minh City — Bachelor of Fine Arts in Graphic Design")."""
    parts = [p for p in _SPLIT.split(line) if p and p.strip()]
    return (
        len(line.split()) <= max_words + 6
        and len(parts) >= 2
        and all(len(p.split()) <= 8 for p in parts)
    )


def _anchor(line: str) -> tuple[str | None, str | None, str] | None:
    """Dates on a short header line or alone on a line mark where an entry sits."""
    if is_bullet(line) or len(re.findall(r"\w+", line)) > 16:  # words, not separators
        return None
    start, end, rest = find_dates(line)
    if end is None and start is None:  # a range left open ("2022-04 —") has no end
        return None
    if start is None and (len(rest.split()) > 12 or rest.endswith(".")):
        return None  # a year inside a sentence, not an entry's date
    return start, end, rest


def _settled(header: list[str], kind: str) -> bool:
    """Enough header: two parts, one of them naming the role (or the degree or school)."""
    # "Signaller, Grade 7": a grade qualifies the role, it is no second part
    parts = [p for p in parts_of(header) if not PAY_GRADE.search(p) and not _GRADE.match(p)]
    if len(parts) < 2:
        return False
    if kind == "experience":  # "Bloom & Wild Florists · Croydon" still waits for its role
        return any(_singular_role(p) for p in parts)
    if kind == "education":  # a degree and its own school ("Ontario College Diploma" is none)
        degrees = degree_parts(parts)
        return bool(degrees) and any(SCHOOL_WORDS.search(p) for p in parts if p not in degrees)
    return any(_DEGREE_WORDS.search(p) or SCHOOL_WORDS.search(p) for p in parts)


def split_entries(lines: list[str], kind: str = "experience") -> list[RawEntry]:
    """Group a section's lines into entries around their dates (or header lines when undated).

    The header is the anchor line's own text plus up to three short lines above it, read
    upwards until it names both parts ("Role, Company" or "Company" above "Role").
    """
    lines = _unnumbered(lines)
    anchors = {i: a for i, line in enumerate(lines) if (a := _anchor(line)) is not None}
    if not anchors:
        return _undated_entries(lines, kind)
    order = sorted(anchors)
    taken: set[int] = set(anchors)
    entries: list[RawEntry] = []
    firsts: list[int] = []
    titles_above: bool | None = None  # the section's style, from its first entry
    duties: list[str] = []  # the first duty, read on the row of each entry's title
    for i in order:
        start, end, rest = anchors[i]
        rest, duty = prose_tail(rest)
        duties.append(duty)
        header = [rest] if rest else []
        first = i
        j = i - 1
        while j >= 0 and j not in taken and len(header) < 4:
            # a lower-case start continues a sentence, unless nothing stands above it;
            # a settled header still takes a line that opens a block ("Company" above it)
            after_gap = j == 0 or not lines[j - 1].strip()
            if _settled(header, kind) and not after_gap:
                break
            if not _headerish(lines[j], lower_ok=after_gap):
                break
            header.insert(0, lines[j])
            taken.add(j)
            first = j
            j -= 1
        if titles_above is None:
            titles_above = first < i
        # dates first ("2018 - present" above "Hotel Bristol" above "Front Office Manager"),
        # or the role on the line below "Company | dates"; in an education section whose
        # titles stand above their dates, the line below a date opens the next entry
        nxt = i + 1
        # "... at Manipal College of" over "Health Professions": the name goes on below
        if _continues(lines, nxt, header, anchors):
            header[-1] = f"{header[-1].strip()} {lines[nxt].strip()}"
            taken.add(nxt)
            nxt += 1
        if kind == "experience" and _role_after_description(lines, nxt, header, anchors):
            header.append(lines[nxt + 1])  # "Balfour Beatty | 2019" / "A building group" / role
            taken.add(nxt + 1)
            nxt = len(lines)
        while (
            # (unless no entry follows: then the line below is this last entry's own)
            (
                not (kind == "education" and titles_above and first < i and i != order[-1])
                or (kind == "education" and degree_completes(header, lines[nxt : nxt + 2]))
            )
            and nxt < len(lines)
            and nxt not in anchors
            and len(header) < 3
            and _headerish(lines[nxt], 8)
            and (
                not header
                or (kind != "projects" and not _settled(header, kind))
                or (kind != "projects" and _place_alone(lines[nxt], header))
                or (kind == "experience" and _employer_above_bullets(lines, nxt, header))
            )
        ):
            has_role = any(is_role(p) for p in parts_of(header))
            if kind == "experience" and header and not has_role and not is_role(lines[nxt]):
                # "Company" / "City" / "Role" below the dates: the place waits for its role
                role_below = nxt + 1 < len(lines) and nxt + 1 not in anchors
                role_below = (
                    role_below and is_role(lines[nxt + 1]) and _headerish(lines[nxt + 1], 8)
                )
                # a legal form names the employer above: a short title below is the role
                titled = any(LEGAL_FORM.search(p) for p in parts_of(header)) and _role_like(
                    lines[nxt]
                )
                # the entry's bullets start on the line after it, or it is a row of short
                # fields ("Mane | Le Bar-sur-Loup"): it still heads the entry
                heads = nxt + 1 < len(lines) and is_bullet(lines[nxt + 1])
                heads = heads or fielded(lines[nxt]) or title_over_prose(lines, nxt)
                if not (titled or heads) and not (
                    role_below and (is_place(lines[nxt]) or _name_like(lines[nxt]))
                ):
                    break
            header.append(lines[nxt])
            taken.add(nxt)
            nxt += 1
        entries.append(RawEntry(header=header, start=start, end=end))
        firsts.append(first)
    for n, entry in enumerate(entries):
        stop = firsts[n + 1] if n + 1 < len(entries) else len(lines)
        entry.body = [lines[k] for k in range(order[n] + 1, stop) if k not in taken]
        if duties[n]:
            entry.body.insert(0, duties[n])
    return [e for e in entries if e.header or e.body]


def _continues(lines: list[str], nxt: int, header: list[str], anchors: Container[int]) -> bool:
    if not header or nxt >= len(lines) or nxt in anchors or not dangles(header[-1]):
        return False
    return _headerish(lines[nxt], 8) and not is_bullet(lines[nxt])


def _unnumbered(lines: list[str]) -> list[str]:
    """Entries written as a numbered list lose their numbers: "1. Role, Company" over
    "City | dates" is a header, not a bullet. Only when every numbered line leads to dates of
    its own within two lines; numbered duties ("1. Cut waste by 20%.") stay bullets."""
    joined: list[str] = []
    for line in lines:  # "1." alone, its text on the next line
        if joined and re.fullmatch(r"\d{1,2}[.)]", joined[-1].strip()) and line.strip():
            joined[-1] = f"{joined[-1].strip()} {line}"
        else:
            joined.append(line)
    numbered = [i for i, line in enumerate(joined) if _NUMBER.match(line)]
    if not numbered:
        return lines
    numbers = [int(m.group(1)) for i in numbered if (m := _NUMBER.match(joined[i]))]
    if any(n not in (1, before + 1) for before, n in zip([0, *numbers], numbers, strict=False)):
        return lines
    bounds = [*numbered[1:], len(joined)]
    for i, stop in zip(numbered, bounds, strict=True):
        window = [_NUMBER.sub("", joined[i]), *joined[i + 1 : min(i + 3, stop)]]
        if not any(_anchor(line) for line in window):
            return lines
    return [_NUMBER.sub("", line) if i in numbered else line for i, line in enumerate(joined)]


def _role_after_description(
    lines: list[str], nxt: int, header: list[str], anchors: Container[int]
) -> bool:
    """Under a header without a role, a line describing the employer, then the role."""
    if not header or any(is_role(p) for p in parts_of(header)) or nxt + 1 >= len(lines):
        return False
    return (
        _describes(lines[nxt])
        and nxt + 1 not in anchors
        and not is_bullet(lines[nxt])
        and _role_like(lines[nxt + 1])
    )


def _describes(line: str) -> bool:
    """A line about the employer under its name ("A family building contractor in the
    North West"): led by an article, or mostly lower-case words."""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 3 and (words[0] in ("A", "An", "The") or lower * 2 > len(words))


def _role_like(line: str) -> bool:
    """A role, or a short title-cased line standing where the role stands ("Scaffolder")."""
    words = line.split()
    titled = 0 < len(words) <= 4 and all(w[:1].isupper() for w in words if len(w) > 3)
    return _headerish(line, 8) and (is_role(line) or (titled and not re.search(r"\d", line)))


def _employer_above_bullets(lines: list[str], nxt: int, header: list[str]) -> bool:
    """ "Senior Manager, Forensic Services | 2020" over "PwC Inc., Johannesburg" over the
    bullets: a one-line header whose parts may all be the role takes the line below it, when
    the entry's bullets start right after that line and it names no role itself."""
    return (
        len(header) == 1
        and nxt + 1 < len(lines)
        and is_bullet(lines[nxt + 1])
        and not is_role(lines[nxt])
        and not is_bullet(lines[nxt])
    )


def _place_alone(line: str, header: list[str]) -> bool:
    """A line under a settled header that only names where ("Lyon", "Boston, MA"), when
    the header names no place yet."""
    if any(is_place(p) for p in parts_of(header)):
        return False
    return _where(line, frozenset())


def completes_school(entry: RawEntry, line: str) -> bool:
    """An undated degree over its school ("Bachelor of Education" / "Marino Institute of
    Education"), or a school over its degree: the second line completes the first's header."""
    if entry.body or len(entry.header) != 1 or not _headerish(line, 10):
        return False
    if _settled(entry.header, "education") or is_bullet(line):
        return False
    had = bool(degree_parts(parts_of(entry.header)))
    has = bool(degree_parts(parts_of([line])))
    return had != has and bool(SCHOOL_WORDS.search(entry.header[0] if has else line))


def _undated_entries(lines: list[str], kind: str) -> list[RawEntry]:
    entries: list[RawEntry] = []
    for line in lines:
        if entries and kind == "education" and completes_school(entries[-1], line):
            entries[-1].header.append(line)
        elif _headerish(line, 10) and (not entries or entries[-1].body or not entries[-1].header):
            entries.append(RawEntry(header=[line]))
        elif entries:
            entries[-1].body.append(line)
    return entries


# a company's legal form after a comma: "Acme, Inc.", "Mirador del Port, S.L.", "Krys, SAS"
_LEGAL_FORM = re.compile(
    r"(?i)(?:inc|llc|llp|ltd|gmbh|corp|co|plc|ag|kg|pty|oy|ab|sas|s\.?a|s\.?l|s\.?l\.?u"
    r"|s\.?a\.?c|s\.?r\.?l|s\.?p\.?a|b\.?v|n\.?v|a/s)\.?"
)


# a civil service or pay-scale grade after a role: "Grade 7", "Band 5", "Level 3"
_GRADE = re.compile(r"(?i)^(?:grade|band|level|step|scale)\s+[0-9]{1,2}[a-z]?$")

# a military rank's pay grade in brackets: "Staff Sergeant (E-6)", "Captain (O-3)", "(OR-6)"
PAY_GRADE = re.compile(r"\(\s*(?:[EOW]|OR|OF)-?\d{1,2}\s*\)$")


def _role_at(text: str) -> tuple[str, ...]:
    """ "Barista at Blue Bottle" and "M.Sc. Audiology at All India Institute of Speech and
    Hearing" are two parts each: a role or a degree, and where."""
    found = _ROLE_AT.match(text)
    if found is None:
        return (text,)
    what, where = found.groups()
    degree_at_school = bool(_DEGREE_WORDS.search(what) and SCHOOL_WORDS.search(where))
    return found.groups() if is_role(what) or degree_at_school else (text,)


def parts_of(header: list[str]) -> list[str]:
    """A header's parts: "Nurse, City Hospital | Boston" -> ["Nurse", "City Hospital", "Boston"]."""
    parts: list[str] = []
    for line in header:
        # "Starbucks (Salem, OR)": a place in brackets at the end is a part of its own
        line = re.sub(r"\s*\(([^()]+,[^()]+)\)\s*$", r", \1", line)
        for raw in (piece for cut in _SPLIT.split(line) for piece in _role_at(cut)):
            part = _unwrap(raw)
            if not part:
                continue
            if parts and parts[-1].endswith("-") and f"{parts[-1]}, {part}" in line:
                parts[-1] = f"{parts[-1]}, {part}"  # "Grond-, Water- en Wegenbouw" is one name
            elif parts and _LEGAL_FORM.fullmatch(part):
                parts[-1] = f"{parts[-1]}, {part}"  # "Acme, Inc." is one company
            else:
                parts.append(part)
    return parts


# endings that only name a profession: a cardiologist, a mortician, a podiatrist, a videographer
_ROLE_ENDING = re.compile(r"(?:ologist|ician|iatrist|ographer|ometrist)s?$")


def is_role(part: str) -> bool:
    words = re.findall(r"[a-z]+", part.casefold())
    return any(
        w in _ROLE_WORDS or w.rstrip("s") in _ROLE_WORDS or _ROLE_ENDING.search(w) for w in words
    )


def _singular_role(part: str) -> bool:
    words = re.findall(r"[a-z]+", part.casefold())
    return any(w in _ROLE_WORDS or _ROLE_ENDING.search(w) for w in words)


def responsibilities(body: list[str]) -> list[str]:
    """Bullets and sentences, a wrapped line joined to the item it continues."""
    items: list[str] = []
    open_item = False
    for line in body:
        if not line.strip():
            open_item = False
            continue
        text = BULLET.sub("", line).strip()
        if not text:
            continue
        if is_bullet(line) or not open_item or not items:
            items.append(text)
        else:
            items[-1] = f"{items[-1]} {text}"
        open_item = not text.endswith((".", "!", "?"))
        if is_bullet(line):
            open_item = True
    return items


def is_place(text: str) -> bool:
    """'Boston, MA', 'Toronto, Canada', 'Remote': a line that only says where."""
    pieces = [p.strip().casefold() for p in text.split(",")]
    if any(p in COUNTRIES for p in pieces):
        return True
    return bool(re.fullmatch(r"[A-Z][\w .'-]*,\s*[A-Z]{2}(?:\s+\d{5})?", text.strip()))


_AT = re.compile(r"^(.+?)\s+(?:at|@)\s+([^|,]+)$")
# the legal form that ends a business's name: "Ltd", "GmbH", "S.A.", "A/S", "Co., Ltd."
LEGAL_FORM = re.compile(
    r"(?:\b(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|PLC|plc|GmbH|AG|SE|KGaA|Pty|Corp|Corporation"
    r"|Oy|AB|ApS|BV|NV|SAS|SpA|Srl|KK)|\bS\.[AL]|\bB\.V|\bN\.V|\bA/S)\.?(?=\W*$|,)"
)
_FIELD = re.compile(r"\s+\|\s+|\t")  # fields of one line, as the layout reader joins them
# words of a team or a unit: "Manager, Customer Success" and "Nurse, Intensive Care" name no place
_UNIT_WORDS = frozenset(
    _words(
        """sales marketing product products operations engineering customer customers success
    finance financial accounts accounting human resources hr it support service services
    development research business data design quality logistics supply chain procurement
    legal compliance risk strategy growth digital content communications relations public
    care intensive emergency surgical surgery ward unit icu front office kitchen pastry
    maintenance security technology technical systems network infrastructure training
    education student students admissions payroll tax audit assurance retail warehouse
    inventory events brand media social partnerships projects project program programme"""
    )
)


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
        if company_apart and len(tail) <= 2 and all(_name_like(p) for p in tail):
            return k
    return len(parts)


def _city_at_end(role: str) -> tuple[str, str] | None:
    """A role whose last word or two name a real city, the rest still a role."""
    words = role.split()
    for n in (2, 1):
        if len(words) > n and is_city(" ".join(words[-n:])) and is_role(" ".join(words[:-n])):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


def _where(line: str, known: frozenset[str]) -> bool:
    """A line that only names a place: "Boston, MA", the resume's own town, a real city."""
    text = line.strip()
    return is_place(text) or text.casefold() in known or (len(text.split()) <= 3 and is_city(text))


def _city_not_company(company: str, place: str, known: frozenset[str]) -> bool:
    """The name taken for the company names a city (the resume's own or a real one) and the
    one taken for the place does not: they were read the wrong way round."""
    if place.casefold() in known or is_place(place):
        return False
    return company.casefold() in known or (is_city(company) and not is_city(place))


def _name_like(part: str) -> bool:
    """One to three capitalised words that name no role and no team: a city, as "Lyon"."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not is_role(part)
        and not any(w.casefold() in _UNIT_WORDS for w in words)
    )


def _role_and_team(line: str, known: frozenset[str]) -> tuple[str, str, list[str]] | None:
    """ "Occupational Therapist, Home Care | CLSC de Rosemont, Montréal": a team after the
    role's comma stays in the role when the employer leads a field of its own."""
    fields = [f for f in _FIELD.split(line) if f.strip()]
    if len(fields) < 2:
        return None
    head, rest = parts_of(fields[:1]), parts_of(fields[1:])
    if len(head) < 2 or not rest or not _singular_role(head[0]):
        return None
    teams = all(
        any(w.casefold() in _UNIT_WORDS for w in p.split())
        and not is_role(p)
        and not _where(p, known)
        for p in head[1:]
    )
    if not teams or _where(rest[0], known) or is_role(rest[0]):
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
    at_role = next((i for i, line in enumerate(lines) if _singular_role(line)), None)
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
    elif paired is not None and all(is_place(o) or _name_like(o) for o in others):
        role, company = paired  # "St. Mary's School — Class Teacher" over "Dublin"
        places = parts_of(others)
    elif role_line is not None and others and not all(_where(o, known) for o in others):
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
        titles = [f for f in lone if _role_like(f) and not _where(f, known)]
        role = next(
            (p for p in parts if is_role(p)), titles[-1] if titles and len(fields) > 2 else ""
        )
        places = [p for p in parts if p != role]
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


def paren_place(name: str) -> tuple[str, list[str]]:
    """ "Monzo Bank (London)" -> ("Monzo Bank", ["London"])."""
    inner = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    return (inner.group(1), [inner.group(2)]) if inner else (name, [])


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
    if is_place(company) or all(w.casefold() in _UNIT_WORDS for w in company.split()):
        return None
    return role, company


def degree_parts(parts: list[str]) -> list[str]:
    """The parts naming a degree; the "MA" of "Boston, MA" is a state, not a Master of Arts."""
    states = {p for a, p in pairwise(parts) if len(p) == 2 and is_place(f"{a}, {p}")}
    return [p for p in parts if _DEGREE_WORDS.search(p) and p not in states]
