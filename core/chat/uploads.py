"""What every adapter says about a file before downloading it: too big, or not a resume."""

from __future__ import annotations

from core.intake import MAX_BYTES, RESUME_TYPES_TEXT

# The platforms say a file's size before it is fetched: anything larger is refused unread.
MAX_RESUME_BYTES = MAX_BYTES


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _named(name: str | None) -> str:
    return f"“{name}”" if name else "That file"


def too_big(name: str | None, size: int) -> str:
    """The one sentence for a file over the limit, said before any download."""
    return (
        f"{_named(name)} is {_megabytes(size)}; I read resumes of at most "
        f"{_megabytes(MAX_RESUME_BYTES)}. Please send a smaller {RESUME_TYPES_TEXT} file."
    )


def not_a_resume(name: str | None) -> str:
    """The one sentence for a file of a type the resume reader does not take."""
    return f"{_named(name)} is not a resume I can read: please send a {RESUME_TYPES_TEXT} file."
