"""Resume text to Profile, offline and deterministic: every value is taken from the text."""

from __future__ import annotations

import re

from core.models import Education, Experience, Profile, Project, Skill
from core.resume.claims import item_claims, not_heads_of_listed, not_inside, without_titles
from core.resume.contact import EMAIL, PHONE, URL, fill_missing, name_of, read_contact
from core.resume.credential_lists import (
    CERTIFICATE,
    CREDENTIAL,
    comma_listed,
    credentials_and_skills,
)
from core.resume.dates import MONTH, find_dates, join_split_ranges
from core.resume.duties import without_list_label, without_own_contact
from core.resume.entries import responsibilities, split_entries
from core.resume.entry_order import uniform_order
from core.resume.entry_parts import BULLET, is_bullet, is_place, is_role
from core.resume.entry_tables import merged_repeats, table_entries
from core.resume.experience_fields import to_experience
from core.resume.form_labels import is_stamp, label_field, without_repeated_labels
from core.resume.labelled import join_wrapped_headings, split_heading_rows, unlabel
from core.resume.languages import header_languages, without_level_grid
from core.resume.listed import listed_languages, listed_skills, skill_from_item, split_items
from core.resume.loose_lists import listed_in_summary
from core.resume.phrases import claimed_skills
from core.resume.school_lines import tidy_school_lines
from core.resume.schooling import join_wrapped_tails, to_education
from core.resume.sections import LABELS, Section, heading_key, heading_of, split_sections
from core.resume.side_dates import side_dates
from core.resume.skills import skill_key
from core.resume.text import normalise_text
from core.resume.unheaded import unheaded_entries
from core.resume.work_compounds import work_compounds

__all__ = ["parse_profile", "skill_from_item", "split_items"]


_BREAK = re.compile(
    r"(?i)\b(?:career break|sabbatical|parental leave|maternity leave|paternity leave|"
    r"caring for (?:a |my )?(?:family|relative|parent|child)|gap year)"
)
# sections whose contact data may be someone else's (a referee's)
_NOT_OWN = frozenset({"other", "additional"})


# where and when a CV was signed ("Munich, 1 March 2026", or "January 3, 2026" as LaTeX's
# \today prints it in English), and a mail app's sign-off
_SIGNED_OFF = re.compile(
    rf"^(?:[A-Z][\w .'-]{{1,40}},\s*)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{MONTH}\s+\d{{4}}$"
    rf"|^(?:[A-Z][\w .'-]{{1,40}},\s*)?{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}$"
    r"|^sent from my \w+(?: \w+)?$"
    # a page's copyright footer ("© European Union, 2002 – 2026 | https://...")
    r"|^.{0,60}©\s*[^|©]{0,60}\b(?:19|20)\d\d\b.*$"
    # the closing remark about referees: no credential, skill or entry of the section above
    r"|^(?:references?|referees?)\s*(?:[:-]\s*)?(?:are\s+|will\s+be\s+|can\s+be\s+)?"
    r"(?:available|provided|supplied|furnished|given)\s+(?:up)?on\s+request\.?$",
    re.IGNORECASE,
)


def _promotions(jobs: list[Experience]) -> list[Experience]:
    """An employer named once above the roles held there ("Hollins & Pryce LLP, Birmingham
    | 2019 – Present" over "Tax Manager | 2022 – Present" and "Tax Senior | 2019 – 2022"):
    each role gets the employer, and the employer's own line is no job."""
    out: list[Experience] = []
    employer: tuple[str, str | None] | None = None
    for n, job in enumerate(jobs):
        below = jobs[n + 1] if n + 1 < len(jobs) else None
        if (
            below is not None
            and not is_role(job.role)
            and not job.responsibilities
            and not below.company
            and is_role(below.role)
        ):
            place = ", ".join(p for p in (job.company, job.location or "") if p) or None
            employer = (job.role, place)
            continue
        if employer is not None and not job.company and job.role:
            job = job.model_copy(update={"company": employer[0], "location": employer[1]})
        elif job.company:
            employer = None
        out.append(job)
    return out


# what a running header or footer holds besides the name: page numbers, dates, "Résumé"
_RUNNING_WORD = re.compile(
    rf"(?i)^(?:\d{{1,4}}|page|of|r[ée]sum[ée]|cv|curriculum|vitae|confidential|{MONTH})$"
)


# "Hawthorne & Pike Publishers, Inc.." : a theme's own full stop after a name ending in one
_DOUBLED_STOP = re.compile(r"(?<=\w\.)\.(?!\.)")


def _without_running(lines: list[str], name: str) -> list[str]:
    """Without a page's running header or footer ("December 2026 | Priya Raman · Résumé | 1",
    "Priya Raman | page 2"): the name and nothing but page words. A business named after the
    person ("Priya Raman Consulting | 2019 – Present") stays."""
    key = name.casefold()

    def running(line: str) -> bool:
        folded = line.casefold()
        if key not in folded:
            return False
        rest = re.findall(r"[^\W_]+", folded.replace(key, " "))
        return all(_RUNNING_WORD.match(word) for word in rest)

    return [line for line in lines if not running(line)]


def _opens_header(line: str, nxt: str) -> bool:
    """The person's name over their title: where the main column starts after a sidebar."""
    words = nxt.split()
    # "Broker Relations", a skill listed under the name-like "Loss Ratio Analysis", names a
    # job word only to qualify a plural noun: no title
    skill_like = len(words) == 2 and is_role(words[0]) and not is_role(words[1])
    skill_like = skill_like and words[1].endswith("s")
    return (
        name_of(line) is not None
        and is_role(nxt)
        and not skill_like
        and heading_of(nxt) is None
        and len(nxt) < 60
    )


def _known_label(label: str) -> bool:
    """A contact field's or an entry field's label: read where it stands, never dropped."""
    return bool(LABELS.get(heading_key(label)) or label_field(label))


def parse_profile(text: str) -> Profile:
    """Read a resume's text into a Profile; pure, fast, and never invents a value."""
    # raw pypdf text keeps the trailing space of wrapped lines; clean text has none left
    lines = normalise_text(text, soft_wraps=True).split("\n")
    lines = join_split_ranges(unlabel(split_heading_rows(join_wrapped_headings(lines))))
    lines = side_dates(lines)
    lines = without_repeated_labels(table_entries(lines), _known_label)
    lines = without_level_grid(lines)
    lines = [_DOUBLED_STOP.sub("", line) for line in lines if not _SIGNED_OFF.match(line)]
    # a sidebar read before the main column can hide the name after its lists; only then
    # may a name over a title open the header again
    first_block = []
    for line in lines:
        if heading_of(line):
            break
        first_block.append(line)
    named = any(name_of(line) for line in first_block[:6])
    sections = split_sections(lines, None if named else _opens_header)
    for section in sections:
        if section.run_in and section.name == "certifications":
            section.lines = comma_listed(section.lines)  # "Certifications: A (X), B (Y)"
    by_name: dict[str, list[str]] = {}
    for section in sections:
        by_name.setdefault(section.name, []).extend(["", *section.lines])
    headers = [s.lines for s in sections if s.name == "header"]
    # the block that names the person comes first; other loose blocks may hold contact data
    headers.sort(key=lambda block: not any(name_of(line) for line in block[:6]))
    header = headers[0] if headers else []
    details = [*by_name.get("contact", []), *(ln for block in headers[1:] for ln in block)]
    contact = read_contact(header, details)
    if not contact.full_name:
        # a form's "Personal information" section opens with the bare name under its heading
        own = by_name.get("contact", [])
        contact.full_name = next((n for ln in own[:4] if ln.strip() and (n := name_of(ln))), "")
    contact.links.extend(
        link
        for link in read_contact([], by_name.get("links", [])).links
        if link not in contact.links
    )
    # never a referee's: the "other" sections (references) are not searched
    fill_missing(contact, [ln for s in sections if s.name not in _NOT_OWN for ln in s.lines])
    if contact.full_name:  # "December 2026 | Priya Raman · Résumé | 1" at each page's foot
        by_name = {k: _without_running(v, contact.full_name) for k, v in by_name.items()}
    entry_lines: set[str] = set()
    if "experience" not in by_name or "education" not in by_name:
        # no heading for them: the dated blocks before any heading, told apart by content
        loose = [line for s in sections if s.name == "header" for line in s.lines]
        for kind, block in unheaded_entries(loose).items():
            if kind != "education" or "education_mixed" not in by_name:
                by_name.setdefault(kind, block)
                entry_lines.update(block)
    summary = _summary(sections, by_name.get("summary", []), contact.headline, entry_lines)
    known = frozenset(p.strip().casefold() for p in (contact.location or "").split(","))
    raw_jobs = split_entries(by_name.get("experience", []), "experience")
    jobs = [to_experience(e, known - {""}) for e in raw_jobs]
    experience = uniform_order(raw_jobs, jobs, known - {""})
    experience = merged_repeats(_promotions(experience))
    # a career break has dates but no employer: it explains a gap, it is no job
    experience = [
        e
        for e in experience
        if (e.role or e.company) and not _BREAK.search(f"{e.role} {e.company}")
    ]
    without_own_contact(experience, contact.email, contact.phone)
    without_list_label(experience)
    education, certifications = _education(by_name)
    mixed_credentials, mixed_skills = credentials_and_skills(by_name.get("skills_mixed", []))
    certifications += [c for c in mixed_credentials if c not in certifications]
    skill_lines = [*by_name.get("skills", []), "", *mixed_skills]
    for section in sections:  # an "About" box whose skills are set as headings of their own
        if section.name == "summary" and (run := listed_in_summary(section.lines)):
            skill_lines = [*skill_lines, "", *run]
    listed, prose_items, named_items, listed_langs = listed_skills(skill_lines)
    languages, language_skills = listed_languages(by_name.get("languages", []))
    languages += [name for name in listed_langs if name not in languages]
    languages = languages or header_languages(header)
    # a credential under "Awards" ("NATE Certified Technician") is a credential
    award_lines = [BULLET.sub("", ln).strip() for ln in by_name.get("achievements", [])]
    awarded = [a for a in award_lines if _named_item(a) and CERTIFICATE.search(a)]
    certifications += [c for c in awarded if c not in certifications]
    achievements = responsibilities([a for a in award_lines if a not in awarded])
    projects = _projects(by_name.get("projects", []))
    # skills named in what the person did; never in names of schools, employers or titles
    prose = [
        summary if summary != contact.headline else "",
        *prose_items,
        *(item for job in experience for item in job.responsibilities),
        *achievements,
        *(p.description for p in projects),
    ]
    # a job title alone ("Barista and shift lead in ...") is no claim of a skill in prose
    listed_keys = frozenset(skill_key(s.name) for s in listed)
    # a list item is a noun phrase: its first word is no verb ("Team Leadership")
    claimed = item_claims(named_items, listed_keys)
    claimed += claimed_skills(without_titles(prose), listed_keys)
    claimed += work_compounds(without_titles(prose), listed_keys)
    found = [
        s
        for s in claimed
        if s.category != "language" and not (len(s.name.split()) == 1 and is_role(s.name))
    ]
    found = not_inside(found, {skill_key(s.name) for s in listed})
    found = not_heads_of_listed(found, [s.name for s in listed], prose)
    taken = {_key(v) for e in experience for v in (e.company, e.location or "")}
    taken |= {_key(v) for e in education for v in (e.institution, e.location or "")}
    skills = [s for s in _dedupe([*listed, *found, *language_skills]) if _key(s.name) not in taken]
    return Profile(
        full_name=contact.full_name,
        email=contact.email,
        phone=contact.phone,
        links=contact.links,
        location=contact.location,
        summary=summary,
        skills=skills,
        experience=experience,
        education=education,
        achievements=achievements,
        projects=projects,
        languages=languages,
        certifications=certifications,
    )


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _education(by_name: dict[str, list[str]]) -> tuple[list[Education], list[str]]:
    """Degrees with their schools; certificates and licences as their own list."""
    education: list[Education] = []
    certifications: list[str] = []
    for entry in split_entries(tidy_school_lines(by_name.get("education", [])), "education"):
        if any(contact_like(line) for line in entry.header):
            continue  # a page's foot ("Name — email — phone") under the last school
        item = to_education(entry)
        if not item.institution and CERTIFICATE.search(item.degree):
            certifications.append(item.degree)  # "ACE Certified Personal Trainer", no school
        elif item.degree or item.institution:
            education.append(item)
    for entry in split_entries(by_name.get("education_mixed", []), "education"):
        item = to_education(entry)
        if item.institution:
            education.append(item)
        elif item.degree:
            certifications.append(item.degree)
        items = [BULLET.sub("", ln).strip() for ln in entry.body]  # one a line: no sentences
        certifications += [c for c in items if _named_item(c)]
    certifications += _listed_credentials(by_name.get("certifications", []))
    # "Professional Development" lists courses too: one that names no credential but does
    # name who ran it ("Negotiation Skills Workshop — Strathmore Business School") is a course
    courses = _listed_credentials(by_name.get("development", []))
    certifications += [c for c in courses if not _PROVIDER_DASH.search(c)]
    certifications += _credentials_among(by_name.get("additional", []))
    # a contact line under a heading the reader did not know is never a credential
    return education, _unique(
        [c for c in certifications if not contact_like(c) and not is_stamp(c)]
    )


def _listed_credentials(raw: list[str]) -> list[str]:
    """The names a certifications list gives, one an entry or several a line."""
    # "Issued on:" with its date left empty by a theme is a label, no credential
    lines = [BULLET.sub("", line) for line in raw if not _BARE_LABEL.match(line.strip())]
    # an expiry ("exp. 06/2026", "(expires 2025)") dates no entry: it goes, the name stays
    lines = [_EXPIRY.sub("", line) for line in lines]
    names: list[str] = []
    if any(find_dates(line)[1] for line in lines):
        for entry in split_entries(lines, "education"):
            for header in _credential_groups(_join_tails(entry.header)):
                # fields, not parts: "First Aid at Work" is one name, not a role "at" a company
                fields = [f for ln in header for f in re.split(r"\s+\|\s+", ln)]
                name = ", ".join(f.strip() for f in fields if f.strip())
                if name:
                    names.append(without_provider(name))
            # an undated credential between dated ones is one of its own, not their body
            body = [BULLET.sub("", ln).strip() for ln in entry.body]
            names += [without_provider(b) for b in body if _named_item(b) and CREDENTIAL.search(b)]
    else:
        # "CDL Class A · Hazmat Endorsement" lists two; a comma may join a name and its body
        for line in _join_issuers(join_wrapped_tails([ln for ln in lines if ln.strip()])):
            names += [without_provider(" ".join(c.split())) for c in _LIST_SPLIT.split(line)]
    return [part for n in names if n for part in _acronym_list(n.rstrip(",;"))]


def _acronym_list(name: str) -> list[str]:
    """ "BLS, ACLS" lists two credentials; "Registered Nurse, Texas" names one."""
    pieces = [p.strip() for p in name.split(",")]
    if len(pieces) > 1 and all(_ACRONYM_ONLY.fullmatch(p) for p in pieces):
        return pieces
    return [name]


_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
_EXPIRY = re.compile(
    r"(?i)[,;]?\s*[(\[]?\b(?:exp(?:\.|ires|iry|ired|iration)?|valid (?:until|through|thru)|"
    r"renewal|renews)\b(?: date)?[:.]?\s*(?:[a-z]{3,9}\.? )?(?:\d{1,2}[/.-])?(?:19|20)\d\d[)\]]?"
)
_BARE_LABEL = re.compile(r"^[^\W\d_][\w ]{0,24}:$")
_ISSUER_END = re.compile(r"(?i)\b(?:institute|council|association|society|board|college|academy)$")
_AWARD_START = re.compile(r"(?i)^(?:diploma|certificate|certification|award|licen[cs]e)\b")


def _join_issuers(lines: list[str]) -> list[str]:
    """A body's name wrapped before what it awards ("Chartered Insurance Institute" over
    "Diploma in Insurance") is one credential: an issuer alone is none."""
    joined: list[str] = []
    for line in lines:
        if joined and _ISSUER_END.search(joined[-1].strip()) and _AWARD_START.match(line.strip()):
            joined[-1] = f"{joined[-1].strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


# what names a credential rather than a course: a credential word, a charter, a membership,
# or the credential's acronym in brackets ("(CPP)")
_PROVIDER_DASH = re.compile(r"\s+[—–]\s+")


def without_provider(name: str) -> str:
    """A credential without who issued it after a dash ("Certified Protection Professional
    (CPP) — ASIS International" -> its name): kept whole when the part before the dash names
    no credential, as a course with its provider does not."""
    pieces = _PROVIDER_DASH.split(name, maxsplit=1)
    if len(pieces) < 2:
        return name
    head = pieces[0].rstrip(" ,")
    if _LEVEL.fullmatch(pieces[1].strip()):
        return name  # "AWS Certified Solutions Architect – Associate": the level is its name
    return head if CREDENTIAL.search(head) or _ACRONYM_LED.match(head) else name


# the level a credential is held at, after a dash
_LEVEL = re.compile(
    r"(?i)(?:associate|professional|practitioner|foundation|specialty|speciality|expert|"
    r"fundamentals|advanced|intermediate|beginner|master|level\s+\w+)(?:\s*\(\d{4}\))?"
)


def _named_item(text: str) -> bool:
    """A short name ("Fear Free Certified", "IPAF"), not a sentence nor a "GPA: 3.8" line."""
    return 0 < len(text.split()) <= 10 and not text.endswith(".") and ":" not in text


# "OSHA 10-Hour General Industry", "CDL Class A": a short name led by an acronym
_ACRONYM_LED = re.compile(r"^[A-Z][A-Z0-9&]{1,6}\b(?!\.)")


def _credentials_among(lines: list[str]) -> list[str]:
    """The credentials in a mixed "Extra" or "Additional information" section: short items
    that name a credential word or start with an acronym; hobbies and sentences stay out."""
    items = [
        " ".join(item.split())
        for line in join_wrapped_tails([BULLET.sub("", ln) for ln in lines if ln.strip()])
        for item in _LIST_SPLIT.split(line)
    ]
    return [
        item
        for item in items
        if 0 < len(item.split()) <= 8
        and not item.endswith(".")
        and (CERTIFICATE.search(item) or _ACRONYM_LED.match(item))
    ]


_LIST_SPLIT = re.compile(r"\s+[·•|]\s+|\s*;\s+")


def contact_like(text: str) -> bool:
    """An e-mail, a link or a phone number (9+ digits: a year span like 2019-2022 is not)."""
    phones = [m.group() for m in PHONE.finditer(text)]
    long_number = any(sum(c.isdigit() for c in p) >= 9 for p in phones)
    return bool(EMAIL.search(text) or URL.search(text) or long_number)


def _credential_groups(header: list[str]) -> list[list[str]]:
    """One entry's header lines, a group each credential: two lines that each name one are
    two credentials over one date; a line naming none stays with the one above it."""
    if sum(1 for line in header if _names_one(line)) < 2:
        return [header]
    groups: list[list[str]] = []
    for line in header:
        if _names_one(line) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _names_one(line: str) -> bool:
    """A line that names a credential: a credential word, or an acronym alone ("PMP")."""
    return bool(CREDENTIAL.search(line) or _ACRONYM_ONLY.fullmatch(line.strip(" ,;")))


def _join_tails(header: list[str]) -> list[str]:
    """A single word alone under a title is the title's wrapped end ("... Food Sciences" over
    "Council"); an acronym alone ("PMP") is a credential of its own."""
    joined: list[str] = []
    for line in header:
        word = line.strip(" ,;")
        if (
            joined
            and len(line.split()) == 1
            and line[:1].isupper()
            and "," not in line
            and not _ACRONYM_ONLY.fullmatch(word)
        ):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    unique: list[str] = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            unique.append(value)
    return unique


def _summary(
    sections: list[Section], lines: list[str], headline: str, entry_lines: set[str]
) -> str:
    # an "About" box may hold the contact data too: where the person lives and how to reach
    # them are no part of what they say about themselves ("Montréal, QC" claims no QC)
    said = [ln for ln in lines if ln.strip() and not contact_like(ln) and not is_place(ln)]
    text = " ".join(BULLET.sub("", line) for line in said)
    if text:
        return text
    # no heading: an opening paragraph before the first section is the summary; the jobs
    # read from there without a heading are not
    intro = [
        line
        for line in sections[0].lines
        if _sentence_like(line) and "@" not in line and line not in entry_lines
    ]
    return " ".join(intro) or headline


def _sentence_like(line: str) -> bool:
    """A paragraph's line: twelve words, or a shorter sentence that ends with a full stop
    ("Licensed physiotherapist working with sports injuries and post-operative rehab.")."""
    words = len(line.split())
    return words >= 12 or (words >= 8 and line.rstrip().endswith(".") and line[:1].isupper())


def _name_and_rest(text: str) -> tuple[str, str]:
    """'Job Bot - a chat bot' -> ('Job Bot', 'a chat bot')."""
    pieces = re.split(r"\s+[-–—|]\s+|:\s+", text, maxsplit=1)
    return pieces[0].strip(), (pieces[1].strip() if len(pieces) > 1 else "")


def _projects(lines: list[str]) -> list[Project]:
    """Projects as "Name - what it is" bullets, or as entries with a header line and a body."""
    if any(line.strip() for line in lines) and all(is_bullet(ln) for ln in lines if ln.strip()):
        return [
            Project(name=n, description=d) for n, d in map(_name_and_rest, responsibilities(lines))
        ]
    projects: list[Project] = []
    for entry in split_entries(lines, "projects"):
        if entry.header:
            name, rest = _name_and_rest(" ".join(entry.header))
            body = " ".join(responsibilities(entry.body))
            if body and _STACK.fullmatch(rest):  # "Gitlytics | Python, Flask, React"
                description = f"{body.rstrip('.')} ({rest})"
            else:
                description = " ".join([rest, body]).strip()
            projects.append(Project(name=name, description=description))
    return projects


# a project's stack beside its name: short names parted by commas, no sentence
_STACK = re.compile(r"[^\W_][\w+#./ -]{0,30}(?:,\s*[^\W_][\w+#./ -]{0,30}){1,12}")


def _dedupe(skills: list[Skill]) -> list[Skill]:
    seen: set[str] = set()
    unique: list[Skill] = []
    for skill in skills:
        key = skill_key(skill.name)
        if key and key not in seen:
            seen.add(key)
            unique.append(skill)
    return unique
