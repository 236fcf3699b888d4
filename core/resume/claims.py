"""Which skills prose and list items claim: never the words that only say which job, body
of people or place ("a sales associate", "the retail banking division", "construction
sites"), nor a name that only ends an item already listed whole."""

from __future__ import annotations

import re

from core.models import Skill
from core.resume.entry_parts import is_role
from core.resume.phrases import claimed_skills
from core.resume.skills import key_words, skill_key

_GROUP = re.compile(
    r"(?i)^(?:patients?|employees?|staff|teams?|departments?|desks?|services|events?|clients?|"
    r"customers?|students?|residents?|members?|compan(?:y|ies)|centers?|centres?|"
    # a body of people or a place: "the retail banking division", "construction sites"
    r"divisions?|committees?|crews?|units?|boards?|panels?|sites?|offices?|branch(?:es)?|"
    r"clubs?|societ(?:y|ies)|councils?|agenc(?:y|ies)|ministr(?:y|ies)|"
    # a job: "the lead MRI post", "a marketing role"
    r"posts?|roles?|positions?|vacanc(?:y|ies)|openings?|"
    # a wrong or a fault dealt with: "procurement fraud", "billing and broadband faults"
    r"fraud|corruption|faults?|crimes?|misconduct)\W*$"
)


_ENDS = re.compile(r"[.,;:!?)]$")


def not_inside(found: list[Skill], listed: set[str]) -> list[Skill]:
    """Drop a skill found in prose only as part of a longer one found there ("marketing"
    in "email marketing"); a listed skill ("Shipping and Receiving") hides nothing."""
    keys = [set(k.split()) for s in found if (k := skill_key(s.name)) not in listed]
    kept = []
    for skill in found:
        words = set(skill_key(skill.name).split())
        if not any(words < other for other in keys):
            kept.append(skill)
    return kept


def not_heads_of_listed(found: list[Skill], listed: list[str], prose: list[str]) -> list[Skill]:
    """Drop a name found in prose only as the head of a listed skill the prose names whole
    ("SAP" in "rollout of SAP S/4HANA" when "SAP S/4HANA" is listed): the mention is of
    the listed skill."""
    text = " ".join(prose).casefold()
    named = [skill_key(name) for name in listed if name.casefold() in text]
    return [s for s in found if not any(k.startswith(skill_key(s.name) + " ") for k in named)]


def item_claims(items: list[str], listed: frozenset[str]) -> list[Skill]:
    """The names inside list items; a name that only ends an item kept whole as a skill
    ("Compliance" in "GlobalG.A.P. Compliance") is that item's head, no claim of its own,
    while one that opens it ("Epic EHR") is, unless only a version follows it ("Sage 50")."""
    claimed: list[Skill] = []
    for item in items:
        whole = key_words(item)
        kept = skill_key(item) in listed
        for skill in claimed_skills(without_titles([item]), listed, items=True):
            words = skill_key(skill.name).split()
            ends = len(whole) > len(words) and whole[-len(words) :] == words
            if not (kept and (ends or _versioned(whole, words))):
                claimed.append(skill)
    return claimed


def _versioned(whole: list[str], words: list[str]) -> bool:
    """The item is the name and its version ("Sage 50", "Tally ERP 9", "Revit 2024"): the
    same product, no second claim of the bare name."""
    rest = whole[len(words) :]
    return bool(rest) and whole[: len(words)] == words and all(_VERSION.fullmatch(w) for w in rest)


_VERSION = re.compile(r"v?\d+")


def without_titles(texts: list[str]) -> str:
    """Prose without the words that qualify a job title: "a sales associate" or "a
    marketing manager" name a job, not a skill."""
    out = []
    for text in texts:
        words = text.split()
        # the title's first word goes ("sales" in "sales associate"); a title that is a
        # craft stays ("barista"); so does a word that only says which people or place
        # ("hemodialysis patients", "the service desk", "promotional events")
        # a dropped word leaves a mark, so no phrase joins the words either side of it
        # never across punctuation: "... in emergency procedures. Purser on ..." ends a
        # sentence before the title
        kept = [
            "_" if i + 1 < len(words) and not _ENDS.search(w) and says_which(words[i + 1]) else w
            for i, w in enumerate(words)
        ]
        out.append(" ".join(_sector(_coordinated(kept, words))))
    return "\n".join(out)


def _coordinated(kept: list[str], words: list[str]) -> list[str]:
    """The other words of a list before a dropped one say which too: "AV, catering and
    security teams", "a reception, concierge and night-audit team"."""
    for i in range(len(kept) - 1, 1, -1):
        if kept[i] != "_" or words[i] == "_" or words[i - 1].casefold() not in ("and", "or", "&"):
            continue
        j = i - 2
        while j >= 0 and words[j].rstrip(",").isalpha() and len(words[j]) > 1:
            kept[j] = "_"
            if j == 0 or not words[j - 1].endswith(","):
                break  # the list's first word: no comma before it
            j -= 1
    return kept


def says_which(word: str) -> bool:
    """A job title, a group of people or a place: the word before it only says which, and
    as a noun's modifier it only says whose or where ("client files")."""
    return is_role(word) or bool(_GROUP.match(word))


_MAX_SECTOR = 6  # words of a field's name: the walk stays linear on any line
_YEARS = frozenset({"year", "years", "decade", "decades", "experience"})
_SECTOR_END = frozenset({"with", "under", "for", "at", "on", "across", "from", "to", "including"})


def _sector(words: list[str]) -> list[str]:
    """The field named after "years in" is where the person worked, not what they can do:
    "seven years in microbiology quality control under GMP"."""
    out = list(words)
    for i in range(1, len(words) - 1):
        if words[i].casefold() != "in" or words[i - 1].casefold().rstrip("'’") not in _YEARS:
            continue
        # up to "and": what follows may be a skill ("commercial property and litigation
        # support"), unless it is one word that ends the list ("in CT and MRI, careful")
        for j in range(i + 1, min(i + 1 + _MAX_SECTOR, len(words))):
            if words[j].casefold() in _SECTOR_END | {"and", "or", "&"}:
                pair = j + 1 < len(words) and words[j + 1].endswith((",", ".", ";"))
                if words[j].casefold() in ("and", "&") and pair and j > i + 1:
                    out[j + 1] = "_"
                break
            out[j] = "_"
            if words[j].endswith((",", ".", ";", ":")):
                break
    return out
