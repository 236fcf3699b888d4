"""The parts of an entry's header: role, degree and school words, places, legal forms."""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from core.resume.dates import unwrap as _unwrap
from core.resume.gazetteer import is_city
from core.resume.sections import COUNTRIES
from core.resume.text import strip_marks

# "–Ran the kitchen": a dash bullet the PDF reader set flush against its sentence
BULLET = re.compile(
    r"^(?:[•▪◦·*+›»]|[-–—](?=\s)|[–—](?=[A-Z][A-Za-z0-9]+\b)(?!(?i:present|current|now|today)\b)"
    r"|\d{1,2}[.)](?=\s|[A-Z]))\s*"
)


# a middle dot between two letters is a letter of the name ("Sagrada Ink Col·lectiu")
PART_SPLIT = re.compile(
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
    underwriter firefighter optometrist joiner zookeeper barber operative guard dishwasher
    loader assembler fabricator packager storekeeper storeman warehouseman"""
    )
)


DEGREE_WORDS = re.compile(
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


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


# a company's legal form after a comma: "Acme, Inc.", "Mirador del Port, S.L.", "Krys, SAS"
_LEGAL_FORM = re.compile(
    r"(?i)(?:inc|llc|llp|ltd|gmbh|corp|co|plc|ag|kg|pty|oy|ab|sas|s\.?a|s\.?l|s\.?l\.?u"
    r"|s\.?a\.?c|s\.?r\.?l|s\.?p\.?a|b\.?v|n\.?v|a/s)\.?"
)


# a civil service or pay-scale grade after a role: "Grade 7", "Band 5", "Level 3"
GRADE = re.compile(r"(?i)^(?:grade|band|level|step|scale)\s+[0-9]{1,2}[a-z]?$")


# a military rank's pay grade in brackets: "Staff Sergeant (E-6)", "Captain (O-3)", "(OR-6)"
PAY_GRADE = re.compile(r"\(\s*(?:[EOW]|OR|OF)-?\d{1,2}\s*\)$")


def _role_at(text: str) -> tuple[str, ...]:
    """ "Barista at Blue Bottle" and "M.Sc. Audiology at All India Institute of Speech and
    Hearing" are two parts each: a role or a degree, and where."""
    found = _ROLE_AT.match(text)
    if found is None:
        return (text,)
    what, where = found.groups()
    degree_at_school = bool(DEGREE_WORDS.search(what) and SCHOOL_WORDS.search(where))
    return found.groups() if is_role(what) or degree_at_school else (text,)


def parts_of(header: list[str]) -> list[str]:
    """A header's parts: "Nurse, City Hospital | Boston" -> ["Nurse", "City Hospital", "Boston"]."""
    parts: list[str] = []
    for line in header:
        # "Starbucks (Salem, OR)": a place in brackets at the end is a part of its own
        line = re.sub(r"\s*\(([^()]+,[^()]+)\)\s*$", r", \1", line)
        for raw in (piece for cut in PART_SPLIT.split(line) for piece in _role_at(cut)):
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
# job words of the other languages resumes here are written in, without their accents
# (Spanish, Portuguese, French, Italian, German); a surname that is also a trade (Koch,
# Kaufmann, Meister) is left out, and so is a title that is also a degree in Latin America
# ("Ingeniero Agrónomo", "Técnico", "Contador Público", "Abogado"); German compounds are
# read by their ending below
_FOREIGN_ROLE_WORDS = frozenset(
    _words(
        """analista gerente desenvolvedor desenvolvedora desarrollador desarrolladora coordenador
    coordenadora coordinador coordinadora assistente asistente enfermeiro enfermeira
    enfermero enfermera consultora diretor diretora directora supervisora auxiliar vendedor
    vendedora estagiario estagiaria becario becaria jefe jefa encargado encargada
    responsable profesora contable operario operaria cajero cajera camarero camarera
    cocinero cocinera ingenieur infirmier infirmiere developpeur developpeuse directeur
    directrice charge chargee assistante technicien technicienne conseiller conseillere
    gestionnaire comptable vendeur vendeuse stagiaire serveur serveuse cuisinier cuisiniere
    ingegnere sviluppatore responsabile impiegato impiegata infermiere ingenieurin
    entwickler entwicklerin berater beraterin referent referentin techniker technikerin
    sachbearbeiter sachbearbeiterin leiter leiterin mitarbeiter mitarbeiterin assistent
    assistentin buchhalter buchhalterin"""
    )
)
_ROLE_ENDING = re.compile(
    r"(?:ologist|ician|iatrist|ographer|ometrist)s?$"
    # "Projektleiterin", "Entwicklungsingenieur", "Industriekaufmann": German compounds
    r"|^\w{3,}(?:leiter|ingenieur|entwickler|berater|referent|techniker|mitarbeiter|kaufmann"
    r"|kauffrau|pfleger|assistent|verkaufer|buchhalter|monteur|fachkraft)(?:in)?$"
)


@functools.lru_cache(maxsize=8192)
def _role_words(part: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", strip_marks(part.casefold())))


def is_role(part: str) -> bool:
    return any(
        w in _ROLE_WORDS
        or w in _FOREIGN_ROLE_WORDS
        or w.rstrip("s") in _ROLE_WORDS
        or _ROLE_ENDING.search(w)
        for w in _role_words(part)
    )


def singular_role(part: str) -> bool:
    return any(
        w in _ROLE_WORDS or w in _FOREIGN_ROLE_WORDS or _ROLE_ENDING.search(w)
        for w in _role_words(part)
    )


def is_place(text: str) -> bool:
    """'Boston, MA', 'Toronto, Canada', 'Remote': a line that only says where."""
    pieces = [p.strip().casefold() for p in text.split(",")]
    if any(p in COUNTRIES for p in pieces):
        return True
    return bool(re.fullmatch(r"[A-Z][\w .'-]*,\s*[A-Z]{2}(?:\s+\d{5})?", text.strip()))


# the legal form that ends a business's name: "Ltd", "GmbH", "S.A.", "A/S", "Co., Ltd."
LEGAL_FORM = re.compile(
    r"(?:\b(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|PLC|plc|GmbH|AG|SE|KGaA|Pty|Corp|Corporation"
    r"|Oy|AB|ApS|BV|NV|SAS|SpA|Srl|KK)|\bS\.[AL]|\bB\.V|\bN\.V|\bA/S)\.?(?=\W*$|,)"
)


# words of a team or a unit: "Manager, Customer Success" and "Nurse, Intensive Care" name no place
UNIT_WORDS = frozenset(
    _words(
        """sales marketing product products operations engineering customer customers success
    finance financial accounts accounting human resources hr it support service services
    development research business data design quality logistics supply chain procurement
    legal compliance risk strategy growth digital content communications relations public
    payable receivable
    care intensive emergency surgical surgery ward unit icu front office kitchen pastry
    maintenance security technology technical systems network infrastructure training
    education student students admissions payroll tax audit assurance retail warehouse
    inventory events brand media social partnerships projects project program programme
    respiratory cardiology cardiac oncology paediatrics pediatrics paediatric pediatric
    orthopaedics orthopedics neurology renal dialysis maternity midwifery neonatal nicu
    theatres theatre outpatients radiology palliative haematology hematology geriatrics
    obstetrics gynaecology gynecology urology dermatology gastroenterology endocrinology"""
    )
)


def only_place(line: str, known: frozenset[str]) -> bool:
    """A line that only names a place: "Boston, MA", the resume's own town, a real city."""
    text = line.strip()
    return is_place(text) or text.casefold() in known or (len(text.split()) <= 3 and is_city(text))


def name_like(part: str) -> bool:
    """One to three capitalised words that name no role and no team: a city, as "Lyon"."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not is_role(part)
        and not any(w.casefold() in UNIT_WORDS for w in words)
    )


def degree_parts(parts: list[str]) -> list[str]:
    """The parts naming a degree; the "MA" of "Boston, MA" is a state, not a Master of Arts."""
    states = {p for a, p in pairwise(parts) if len(p) == 2 and is_place(f"{a}, {p}")}
    return [p for p in parts if DEGREE_WORDS.search(p) and p not in states]
