"""What no document may carry whatever the engine: placeholders, instructions, commitments, links.

Each finder returns plain-words problems for one piece of text; the fact check removes the
sentence that has any. A phrase the profile itself contains is the user's own words and passes
(a resume may say "reduced overtime by 30%" when the profile does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.offline.text import fold, phrase_key
from core.resume.contact import EMAIL, PHONE

PLACEHOLDER = re.compile(
    r"<[^<>\n]{1,40}>|\[[^\[\]\n]{1,40}\](?!\()|\{[^{}\n]{1,40}\}"
    r"|\b(?:john|jane)\s+(?:smith|doe)\b|\blorem\b|\bipsum\b"
    r"|\b(?:your|candidate'?s?|applicant'?s?|company|employer|hiring manager'?s?)\s+name\b"
    r"|\b(?:xyz|abc)\s+(?:company|corp|inc|ltd)\b|\binsert\s+\w+|\bx{3,}\b|\bTBD\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:instructions?|prompts?|rules)\b"
    r"|\bsystem\s+(?:prompt|message|instructions?)\b|\bas an ai\b|\blanguage model\b"
    r"|\b(?:chatgpt|openai|llm)\b|<<<|>>>|‹‹‹|›››|\bend (?:resume|job)\b"
    r"|\b(?:the|these|my|your) (?:prompt|instructions)\b|\bjailbreak",
    re.IGNORECASE,
)
# Promises the user never made: waivers, unpaid work, availability, pay, hours, moving home.
_COMMITMENT = re.compile(
    r"\bwaiv(?:e|es|ed|ing|er)\b|\bunpaid\b|\bwithout (?:pay|compensation|salary)\b"
    r"|\bfor free\b|\bfree of charge\b|\bno (?:pay|salary|compensation)\b"
    r"|\b(?:trial|probation) (?:period|day|days|week|weeks|shift|shifts)\b"
    r"|\bovertime\b|\bweekends?\b|\bnight shifts?\b|\bon[- ]call\b|\b24/7\b"
    r"|\bavailab(?:le|ility)\b"
    r"|\b(?:start|begin|join) (?:immediately|right away|tomorrow|at once|now)\b"
    r"|\bwilling to\b|\b(?:happy|ready|prepared|able|glad|eager) to (?:relocate|move|travel|work)\b"
    r"|\b(?:will|would|can|could) (?:relocate|move)\b|\brelocat(?:e|ing|ion)\b"
    r"|\bsalary\b|\bcompensation\b|\bpay (?:cut|rate|expectations?)\b"
    r"|\b(?:lower|reduced) (?:pay|rate)\b"
    r"|\bnon[- ]?compete\b|\bguarantee[ds]?\b|\bi promise\b|\bcommit(?:ted)? to\b",
    re.IGNORECASE,
)
URL = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|uk|de|fr|ly|me|app|info|biz)\b(?:/\S*)?",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _link_key(link: str) -> str:
    key = fold(link).rstrip(".,;)/")
    for prefix in ("https://", "http://", "www."):
        key = key.removeprefix(prefix)
    return key


def commitments(text: str, profile_key: str = "") -> list[str]:
    """Promises in `text` (waivers, unpaid work, availability, pay) the profile does not make."""
    padded = f" {profile_key} "
    return [
        m.group(0)
        for m in _COMMITMENT.finditer(text)
        if f" {phrase_key(m.group(0))} " not in padded
    ]


def placeholders(text: str) -> list[str]:
    """Template slots and stand-in names ("<NAME>", "[Company]", "John Smith", "Lorem")."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text)]


def guard_problems(text: str, own_contacts: Iterable[str] = (), profile_key: str = "") -> list[str]:
    """What `text` may not say: placeholders, instructions, commitments, foreign contacts."""
    padded = f" {profile_key} "
    # A candidate may really be called John Smith: the profile's own words are no placeholder.
    found = [
        f"the placeholder '{p}'"
        for p in placeholders(text)
        if not (phrase_key(p) and f" {phrase_key(p)} " in padded and p[:1].isalpha())
    ]
    found += [f"the instruction text '{m.group(0)}'" for m in _INSTRUCTION.finditer(text)]
    found += [f"a commitment you did not make ('{c}')" for c in commitments(text, profile_key)]
    own = {fold(c) for c in own_contacts if c}
    own_links = {_link_key(c) for c in own_contacts if c}
    own_digits = {_digits(c) for c in own_contacts if len(_digits(c)) >= 7}
    scrubbed = text
    for m in EMAIL.finditer(text):
        scrubbed = scrubbed.replace(m.group(0), " ")
        if fold(m.group(0)) not in own:
            found.append(f"the e-mail address '{m.group(0)}'")
    for m in URL.finditer(scrubbed):
        if f" {phrase_key(m.group(0))} " in padded:
            continue  # the profile's own words ("Booking.com" as an employer)
        if _link_key(m.group(0)) not in own_links:
            found.append(f"the link '{m.group(0)}'")
    for m in PHONE.finditer(scrubbed):
        digits = _digits(m.group(0))
        if _YEAR_SPAN.fullmatch(m.group(0).strip()):
            continue
        if len(digits) >= 9 and digits not in own_digits:
            found.append(f"the phone number '{m.group(0).strip()}'")
    return found
