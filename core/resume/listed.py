"""Items of a skills or languages list: split, tidied, checked to be a skill or a language."""

from __future__ import annotations

import re

from core.models import Skill
from core.resume.dates import find_dates
from core.resume.entry_parts import BULLET, is_place
from core.resume.glued_items import join_wrapped_last, unglued
from core.resume.languages import (
    language_of,
    level_then_language,
    lingual_languages,
    spoken_language,
)
from core.resume.skills import VOCABULARY, canonical_skill, key_words, skill_spans, skills_in_text

_ITEM_SEPARATOR = re.compile(r"\s*[,;|•·]\s*|\s+[-–—/]\s+|([()])")
# "English - fluent" is one item in a languages list
_LANGUAGE_SEPARATOR = re.compile(r"\s*[,;|•·]\s*|([()])")
_DASH_BEFORE = re.compile(r"\s+[-–—]\s+(?=(\w+))")
_LEVEL = re.compile(
    r"\s*(?:[(\[][^)\]]*[)\]]|[-–—:]\s*(?:beginner|basic|intermediate|advanced|expert|fluent|"
    r"native|proficient|conversational|working|professional|mother tongue|bilingual|"
    r"[abc][12]|\d+\+?\s*(?:years?|yrs?))\b.*)$",
    re.IGNORECASE,
)
_KNOWLEDGE = re.compile(
    r"^(?:(?:very\s+)?(?:strong|excellent|good|great|solid|basic|advanced|proven|extensive|deep|"
    r"working|expert|effective|outstanding|exceptional|in-depth)\s+)?"
    r"(?:knowledge|proficien(?:t|cy)|skilled|experienced|experience|expertise|competen(?:t|ce)|"
    r"familiar(?:ity)?|fluent|certified|trained|background|understanding|skills?)"
    r"\s+(?:in|at|with|of|on)\s+",
    re.IGNORECASE,
)
_ADJECTIVE = re.compile(
    r"^(?:strong|excellent|good|great|solid|proven|effective|outstanding|exceptional|advanced|"
    r"basic|intermediate|proficient|expert|fluent)\s+",
    re.I,
)
# what is never a skill: an address, a handle, a piece of a link, a date, a number
_NOT_SKILL = re.compile(
    r"@|https?:|www\.|(?<=\w)\.(?:com|org|net|io|me|de|uk|fr)\b|/\w+/|^[^\w.]|^\d+$"
    r"|\b(?:19|20)\d\d\b"
)
# a label column left of a list ("Main  Excel, Word" / "Other  Typing"): words that only rank
# the list after them and never begin a skill's name
_LIST_LABEL = re.compile(r"^(?i:main|other|others|additional|further|extra|more)\s+(?=[A-Z])")
# "Languages", and the labels a Europass CV sets before its language cells ("Mother tongue(s)
# | German", "Other languages | ...")
_LANGUAGES_LABEL = re.compile(
    r"(?i)^(?:(?:spoken\s+)?languages?(?:\s+spoken)?"
    r"|(?:mother\s+tongue|native\s+language|first\s+language|other\s+language)(?:s|\(s\))?)$"
)
_MAX_ITEM_WORDS = 6
_MAX_LISTED = 200


def _tidy_item(item: str) -> str:
    item = BULLET.sub("", item).strip(" .,;:*")
    return item[:1].upper() + item[1:] if item[:1].islower() else item


def skill_from_item(item: str) -> Skill | None:
    """A skills-list entry as a Skill: the vocabulary's name when it knows it, else tidied."""
    if len(item) > 80 or (_NOT_SKILL.search(item) and canonical_skill(item) not in VOCABULARY):
        return None
    item = _LEVEL.sub("", _tidy_item(item)).strip()
    if not item or len(item) > 60 or is_place(item) or find_dates(item)[1] is not None:
        return None
    bare = _KNOWLEDGE.sub("", item)
    plain = _ADJECTIVE.sub("", bare)
    for variant in (item, bare, plain, re.sub(r"(?i)\s+skills?$", "", plain)):
        name = canonical_skill(variant)
        if name in VOCABULARY:
            return Skill(name=name, category=VOCABULARY[name])
    tidy = _tidy_item(bare)
    if not any(c.isalpha() for c in tidy):
        return None
    inside = [s for s in skills_in_text(tidy) if s.category != "language"]
    return Skill(name=tidy, category=inside[0].category if inside else "general")


def _category_label(label: str, items: str) -> bool:
    """A short name in a cell of its own before a list, and no skill itself."""
    return (
        "," in items
        and "," not in label
        and len(label.split()) <= 3
        and canonical_skill(label) not in VOCABULARY
    )


def listed_skills(lines: list[str]) -> tuple[list[Skill], list[str], list[str], list[str]]:
    """Skills from a skills section, the sentences in it (scanned like prose), its items
    the vocabulary does not know whole (scanned for the names inside), and the spoken
    languages it lists."""
    skills: list[Skill] = []
    prose: list[str] = []
    named: list[str] = []
    languages: list[str] = []
    lines = join_wrapped_last(_join_wrapped_item(lines))
    sentences = [_sentence(line) for line in lines]
    for n, line in enumerate(lines):
        text = BULLET.sub("", line).strip()
        if sentences[n]:
            prose.append(text)  # "• Diagnosed and repaired laptops, phones and networks."
            continue
        if n + 1 < len(lines) and sentences[n + 1] and not BULLET.match(line):
            continue  # "Workshop Joinery" heads the sentences under it: a group, no skill
        label, sep, rest = text.partition(":")
        if sep and len(label.split()) <= 3 and rest.strip():
            text = rest  # "Tools: Excel, Word" lists under a label
        elif sep and not rest.strip() and _bare_labels(lines, n):
            text = label  # "Case CATalyst:" over "Legal Terminology:": names, their lists empty
        text = _LIST_LABEL.sub("", text, count=1)
        if text.endswith(".") and _title_list(text):
            text = text[:-1]  # "Court Procedure, Terminology Management.": the list's end
        fields = text.split(" | ")
        if len(fields) == 2 and _category_label(*fields):
            text = fields[1]  # "Tools & Methods | SAP, Budgeting": a label cell beside its list
        for item in unglued(split_items(text)):
            if len(skills) >= _MAX_LISTED:
                return skills, prose, named, languages  # a list this long is not a person's skills
            item = item.strip()
            if not item:
                continue
            if len(item.split()) > _MAX_ITEM_WORDS or item.endswith("."):
                prose.append(item)
            elif (language := language_of(item) or spoken_language(item)) is not None:
                languages.append(language)
            elif (spoken := lingual_languages(item)) is not None:
                languages += spoken
            elif _LANGUAGES_LABEL.match(item):
                continue  # "Languages — English (fluent), Kikuyu (native)": the label
            elif len(names := _tiled(item)) > 1:
                skills += [Skill(name=n, category=VOCABULARY.get(n, "general")) for n in names]
                continue
            elif (glued := _glued(item)) is not None:
                skills += [s for part in glued if (s := skill_from_item(part)) is not None]
                continue
            elif (skill := skill_from_item(item)) is not None:
                skills.append(skill)
                if skill.name in VOCABULARY and skill.name.casefold() == item.casefold():
                    continue  # "Visual Merchandising" is one skill, not also "Merchandising"
            named.append(item)  # "Epic EHR" names Epic, "BLS & ACLS Certified" ACLS
    return skills, prose, named, languages


def _join_wrapped_item(lines: list[str]) -> list[str]:
    """A list's last item wrapped alone onto the block's last line ("..., Vehicle
    Maintenance, Radio" over "Communication") is the end of that item."""
    out: list[str] = []
    for n, line in enumerate(lines):
        text = line.strip()
        above = out[-1].rstrip() if out else ""
        last = n + 1 == len(lines) or not lines[n + 1].strip()
        wrapped = (
            last
            and above.count(",") >= 2
            and not above.endswith((",", ";", ":"))
            and not BULLET.match(line)
            and len(text.split()) <= 2
            and text[:1].isupper()
            and len(split_items(text)) == 1
        )
        if wrapped:
            out[-1] = f"{above} {text}"
        else:
            out.append(line)
    return out


_WORK_NOUN = re.compile(r"(?i)(?:ment|tion|sion|ing|ance|ence|ysis)$")


def _glued(item: str) -> tuple[str, str] | None:
    """An item in capitals that opens with a vocabulary name ending in a noun of work and
    goes on with two capitalised words or more ("Crew Resource Management Instrument
    Flight Rules"): two rows whose break was lost. "Microsoft Word Track Changes" names
    a product's feature and stays one."""
    words = item.split()
    if canonical_skill(item) in VOCABULARY or not all(w[:1].isupper() for w in words):
        return None
    if len(words) != len(key_words(item)):
        return None
    ends = [n for start, n, name in skill_spans(item) if start == 0 and n >= 2]
    if not ends:
        return None
    n = max(ends)
    head, rest = " ".join(words[:n]), " ".join(words[n:])
    if len(words) - n < 2 or not _WORK_NOUN.search(words[n - 1]) or skill_spans(rest):
        return None
    return head, rest


def _bare_labels(lines: list[str], n: int) -> bool:
    """Line `n` ends in a colon with nothing after it, as the line after it does too (or it is
    the last): a theme printing "name: keywords" for skills given no keywords. A label over
    the items of the lines below it ("Tools:" / "Excel, Word") is followed by no such line."""
    after = lines[n + 1].strip() if n + 1 < len(lines) else ""
    before = lines[n - 1].strip() if n > 0 else ""
    return (after.endswith(":") or not after) and (before.endswith(":") or after.endswith(":"))


def _tiled(item: str) -> list[str]:
    """The vocabulary names that make up the whole item, end to end ("Crew Resource
    Management Instrument Flight Rules": two rows whose break was lost); else []."""
    words = list(re.finditer(r"[\w+#]+", item))
    if canonical_skill(item) in VOCABULARY or len(words) != len(key_words(item)):
        return []
    by_start: dict[int, tuple[int, str]] = {}
    for start, n, name in skill_spans(item):
        if n > by_start.get(start, (0, ""))[0]:
            by_start[start] = (n, name)  # the longest name from each word
    names, at, total = [], 0, len(key_words(item))
    while at < total and at in by_start:
        if at and item[words[at - 1].end() : words[at].start()].strip():
            return []  # "Budgeting & accounting" is one item by the person's own joining
        n, name = by_start[at]
        names.append(name)
        at += n
    # two names of two words or more side by side are no one name; "Phonics teaching" is
    multi = all(len(key_words(name)) > 1 for name in names)
    return names if at == total and total > 0 and multi else []


_MINOR_WORDS = frozenset({"and", "of", "for", "in", "on", "the", "to", "with", "&"})


def _title_list(text: str) -> bool:
    """Items in title case, each a few words ("Fuel Oil Systems, Hydraulics, Engine Room
    Watchkeeping."): a list, though a full stop ends it, as curve's lists are written."""
    items = [i.strip() for i in split_items(text.rstrip(".")) if i.strip()]
    return len(items) >= 2 and all(
        len(i.split()) <= _MAX_ITEM_WORDS
        and all(w[:1].isupper() or not w[:1].isalpha() or w in _MINOR_WORDS for w in i.split())
        for i in items
    )


def _sentence(line: str) -> bool:
    """A bullet sentence of a functional resume, not a list: a full stop after a first item
    of three words or more ("Set out and make sash windows, doors and panelling.")."""
    text = BULLET.sub("", line).strip()
    first = split_items(text)[0] if text else ""
    if _title_list(text):
        return False
    return text.endswith(".") and len(first.split()) >= 3 and len(text.split()) > _MAX_ITEM_WORDS


def listed_languages(lines: list[str]) -> tuple[list[str], list[Skill]]:
    """Spoken languages with their level; a programming language listed there is a skill."""
    languages: list[str] = []
    skills: list[Skill] = []
    for line in lines:
        text = BULLET.sub("", line).strip()
        label, sep, rest = text.partition(":")
        if sep and len(label.split()) <= 2 and rest.strip() and language_of(label) is None:
            text = rest  # "Spoken: English, French"
        # "French (Native or Bilingual) English (Full Professional)": one line, two languages
        text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)
        # "Anglais : courant – Espagnol : notions": a dash before a language parts two
        text = _DASH_BEFORE.sub(lambda m: ", " if language_of(m[1]) else m[0], text)
        items = split_items(text, _LANGUAGE_SEPARATOR)
        for n, item in enumerate(items):
            language = language_of(item) or spoken_language(item)
            split = level_then_language(item) if language is None else None
            if split is not None and n > 0:  # "English · native   Japanese · basic"
                if (
                    languages
                    and languages[-1] == language_of(items[n - 1])
                    and "(" not in languages[-1]
                ):
                    languages[-1] = f"{languages[-1]} ({split[0]})"
                language = language_of(split[1])
            if language is None:
                canonical = canonical_skill(_LEVEL.sub("", item).strip(" .,;:"))
                category = VOCABULARY.get(canonical)
                if category not in (None, "language"):
                    skills.append(Skill(name=canonical, category=category))
                continue
            if language not in languages:
                languages.append(language)
    return languages, skills


def split_items(text: str, separator: re.Pattern[str] = _ITEM_SEPARATOR) -> list[str]:
    """'Excel (pivot tables, VLOOKUP), Word' -> ['Excel (pivot tables, VLOOKUP)', 'Word']."""
    items: list[str] = []
    depth = 0
    start = 0
    for match in separator.finditer(text):
        paren = match.group(1)
        if paren:
            depth = depth + 1 if paren == "(" else max(depth - 1, 0)
        elif depth == 0:
            items.append(text[start : match.start()])
            start = match.end()
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]
