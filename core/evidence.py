"""Keep only matches whose evidence is really in the resume: an engine may not invent evidence."""

from __future__ import annotations

import re
from functools import lru_cache

from core.models import Match, Profile
from core.offline.text import fold
from core.ports import JobScore

# Quoting marks and ellipses an engine may wrap around or put inside a quotation.
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\])\s*")
_STRIP = " \t\n\"'`«»“”‘’.,;:-•*()[]"


def _norm(text: str) -> str:
    """Folded text with every run of non-word characters made a single space."""
    return " ".join(re.sub(r"[^\w+#%$]+", " ", fold(text)).split())


def profile_texts(profile: Profile) -> list[str]:
    """Every text value of the profile (the things a match may quote)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(profile.model_dump(mode="json"))
    return out


@lru_cache(maxsize=64)
def _haystack(profile_json: str, resume_text: str) -> str:
    profile = Profile.model_validate_json(profile_json)
    parts = [resume_text, *profile_texts(profile)]
    return " | ".join(_norm(p) for p in parts if p)


def profile_haystack(profile: Profile, resume_text: str) -> str:
    """The normalised text a quotation is looked up in: the resume and every profile value."""
    return _haystack(profile.model_dump_json(), resume_text)


def evidence_found(evidence: str, haystack: str) -> bool:
    """True when every quoted fragment of `evidence` occurs, on word boundaries, in `haystack`."""
    fragments = [_norm(f.strip(_STRIP)) for f in _ELLIPSIS.split(evidence)]
    fragments = [f for f in fragments if f]
    if not fragments:
        return False
    padded = f" {haystack} "
    return all(f" {frag} " in padded for frag in fragments)


def quoted_in(evidence: str, text: str) -> bool:
    """True when `evidence` is quoted, word for word, from `text` (one document's own text)."""
    return evidence_found(evidence, _norm(text))


def verify_matches(result: JobScore, profile: Profile, resume_text: str) -> JobScore:
    """Drop matches whose evidence is not in the resume text or profile; move them to missing.

    The score is lowered by the share of requirements that lost their evidence, because an
    engine that claimed them also counted them in its score.
    """
    haystack = profile_haystack(profile, resume_text)
    kept: list[Match] = []
    dropped: list[Match] = []
    for match in result.matched:
        (kept if evidence_found(match.evidence, haystack) else dropped).append(match)
    if not dropped:
        return result
    missing = list(result.missing)
    for match in dropped:
        if match.requirement not in missing:
            missing.append(match.requirement)
    total = len(kept) + len(missing)
    score = round(result.score * (1 - len(dropped) / total)) if total else result.score
    names = ", ".join(m.requirement for m in dropped)
    reasons = [
        *result.reasons,
        f"Evidence for {names} was not found in your resume, so it counts as missing "
        f"(score {result.score} -> {score}).",
    ]
    return JobScore(score=score, reasons=reasons, matched=kept, missing=missing)
