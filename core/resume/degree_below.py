"""A degree set under its school's dates, in a section whose titles stand above them.

"University of Amsterdam" / "2012 - 2015" / "MA Conservation" / "Radboud University" /
"2009 - 2012" / "BA Art History": each entry puts its school above the dates and its degree
below. Read as "titles above the dates", the degree would open the next entry, leaving the
first without one and giving the second two.
"""

from __future__ import annotations


def degree_completes(header: list[str], below: list[str]) -> bool:
    """The header above a date names a school but no degree, the line under the date names
    a degree but no school, and a line follows it before the next date (the next entry's
    own title), so the degree is this entry's."""
    from core.resume.dates import find_dates
    from core.resume.entry_parts import SCHOOL_WORDS, degree_parts, parts_of

    if len(below) < 2 or not header:
        return False
    parts = parts_of(header)
    line = below[0]
    return (
        not degree_parts(parts)
        and any(SCHOOL_WORDS.search(p) for p in parts)
        and bool(degree_parts([line]))
        and not SCHOOL_WORDS.search(line)
        and bool(below[1].strip())
        and find_dates(below[1])[1] is None
    )
