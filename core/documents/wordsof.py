"""Word lists written as one string, so a long list reads as prose and diffs line by line."""

from __future__ import annotations


def words_of(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text`."""
    return tuple(text.split())
