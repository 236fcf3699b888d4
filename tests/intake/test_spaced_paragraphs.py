"""Paragraphs a word processor sets a space apart, their own lines at the tight leading
(core/resume/layout_spaced_paragraphs.py): a wrapped title or list item is read as one line."""

from __future__ import annotations

from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.text import join_soft_wraps
from tests.intake.test_latex_classes import box


def _lines(words: list[Word]) -> list[str]:
    return join_soft_wraps(document_text([words]).split("\n"))


def test_a_title_that_wrapped_in_a_spaced_block_reads_as_one_line() -> None:
    # every paragraph has space after it (22 pt top to top at 10 pt), a paragraph's own
    # lines stand 13 pt apart: the title's end under it is no line of its own, though it
    # starts in capitals and the title does not end with a comma
    words = [
        *box("Experience", 90, 150, 100),
        *box("Class Teacher, St. Mary's National", 90, 470, 122, "bold"),
        *box("School, Galway Sep 2018 – Present", 90, 330, 135, "bold"),
        *box("• Taught a class of 28 pupils across the primary curriculum", 90, 500, 157),
        *box("and planned weekly lessons.", 90, 260, 170),
        *box("Certificates", 90, 150, 192),
        *box("Garda Vetting", 90, 170, 214),
    ]
    lines = _lines(words)
    assert "Class Teacher, St. Mary's National School, Galway Sep 2018 – Present" in lines
    assert "Certificates" in lines


def test_a_list_item_that_wrapped_at_the_blocks_edge_joins_its_end() -> None:
    # a sidebar's certificates, one paragraph each: the longest item sets the column's edge
    # and wraps; its end stands at the tight leading, the next item a space below
    words = [
        *box("Languages", 306, 360, 100),
        *box("English — native", 306, 385, 122),
        *box("Certificates", 306, 370, 144),
        *box("BLS Certification, American Heart", 306, 458, 166),
        *box("Association", 306, 357, 179),
        *box("ACLS Provider", 306, 370, 201),
    ]
    lines = _lines(words)
    assert "BLS Certification, American Heart Association" in lines
    assert "ACLS Provider" in lines


def test_a_list_set_solid_keeps_its_items_apart() -> None:
    # the same lines at the tight leading without wrapping ("SQL" under the longest item):
    # the leading tells nothing, each item stays a line
    words = [
        *box("Skills", 90, 130, 100),
        *box("Python, Kubernetes, Terraform, Ansible", 90, 300, 122),
        *box("SQL", 90, 110, 135),
        *box("Excel", 90, 120, 148),
        *box("Languages", 90, 150, 170),
        *box("English", 90, 130, 192),
    ]
    lines = _lines(words)
    assert lines[1:4] == ["Python, Kubernetes, Terraform, Ansible", "SQL", "Excel"]
