"""Experience and education entries: date anchors, header lines, bodies and bullets."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from core.resume.dates import find_dates
from core.resume.degree_below import degree_completes
from core.resume.entry_parts import (
    BULLET,
    DEGREE_WORDS,
    GRADE,
    LEGAL_FORM,
    PART_SPLIT,
    PAY_GRADE,
    SCHOOL_WORDS,
    degree_parts,
    is_bullet,
    is_place,
    is_role,
    name_like,
    only_place,
    parts_of,
    singular_role,
)
from core.resume.entry_shapes import fielded, title_over_prose
from core.resume.fragments import dangles, prose_tail

# "1. Warehouse Associate, Midwest Co." or a lone "1." a grid cell left on its own line
_NUMBER = re.compile(r"^(\d{1,2})[.)](?:\s*(?=[A-Z(])|$)")


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


def headerish(line: str, max_words: int = 14, *, lower_ok: bool = False) -> bool:
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
    parts = [p for p in PART_SPLIT.split(line) if p and p.strip()]
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
    parts = [p for p in parts_of(header) if not PAY_GRADE.search(p) and not GRADE.match(p)]
    if len(parts) < 2:
        return False
    if kind == "experience":  # "Bloom & Wild Florists · Croydon" still waits for its role
        return any(singular_role(p) for p in parts)
    if kind == "education":  # a degree and its own school ("Ontario College Diploma" is none)
        degrees = degree_parts(parts)
        return bool(degrees) and any(SCHOOL_WORDS.search(p) for p in parts if p not in degrees)
    return any(DEGREE_WORDS.search(p) or SCHOOL_WORDS.search(p) for p in parts)


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
            if not headerish(lines[j], lower_ok=after_gap):
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
            and headerish(lines[nxt], 8)
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
                role_below = role_below and is_role(lines[nxt + 1]) and headerish(lines[nxt + 1], 8)
                # a legal form names the employer above: a short title below is the role
                titled = any(LEGAL_FORM.search(p) for p in parts_of(header)) and role_like(
                    lines[nxt]
                )
                # the entry's bullets start on the line after it, or it is a row of short
                # fields ("Mane | Le Bar-sur-Loup"): it still heads the entry
                heads = nxt + 1 < len(lines) and is_bullet(lines[nxt + 1])
                heads = heads or fielded(lines[nxt]) or title_over_prose(lines, nxt)
                if not (titled or heads) and not (
                    role_below and (is_place(lines[nxt]) or name_like(lines[nxt]))
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
    return headerish(lines[nxt], 8) and not is_bullet(lines[nxt])


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
        and role_like(lines[nxt + 1])
    )


def _describes(line: str) -> bool:
    """A line about the employer under its name ("A family building contractor in the
    North West"): led by an article, or mostly lower-case words."""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 3 and (words[0] in ("A", "An", "The") or lower * 2 > len(words))


def role_like(line: str) -> bool:
    """A role, or a short title-cased line standing where the role stands ("Scaffolder")."""
    words = line.split()
    titled = 0 < len(words) <= 4 and all(w[:1].isupper() for w in words if len(w) > 3)
    return headerish(line, 8) and (is_role(line) or (titled and not re.search(r"\d", line)))


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
    return only_place(line, frozenset())


def completes_school(entry: RawEntry, line: str) -> bool:
    """An undated degree over its school ("Bachelor of Education" / "Marino Institute of
    Education"), or a school over its degree: the second line completes the first's header."""
    if entry.body or len(entry.header) != 1 or not headerish(line, 10):
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
        elif headerish(line, 10) and (not entries or entries[-1].body or not entries[-1].header):
            entries.append(RawEntry(header=[line]))
        elif entries:
            entries[-1].body.append(line)
    return entries


def _list_label(text: str, after: list[str]) -> bool:
    """A one-word first line over a capitalised line ("Highlights" over "Own the group's
    ..."): a label over the list, not the start of its first sentence."""
    word = text.rstrip(":")
    nxt = BULLET.sub("", after[0]).strip() if after else ""
    return word.isalpha() and word[:1].isupper() and " " not in text and nxt[:1].isupper()


def responsibilities(body: list[str]) -> list[str]:
    """Bullets and sentences, a wrapped line joined to the item it continues."""
    items: list[str] = []
    open_item = False
    for n, line in enumerate(body):
        if not line.strip():
            open_item = False
            continue
        text = BULLET.sub("", line).strip()
        if not text:
            continue
        if is_bullet(line) or not open_item or not items:
            items.append(text)
            open_item = bool(items[:-1]) or not _list_label(text, body[n + 1 : n + 2])
        else:
            items[-1] = f"{items[-1]} {text}"
            open_item = True
        open_item = open_item and not text.endswith((".", "!", "?"))
        if is_bullet(line):
            open_item = True
    return items
