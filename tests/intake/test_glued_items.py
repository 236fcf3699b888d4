"""Two list items run together where the PDF lost their break ("Stick WeldingFlux-Cored Arc
Welding") are two skills; a product's one name with capitals inside stays whole."""

from __future__ import annotations

from core.resume.glued_items import join_wrapped_last, unglued
from core.resume.parser import parse_profile


def test_a_noun_of_work_glued_to_a_capital_ends_an_item() -> None:
    assert unglued(["Stick WeldingFlux-Cored Arc Welding"]) == [
        "Stick Welding",
        "Flux-Cored Arc Welding",
    ]


def test_a_product_name_with_inner_capitals_stays_whole() -> None:
    items = ["TrainingPeaks", "Microsoft PowerPoint", "QuickBooks Online"]
    assert unglued(items) == items


def test_glued_items_reach_the_profile_as_two_skills() -> None:
    text = (
        "Sam Carter\nsam@example.com\nSkills\n"
        "Stick WeldingFlux-Cored Arc Welding\nBlueprint Reading\n"
    )
    names = parse_profile(text).skill_names()
    assert "Stick Welding" in names and "Flux-Cored Arc Welding" in names


def test_a_last_item_wrapped_over_two_lines_is_one_item() -> None:
    lines = [
        "Psychosocial Support",
        "Clinical Genetics",
        "Genomic Testing",
        "Bereavement",
        "Support",
    ]
    assert join_wrapped_last(lines)[-1] == "Bereavement Support"


def test_two_known_one_word_names_at_a_list_end_stay_two() -> None:
    lines = ["Data Analysis", "Project Management", "Excel", "Word"]
    assert join_wrapped_last(lines) == lines
