"""What a renderer lays out: the resume and cover letter as structure, read from their text.

`Documents.resume_md` follows a small contract (`# Name`, a contact line, `## Section`,
`### Role — Employer` with a dates-and-place line, `- ` bullets, paragraphs); the letter is
paragraphs. The name and contact come from the profile, never from the generated text, so
an address or link the writer invented cannot reach the page. Everything here is plain text:
the renderers treat it as data, never as markup.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from core.models import Documents, Job, Profile
from core.resume.dates import find_dates
from core.resume.text import strip_markdown

# Bounds the work a renderer does for one document, whatever the writer produced.
MAX_TEXT = 60_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+•·▪‣]|\d{1,2}[.)])\s+")
_LABEL = re.compile(r"^(?:\*\*|__)([^*_\n]{1,40}?):?(?:\*\*|__):?\s+")
_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+")
_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm|warmest)\s+regards|regards|(?:yours\s+)?sincerely|yours\s+"
    r"(?:sincerely|faithfully|truly)|with\s+(?:thanks|gratitude)|respectfully|thank\s+you)\b",
    re.IGNORECASE,
)
_SCHOOLING = re.compile(r"educat|certif|training|qualif|licen|course|academ", re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:dear|hello|hi|to)\b.{0,80}[,:]$", re.IGNORECASE)


class Line(BaseModel):
    """A paragraph or a bullet; `label` is a bold lead-in, `date` sits on the right."""

    text: str
    bullet: bool = False
    label: str = ""
    date: str = ""


class Entry(BaseModel):
    """A role, a school, or (untitled) the loose lines of a section."""

    title: str = ""
    org: str = ""
    date: str = ""
    place: str = ""
    lines: list[Line] = Field(default_factory=list)


class Section(BaseModel):
    heading: str
    entries: list[Entry] = Field(default_factory=list)


class ResumeLayout(BaseModel):
    name: str
    contact: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    subject: str = ""  # the job, for the file's metadata
    paper: str = "a4"


class LetterLayout(BaseModel):
    name: str
    contact: list[str] = Field(default_factory=list)
    date: str
    company: str = ""
    job_title: str = ""
    salutation: str = "Dear Hiring Manager,"
    body: list[Line] = Field(default_factory=list)
    closing: str = "Kind regards,"
    signature: list[str] = Field(default_factory=list)
    paper: str = "a4"


def clean(text: str) -> str:
    """One line of plain text: no control characters, no Markdown emphasis or link syntax."""
    text = _CONTROL.sub("", text).replace("\t", " ")
    return re.sub(r"\s{2,}", " ", strip_markdown(text)).strip()


def contact_of(profile: Profile) -> list[str]:
    """The candidate's own contact details, from the profile only."""
    found = [profile.location, profile.email, profile.phone, *profile.links]
    return [c for c in (clean(x or "") for x in found) if c]


def candidate_name(docs: Documents, profile: Profile | None) -> str:
    """The profile's name, else the resume's `# Name` heading, else empty."""
    if profile and profile.full_name:
        return clean(profile.full_name)
    first = docs.resume_md.lstrip().split("\n", 1)[0]
    return clean(first[2:]) if first.startswith("# ") else ""


def paper_for(profile: Profile | None) -> str:
    """US Letter where the candidate lives in the US or Canada (what employers there print
    on), A4 everywhere else."""
    where = f" {profile.location or ''} " if profile else ""
    north_america = re.search(
        r"\b(?:USA?|U\.S\.A?\.?|United States|America|Canada|[A-Z]{2} \d{5})\b"
        r"|, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]"
        r"|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|ON|QC|BC|AB)\b",
        where,
    )
    return "us-letter" if north_america else "a4"


def subject_of(job: Job) -> str:
    return " at ".join(x for x in (clean(job.title), clean(job.company)) if x)


def _line(raw: str) -> Line:
    bullet = bool(_BULLET.match(raw))
    body = _BULLET.sub("", raw, count=1).strip() if bullet else raw.strip()
    label = ""
    if found := _LABEL.match(body):
        label, body = clean(found.group(1)), body[found.end() :]
    text, when = clean(body), ""
    opening = text.rfind("(")
    if bullet and text.endswith(")") and opening > 0:
        # "- Degree, School (2018 – 2021)": the dates go to the right-hand column.
        start, end, rest = find_dates(text[opening + 1 : -1])
        if end and not rest:
            text, when = text[:opening].rstrip(" ,"), _span(start, end)
    return Line(text=text, bullet=bullet, label=label, date=when)


def _span(start: str | None, end: str | None) -> str:
    return " – ".join(x for x in (start, end) if x)


def _header(raw: str) -> Entry:
    parts = [clean(p) for p in _DASH.split(raw, maxsplit=1)]
    return Entry(title=parts[0], org=parts[1] if len(parts) > 1 else "")


def _listed_entry(line: Line) -> Entry:
    what, _, where = line.text.rpartition(", ")
    if not what or len(where.split()) > 8:
        what, where = line.text, ""
    return Entry(title=what, org=where, date=line.date)


def _meta(entry: Entry, raw: str) -> bool:
    """Read the dates-and-place line under an entry header; False if `raw` is not one."""
    start, end, place = find_dates(clean(raw))
    if not end and (len(place) > 50 or place.endswith(".")):
        return False  # a sentence, not a dates-and-place line
    entry.date, entry.place = _span(start, end), place
    return True


def _sections(body: list[str]) -> list[Section]:
    sections: list[Section] = []
    entry: Entry | None = None
    fresh_header = False
    for raw in body:
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped.startswith("## ") or (stripped.startswith("# ") and sections):
            sections.append(Section(heading=clean(stripped.lstrip("#"))))
            entry, fresh_header = None, False
            continue
        if not sections:
            sections.append(Section(heading=""))
        section = sections[-1]
        if stripped.startswith("###"):
            entry, fresh_header = _header(stripped.lstrip("#").strip()), True
            section.entries.append(entry)
            continue
        if fresh_header and entry is not None and not _BULLET.match(raw) and _meta(entry, raw):
            fresh_header = False
            continue
        fresh_header = False
        line = _line(raw)
        if line.bullet and (line.date or _SCHOOLING.search(section.heading)):
            # "- Degree, School (2018 – 2021)": an entry of its own, laid out like a role,
            # which is also how an ATS expects to find a school.
            section.entries.append(_listed_entry(line))
            entry = None
        elif line.text or line.label:
            if entry is None:
                entry = Entry()
                section.entries.append(entry)
            entry.lines.append(line)
    return [s for s in sections if s.entries and (s.heading or any(e.lines for e in s.entries))]


def resume_layout(docs: Documents, profile: Profile | None, job: Job) -> ResumeLayout:
    """The resume as structure; the name and contact from the profile when it has them."""
    lines = docs.resume_md[:MAX_TEXT].lstrip().splitlines()
    if lines and lines[0].startswith("# "):
        lines.pop(0)
        # The contact line under the name: replaced by the profile's own details.
        while lines and not lines[0].strip():
            lines.pop(0)
        first = lines[0].strip() if lines else ""
        # A sentence (a summary with no heading) is kept; a contact line is not.
        contact = not first.startswith("#") and not first.endswith((".", "!", "?"))
        if first and contact and not _BULLET.match(first):
            lines.pop(0)
    return ResumeLayout(
        name=candidate_name(docs, profile),
        contact=contact_of(profile) if profile else [],
        sections=_sections(lines),
        subject=subject_of(job),
        paper=paper_for(profile),
    )


def _paragraphs(text: str) -> list[list[str]]:
    blocks = re.split(r"\n\s*\n", _CONTROL.sub("", text[:MAX_TEXT]).strip())
    return [[ln for ln in b.splitlines() if ln.strip()] for b in blocks if b.strip()]


def _closing(paragraphs: list[list[str]]) -> tuple[int, int] | None:
    """(paragraph, line) of the letter's closing ("Kind regards,"), if it has one."""
    for i, block in enumerate(paragraphs):
        for j, raw in enumerate(block):
            line = clean(raw)
            if _CLOSING.match(line) and (line.endswith(",") or len(line.split()) <= 3):
                return i, j
    return None


def _letter_date(written: date, paper: str) -> str:
    """ "December 5, 2026" in the US and Canada, "5 December 2026" elsewhere."""
    if paper == "us-letter":
        return f"{written:%B} {written.day}, {written.year}"
    return f"{written.day} {written:%B %Y}"


def letter_layout(
    docs: Documents, profile: Profile | None, job: Job, written: date
) -> LetterLayout:
    """The cover letter as a letter: sender, date, addressee, salutation, body, closing."""
    name = clean(profile.full_name) if profile and profile.full_name else ""
    paper = paper_for(profile)
    layout = LetterLayout(
        name=name,
        contact=contact_of(profile) if profile else [],
        date=_letter_date(written, paper),
        company=clean(job.company),
        job_title=clean(job.title),
        signature=[name] if name else [],
        paper=paper,
    )
    paragraphs = _paragraphs(docs.cover_letter)
    if paragraphs and _SALUTATION.match(paragraphs[0][0].strip()):
        layout.salutation = clean(paragraphs[0].pop(0))
        paragraphs = [b for b in paragraphs if b]
    if found := _closing(paragraphs):
        i, j = found
        layout.closing = clean(paragraphs[i][j])
        # What follows the closing is the signature: the profile's name when there is one
        # (never details the writer added), else what was written.
        after = paragraphs[i][j + 1 :] + [x for b in paragraphs[i + 1 :] for x in b]
        layout.signature = layout.signature or [x for x in map(clean, after) if x][:1]
        paragraphs = [*paragraphs[:i], paragraphs[i][:j]]
    for block in filter(None, paragraphs):
        if all(_BULLET.match(x) for x in block):
            layout.body += [_line(x) for x in block]
        else:
            layout.body.append(Line(text=clean(" ".join(x.strip() for x in block))))
    layout.body = [ln for ln in layout.body if ln.text]
    return layout
