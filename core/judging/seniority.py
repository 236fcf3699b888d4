"""Seniority both ways: a job's level and asked years against the candidate's.

A junior post for a seasoned professional and a director post for a junior are both red
flags: such a job goes to the user at best, and a wide gap upwards is rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.offline.dates import required_years
from core.offline.text import fold

# Words in a posting that say it is for beginners.
_ENTRY = re.compile(
    r"\b(?:entry[- ]level|no (?:prior )?experience (?:is )?(?:needed|required|necessary)"
    r"|recent graduates?|graduate (?:programme|program|scheme)|school leavers?"
    r"|0\s*(?:-|to)\s*[12]\s*years?|apprenticeship|internship|we will (?:mentor|train) you)"
)
# Years from which a candidate counts as seasoned for an entry-level post.
SEASONED_YEARS = 5.0
# Level rank from which a title is a leadership post (head, director, chief; see LEVELS).
LEADERSHIP_RANK = 4


@dataclass(frozen=True)
class JobLevel:
    """What a posting says about the level it hires at."""

    rank: int | None
    years: float | None
    entry: bool


@lru_cache(maxsize=4096)
def job_level(
    title: str, description: str, rank: int | None, years: float | None = None
) -> JobLevel:
    """The level a job hires at, from its title's level rank and the posting's words.

    `years` is what the job asks for when the caller has already read it.
    """
    entry = bool(_ENTRY.search(fold(title)) or _ENTRY.search(fold(description)))
    entry = entry or (rank is not None and rank <= 0)
    return JobLevel(rank, years if years is not None else required_years(description), entry)


@dataclass(frozen=True)
class SeniorityGap:
    """A level mismatch: a stable code, whether it is wide enough to reject, and why."""

    code: str
    severe: bool
    reason: str


def seniority_gap(level: JobLevel, years: float, rank: int) -> SeniorityGap | None:
    """Compare a job's level with a candidate's years and current level rank (None: fits)."""
    need = level.years
    if need is not None and need >= 3 and years < 0.6 * need:
        severe = years < 0.4 * need or (level.rank is not None and level.rank - rank >= 2)
        return SeniorityGap(
            "seniority_above",
            severe,
            f"the job asks for {need:g}+ years and you have about {years:.0f}",
        )
    if level.rank is not None and level.rank >= LEADERSHIP_RANK and rank <= 2 and years < 8:
        return SeniorityGap(
            "seniority_above",
            rank <= 1 or years < 4,
            f"a leadership post, and you have about {years:.0f} years without leading a team",
        )
    below = level.entry or (level.rank is not None and level.rank <= 1)
    if below and (years >= SEASONED_YEARS or rank >= 3):
        return SeniorityGap(
            "seniority_below",
            False,
            f"a junior or entry-level post, and you have about {years:.0f} years",
        )
    return None
