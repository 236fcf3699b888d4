"""The offline cover letter: the job's top requirements answered one by one from the resume.

200 to 300 words in plain paragraphs: an opening naming the role, the company and the
strongest matching fact; the requirements with evidence; where the job is placed, a line of
fact about the candidate's own location (never a promise to move or a date to start); a
closing. Wording is chosen per job, so letters for two jobs read differently even when the
facts are the same. Salutation, name and contact are added by `content.add_frame`.
"""

from __future__ import annotations

import re
import zlib

from core.documents import phrasing as P
from core.documents.clauses import clause, is_action, is_gerund, join_and
from core.documents.english import is_english
from core.documents.guard import commitments
from core.documents.linter import sentence
from core.documents.phrasing import echoes, same_case
from core.documents.tailor import Fact, Plan, with_article
from core.models import Match
from core.offline.text import phrase_key, sentences, stems
from core.resume.dates import is_ongoing

MIN_WORDS, MAX_WORDS = 200, 300
_FILLER_STEMS = frozenset(stems("skill skills experience knowledge ability strong good"))
_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+")
_FRAME_WORDS = 12  # salutation, sign-off and name, added afterwards
_ALSO_WAS = re.compile(r"\bI also was\b")  # "I also was awarded ...": "also" goes after "was"


def _pick(options: tuple[str, ...], *keys: str, shift: int = 0) -> str:
    """A stable choice per job and topic, so two jobs rarely share a sentence; `shift` steps
    through the options, so one letter does not repeat itself."""
    return options[(zlib.crc32("\x00".join(keys).encode()) + shift) % len(options)]


# A letter names the job's title in its opening, once in its body and once in its close at
# most; read aloud, "the Nutrition Consultant role" in every sentence sounds like a form.
_CLOSING_TOPICS = frozenset({"closing", "thanks"})
_COMPANY_AT_END = re.compile(r" to \{company\}\.$")
_UNTITLED = (
    (re.compile(r"\b([Tt]he|[Yy]our) \{title\} (role|posting)"), lambda m: f"{_this(m[1])} {m[2]}"),
    (re.compile(r"\bas your \{title\}"), lambda m: "in this role"),
)


def _this(article: str) -> str:
    return "This" if article[0].isupper() else "this"


def _untitled(template: str) -> str:
    """The template with its mention of the job's title made a plain "this role"."""
    for pattern, plain in _UNTITLED:
        template = pattern.sub(plain, template)
    return template


def stop(text: str) -> str:
    """`text` ending in one full stop, also after a name that ends in one ("Bite Co.")."""
    return text if text.endswith((".", "!", "?", '"')) else text + "."


def _acts(fact: Fact) -> bool:
    """True when the letter says the fact after "I" (a verb that does not stutter)."""
    return is_action(fact.text) and not echoes(fact.text)


def said(fact: Fact) -> str:
    """The fact as the letter says it: a clause after "I" or "my work has included", or
    quoted as written."""
    return clause(fact.text) if _acts(fact) or is_gerund(fact.text) else fact.text


class _Letter:
    """One letter being written: its plan, the facts already used, the job's seed."""

    def __init__(self, plan: Plan, years: str | None) -> None:
        self.plan = plan
        self.years = years
        self.used: set[str] = set()
        self.seed = plan.job.id or plan.job.title
        self.title = plan.job.title
        self.company = plan.job.company or "your team"
        self.titled = 0  # sentences so far that named the job's title
        self.titled_close = 0  # of them, in the closing paragraph
        self.company_close = False  # the closing paragraph named the company

    def pick(self, options: tuple[str, ...], topic: str, shift: int = 0, **kw: str) -> str:
        template = _pick(options, self.seed, topic, shift=shift)
        if "{title}" in template:
            # the opening names the job, the body once more at most, the close once at most;
            # otherwise "this role"
            closing = topic in _CLOSING_TOPICS
            if self.titled_close if closing else self.titled - self.titled_close >= 2:
                template = _untitled(template)
            if "{title}" in template:
                self.titled += 1
                self.titled_close += closing
        if topic in _CLOSING_TOPICS and "{company}" in template:
            if self.company_close:  # "... could support Acme. Thank you for ... to Acme."
                template = _COMPANY_AT_END.sub(".", template)
            self.company_close = True
        return template.format(title=self.title, company=self.company, **kw)

    def names(self, items: list[str]) -> str:
        """Skills or requirements joined as one list, in one case."""
        return join_and(same_case([self.plan.name(i) for i in items], items))

    def fact(
        self,
        fact: Fact,
        action: tuple[str, ...],
        quote: tuple[str, ...],
        topic: str,
        shift: int = 0,
        **kw: str,
    ) -> str:
        self.used.add(fact.text)
        if _acts(fact):
            said_after_i = self.pick(action, topic, shift, ev=said(fact), **kw)
            return _ALSO_WAS.sub("I was also", said_after_i)
        if is_gerund(fact.text):
            gerund = P.WITH_GERUND if "req" in kw else P.GERUND
            return self.pick(gerund, topic, shift, ev=said(fact), **kw)
        return self.pick(quote, topic, shift, ev=said(fact), **kw)

    def opening(self, best: Fact | None) -> str:
        job, profile = self.plan.job, self.plan.profile
        at = f" at {job.company}" if job.company else ""
        head = self.pick(P.APPLY, "apply", at=at)
        recent = next((e for e in profile.experience if e.role or e.company), None)
        if recent is None:
            out = [stop(head)]
        else:
            role = recent.role.split("(")[0].strip() or "a member of the team"
            ongoing = not recent.end or is_ongoing(recent.end)
            employer = f" at {recent.company}" if recent.company else ""
            years = f" and {self.years} of experience" if self.years else ""
            line = self.pick(
                P.DRAWING,
                "recent",
                when="current" if ongoing else "recent",
                a_role=with_article(role),
                role=role,
                employer=employer,
                years=years,
            )
            out = [(head + line).replace("..", ".")]
        if best is not None:
            out.append(self.fact(best, P.BEST_ACTION, P.BEST_QUOTE, "best"))
        return " ".join(out)

    def answer(self, match: Match) -> str | None:
        """A sentence taking one requirement, with a fact that shows it; None when none does."""
        req = self.plan.name(match.requirement.strip())
        key = phrase_key(match.requirement)
        wanted = set(stems(match.requirement)) - _FILLER_STEMS
        facts = [
            f
            for f in self.plan.shown()
            if f.text not in self.used
            and key  # in what the letter says of it, not in a clause it leaves out
            and (f" {key} " in f" {phrase_key(said(f))} " or wanted <= set(stems(said(f))))
        ]
        # "I designed" reads better than a quote; a stuttering bullet reads worst.
        facts.sort(key=lambda f: (echoes(f.text), not is_action(f.text)))
        if not facts:
            return None
        return self.fact(facts[0], P.WITH_VERB, P.WITH_QUOTE, key, req=req)

    def place(self) -> str | None:
        job, home = self.plan.job, self.plan.profile.location
        if not home:
            return None
        home = P.place_name(home)
        if job.is_remote and not (job.is_onsite or job.is_hybrid):
            return self.pick(P.REMOTE, "place", home=home)
        home_key = f" {phrase_key(home)} "
        for city in job.cities:
            if f" {phrase_key(city)} " in home_key:
                return self.pick(P.LOCAL, "place", home=home, city=city)
        return None  # never a promise to move or to travel


# "now looking for an assistant manager role", "seeking a position in ...": an objective
# written for another application, which a letter for this job must not repeat
_OBJECTIVE = re.compile(
    r"(?i)\b(?:looking for|seeking|to obtain|to secure|to work (?:in|for|with)|aspiring|"
    r"objective|career goal|wish to|would like to|hoping to|eager to join)\b"
)


def _summary_line(w: _Letter) -> str | None:
    """The person's own summary, said in a line, when it names no other employer than the
    profile's and states no goal of its own."""
    profile = w.plan.profile
    employers = {phrase_key(e.company) for e in profile.experience if e.company}
    for text in sentences(profile.summary)[:2]:
        line = sentence(text)
        named = [phrase_key(m) for m in re.findall(r"\bat ((?:[A-Z][\w&'-]*\s?)+)", line)]
        if len(line.split()) >= 6 and all(n in employers for n in named):
            if _OBJECTIVE.search(line):
                continue
            return w.pick(P.SUMMARY, "summary", ev=_after_colon(line))
    return None


def _after_colon(line: str) -> str:
    """The line as it reads after a colon: an ordinary first word in lower case ("friendly,
    reliable team member"), a name or an acronym as written ("Python developer")."""
    first = line.split()[0].strip(",.;:")
    if first[:1].isupper() and first[1:].islower() and is_english(first.lower()):
        return line[:1].lower() + line[1:]
    return line


def _school(w: _Letter) -> str | None:
    school = next((e for e in w.plan.profile.education if e.institution and e.degree), None)
    if school is None:
        return None
    options = P.DEGREE if P.is_degree(school.degree) else P.COURSE
    degree = with_article(school.degree)
    return w.pick(options, "school", a_degree=degree, school=school.institution)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs) + _FRAME_WORDS


def cover_letter(plan: Plan, years: str | None) -> str:
    """The letter's body for `plan.job`, 200 to 300 words when the profile has enough."""
    profile = plan.profile
    w = _Letter(plan, years)
    profile_key = phrase_key(profile.model_dump_json())
    # only what the tailored resume lists: a letter cites nothing its resume left out
    ranked = [f for f in plan.shown() if f.relevance > 0] or plan.shown()
    # The opening's fact: the strongest one that reads as something the candidate did.
    best = next(
        (f for f in ranked if _acts(f)),
        ranked[0] if ranked else None,
    )
    paragraphs = [w.opening(best)]
    matches = [m for m in plan.matched if not commitments(m.requirement, profile_key)]
    answered: list[tuple[Match, str]] = []
    for match in matches[:6]:
        if (text := w.answer(match)) is not None:
            answered.append((match, text))
    done = {m.requirement for m, _ in answered}
    # A requirement matched from elsewhere (the summary's "sales teams") is no listed skill.
    own = {phrase_key(s) for _, names in plan.skills for s in names}
    listed = [
        m.requirement
        for m in matches
        if m.requirement not in done and phrase_key(m.requirement) in own
    ]
    if answered:
        asks = w.pick(P.ASKS, "asks", reqs=w.names([m.requirement for m, _ in answered[:3]]))
        paragraphs.append(" ".join([asks, *(t for _, t in answered[:3])]))
    focus = [m.requirement for m in matches[:2]]
    if focus:
        paragraphs[0] += " " + w.pick(P.WHY, "why", reqs=w.names(focus))
    body = [t for _, t in answered[3:]]
    if listed:
        body.append(w.pick(P.SKILLS, "skills", skills=w.names(listed[:4])))
    earlier = [e for e in profile.experience if e.role and e.company][1:3]
    if earlier and _words([*paragraphs, *body]) < MIN_WORDS:
        before = [f"{with_article(e.role.split('(')[0].strip())} at {e.company}" for e in earlier]
        body.append(w.pick(P.EARLIER, "earlier", roles=join_and(before)).replace("..", "."))
    named = {phrase_key(x) for x in [*listed[:4], *done]}
    langs = [P.spoken(x) for x in plan.languages]
    spoken = {phrase_key(x) for x in plan.languages}
    if len(langs) > 1 and not named & spoken and _words([*paragraphs, *body]) < MIN_WORDS:
        body.append(w.pick(P.LANGUAGES, "languages", languages=join_and(langs)))
    if (school := _school(w)) is not None:
        body.append(school)
    certs = list(dict.fromkeys(P.credential(c) for c in profile.certifications if c.strip()))[:3]
    if certs and _words([*paragraphs, *body]) < MIN_WORDS:
        body.append(w.pick(P.CERTIFICATES, "certificates", certs=join_and(certs)))
    shown = {phrase_key(s) for s in [*listed[:4], *plan.languages, *done, *certs]}
    others = [s for _, names in plan.skills for s in names if phrase_key(s) not in shown][:4]
    if others and _words([*paragraphs, *body]) < MIN_WORDS:
        options = P.OTHER_SKILLS if listed else P.SKILLS
        body.append(w.pick(options, "others", skills=w.names(others)))
    # More of what the candidate did, the relevant and numbered first; a quoted line that is
    # not an action (an employer's blurb, a bare title) reads as padding here.
    spare = [
        f
        for f in ranked[1:] + plan.shown()
        if f.text not in w.used and (is_action(f.text) or is_gerund(f.text))
    ]
    spare = list(dict.fromkeys(spare))
    spare.sort(key=lambda f: (echoes(f.text), not (f.relevance or f.numbered)))
    for n, fact in enumerate(spare[:6]):
        if _words([*paragraphs, *body]) >= MIN_WORDS:
            break
        body.append(w.fact(fact, P.MORE_ACTION, P.MORE_QUOTE, "more", shift=n))
    if _words([*paragraphs, *body]) < MIN_WORDS and (line := _summary_line(w)):
        body.append(line)
    if body:
        paragraphs.append(" ".join(body))
    role = next((e.role.split("(")[0].strip() for e in profile.experience if e.role), "")
    closing = w.pick(P.CLOSING if role else P.CLOSING[1:], "closing", a_role=with_article(role))
    close = [stop(closing.rstrip("."))]
    close.append(w.pick(P.THANKS, "thanks"))
    if (place := w.place()) is not None:
        close.insert(0, place)
    paragraphs.append(" ".join(close))
    while _words(paragraphs) > MAX_WORDS and len(paragraphs) > 2:
        paragraphs.pop(-2)
    # Whatever the fact check would cut is not written in the first place.
    kept = [" ".join(s for s in _SENTENCES.split(p) if plan.speakable(s)) for p in paragraphs]
    return "\n\n".join(p for p in kept if p)
