"""The document linter is a pure function: each rule finds its problem, clean text has none."""

from __future__ import annotations

import pytest

from core.documents.linter import lint, lint_letter, lint_resume, sentence, tidy
from core.models import Documents

CLEAN = Documents(
    resume_md="# Julie Monroe\nLos Angeles | email@email.com\n\n## Experience\n"
    "### Nutritional Consultant — Maple Foods Inc.\nJan 2016 – Nov 2019\n"
    "- Monitored laboratory indicators of anemia.\n",
    cover_letter="Dear Hiring Manager,\n\nI am applying to Balanced Bite Co. for the role. "
    "I worked at Maple Foods Inc., where I planned meals.\n\nKind regards,\nJulie Monroe",
    evidence_points=['Meal planning: "Planned meals for 40 clients."'],
)


def test_clean_documents_have_no_findings() -> None:
    assert lint(CLEAN) == []


@pytest.mark.parametrize(
    ("letter", "rule"),
    [
        ("I am applying to Balanced Bite Co.. I can help.", "doubled punctuation"),
        ("I planned meals,, and menus.", "doubled punctuation"),
        ("I planned meals .", "doubled punctuation"),
        ("I was tasked with · participating in menus.", "stray symbol"),
        ("I am applying for the <ROLE> role.", "placeholder"),
        ("Regards from John Smith to you.", "placeholder"),
        ("I planned the the menus.", "doubled word"),
        ("I planned meals for. Nutrition consultant", "fragment"),
        ("I planned meals and", "fragment"),
        ("participating in menus for residents.", "fragment"),
        ("I planned meals.   ", "trailing whitespace"),
    ],
)
def test_each_rule_finds_its_problem(letter: str, rule: str) -> None:
    found = lint_letter(f"Dear Hiring Manager,\n\n{letter}\n\nKind regards,\nJulie")
    assert rule in {f.rule for f in found}, found


def test_resume_bullets_that_are_cut_off_are_fragments() -> None:
    found = lint_resume("## Experience\n- tasked with planning menus\n- Planned menus for\n")
    assert [f.rule for f in found] == ["fragment", "fragment"]


def test_a_capital_letter_grade_is_not_a_dangling_article() -> None:
    md = "## Certifications\n- CDL Class A\n- Vitamin D\n- Grade B\n- Cooked for a\n"
    found = lint_resume(md)
    assert [f.text for f in found] == ["- Cooked for a"]
    assert lint_letter("Dear Hiring Manager,\n\nI planned meals for a.\n\nRegards,\nJ") != []


def test_tidy_repairs_reading_artefacts() -> None:
    assert tidy("tasked with · participating  in meal plans..") == (
        "tasked with participating in meal plans."
    )
    assert tidy("Worked at Maple Foods Inc., then at Bite Co..") == (
        "Worked at Maple Foods Inc., then at Bite Co."
    )
    assert sentence("answered the the phones ,") == "Answered the phones."
    assert sentence("Balanced Bite Co.") == "Balanced Bite Co."
