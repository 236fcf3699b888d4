"""Small word lists the offline engine reads jobs with: professions, seniority, filler words."""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Title and requirement words (stemmed by core.offline.text.stem at load time) that say which
# profession a job or a past role belongs to. A word may point to several professions.
PROFESSIONS: dict[str, tuple[str, ...]] = {
    "nutrition": _w(
        "nutrition nutritionist nutritional dietitian dietician dietetic dietetics dietary diet "
        "wic renal"
    ),
    "food service": _w("food kitchen cook chef culinary catering menu"),
    "travel": _w(
        "travel tour tourism tourist reservations reservation booking itinerary cruise ticketing "
        "holiday vacation tmc guide"
    ),
    "hospitality": _w("hotel hospitality concierge guest receptionist housekeeping"),
    "fitness": _w(
        "fitness trainer training gym pilates yoga strength conditioning coach coaching athletic "
        "athletics exercise wellness kinesiology"
    ),
    "software": _w(
        "software developer development engineer engineering programmer frontend backend "
        "fullstack web devops ios android mobile react python java sre"
    ),
    "nursing": _w("nurse nursing rn lpn icu midwife caregiver ward"),
    "healthcare": _w(
        "clinical clinic patient hospital pharmacist pharmacy physician therapist therapy medical "
        "health physiotherapist"
    ),
    "accounting": _w(
        "accountant accounting bookkeeper bookkeeping auditor audit tax payroll finance "
        "financial controller cpa treasury payable receivable ledger"
    ),
    "teaching": _w(
        "teacher teaching tutor lecturer professor school classroom headteacher senco "
        "esl tefl celta pupil"
    ),
    "sales": _w("sales account executive retail salesperson"),
    "marketing": _w("marketing marketer seo brand campaign growth copywriter"),
    "design": _w("designer design graphic ux ui illustrator"),
    "childcare": _w("nanny childcare nursery babysitter daycare preschool"),
    "trades": _w("electrician plumber carpenter mechanic welder hvac electrical"),
    "logistics": _w("logistics warehouse driver dispatcher forklift picker packer inventory"),
    "events": _w("event wedding venue"),
    "support": _w("support helpdesk"),
    "banking": _w("bank banker banking teller loan mortgage"),
    "admin": _w("clerk secretary administrator typist"),
    "aviation": _w("pilot aviation flight airline cabin"),
}

# Multi-word terms read before single words: "Account Manager" is sales, not accounting.
PROFESSION_PHRASES: dict[str, str] = {
    "account manager": "sales",
    "account executive": "sales",
    "key account": "sales",
    "account management": "sales",
    "business development": "sales",
    "sales development": "sales",
    "customer success": "support",
    "customer service": "support",
    "customer support": "support",
    "customer experience": "support",
    "call center": "support",
    "front desk": "hospitality",
    "front office": "hospitality",
    "guest service": "hospitality",
    "guest relation": "hospitality",
    "accounts payable": "accounting",
    "accounts receivable": "accounting",
    "accounting clerk": "accounting",
    "accounts clerk": "accounting",
    "billing clerk": "accounting",
    "au pair": "childcare",
    "nursery nurse": "childcare",
    "nursery teacher": "childcare",
    "early year": "childcare",
    "travel nurse": "nursing",
    "travel agent": "travel",
    "personal trainer": "fitness",
    "personal training": "fitness",
    "personal banker": "banking",
    "social media": "marketing",
    "content writer": "marketing",
    "data entry": "admin",
    "data scientist": "software",
    "data engineer": "software",
    "product manager": "product",
    "interior designer": "interior design",
    "interior design": "interior design",
    "design engineer": "engineering",
    "condition monitoring": "engineering",
    "supply chain": "logistics",
    "full stack": "software",
    "physical therapist": "healthcare",
    "diet aide": "food service",
    "food service": "food service",
    "teaching assistant": "teaching",
    "early childhood educator": "childcare",
    "special education": "teaching",
    "health and safety": "safety",
}

# Words in a title that set its level: (years of experience implied, level rank).
LEVELS: dict[str, tuple[float, int]] = {
    "intern": (0, 0),
    "internship": (0, 0),
    "trainee": (0, 0),
    "apprentice": (0, 0),
    "entry": (0, 0),
    "junior": (0, 1),
    "jr": (0, 1),
    "graduate": (0, 1),
    "associate": (1, 1),
    "assistant": (0, 1),
    "aide": (0, 0),
    "senior": (5, 3),
    "sr": (5, 3),
    "lead": (6, 3),
    "principal": (10, 4),
    "head": (8, 4),
    "manager": (5, 3),
    "supervisor": (3, 2),
    "director": (10, 4),
    "chief": (12, 5),
    "vp": (12, 5),
    "controller": (8, 4),
}

# Title words that do not say what the job is.
TITLE_FILLER = frozenset(
    _w(
        "a an and the of for in at with to on i ii iii iv part time full contract temporary "
        "permanent remote hybrid onsite weeks week months bilingual shift night day band"
    )
)

# Requirement words too generic to count as evidence on their own.
GENERIC = frozenset(
    _w(
        "skill skills experience experienced knowledge ability abilities strong good excellent "
        "proven working work years year plus certification certificate certified credential "
        "license licence qualification required preferred degree or and of in the a an with to "
        "for on management"
    )
)

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}

# Sentence cues that a requirement is optional.
NICE_TO_HAVE = (
    "nice to have",
    "a plus",
    "is a bonus",
    "bonus",
    "preferred",
    "desirable",
    "ideally",
)

# Sentence cues that describe what the job does day to day.
DUTY_CUES = (
    "you will",
    "you'll",
    "responsib",
    "duties",
    "day to day",
    "day-to-day",
    "your role",
    "the role",
    "in this role",
    "you would",
)
