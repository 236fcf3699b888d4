"""Our code's part of every document: the name and contact lines, and the minimum content.

Contact details are never sent to an engine; whatever header or sign-off an engine wrote is
replaced by the profile's own. `shortfalls` says, in plain words, why documents are too thin
to send: a resume without the candidate's experience or education, a letter under 120 words
or not addressed to the job.
"""

from __future__ import annotations

import re

from core.models import Documents, Job, Profile
from core.offline.text import phrase_key

MIN_LETTER_WORDS = 120
SALUTATION = "Dear Hiring Manager,"
_VALEDICTION = re.compile(
    r"^\s*((kind|best|warm)(est)?\s+regards|regards|sincerely|yours\b|respectfully|"
    r"thank you,|with (best|kind) regards)",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"@|https?://|www\.|\d{3}[\s.-]?\d{3,}|\s[|·•]\s")
_SALUTATION = re.compile(r"^\s*(dear|hello|hi|to whom)\b[^\n]*\n*", re.IGNORECASE)


def contact_line(profile: Profile) -> str:
    """The profile's own place, e-mail, phone and links on one line."""
    parts = [profile.location, profile.email, profile.phone, *profile.links[:2]]
    return " | ".join(p.strip() for p in parts if p and p.strip())


def _resume_body(md: str) -> str:
    """`md` without the engine's own title block (name heading and the lines under it)."""
    lines = md.strip("\n").splitlines()
    # The title block: a name line ("# Name", "**Name**", "Name") and the contact lines under
    # it. Anything else (a section, an entry, a bullet) is the engine's content and stays.
    first = lines[0].strip() if lines else ""
    if first.startswith("# ") or (
        first
        and not first.startswith(("#", "-", "*  "))
        and len(first.split()) <= 5
        and not first.endswith((".", ":"))
    ):
        lines = lines[1:]
        while lines and (not lines[0].strip() or _CONTACT.search(lines[0])):
            lines = lines[1:]
    return "\n".join(lines).strip("\n")


def _letter_body(text: str) -> str:
    """`text` without the engine's salutation and sign-off (ours replace them)."""
    text = _SALUTATION.sub("", text.strip(), count=1)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    for n, para in enumerate(paragraphs):
        if _VALEDICTION.match(para):
            paragraphs = paragraphs[:n]
            break
    # A signature without a valediction ("Julie Monroe", "Julie Monroe\njulie@...").
    while paragraphs and len(paragraphs[-1].splitlines()[0].split()) <= 4:
        if paragraphs[-1].rstrip().endswith((".", "!", "?")):
            break
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def strip_frame(docs: Documents) -> Documents:
    """The documents without title block, salutation and sign-off: what an engine wrote."""
    return Documents(
        resume_md=_resume_body(docs.resume_md),
        cover_letter=_letter_body(docs.cover_letter),
        evidence_points=docs.evidence_points,
    )


def add_frame(docs: Documents, profile: Profile) -> Documents:
    """The documents with the profile's name and contact lines, salutation and sign-off."""
    head = [f"# {profile.full_name.strip() or 'Resume'}"]
    contact = contact_line(profile)
    if contact:
        head.append(contact)
    body = docs.resume_md.strip("\n")
    resume = "\n".join(head) + ("\n\n" + body if body else "") + "\n"
    sign = ["Kind regards,", profile.full_name.strip()]
    if contact:
        sign.append(contact)
    letter = docs.cover_letter.strip()
    parts = [SALUTATION, letter, "\n".join(s for s in sign if s)] if letter else []
    return Documents(
        resume_md=resume,
        cover_letter="\n\n".join(parts),
        evidence_points=[p.strip() for p in docs.evidence_points if p.strip()],
    )


def _mentions(text: str, name: str) -> bool:
    key = phrase_key(name)
    return bool(key) and f" {key} " in f" {phrase_key(text)} "


def shortfalls(docs: Documents, profile: Profile, job: Job) -> list[str]:
    """Why `docs` are too thin to send (empty when they meet the minimum)."""
    out: list[str] = []
    if not profile.full_name.strip():
        out.append("your profile has no name to put on the documents")
    entries = [e for e in profile.experience if e.company or e.role]
    if entries and not any(_mentions(docs.resume_md, e.company or e.role) for e in entries[:3]):
        out.append("the resume leaves out your experience")
    schools = [e.institution for e in profile.education if e.institution]
    if schools and not any(_mentions(docs.resume_md, s) for s in schools):
        out.append("the resume leaves out your education")
    if not entries and not schools and len(docs.resume_md.split()) < 30:
        out.append("the resume has almost nothing in it")
    n = len(docs.cover_letter.split())
    if n < MIN_LETTER_WORDS:
        out.append(f"the cover letter has {n} words (at least {MIN_LETTER_WORDS} are needed)")
    target = job.company or job.title
    if n and target and not _mentions(docs.cover_letter, target):
        out.append(f"the cover letter does not name {target}")
    return out
