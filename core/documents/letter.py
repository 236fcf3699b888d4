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

from core.documents.guard import commitments
from core.documents.linter import sentence
from core.documents.tailor import Fact, Plan, clause, is_action, is_gerund, with_article
from core.models import Match
from core.offline.text import fold, phrase_key, sentences, stems

MIN_WORDS, MAX_WORDS = 200, 300
_THIN_WORDS = 130  # just above the minimum a letter must have to be sent
_FILLER_STEMS = frozenset(stems("skill skills experience knowledge ability strong good"))
_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+")
_FRAME_WORDS = 12  # salutation, sign-off and name, added afterwards

_RECENT = (
    "I currently work as {a_role}{at}{years}.",
    "My current role is {role}{at}{years}.",
    "Today I work as {a_role}{at}{years}.",
)
_PAST = (
    "Most recently, I worked as {a_role}{at}{years}.",
    "My most recent role was {role}{at}{years}.",
    "Until recently, I worked as {a_role}{at}{years}.",
)
_BEST_ACTION = (
    "Among my results, I {ev}.",
    "One result I would bring to this role is that I {ev}.",
    "A result I am proud of is that I {ev}.",
)
_BEST_QUOTE = (
    'One result from my resume stands out, "{ev}"',
    'My resume records a result that fits this role, "{ev}"',
    'A line from my resume that fits this role well reads "{ev}"',
)
_WITH_VERB = (
    "For {req}, I {ev}.",
    "On {req}, my record is direct, as I {ev}.",
    "Your need for {req} matches my work, where I {ev}.",
    "As evidence of {req}, I {ev}.",
    "When it comes to {req}, I {ev}.",
)
_WITH_QUOTE = (
    'For {req}, my resume records "{ev}"',
    'On {req}, one line of my resume says it best, "{ev}"',
    'Your need for {req} is covered by my experience, where I list "{ev}"',
    'As evidence of {req}, my resume notes "{ev}"',
)
_WHY = (
    "What drew me to this posting is its focus on {reqs}.",
    "The focus of the {title} role on {reqs} fits the work I have done so far.",
    "This role's emphasis on {reqs} matches what my experience is built on.",
)
_GERUND = (
    "My work has also included {ev}.",
    "My role has also meant {ev}.",
    "I have also spent my time {ev}.",
)
_OTHER_SKILLS = (
    "Other skills on my resume include {skills}.",
    "Beyond the posting's list, my skills include {skills}.",
)
_SUMMARY = (
    'My resume sums up my background as "{ev}"',
    'In the words of my resume, "{ev}"',
)
_SKILLS = (
    "My resume also lists {skills} among my core skills.",
    "You will also find {skills} among the skills on my resume.",
    "My skills also include {skills}.",
)
_MORE_ACTION = ("I also {ev}.", "In addition, I {ev}.", "Beyond that, I {ev}.")
_MORE_QUOTE = (
    'My resume also notes "{ev}"',
    'Another line of my resume reads "{ev}"',
    'I would add one more point from my resume, "{ev}"',
)
_EARLIER = (
    "Before that, I worked as {roles}",
    "Earlier in my career, I worked as {roles}",
    "My earlier roles include {roles}",
    "I have also worked as {roles}",
)
_LANGUAGES = (
    "I speak {languages}.",
    "My languages are {languages}.",
    "I work in {languages}.",
)
_SCHOOL = (
    "I hold {a_degree} from {school}.",
    "My education includes {a_degree} from {school}.",
    "I studied at {school}, where I earned {a_degree}.",
)
_REMOTE = (
    "I am based in {home}, and I note that this role is remote.",
    "This role is remote, and I am based in {home}.",
)
_LOCAL = (
    "I am based in {home}, where this role is located.",
    "This role is located in {city}, where I am based.",
)
_CLOSING = (
    "I would welcome the chance to discuss how my work as {role} could support {company}.",
    "I would be glad to talk about what I could bring to {company} as your {title}.",
    "I would value a conversation about how my experience fits the {title} role at {company}.",
)
_THANKS = (
    "Thank you for considering my application to {company}.",
    "Thank you for your time and for considering me for this role.",
    "Thank you for reading my application.",
    "Thank you for considering my application for the {title} role.",
)


def _pick(options: tuple[str, ...], *keys: str, shift: int = 0) -> str:
    """A stable choice per job and topic, so two jobs rarely share a sentence; `shift` steps
    through the options, so one letter does not repeat itself."""
    return options[(zlib.crc32("\x00".join(keys).encode()) + shift) % len(options)]


def stop(text: str) -> str:
    """`text` ending in one full stop, also after a name that ends in one ("Bite Co.")."""
    return text if text.endswith((".", "!", "?", '"')) else text + "."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class _Letter:
    """One letter being written: its plan, the facts already used, the job's seed."""

    def __init__(self, plan: Plan, years: str | None) -> None:
        self.plan = plan
        self.years = years
        self.used: set[str] = set()
        self.seed = plan.job.id or plan.job.title

    def pick(self, options: tuple[str, ...], topic: str, shift: int = 0) -> str:
        return _pick(options, self.seed, topic, shift=shift)

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
        if is_action(fact.text):
            return self.pick(action, topic, shift).format(ev=clause(fact.text), **kw)
        if is_gerund(fact.text):
            return self.pick(_GERUND, topic, shift).format(ev=clause(fact.text), **kw)
        return self.pick(quote, topic, shift).format(ev=fact.text, **kw)

    def opening(self, best: Fact | None) -> str:
        job, profile = self.plan.job, self.plan.profile
        at = f" at {job.company}" if job.company else ""
        out = [stop(f"I am writing to apply for the {job.title} role{at}")]
        recent = next((e for e in profile.experience if e.role or e.company), None)
        if recent is not None:
            role = recent.role.split("(")[0].strip() or "a member of the team"
            ongoing = not recent.end or fold(recent.end) in ("present", "current", "now")
            template = self.pick(_RECENT if ongoing else _PAST, "recent")
            where = f" at {recent.company}" if recent.company else ""
            years = f", with {self.years} of experience behind me" if self.years else ""
            if where.endswith(".") and years:
                where += ","
                years = years[1:]
            line = template.format(a_role=with_article(role), role=role, at=where, years=years)
            out.append(line.replace("..", "."))
        if best is not None:
            out.append(self.fact(best, _BEST_ACTION, _BEST_QUOTE, "best"))
        return " ".join(out)

    def answer(self, match: Match) -> str | None:
        """A sentence taking one requirement, with a fact that shows it; None when none does."""
        req = self.plan.name(match.requirement.strip())
        key = phrase_key(match.requirement)
        wanted = set(stems(match.requirement)) - _FILLER_STEMS
        facts = [
            f
            for f in self.plan.ranked()
            if f.text not in self.used
            and key
            and (f" {key} " in f" {phrase_key(f.text)} " or wanted <= set(stems(f.text)))
        ]
        facts.sort(key=lambda f: not is_action(f.text))  # "I designed" reads better than a quote
        if not facts:
            return None
        return self.fact(facts[0], _WITH_VERB, _WITH_QUOTE, key, req=req)

    def place(self) -> str | None:
        job, home = self.plan.job, self.plan.profile.location
        if not home:
            return None
        if job.is_remote and not (job.is_onsite or job.is_hybrid):
            return self.pick(_REMOTE, "place").format(home=home)
        home_key = f" {phrase_key(home)} "
        for city in job.cities:
            if f" {phrase_key(city)} " in home_key:
                return self.pick(_LOCAL, "place").format(home=home, city=city)
        return None  # never a promise to move or to travel


def _summary_line(w: _Letter) -> str | None:
    """The resume's own summary, quoted, when it names no other employer than the profile's."""
    profile = w.plan.profile
    employers = {phrase_key(e.company) for e in profile.experience if e.company}
    for text in sentences(profile.summary)[:2]:
        line = sentence(text)
        named = [phrase_key(m) for m in re.findall(r"\bat ((?:[A-Z][\w&'-]*\s?)+)", line)]
        if len(line.split()) >= 6 and all(n in employers for n in named):
            return w.pick(_SUMMARY, "summary").format(ev=line)
    return None


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs) + _FRAME_WORDS


def cover_letter(plan: Plan, years: str | None) -> str:
    """The letter's body for `plan.job`, 200 to 300 words when the profile has enough."""
    job, profile = plan.job, plan.profile
    w = _Letter(plan, years)
    profile_key = phrase_key(profile.model_dump_json())
    ranked = [f for f in plan.ranked() if f.relevance > 0] or plan.ranked()
    # The opening's fact: the strongest one that reads as something the candidate did.
    best = next((f for f in ranked if is_action(f.text)), ranked[0] if ranked else None)
    paragraphs = [w.opening(best)]
    matches = [m for m in plan.matched if not commitments(m.requirement, profile_key)]
    answered: list[tuple[Match, str]] = []
    for match in matches[:6]:
        if (text := w.answer(match)) is not None:
            answered.append((match, text))
    done = {m.requirement for m, _ in answered}
    listed = [plan.name(m.requirement) for m in matches if m.requirement not in done]
    if answered:
        reqs = [plan.name(m.requirement) for m, _ in answered[:3]]
        intro = f"Your posting asks for {_join(reqs)}."
        paragraphs.append(" ".join([intro, *(t for _, t in answered[:3])]))
    focus = [plan.name(m.requirement) for m in matches[:2]]
    if focus:
        why = w.pick(_WHY, "why").format(reqs=_join(focus), title=job.title)
        paragraphs[0] += " " + why
    body = [t for _, t in answered[3:]]
    if listed:
        body.append(w.pick(_SKILLS, "skills").format(skills=_join(listed[:4])))
    earlier = [e for e in profile.experience if e.role and e.company][1:3]
    if earlier and _words([*paragraphs, *body]) < MIN_WORDS:
        before = [f"{with_article(e.role.split('(')[0].strip())} at {e.company}" for e in earlier]
        body.append(stop(w.pick(_EARLIER, "earlier").format(roles=_join(before))))
    named = {phrase_key(x) for x in [*listed[:4], *done]}
    spoken = {phrase_key(x) for x in plan.languages}
    if len(spoken) > 1 and not named & spoken and _words([*paragraphs, *body]) < MIN_WORDS:
        body.append(w.pick(_LANGUAGES, "languages").format(languages=_join(plan.languages)))
    school = next((e for e in profile.education if e.institution and e.degree), None)
    if school is not None:
        body.append(
            w.pick(_SCHOOL, "school").format(
                a_degree=with_article(school.degree), school=school.institution
            )
        )
    shown = {phrase_key(s) for s in [*listed[:4], *plan.languages, *done]}
    others = [s for _, names in plan.skills for s in names if phrase_key(s) not in shown][:4]
    if others and _words([*paragraphs, *body]) < MIN_WORDS:
        options = _OTHER_SKILLS if listed else _SKILLS
        body.append(w.pick(options, "others").format(skills=_join([plan.name(s) for s in others])))
    # More of what the candidate did; a quoted line that is not an action (an employer's
    # blurb, a bare title) reads as padding here.
    spare = [
        f
        for f in ranked[1:] + plan.ranked()
        if f.text not in w.used and (is_action(f.text) or is_gerund(f.text))
    ]
    spare = list(dict.fromkeys(spare))
    spare.sort(key=lambda f: (not (f.relevance or f.numbered), not is_action(f.text)))
    for n, fact in enumerate(spare[:6]):
        # A weak fact ("answered the phone") only keeps a thin letter above the minimum.
        weak = not (fact.relevance or fact.numbered)
        if _words([*paragraphs, *body]) >= (_THIN_WORDS if weak else MIN_WORDS):
            break
        body.append(w.fact(fact, _MORE_ACTION, _MORE_QUOTE, "more", shift=n))
    if _words([*paragraphs, *body]) < MIN_WORDS and (line := _summary_line(w)):
        body.append(line)
    if body:
        paragraphs.append(" ".join(body))
    role = next((e.role.split("(")[0].strip() for e in profile.experience if e.role), "")
    company = job.company or "your team"
    closing = w.pick(_CLOSING if role else _CLOSING[1:], "closing")
    close = [stop(closing.format(role=role, company=company, title=job.title).rstrip("."))]
    close.append(w.pick(_THANKS, "thanks").format(company=company, title=job.title))
    if (place := w.place()) is not None:
        close.insert(0, place)
    paragraphs.append(" ".join(close))
    while _words(paragraphs) > MAX_WORDS and len(paragraphs) > 2:
        paragraphs.pop(-2)
    # Whatever the fact check would cut is not written in the first place.
    kept = [" ".join(s for s in _SENTENCES.split(p) if plan.speakable(s)) for p in paragraphs]
    return "\n\n".join(p for p in kept if p)
