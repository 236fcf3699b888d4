"""One feed from many sources: the same job listed twice is kept once, with where it was seen.

Two jobs are the same when their canonical URLs match, or else when company, normalised title
and place match and they were posted within 30 days of each other. Earlier sources win, so the
portal (which can take an application) goes first."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.models import Job

SAME_JOB_WINDOW = timedelta(days=30)
# Query parameters that only say who sent the visitor; the rest (e.g. gh_jid) name the job.
_TRACKING = re.compile(r"^(?:utm_.*|ref|refs|source|src|gh_src|lever-source.*|lever-origin|via)$")
_TITLE_NOISE = re.compile(r"\((?:[mwfdix]\s*/\s*)+[mwfdix]\)|\b(?:[mwfd]/){2}[mwfd]\b|\*", re.I)
_COMPANY_FORMS = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|ag|se|sa|sas|bv|b\.v|plc|corp|corporation|co|company)\b\.?"
)
_NON_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def canonical_url(url: str | None) -> str | None:
    """The URL with scheme, host case, www., tracking parameters and fragment made uniform."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k.lower())]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def normal_title(title: str) -> str:
    """A title folded for comparison: case, accents, gender tags and punctuation dropped."""
    return " ".join(_NON_WORD.sub(" ", _fold(_TITLE_NOISE.sub(" ", title))).split())


def normal_company(company: str) -> str:
    folded = _NON_WORD.sub(" ", _COMPANY_FORMS.sub(" ", _fold(company)))
    return " ".join(folded.split())


def _place(job: Job) -> str:
    if job.cities:
        return _fold(job.cities[0])
    if job.countries:
        return _fold(job.countries[0])
    return "remote" if job.is_remote else ""


def _close_in_time(a: Job, b: Job) -> bool:
    if a.posted_at is None or b.posted_at is None:
        return True  # a board that gives no date cannot tell them apart
    return abs(a.posted_at - b.posted_at) <= SAME_JOB_WINDOW


def _urls(job: Job) -> set[str]:
    found = {canonical_url(job.apply_url), canonical_url(getattr(job, "url", None))}
    return {u for u in found if u}


def merge_feeds(feeds: Iterable[Sequence[Job]]) -> list[Job]:
    """Every job once, in the order first seen; a duplicate adds its source to `seen_on`."""
    kept: list[Job] = []
    by_url: dict[str, Job] = {}
    by_key: dict[tuple[str, str, str], list[Job]] = {}
    ids: set[str] = set()
    for feed in feeds:
        for job in feed:
            if job.id in ids:
                continue
            urls = _urls(job)
            key = (normal_company(job.company), normal_title(job.title), _place(job))
            same = next((by_url[u] for u in urls if u in by_url), None)
            if same is None and key[0] and key[1]:
                same = next((k for k in by_key.get(key, []) if _close_in_time(k, job)), None)
            if same is not None:
                if job.source != same.source and job.source not in same.seen_on:
                    same.seen_on.append(job.source)
                continue
            job = job.model_copy(update={"seen_on": list(job.seen_on)})  # ours to extend
            kept.append(job)
            ids.add(job.id)
            for url in urls:
                by_url.setdefault(url, job)
            by_key.setdefault(key, []).append(job)
    return kept
