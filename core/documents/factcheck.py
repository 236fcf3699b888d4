"""Cut every name, skill, employer, school, title, date or number the profile lacks.

A deterministic check, run on every engine's documents. Lines of the resume, sentences of the
cover letter and evidence points that state something the profile does not (or that carry a
placeholder, instruction text, a promise or a foreign contact: `core.documents.guard`) are
removed, and each removal is reported in plain words. A word that is not ordinary English
must come from the profile or the job's own title, company and places when it opens a
sentence, a heading or a "Name: text" label, or is written in lower case; a capitalised
word inside a sentence may also come from the job description (but never after "at",
"with", "for", "joined", "from" or "by", where it names an employer or a school).
(The cover letter is also clipped to 300 words and the evidence points to 7; those cuts are
not reported, as they state nothing false.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.documents.english import is_english
from core.documents.guard import guard_problems
from core.documents.wordsof import words_of
from core.evidence import profile_texts
from core.judging.screening import company_key
from core.models import Documents, Job, Profile
from core.offline.dates import MONTHS
from core.offline.lexicon import NUMBER_WORDS
from core.offline.skillscan import vocabulary_skills
from core.offline.text import fold, phrase_key, sentences, words
from core.resume.skills import skill_key

MAX_LETTER_WORDS = 300
MAX_POINTS = 7

# Words that name no fact (letter formulas, resume headings, calendar words, articles).
_COMMON = frozenset(
    words_of(
        "i dear hiring manager managers team recruiter recruiting sincerely regards kind best "
        "yours faithfully truly thank thanks resume cv cover letter summary profile "
        "experience education skills skill key core achievements accomplishments languages "
        "projects certifications courses evidence points highlights relevant professional "
        "work employment history present current today mr mrs ms dr re subject email e mail "
        "phone location contact details interests selected additional recent earlier previous "
        "page tailored position role job candidate application applying monday tuesday "
        "wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december jan feb mar apr jun jul aug sep sept oct "
        "nov dec internet the a an and of in at for with to my your our this that these those "
        "it as on by from"
    )
)
# Resume section headings a label ("Skills: ...") may carry without naming a fact.
_LABELS = _COMMON | frozenset(
    words_of(
        "other general technical soft tools software spoken strengths qualifications achievement"
    )
)
_NAME_RUN = re.compile(r"\b(?:at|with|for|joined|from|by)\s+((?:[A-Z][\w&'.-]*(?:\s+|$))+)")
# A word with its digits ("HbA1c", "Check24"); pure numbers are checked as numbers.
_TOKEN = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?\**((?:[^:,\s]+\s*){1,4}?)\**:\s")
_POSSESSIVE = re.compile(r"['’]s$")
_MARKS = re.compile(r"^[#>*_\s\d.)-]+")
_SEPARATORS = re.compile(r"\s*(?:,|·|\||;)\s*")
_HEAD_PARTS = re.compile(r"\s+(?:—|–|-|\||@|at)\s+")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+")
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(19[5-9]\d|20\d\d)\b")
# "ten years", "twelve clients": a number in words is a number too ("one" is too common).
_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(w for w in NUMBER_WORDS if w not in ("one", "a", "an")) + r")\b",
    re.IGNORECASE,
)


def numbers_in(text: str) -> set[str]:
    """Numbers in `text`, thousands separators removed ("32 000" -> "32000"; "ten" -> "10")."""
    out: set[str] = set()
    for m in NUMBER.finditer(text):
        raw = re.sub(r"[,\u00a0 ]", "", m.group(0))
        out.add(raw.lstrip("0") or "0")
    for m in _NUMBER_WORD.finditer(text):
        out.add(str(NUMBER_WORDS[m.group(1).lower()]))
    return out


def month_years(text: str) -> set[tuple[int, int]]:
    """(month, year) pairs named in `text` ("Jan 2021", "January 2021")."""
    out: set[tuple[int, int]] = set()
    joined = re.sub(r"(?<=\b\w) (?=\w\b)", "", text)  # "J A N U A R Y 2 0 2 0"
    for m in MONTH_YEAR.finditer(joined):
        month = MONTHS.get(fold(m.group(1)))
        if month:
            out.add((month, int(m.group(2))))
    return out


@dataclass(frozen=True)
class Facts:
    """What a profile (and the job applied to) lets a document say."""

    words: frozenset[str]
    context_words: frozenset[str]
    numbers: frozenset[str]
    month_years: frozenset[tuple[int, int]]
    skill_keys: frozenset[str]
    orgs: tuple[tuple[str, ...], ...]
    job_names: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    text_key: str = ""


def facts_for(profile: Profile, job: Job | None) -> Facts:
    """The facts of `profile`; the job's title, company and places may be named too."""
    job_bits: tuple[str, ...] = ()
    description = ""
    if job is not None:
        job_bits = (job.title, job.company, *job.cities, *job.countries)
        description = job.description + " " + " ".join(job.required_skills)
    return _facts(profile.model_dump_json(), job_bits, description)


@lru_cache(maxsize=64)
def _facts(profile_json: str, job_bits: tuple[str, ...], description: str) -> Facts:
    profile = Profile.model_validate_json(profile_json)
    texts = profile_texts(profile)
    text = "\n".join(texts)
    own = set(words(text)) | set(words(" ".join(job_bits)))
    skill_keys = {skill_key(s.name) for s in profile.skills}
    skill_keys |= {skill_key(lang) for lang in profile.languages}
    skill_keys |= {skill_key(name) for name in vocabulary_skills(text)}
    orgs = [company_key(e.company) for e in profile.experience if e.company]
    orgs += [company_key(e.institution) for e in profile.education if e.institution]
    if job_bits and job_bits[1]:
        orgs.append(company_key(job_bits[1]))
    contacts = [c for c in (profile.email, profile.phone, *profile.links) if c]
    return Facts(
        words=frozenset(own),
        context_words=frozenset(own | set(words(description))),
        numbers=frozenset(numbers_in(text) | numbers_in(" ".join(job_bits))),
        month_years=frozenset(month_years(text)),
        skill_keys=frozenset(skill_keys),
        orgs=tuple(o for o in orgs if o),
        job_names=tuple(n for n in job_bits[:2] if n.strip()),
        contacts=tuple(contacts),
        text_key=phrase_key(text),
    )


def _org_known(run: str, facts: Facts) -> bool:
    key = company_key(run)
    if not key:
        return True
    for org in facts.orgs:
        n, m = len(org), len(key)
        if any(key[i : i + n] == org for i in range(m - n + 1)):
            return True
        if any(org[i : i + m] == key for i in range(n - m + 1)):
            return True
    return all(w in facts.words or w in _COMMON for w in key)


def _own(token: str, facts: Facts) -> bool:
    parts = [p for p in words(token) if len(p) > 1]  # "'s", "'t" name nothing
    return all(p in facts.words or p in _COMMON for p in parts)


def _names(text: str, facts: Facts) -> list[str]:
    """Words that may name something the profile does not, wherever they stand."""
    found: list[str] = []
    for line in sentences(text):
        heading = line.lstrip().startswith("#")
        body = _MARKS.sub("", line)
        if heading and line.lstrip().startswith(("# ", "### ")):
            # A name or entry heading only restates the profile: every word must be its own.
            found += [f"the name '{t}'" for t in _TOKEN.findall(body) if not _own(t, facts)]
            for part in _HEAD_PARTS.split(body)[1:]:
                if not _org_known(part, facts):
                    found.append(f"the name '{part.strip()}'")
            continue
        label = _LABEL.match(line)
        if label:
            bad = [w for w in words(label.group(1)) if w not in facts.context_words]
            if bad and not all(w in _LABELS for w in bad):
                found.append(f"the name '{label.group(1).strip()}'")
        section = line.lstrip().startswith("## ")
        tokens = [t for t in _TOKEN.findall(body) if not t.replace("-", "").isdigit()]
        for i, raw in enumerate(tokens):
            token = _POSSESSIVE.sub("", raw)
            if _own(token, facts):
                continue
            capital_inside = i > 0 and token[0].isupper()
            if not is_english(token) and not (
                capital_inside and all(p in facts.context_words for p in words(token))
            ):
                # Not ordinary English: a name, which must be the profile's own (or, inside
                # a sentence and capitalised, the job's: "your Medicare residents").
                found.append(f"the name '{token}'")
            elif (
                i > 0
                and token[0].isupper()
                and not section
                and not all(p in facts.context_words for p in words(token))
            ):
                # An English word capitalised mid-sentence names something (Apple, Kaiser).
                found.append(f"the name '{token}'")
    return found


def problems(text: str, facts: Facts) -> list[str]:
    """What `text` states that the profile does not (empty when it is all supported)."""
    found: list[str] = []
    for number in sorted(numbers_in(text) - facts.numbers):
        found.append(f"the number {number}")
    for month, year in sorted(month_years(text) - facts.month_years):
        same_year = {my for my in facts.month_years if my[1] == year}
        if same_year or str(year) not in facts.numbers:
            found.append(f"the date {month:02d}/{year}")
    # The role and employer applied to may be named; skills inside those names are no claim.
    claims = text
    for name in facts.job_names:
        claims = re.sub(re.escape(name), " ", claims, flags=re.IGNORECASE)
    for name in vocabulary_skills(claims):
        if skill_key(name) not in facts.skill_keys and not set(words(name)) <= facts.words:
            found.append(f"the skill {name}")
    for m in _NAME_RUN.finditer(text):
        run = m.group(1).strip()
        if not _org_known(run, facts):
            found.append(f"the name '{run}'")
    found += _names(text, facts)
    # The job's own names are no foreign link: the employer may be called "Remote.io".
    named = " ".join([facts.text_key, *(phrase_key(n) for n in facts.job_names)])
    found += guard_problems(text, facts.contacts, named)
    return list(dict.fromkeys(found))


def _is_heading(line: str) -> bool:
    s = line.strip()
    return s.startswith("#") or (s.startswith("**") and s.endswith("**") and len(s) > 4)


def _clean_resume(md: str, facts: Facts, removed: list[str]) -> str:
    out: list[str] = []
    skip_level: int | None = None
    for line in md.splitlines():
        stripped = line.strip()
        level = len(stripped) - len(stripped.lstrip("#")) if stripped.startswith("#") else 7
        if skip_level is not None:
            if _is_heading(line) and level <= skip_level:
                skip_level = None
            else:
                continue
        issues = problems(line, facts)
        if not issues:
            out.append(line)
            continue
        if _is_heading(line):
            removed.append(f"resume: removed the section '{stripped}' ({', '.join(issues)})")
            skip_level = level
            continue
        items = _SEPARATORS.split(line)
        if len(items) >= 3:
            kept = [i for i in items if not problems(i, facts)]
            dropped = [i.strip() for i in items if i not in kept]
            removed.append(f"resume: removed {', '.join(dropped)} ({', '.join(issues)})")
            if kept and any(words(i) for i in kept):
                out.append(", ".join(i for i in kept))
            continue
        removed.append(f"resume: removed the line '{stripped}' ({', '.join(issues)})")
    return "\n".join(out) + ("\n" if md.endswith("\n") else "")


def _clean_prose(text: str, facts: Facts, removed: list[str], where: str) -> str:
    paragraphs: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        kept: list[str] = []
        for line in para.splitlines():
            parts = _SENTENCE_END.split(line.strip())
            good = []
            for part in parts:
                issues = problems(part, facts)
                if issues:
                    removed.append(f"{where}: removed '{part}' ({', '.join(issues)})")
                else:
                    good.append(part)
            if good:
                kept.append(" ".join(good))
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


def clip_words(text: str, limit: int = MAX_LETTER_WORDS) -> str:
    """`text` cut after the last whole sentence within `limit` words."""
    if len(text.split()) <= limit:
        return text
    out: list[str] = []
    count = 0
    for para in re.split(r"\n\s*\n", text):
        sentences_kept: list[str] = []
        for sentence in re.split(r"(?<=[.!?])\s+", para.strip()):
            n = len(sentence.split())
            if count + n > limit:
                break
            sentences_kept.append(sentence)
            count += n
        if sentences_kept:
            out.append(" ".join(sentences_kept))
        if count >= limit or len(sentences_kept) < len(re.split(r"(?<=[.!?])\s+", para.strip())):
            break
    return "\n\n".join(out)


def check_documents(
    docs: Documents, profile: Profile, *, job: Job | None = None
) -> tuple[Documents, list[str]]:
    """Documents with every unsupported fact removed, and what was removed (plain words).

    Pass `job` so the letter may name the employer and role applied to.
    """
    facts = facts_for(profile, job)
    removed: list[str] = []
    resume = _clean_resume(docs.resume_md, facts, removed)
    letter = _clean_prose(docs.cover_letter, facts, removed, "cover letter")
    points: list[str] = []
    for point in docs.evidence_points:
        issues = problems(point, facts)
        if issues:
            removed.append(f"evidence: removed '{point}' ({', '.join(issues)})")
        else:
            points.append(point)
    cleaned = Documents(
        resume_md=resume, cover_letter=clip_words(letter), evidence_points=points[:MAX_POINTS]
    )
    return cleaned, removed
