"""Dates on resume lines: ranges ("Mar 2019 – Present"), "since 2020", single years."""

from __future__ import annotations

import re

from core.resume.month_names import MONTH_WORDS, NOW_WORDS, RANGE_WORDS, SINCE_WORDS

# months in English, French, Spanish, German, Portuguese, Italian and Dutch (month_names.py)
MONTH = rf"(?:{MONTH_WORDS})\.?"
_DATE = (
    # "enero de 2020", "março de 2019": Spanish and Portuguese put "de" before the year
    # "Jan-2019", "mar/2021": a month joined to its year by a dash or a slash
    rf"(?:{MONTH}(?:,?\s+(?:de\s+)?|[/-])\d{{4}}"
    rf"|\d{{1,2}}[/.]\d{{4}}|\d{{4}}[/.-]\d{{1,2}}(?!\d)|(?:19|20)\d{{2}}"
    # "Mar '19", "’14": a year of two digits after an apostrophe
    rf"|(?:{MONTH}\s*)?['’‘]\d{{2}}(?!\d))"
)
# "July 2016 to Till Date": the Indian English "till date" is today
_NOW = (
    r"(?:present|pres\.|current|currently|now|today|ongoing|to date|till date|till now|date"
    rf"|{NOW_WORDS})"
)
_ONGOING = re.compile(rf"^\W*(?:{_NOW})\W*$", re.IGNORECASE)
_SEP = rf"(?:\s*(?:-|–|—|~|to|until|till|through)\s*|\s+(?:{RANGE_WORDS})\s+)"
RANGE = re.compile(rf"(?<![\w/])({_DATE}){_SEP}({_DATE}|{_NOW})(?![\w/])", re.IGNORECASE)
SINCE = re.compile(rf"(?<![\w/])(?:since|from|{SINCE_WORDS})\s+({_DATE})(?![\w/])", re.IGNORECASE)
SINGLE = re.compile(rf"(?<![\w/])({_DATE})(?![\w/])", re.IGNORECASE)
_OPEN_RANGE = re.compile(rf"^({_DATE})(?:\s*(?:-|–|—|~|to|until|till|through))?$", re.IGNORECASE)
_END_ONLY = re.compile(rf"(?:{_DATE}|{_NOW})", re.IGNORECASE)
_STARTS_DATED = re.compile(rf"^(?:{_DATE}|{_NOW})(?![\w/])", re.IGNORECASE)
_ENDS_OPEN = re.compile(rf"(?<![\w/]){_DATE}\s*(?:-|–|—|to)$", re.IGNORECASE)


def _ordered(start: str, end: str) -> bool:
    """A range ends no earlier than it starts: "2010" over "2006" are two entries' years
    ("B.Sc. | 2010" over "SSCE | 2006"), not one range broken over two lines."""
    first = re.findall(r"(?:19|20)\d\d", start)
    last = re.findall(r"(?:19|20)\d\d", end)
    return not (first and last and int(last[0]) < int(first[-1]))


def join_split_ranges(lines: list[str]) -> list[str]:
    """A range a narrow cell broke over two lines ("01/2019 –" over "present | Technician",
    "2015" over "2018 | Diploma") is one range again; a line that holds a whole range is left."""
    out: list[str] = []
    for line in lines:
        last = out[-1].strip() if out else ""
        opened = _OPEN_RANGE.match(last)
        text = line.strip()
        head, bar, tail = last.rpartition(" | ")
        here, bar_here, end = text.rpartition(" | ")
        if opened and _STARTS_DATED.match(text) and not RANGE.match(text) and _ordered(last, text):
            out[-1] = f"{opened.group(1)} – {text}"
        elif _ENDS_OPEN.search(last) and not RANGE.search(last) and _END_ONLY.fullmatch(text):
            out[-1] = f"{last} {text}"  # "Officer | Kenya Power · Jan 2021 –" over "Present"
        elif (
            bar
            and bar_here
            and _OPEN_RANGE.fullmatch(tail)
            and _END_ONLY.fullmatch(end)
            and _ordered(tail, end)
        ):
            # "Employer | 2021 –" over "Role | Present": the end moves up to its start
            out[-1] = f"{head} | {tail.rstrip(' -–—')} – {end}"
            out.append(here)
        else:
            out.append(line)
    return out


def _tidy_date(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    text = text.title() if text.isupper() or text.islower() else text
    return re.sub(r"(?<=\w) De (?=\d)", " de ", text)  # "Janeiro de 2018", not "De"


_TWO_DATES = re.compile(rf"^\s*({_DATE})\s+({_DATE}|{_NOW})\s*$", re.IGNORECASE)


def find_dates(line: str) -> tuple[str | None, str | None, str]:
    """(start, end, the line without its dates) for a range, a "since" or a single date."""
    two = _TWO_DATES.match(line)  # "Apr 2021 Present": the dash between them was lost
    if two:
        return _tidy_date(two.group(1)), _tidy_date(two.group(2)), ""
    for pattern in (RANGE, SINCE):
        match = pattern.search(line)
        if match:
            end = match.group(2) if pattern is RANGE else "Present"
            rest = line[: match.start()] + " " + line[match.end() :]
            return _tidy_date(match.group(1)), _tidy_date(end), _strip_joiners(rest)
    # "Mollie B.V. | 2022-04 —": a theme prints an entry with no end date as a range left
    # open at the end of its line; the job goes on
    match = _ENDS_OPEN.search(line.rstrip())
    if match:
        start = SINGLE.search(match.group(0))
        if start:
            rest = line[: match.start()]
            return _tidy_date(start.group(1)), None, _strip_joiners(rest)
    match = SINGLE.search(line)
    if match:
        rest = line[: match.start()] + " " + line[match.end() :]
        return None, _tidy_date(match.group(1)), _strip_joiners(rest)
    return None, None, line


# "(6 years 4 months)", "· 3 yrs 2 mos", "(1 year)": how long, which the dates already say
DURATION = re.compile(
    r"[(\[·•|,-]?\s*\b\d{1,2}\+?\s*(?:years?|yrs?)(?:,?\s*\d{1,2}\s*(?:months?|mos?))?\b\s*[)\]]?"
    r"|[(\[·•|,-]?\s*\b\d{1,2}\s*(?:months?|mos?)\b\s*[)\]]?",
    re.IGNORECASE,
)


def _strip_joiners(text: str) -> str:
    text = DURATION.sub(" ", text)
    text = re.sub(r"[(\[]\s*[)\]]", " ", text)  # "()" left where the dates were
    return unwrap(" ".join(text.split()).strip(" |·•,;:-–—"))


def unwrap(part: str) -> str:
    """Trim separators and any bracket left without its pair."""
    part = part.strip(" ,;")
    if part.startswith("(") and part.endswith(")"):
        part = part[1:-1]
    if part.count("(") < part.count(")"):
        part = part.rstrip(")")
    if part.count("(") > part.count(")"):
        part = part.lstrip("(")
    return part.strip(" ,;")


def is_ongoing(end: str) -> bool:
    """An entry's end that means it goes on: "Present", "heute", "Actualidad", "Till Date"."""
    return _ONGOING.match(end.strip()) is not None
