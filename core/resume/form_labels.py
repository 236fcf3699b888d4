"""The field a form's label names, read from its head word rather than its exact wording.

Job boards and application forms print a profile as "Label: value" lines, and every site
words its labels its own way ("Position held", "Job title", "Title of position"; "Company
name", "Name of employer"; "From" / "To", "Start date" / "End date"). A label is read like a
section heading: every word is either a head word of one field's family or a word that only
qualifies it, and the head noun comes last ("Job description" describes, "Job title" names).
A box ticked Yes or No ("I currently work here: Yes") is no part of what the entry says.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.resume.dates import find_dates

_FAMILIES: dict[str, str] = {
    "start": "from start started starting since began begin beginning commenced",
    "end": "to end ended ending until till finished finish left",
    "dates": "dates date period duration tenure year years",
    "role": "position positions role title occupation designation job post",
    "employer": """company employer organisation organization firm business agency
        establishment workplace""",
    "school": """school university college institution institute academy polytechnic
        board""",
    "degree": """qualification qualifications degree diploma award programme program major
        course examination exam""",
    # a result column or row ("Percentage", "CGPA", "Class"): no part of what the entry names
    "drop": "percentage cgpa gpa marks grade score result results class division aggregate",
    "duties": "description duties responsibilities tasks activities achievements",
    "place": "location city place town country",
}
_FAMILY_OF = {word: kind for kind, blob in _FAMILIES.items() for word in blob.split()}
# words that only say which field ("Name of employer", "Position held", "Date started")
_QUALIFIERS = frozenset(
    re.findall(
        r"[a-z]+",
        """name of the or and your held current previous last main key brief short full
    official type level obtained awarded attended employment work study studies""",
    )
)
# start and end outrank a plain date word: "Start date" is where the span starts
_RANK = ("start", "end")
_TICK = re.compile(r"(?i)^(?:yes|no|y|n|true|false|n/?a|none|-)$")
# "Position 1 of 3", "Education 2 of 2", "Job #2": a form's record counter
_COUNTER = re.compile(r"^[^\W\d_][\w ]{0,30}?\s+(?:\d{1,2}\s+of\s+\d{1,2}|#\s?\d{1,2})$")


def label_field(label: str) -> str | None:
    """The entry field a form label names, or None when it names none."""
    words = re.findall(r"[a-z]+", label.casefold())
    if not words or len(words) > 5:
        return None
    if find_dates(label)[1] is not None:
        return None  # "2017-08 TO 2020-02 | Adviser at Nationwide": dates beside a title
    kinds = [_FAMILY_OF.get(w) for w in words]
    if any(k is None and w not in _QUALIFIERS for k, w in zip(kinds, words, strict=True)):
        return None
    heads = [k for k in kinds if k]
    if not heads:
        return None
    for kind in _RANK:
        if kind in heads:
            return kind
    return heads[-1]


def ticked(value: str) -> bool:
    """A checkbox's answer, not a value an entry is made of."""
    return bool(_TICK.match(value.strip()))


def is_counter(line: str) -> bool:
    """A form's record counter ("Position 1 of 3"), which only separates two records."""
    return bool(_COUNTER.match(line.strip()))


# "Language: Spanish   Proficiency: native": a label, its value, maybe a second pair
_LABELLED = re.compile(r"^([^\W\d_][\w ]{0,28}?):\s+(\S.*)$")
_SECOND = re.compile(r"^(\S.*?)\s+([^\W\d_]\w{1,20}):\s+(\S.*)$")


def without_repeated_labels(lines: list[str], keep: Callable[[str], bool]) -> list[str]:
    """A run of lines that all start with the same label ("Certification name: ...") lists
    values under one label: the label goes, and a second label shared by the whole run
    ("Proficiency: native") leaves its value in brackets ("Spanish (native)"). A label
    ending in "name" introduces its value even on a line alone. `keep(label)` spares labels
    the reader knows (contact fields, headings)."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        first = _LABELLED.match(lines[n].strip())
        label = first.group(1) if first else ""
        stop = n + 1
        while first and stop < len(lines):
            other = _LABELLED.match(lines[stop].strip())
            if not other or other.group(1) != label:
                break
            stop += 1
        alone = label.casefold().split()[-1:] == ["name"]
        if first is None or (stop - n < 2 and not alone) or keep(label):
            out += lines[n:stop]  # the run read once, kept as it is
            n = stop
            continue
        pairs = [_LABELLED.match(line.strip()) for line in lines[n:stop]]
        values = [" ".join(v.group(2).split()) for v in pairs if v]
        seconds = [_SECOND.match(v) for v in values]
        if len(values) > 1 and all(seconds) and len({m.group(2) for m in seconds if m}) == 1:
            values = [f"{m.group(1)} ({m.group(3)})" for m in seconds if m]
        out += values
        n = stop
    return out


_DAY = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")


def is_stamp(text: str) -> bool:
    """ "Profile last updated: 03/12/2026": a labelled date alone, the record's own stamp,
    never a credential or a skill."""
    labelled = _LABELLED.match(text.strip())
    if labelled is None:
        return False
    value = labelled.group(2).strip()
    _, end, rest = find_dates(value)
    return bool(_DAY.match(value)) or (end is not None and bool(re.fullmatch(r"\d{0,2}", rest)))
