"""Building blocks of the corpus: the Role template type, countries, and shared phrasing."""

from __future__ import annotations

from dataclasses import dataclass


def terms(text: str) -> tuple[str, ...]:
    """Split a "; "-separated vocabulary (compact to write, stable under the formatter)."""
    return tuple(t.strip() for t in text.split(";") if t.strip())


@dataclass(frozen=True)
class Role:
    """A hand-written posting template; make_jobs draws `count` postings from it."""

    family: str
    titles: tuple[str, ...]
    core: tuple[str, ...]  # every posting requires at least two of these
    skills: tuple[str, ...]  # the rest of the vocabulary, sampled
    duties: tuple[str, ...]  # responsibility sentences
    needs: tuple[str, ...]  # requirement sentences
    about: tuple[str, ...]  # employer blurbs; may use {company}
    companies: tuple[str, ...]
    salary: tuple[int, int]  # USD-equivalent yearly range at mid level
    count: int
    modes: tuple[float, float, float] = (0.1, 0.2, 0.7)  # remote, hybrid, onsite weights
    visa: float = 0.1  # share of postings offering sponsorship
    levels: tuple[str, ...] = ("junior", "mid", "senior")
    prefix_titles: bool = True  # "Senior Personal Trainer"; off for titles like "Head Chef"


@dataclass(frozen=True)
class Country:
    name: str
    cities: tuple[str, ...]
    currency: str
    factor: float  # local-currency pay per USD-equivalent unit
    rounding: int


COUNTRIES = (
    Country(
        "United States",
        (
            "New York",
            "San Francisco",
            "Austin",
            "Chicago",
            "Los Angeles",
            "Seattle",
            "Miami",
            "Boston",
            "Denver",
            "Nashville",
        ),
        "USD",
        1.0,
        1000,
    ),
    Country(
        "United Kingdom",
        ("London", "Manchester", "Edinburgh", "Bristol", "Birmingham", "Leeds"),
        "GBP",
        0.62,
        500,
    ),
    Country("Ireland", ("Dublin", "Cork", "Galway", "Limerick"), "EUR", 0.74, 500),
    Country("Netherlands", ("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"), "EUR", 0.72, 500),
    Country("Germany", ("Berlin", "Munich", "Hamburg", "Frankfurt", "Düsseldorf"), "EUR", 0.7, 500),
    Country("Canada", ("Toronto", "Vancouver", "Montréal", "Calgary"), "CAD", 1.08, 1000),
    Country("Australia", ("Sydney", "Melbourne", "Brisbane", "Perth"), "AUD", 1.3, 1000),
    Country("France", ("Paris", "Lyon", "Marseille", "Bordeaux"), "EUR", 0.6, 500),
    Country("Spain", ("Madrid", "Barcelona", "Valencia", "Málaga"), "EUR", 0.48, 500),
    Country("India", ("Bengaluru", "Mumbai", "Pune", "Hyderabad", "New Delhi"), "INR", 14.0, 10000),
    Country("Singapore", ("Singapore",), "SGD", 1.1, 1000),
)

# Weight by how often each country appears; the sample resumes are US-based.
COUNTRY_WEIGHTS = (30, 14, 8, 7, 7, 7, 7, 5, 5, 6, 4)

LEVEL_PAY = {"entry": 0.7, "junior": 0.8, "mid": 1.0, "senior": 1.28, "lead": 1.5}
LEVEL_PREFIX = {"entry": "Trainee", "junior": "Junior", "senior": "Senior", "lead": "Lead"}

OPENERS = (
    "{company} is hiring {a_title}.",
    "We are looking for {a_title} to join the team at {company}.",
    "Join {company} as our next {title}.",
    "{company} has an opening for {a_title} who enjoys working with people.",
    "Do you want to grow as {a_title}? {company} is expanding and wants to meet you.",
    "{company} is adding {a_title} to a small, friendly team.",
    "Our team at {company} needs {a_title} who can hit the ground running.",
)

ONSITE = (
    "The role is based on site in {city}.",
    "You will work from our {city} location; this is not a remote role.",
    "This is a full-time, on-site position in {city}.",
)
HYBRID = (
    "This is a hybrid role: three days a week in our {city} office, the rest from home.",
    "Hybrid working from {city}, with two fixed office days per week.",
    "You will split your week between home and our {city} base.",
)
REMOTE = (
    "The position is fully remote; you must be able to work from {where}.",
    "Remote-first: work from anywhere in {where}, with an optional yearly team meetup.",
    "This is a remote role open to candidates living in {where}.",
)

PERKS = (
    "health insurance",
    "a yearly learning budget",
    "a transport allowance",
    "flexible hours",
    "25 days of paid leave",
    "an employee discount",
    "a pension plan with employer match",
    "a free gym membership",
    "paid certification courses",
    "a wellbeing allowance",
    "staff meals on shift",
    "two volunteering days a year",
)
CLOSERS = (
    "We offer {perk} and {perk2}.",
    "Benefits include {perk}, {perk2} and a friendly, supportive team.",
    "Apply with your CV; we reply to every applicant within two weeks.",
    "You will get {perk}, plus {perk2} after your probation period.",
    "We welcome applications from people of every background and will make reasonable "
    "adjustments during the interview process.",
    "Interviews are held on a rolling basis, so please apply early.",
)
VISA_LINES = (
    "Visa sponsorship is available for the right candidate.",
    "We sponsor work visas and help with relocation.",
)
NO_VISA_LINES = (
    "Candidates must already have the right to work in {country}.",
    "We are unable to offer visa sponsorship for this role.",
    "Sponsorship is not available, so please only apply if you can already work here.",
    "You will need existing work authorisation; we cannot sponsor visas.",
)
# Country names that read better with "the" in a sentence.
WITH_THE = frozenset({"United States", "United Kingdom", "Netherlands"})

# Awkward text for a few postings: markup characters a chat client must escape.
AWKWARD = (
    "**Urgent** hiring_now: see [our page](https://example.com/jobs?id=1&ref=board) "
    "~limited spots~ > apply today!",
    "Requirements: 2+ years | C# & .NET <nice to have> {flexible} #hiring = yes.",
    "Pay: 10-15% bonus (paid yearly) + perks! Start date: ASAP... really.",
    "Note_to_applicants: use subject line [APPLICATION] - {name} - {role}; no attachments > 5MB.",
    "*** Shift pattern: 4 on / 4 off *** (nights +20%) | weekends ~ rotating.",
    "<b>Important</b>: answers to \"why us?\" & 'why now?' are welcome; `code` is not.",
)

NON_ASCII_COMPANIES = (
    "Zoë Müller GmbH",
    "Crème & Brûlée Café",
    "Viajes Señora Núñez",
    "Øresund Fitness Studio",
    "Café Zürich Catering",
    "Łukasz & Søn Logistics",
)
