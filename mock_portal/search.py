"""Hand-written BM25 over job title, skills, description and places (no numpy)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from mock_portal.models import Job

TOKEN_RE = re.compile(r"[a-z0-9]+[+#]*")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "the",
        "their",
        "this",
        "to",
        "we",
        "will",
        "with",
        "you",
        "your",
        "who",
        "can",
        "all",
        "any",
        "per",
    ]
)
# A title word counts three times, a required skill twice: they say more than prose does.
FIELD_WEIGHTS = {"title": 3, "skills": 2, "places": 1, "description": 1}


def stem(token: str) -> str:
    """Fold plurals so that "trainers" finds "trainer" (deliberately light)."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def tokenize(text: str) -> list[str]:
    """Lower-case, strip accents (Zoë -> zoe), split, drop stop words, stem."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [stem(tok) for tok in TOKEN_RE.findall(folded) if tok not in STOPWORDS]


def job_fields(job: Job) -> dict[str, str]:
    return {
        "title": job.title,
        "skills": " ".join(job.required_skills),
        "places": " ".join([*job.cities, *job.countries]),
        "description": job.description,
    }


class BM25Index:
    """Okapi BM25 with weighted fields folded into one bag of words per document."""

    def __init__(self, jobs: Sequence[Job], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.term_freqs: list[Counter[str]] = []
        self.lengths: list[float] = []
        doc_freq: Counter[str] = Counter()
        for job in jobs:
            tf: Counter[str] = Counter()
            for name, text in job_fields(job).items():
                weight = FIELD_WEIGHTS[name]
                for tok in tokenize(text):
                    tf[tok] += weight
            self.term_freqs.append(tf)
            self.lengths.append(float(sum(tf.values())))
            doc_freq.update(tf.keys())
        n = len(jobs)
        self.avg_length = (sum(self.lengths) / n) if n else 0.0
        self.idf = {
            term: math.log(1.0 + (n - df + 0.5) / (df + 0.5)) for term, df in doc_freq.items()
        }
        self.postings: dict[str, list[int]] = {}
        for doc, tf in enumerate(self.term_freqs):
            for term in tf:
                self.postings.setdefault(term, []).append(doc)

    def scores(self, query: str) -> dict[int, float]:
        """Score every document that contains at least one query term."""
        out: dict[int, float] = {}
        for term in dict.fromkeys(tokenize(query)):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for doc in self.postings[term]:
                freq = self.term_freqs[doc][term]
                norm = 1.0 - self.b + self.b * self.lengths[doc] / self.avg_length
                gain = idf * freq * (self.k1 + 1.0) / (freq + self.k1 * norm)
                out[doc] = out.get(doc, 0.0) + gain
        return out

    def search(self, query: str, top_k: int | None = None) -> list[tuple[int, float]]:
        """Return (document index, score) best first; ties keep corpus order."""
        ranked = sorted(self.scores(query).items(), key=lambda item: (-item[1], item[0]))
        return ranked if top_k is None else ranked[:top_k]
