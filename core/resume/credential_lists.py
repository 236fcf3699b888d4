"""Credentials listed after a run-in label ("Certifications: Registered Nurse (NMCN), Basic
Life Support (BLS)"), as the skills and languages beside them are; semicolons, where the line
has them, part the credentials instead.

A credential on a line of its own may carry a comma ("Certified Scrum Master, Scrum
Alliance", "Piano Tuning Technician, National Skills Test Grade 1"), so commas part
credentials only in a run-in label's list of short, capitalised pieces; a piece that names
an issuing body or a school stays with the credential before it.
"""

from __future__ import annotations

import re

from core.resume.entry_parts import BULLET, SCHOOL_WORDS

_ISSUER = re.compile(
    r"(?i)\b(?:institute|council|association|society|board|college|academy|alliance|"
    r"authority|agency|federation|foundation|university|ministry|department)$"
)
_MAX_WORDS = 8
CERTIFICATE = re.compile(
    r"\b(?:certified|certification|certificate|licen[cs]e[ds]?|accreditation|accredited|"
    r"endorsement|card|registration|permit)\b",
    re.IGNORECASE,
)
CREDENTIAL = re.compile(
    rf"(?i:{CERTIFICATE.pattern}|\b(?:chartered|registered|member|fellow|diploma|licensed)\b)"
    r"|\([A-Z][A-Za-z]*[A-Z]\)"
)
# a qualification named by its level ("Level 2 Food Safety and Hygiene", "NVQ Level 3")
_LEVEL = re.compile(r"(?i)\blevel \d\b")


def _top_level(line: str, mark: str) -> list[str]:
    """The line cut at `mark` outside brackets."""
    pieces, depth, start = [], 0, 0
    for i, char in enumerate(line):
        depth += char in "(["
        depth -= char in ")]"
        if char == mark and depth == 0:
            pieces.append(line[start:i])
            start = i + 1
    return [p.strip() for p in [*pieces, line[start:]]]


def comma_listed(lines: list[str]) -> list[str]:
    """The section's lines, its single comma-listed line cut into one item a line."""
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) != 1:
        return lines
    # semicolons part a list whose items hold commas ("Licence (A, B ratings); Level 6")
    pieces = _top_level(filled[0], ";")
    if len(pieces) >= 2 and all(pieces):
        return pieces
    pieces = _top_level(filled[0], ",")
    if len(pieces) < 2 or not all(
        p and len(p.split()) <= _MAX_WORDS and (p[:1].isupper() or p[:1].isdigit()) for p in pieces
    ):
        return lines
    items: list[str] = []
    for piece in pieces:
        if items and (_ISSUER.search(piece) or SCHOOL_WORDS.search(piece)):
            items[-1] = f"{items[-1]}, {piece}"  # "..., Scrum Alliance": who issued it
        else:
            items.append(piece)
    return items


def credentials_and_skills(lines: list[str]) -> tuple[list[str], list[str]]:
    """A "Skills & Certificates" list parted: a short item that names a credential ("Level 2
    Food Safety and Hygiene", "Full UK driving licence") is one; the other lines ("Cash
    handling, stock control, rota planning") are read as skills."""
    credentials: list[str] = []
    skills: list[str] = []
    for line in lines:
        item = BULLET.sub("", line).strip()
        short = 0 < len(item.split()) <= _MAX_WORDS and not item.endswith(".")
        if short and "," not in item and (CREDENTIAL.search(item) or _LEVEL.search(item)):
            credentials.append(item)
        else:
            skills.append(line)
    return credentials, skills
