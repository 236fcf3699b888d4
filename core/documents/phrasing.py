"""The cover letter's wording: sentence templates per topic and how profile items read aloud.

Templates are picked per job (see `core.documents.letter`), so two letters written from the
same facts still read differently; several name the job's title or company, which no other
job's letter shares. The helpers turn profile items into prose: "English (fluent)" becomes
"fluent English", a programme is completed rather than earned.
"""

from __future__ import annotations

import re

from core.documents.wordsof import words_of
from core.offline.text import stems

APPLY = (
    "I am writing to apply for the {title} role{at}",
    "I would like to apply for the {title} role{at}",
    "Please accept my application for the {title} role{at}",
    "I am applying for the {title} role{at}",
)
DRAWING = (
    ", drawing on my {when} work as {a_role}{employer}{years}.",
    ", where I would build on my {when} work as {a_role}{employer}{years}.",
    ". I come to it from my {when} work as {a_role}{employer}{years}.",
    ". I bring my {when} work as {a_role}{employer}{years}.",
)
BEST_ACTION = (
    "Among my results, I {ev}.",
    "A result I would bring to the {title} role is that I {ev}.",
    "A result I am proud of is that I {ev}.",
    "One result that speaks to this role is that I {ev}.",
)
BEST_QUOTE = (
    'One result from my resume stands out, "{ev}"',
    'My resume records a result that fits the {title} role, "{ev}"',
    'A line from my resume that fits this role well reads "{ev}"',
)
ASKS = (
    "The {title} posting lists {reqs} among its requirements.",
    "For the {title} role, you ask for experience with {reqs}.",
    "Your {title} posting names {reqs} among its requirements.",
)
WITH_VERB = (
    "On {req}, I {ev}.",
    "Where {req} is concerned, I {ev}.",
    "My experience with {req} is practical, as I {ev}.",
    "For {req}, my record shows that I {ev}.",
    "As for {req}, I {ev}.",
)
WITH_QUOTE = (
    'On {req}, my resume records "{ev}"',
    'For {req}, one line of my resume says it best, "{ev}"',
    'Where {req} is concerned, my resume notes "{ev}"',
)
WHY = (
    "What drew me to this posting is its focus on {reqs}.",
    "The focus of the {title} role on {reqs} fits the work I have done so far.",
    "This role's emphasis on {reqs} matches what my experience is built on.",
    "The weight {company} gives to {reqs} is what drew me to this posting.",
)
WITH_GERUND = (
    "On {req}, my work has included {ev}.",
    "Where {req} is concerned, my work has meant {ev}.",
    "For {req}, my experience includes {ev}.",
)
# each reads whether the -ing word is a verb ("leading fitness groups") or names a thing
# ("planting plans for housing schemes", never "I spent my time planting plans")
GERUND = (
    "My work has also included {ev}.",
    "My role has also meant {ev}.",
    "My experience also covers {ev}.",
)
# the person's own summary, which the tailored resume does not carry (it writes its own):
# said in the letter, never quoted as the attached resume's words
SUMMARY = (
    "To sum up my background in one line: {ev}",
    "My background, summed up in one line: {ev}",
    "If I sum up my background in one line: {ev}",
)
SKILLS = (
    "My resume also lists {skills} among my core skills.",
    "You will also find {skills} among the skills on my resume.",
    "My skills also include {skills}.",
    "I would also bring {skills} to the {title} role.",
)
OTHER_SKILLS = (
    "Other skills on my resume include {skills}.",
    "Beyond the posting's list, my skills include {skills}.",
    "My wider skills include {skills}.",
)
MORE_ACTION = (
    "I also {ev}.",
    "In addition, I {ev}.",
    "Beyond that, I {ev}.",
    "Alongside this, I {ev}.",
)
MORE_QUOTE = (
    'My resume also notes "{ev}"',
    'Another line of my resume reads "{ev}"',
    'I would add one more point from my resume, "{ev}"',
)
EARLIER = (
    "Before that, I worked as {roles}.",
    "Earlier in my career, I worked as {roles}.",
    "My earlier roles include {roles}.",
    "I have also worked as {roles}.",
)
LANGUAGES = (
    "I speak {languages}.",
    "My languages are {languages}.",
    "The languages I speak are {languages}.",
)
DEGREE = (
    "I hold {a_degree} from {school}.",
    "My education includes {a_degree} from {school}.",
    "I studied at {school}, where I earned {a_degree}.",
)
COURSE = (
    "I completed {a_degree} at {school}.",
    "My training includes {a_degree} at {school}.",
    "At {school}, I completed {a_degree}.",
)
CERTIFICATES = (
    "My certifications include {certs}.",
    "My credentials include {certs}.",
)
REMOTE = (
    "I am based in {home}, and I note that this role is remote.",
    "This role is remote, and I am based in {home}.",
)
LOCAL = (
    "I am based in {home}, where this role is located.",
    "This role is located in {city}, where I am based.",
)
CLOSING = (
    "I would welcome the chance to discuss how my work as {a_role} could support {company}.",
    "I would be glad to talk about what I could bring to {company} as your {title}.",
    "I would value a conversation about how my experience fits the {title} role at {company}.",
    "I would be glad to discuss the {title} role with you.",
)
THANKS = (
    "Thank you for considering my application to {company}.",
    "Thank you for your time and for considering me for the {title} role.",
    "Thank you for reading my application for the {title} role.",
    "Thank you for considering my application for the {title} role.",
)

# Words that make an education entry a degree one earns; anything else (a programme, a
# course, a licence class) is completed.
_DEGREE_WORDS = frozenset(
    words_of(
        "bachelor bachelors master masters doctor doctorate phd mba bsc msc ba ma bs ms beng "
        "meng llb llm md associate associates degree diploma nvq hnd hnc btec gcse abitur "
        "licence license licentiate"
    )
)
_LEVEL = re.compile(r"^(?P<name>[^()]+?)\s*[(–—:-]\s*(?P<level>[^()]+?)\)?\s*$")
_CEFR = re.compile(r"^[ABC][12]$", re.IGNORECASE)
_ADJECTIVES = frozenset(
    words_of(
        "native fluent conversational basic intermediate advanced proficient professional "
        "bilingual elementary working beginner"
    )
)


def credential(text: str) -> str:
    """A certification without its issuer ("Registered Nurse, Illinois Board of Nursing")."""
    return text.split(",")[0].strip()


def is_degree(name: str) -> bool:
    """True for a degree one earns ("BSc Nutrition"), not a programme or a course."""
    found = [w.strip(".,").lower() for w in name.replace(".", "").split()]
    if any(w in ("program", "programme", "course", "training", "bootcamp") for w in found):
        return False
    return any(w in _DEGREE_WORDS for w in found)


def spoken(language: str) -> str:
    """A language as it reads in a sentence: "English (fluent)" -> "fluent English",
    "German (C1)" -> "German at C1 level"; a level we cannot phrase is dropped."""
    m = _LEVEL.match(language)
    if m is None:
        return language.strip()
    name, level = m.group("name").strip(), m.group("level").strip()
    if _CEFR.match(level):
        return f"{name} at {level.upper()} level"
    if level.lower() in _ADJECTIVES:
        return f"{level.lower()} {name}"
    return name


def echoes(text: str) -> bool:
    """True when a bullet's verb comes back in its object ("Planned daily route planning"):
    said after "I", it reads as a stutter."""
    parts = text.split()
    if len(parts) < 3:
        return False
    verb = set(stems(parts[0]))
    return bool(verb) and bool(verb & set(stems(" ".join(parts[1:6]))))


_COMMON_NOUN = re.compile(r"(ing|tion|sion|ment|ance|ence|ity|ness|ship|ry)$")


def same_case(names: list[str], originals: list[str]) -> list[str]:
    """A list read in one case. Beside lower-case items ("talent acquisition"), a one-word
    item that is plainly a common noun goes lower case too ("Troubleshooting"); when one we
    cannot tell from a name stays capitalised ("Excel"), every item stays as the profile
    writes it."""
    names = list(names)
    if any(n == n.lower() for n in names):
        names = [
            n.lower() if " " not in n and n[1:].islower() and _COMMON_NOUN.search(n) else n
            for n in names
        ]
    pairs = list(zip(names, originals, strict=True))
    lowered = any(n != o for n, o in pairs)
    capital = any(n == o and n[:1].isupper() and n[1:].islower() for n, o in pairs)
    return originals if lowered and capital else names


# countries whose English name takes "the": "based in the United Kingdom"
_WITH_THE = re.compile(
    r"^(?:United (?:Kingdom|States|Arab Emirates)|Netherlands|Philippines|Czech Republic"
    r"|Dominican Republic|Bahamas|Gambia|Maldives)\b"
)


def place_name(home: str) -> str:
    """A place as it reads after "in": "the United Kingdom", "Leeds, United Kingdom"."""
    return f"the {home}" if _WITH_THE.match(home) else home
