"""File and folder names for documents, safe on every filesystem and named for the job."""

from __future__ import annotations

import re
import unicodedata

# Refused by Windows, macOS or Linux in a file name, plus control characters.
_SLASHES = re.compile(r"[/\\|]+")
_FORBIDDEN = re.compile(r'[:*?"<>\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
_EDGES = " -–—_"
# Most filesystems allow 255 bytes per name; leave room for a " (2)" a browser may add.
MAX_NAME_BYTES = 180
_PART_BYTES = 80

RESUME = "Resume"
COVER_LETTER = "Cover Letter"
EVIDENCE = "Evidence"


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` UTF-8 bytes, at a word boundary where one is near."""
    if len(text.encode()) <= limit:
        return text
    cut = text.encode()[:limit].decode(errors="ignore")
    space = cut.rfind(" ")
    if space >= len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip(_EDGES)


def safe_part(text: str, limit: int = _PART_BYTES) -> str:
    """One piece of a file name: NFC, no character any filesystem refuses, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _SLASHES.sub("-", text)
    text = _FORBIDDEN.sub(" ", text)
    # A leading dot hides a file; a trailing one inside the name is kept ("Bite Co.").
    text = _SPACES.sub(" ", text).strip(_EDGES).lstrip(".").lstrip(_EDGES)
    return _fit(text, limit)


def _join(parts: list[str], extension: str) -> str:
    # Windows drops a name's trailing dots and spaces: never end on one.
    stem = " - ".join(p for p in parts if p).rstrip(". ")
    return f"{stem}.{extension}" if extension else stem


def document_filename(full_name: str, kind: str, company: str, title: str, extension: str) -> str:
    """`<Full Name> - <kind> - <Company> - <Title>.<extension>`, under MAX_NAME_BYTES."""
    parts = [safe_part(full_name), kind, safe_part(company), safe_part(title)]
    ext = safe_part(extension, 10).lower()
    while len(_join(parts, ext).encode()) > MAX_NAME_BYTES:
        # Shorten the longest of title, company and name (in that order on a tie); the kind
        # always stays whole.
        i = max((3, 2, 0), key=lambda k: len(parts[k].encode()))
        parts[i] = _fit(parts[i], max(len(parts[i].encode()) - 8, 0))
    return _join(parts, ext)


def job_folder_name(company: str, title: str, fallback: str) -> str:
    """A folder named for the job (`<Company> - <Title>`), or `fallback` when both are empty."""
    name = _join([safe_part(company), safe_part(title)], "")
    return name or safe_part(fallback) or "job"
