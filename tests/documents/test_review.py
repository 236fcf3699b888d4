"""Review frames every engine's documents with the profile's own name, contact and sign-off."""

from __future__ import annotations

from core.documents.content import strip_frame
from core.documents.review import review
from core.models import Documents
from tests.documents.test_llm_over_http import JOB, JULIE, TRUE_LETTER, TRUE_RESUME


def test_the_engines_title_block_and_signature_are_replaced_by_ours() -> None:
    docs = Documents(
        resume_md="**Jane Doe**\njane@doe.example | +1 212 555 0199\n\n" + TRUE_RESUME,
        cover_letter=f"Hello team,\n\n{TRUE_LETTER}\n\nJane Doe\njane@doe.example",
    )
    checked = review(docs, JULIE, JOB)
    assert checked.short == [] and checked.removed == []
    resume, letter = checked.docs.resume_md, checked.docs.cover_letter
    assert resume.startswith("# Julie Monroe\nLos Angeles, CA, United States | email@email.com")
    assert letter.startswith(f"Dear Hiring Manager,\n\n{TRUE_LETTER}\n\nKind regards,\n")
    assert "Jane" not in resume + letter and "212 555" not in resume


def test_a_resume_that_opens_with_a_section_keeps_it() -> None:
    body = strip_frame(Documents(resume_md=TRUE_RESUME, cover_letter=""))
    assert body.resume_md == TRUE_RESUME.strip("\n")


def test_a_resume_without_headings_is_not_taken_for_a_title_block() -> None:
    md = "Julie Monroe\nemail@email.com | 3868683442\n- Performed nutrition assessments.\n"
    assert strip_frame(Documents(resume_md=md, cover_letter="")).resume_md == (
        "- Performed nutrition assessments."
    )


def test_a_candidate_really_called_john_smith_is_no_placeholder() -> None:
    john = JULIE.model_copy(update={"full_name": "John Smith"})
    checked = review(Documents(resume_md=TRUE_RESUME, cover_letter=TRUE_LETTER), john, JOB)
    assert checked.short == [] and checked.removed == []
    assert checked.docs.resume_md.startswith("# John Smith\n")
