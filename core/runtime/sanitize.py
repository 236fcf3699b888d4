"""Text from outside (LLM answers, portal JSON, resumes) without NUL and other controls."""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls; lone surrogates cannot be stored either.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with control characters removed (\\r\\n becomes \\n); PostgreSQL refuses NUL."""
    if text.isprintable():  # the common case costs one C-level scan
        return text
    return _CONTROLS.sub("", text.replace("\r\n", "\n"))


def clean_tree(value: Any) -> Any:
    """Parsed JSON with every string (keys too) cleaned; other values untouched."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_tree(item) for item in value]
    if isinstance(value, dict):
        return {
            clean_text(str(k)) if isinstance(k, str) else k: clean_tree(v) for k, v in value.items()
        }
    return value
