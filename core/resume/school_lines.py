"""Education lines as a template printed them from fields, some of them empty.

A theme that builds "{degree} in {field} at {school}" or "{school}, {degree}" from a JSON
resume leaves its joiners behind when a field is empty or when a narrow column wraps:
"MSc Actuarial Science in" over "at Bayes Business School", a line opening with
", NVQ Level 3", a degree ending with "," or " -". Each line is given back as the value it
holds, so that the entry reader sees one degree line and one school line.
"""

from __future__ import annotations

import re

from core.resume.dates import SINGLE
from core.resume.entry_parts import SCHOOL_WORDS, degree_parts

_EMPTY_FIELD = re.compile(r"\s+in\s+(?=at\s+[A-Z])")  # "BSc Mathematics in at Kwame ..."
_LEAD_JOINER = re.compile(r"^[,;]\s*(?=\S)")  # ", NVQ Level 3 in Fabrication"
_TRAIL_JOINER = re.compile(r"(?:\s+[-–—|]|\s*[,;])$")  # "Master of Speech Pathology -"
_DANGLING_IN = re.compile(r"\s+in$")
_AT_SCHOOL = re.compile(r"^at\s+(?=[A-Z])")
_OPEN_END = re.compile(r"\s(?:of|and|&|for)$")  # "Kwame Nkrumah University of"


def _boundary(line: str) -> bool:
    return not line or bool(SINGLE.search(line))


def _short_name(line: str) -> bool:
    """A capitalised run of a few words with no date: a wrapped name's end."""
    words = line.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and not _boundary(line)


def _after_dates(out: list[str], line: str) -> bool:
    """A degree line under a date line whose entry names a school but no degree yet."""
    if not out or not SINGLE.search(out[-1]) or not degree_parts([line]):
        return False
    above: list[str] = []
    for prior in reversed(out[:-1]):
        if _boundary(prior):
            break
        above.append(prior)
    return bool(above) and not degree_parts(above) and any(SCHOOL_WORDS.search(a) for a in above)


def tidy_school_lines(lines: list[str]) -> list[str]:
    """Education lines without a template's empty fields and wraps."""
    split: list[str] = []
    for raw in lines:
        split.extend(_EMPTY_FIELD.sub("\n", raw.strip()).split("\n"))
    out: list[str] = []
    at_school = False  # the last line kept is an "at School" line, which may wrap
    for n, line in enumerate(split):
        ends_entry = False
        if _TRAIL_JOINER.search(line) and not SINGLE.search(line) and _after_dates(out, line):
            # "La Trobe University" / "2014 - 2015" / "Master of Speech Pathology -": the
            # degree, set below its entry's dates, ends that entry
            line = _TRAIL_JOINER.sub("", line).strip()
            out[-1:-1] = [line]
            out.append("")
            continue
        if not SINGLE.search(line):
            # ", Degree" under "School": the entry's second field, after which (unless its
            # dates follow) the next entry begins
            nxt = next((ln for ln in split[n + 1 :] if ln.strip()), "")
            ends_entry = bool(_LEAD_JOINER.match(line)) and not SINGLE.search(nxt)
            line = _TRAIL_JOINER.sub("", _LEAD_JOINER.sub("", line)).strip()
        if _AT_SCHOOL.match(line):
            # the degree lines since the last boundary are one wrapped degree
            run: list[str] = []
            while out and not _boundary(out[-1]) and len(run) < 3:
                run.insert(0, out.pop())
            if run:
                out.append(_DANGLING_IN.sub("", " ".join(run)))
            out.append(_AT_SCHOOL.sub("", line))
            at_school = True
            continue
        if out and _OPEN_END.search(out[-1]) and not _boundary(line):
            out[-1] = f"{out[-1]} {line}"
            continue
        if at_school and _short_name(line) and out and not _boundary(out[-1]):
            out[-1] = f"{out[-1]} {line}"  # "at Fayetteville Technical" over "Community College"
            continue
        at_school = False
        out.extend([line, ""] if ends_entry else [line])
    return _empty_fields_dropped(out)


def _empty_fields_dropped(lines: list[str]) -> list[str]:
    """ "M.Sc. Civil Engineering in" with no field after it (the next line is dated, names a
    school, or there is none): the template's "{degree} in {field}" with an empty field."""
    out = list(lines)
    for n, line in enumerate(out):
        nxt = out[n + 1] if n + 1 < len(out) else ""
        ended = _boundary(nxt) or bool(SCHOOL_WORDS.search(nxt))
        if _DANGLING_IN.search(line) and not SINGLE.search(line) and ended:
            out[n] = _DANGLING_IN.sub("", line)
    return out
