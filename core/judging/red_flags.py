"""Red flags a recruiter would raise about a job for a candidate, as stable codes with a reason.

Each flag reads "code: reason". Codes (stable, for other engines to act on):
  wrong_country     remote, but only for people in countries the user did not choose
  wrong_place       onsite/hybrid outside the user's places, and not open to relocation
  relocation        onsite/hybrid outside the user's places: moving is the user's call
  place_unclear     a place limit that could not be read or checked
  low_pay           pay below the user's minimum (after annualising and converting)
  pay_unclear       pay whose period or currency could not be worked out
  wrong_profession  the job is in a different field from the candidate's
  seniority_above   the job asks for far more years or a leadership level
  seniority_below   a junior or entry-level post for a seasoned candidate
  suspicious_text   the posting addresses automated screeners (prompt injection)
Any flag means the job is never accepted automatically.
"""

from __future__ import annotations

from datetime import date

from core.judging.screening import check_rules
from core.models import Job, Preferences, Profile
from core.offline.scoring import breakdown

CODES = frozenset(
    [
        "wrong_country",
        "wrong_place",
        "relocation",
        "place_unclear",
        "low_pay",
        "pay_unclear",
        "wrong_profession",
        "seniority_above",
        "seniority_below",
        "suspicious_text",
    ]
)


def flag_code(flag: str) -> str:
    """The code of a flag ("wrong_country: ..." -> "wrong_country")."""
    return flag.split(":", 1)[0].strip()


def offline_red_flags(profile: Profile, prefs: Preferences, job: Job, today: date) -> list[str]:
    """Every red flag the offline engine raises for `job` (pure; no network, no I/O)."""
    flags = [*check_rules(job, prefs).flags, *breakdown(profile, prefs, job, today).flags]
    return list(dict.fromkeys(flags))
