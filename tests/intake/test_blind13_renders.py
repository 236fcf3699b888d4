"""blind13: the cover letter is a page of its own before the resume (no parser)."""

from __future__ import annotations

from core.intake import extract_text_sync
from tests.intake.resume_set.generate import cases, render

BLIND13 = [c for c in cases(blind13=True) if c.group == "blind13"]


def test_the_cover_letter_is_a_page_of_its_own() -> None:
    case = next(c for c in BLIND13 if c.layout.name == "cover_letter_first")
    data, name = render(case.person, case.layout)
    text = extract_text_sync(data, name)
    letter = text[: text.index("Yours sincerely")]
    assert "Dear Hiring Manager" in letter and case.person.jobs[0].employer in letter
    assert case.person.headline not in letter  # the resume starts after it
