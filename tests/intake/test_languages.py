"""Languages are language names, with a level when one is written."""

from __future__ import annotations

import pytest

from core.resume.languages import language_of


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Spanish", "Spanish"),
        ("spanish (fluent)", "Spanish (fluent)"),
        ("French - B2", "French (B2)"),
        ("German: native speaker", "German (native)"),
        ("English — Full professional proficiency", "English (Full professional)"),
        ("Mandarin Chinese", "Mandarin"),
        ("Yoruba (native)", "Yoruba (native)"),
        ("Training", None),
        ("OSHA 10-Hour General Industry", None),
        ("Chicago, IL", None),
        ("May 2021", None),
        ("Spanish Literature", None),
        ("fluent", None),
    ],
)
def test_language_of(item: str, expected: str | None) -> None:
    assert language_of(item) == expected
