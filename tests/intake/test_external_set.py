"""The "external" groups: resumes in published JSON Resume themes and LaTeX CV classes (no
parser here)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.external.make_external import (
    SETS,
    local_assets,
    printed_labels,
    visible_text,
)
from tests.intake.resume_set.latex.make_latex import printed_labels as printed_in_source
from tests.intake.resume_set.latex.templates import TEMPLATES, esc, europecv
from tests.intake.resume_set.personas import PEOPLE
from tests.intake.resume_set.personas9 import PEOPLE14
from tests.intake.resume_set.rendercv.make_rendercv import THEMES as RENDERCV_THEMES
from tests.intake.resume_set.run import BLIND, EXTERNAL, _external_group

# folder: (templates, people a template)
FOLDERS = {g: (themes, each) for g, (themes, _, each) in SETS.items()}
FOLDERS["latex"] = (tuple(t.name for t in TEMPLATES), 2)
FOLDERS["rendercv"] = (tuple(RENDERCV_THEMES), 2)


@pytest.mark.parametrize("group", FOLDERS)
def test_every_theme_renders_its_people_and_every_file_is_read_by_the_intake(group: str) -> None:
    themes, each = FOLDERS[group]
    folder = EXTERNAL.with_name(group)
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    assert Counter(c["theme"] for c in cases) == dict.fromkeys(themes, each)
    assert len({c["labels"]["name"] for c in cases}) == len(cases)  # all different people
    for case in cases:
        text = extract_text_sync((folder / case["file"]).read_bytes(), case["file"])
        assert norm(case["labels"]["name"].split()[-1]) in norm(text), case["file"]


def _names(folder: str) -> dict[str, str]:
    """Each person of a folder and the group their case is in."""
    cases = json.loads((EXTERNAL.with_name(folder) / "cases.json").read_text())
    return {c["labels"]["name"]: _external_group(folder, c["theme"]) for c in cases}


def test_the_sets_share_no_person() -> None:
    names = [set(_names(g)) for g in FOLDERS if g != "rendercv"]
    assert all(not a & b for n, a in enumerate(names) for b in names[n + 1 :])


def test_rendercv_takes_no_person_of_a_blind_set() -> None:
    """The seen personas files had one person no set used: rendercv/ takes the others from the
    seen sets' people, never a blind set's (tuning on it must not learn them)."""
    taken = set(_names("rendercv"))
    for folder in FOLDERS:
        if folder != "rendercv":
            shared = {n: g for n, g in _names(folder).items() if n in taken}
            assert not set(shared.values()) & set(BLIND), folder


def test_cdn_stylesheets_are_served_from_npm_and_unknown_links_are_kept() -> None:
    bootstrap = "//maxcdn.bootstrapcdn.com/bootstrap/3.2.0/css/bootstrap.min.css"
    fonts = "https://fonts.googleapis.com/css?family=Work+Sans:600|Fira+Mono:400"
    html = (
        f'<link rel="stylesheet" href="{bootstrap}"><link href="{fonts}" rel="stylesheet">'
        '<link rel="stylesheet" href="https://example.org/theme.css">'
    )
    out = local_assets(html)
    assert "node_modules/bootstrap320/dist/css/bootstrap.min.css" in out
    assert "https://example.org/theme.css" in out
    if (EXTERNAL / "node_modules").exists():  # the fonts are found only where npm installed them
        assert "%40fontsource/work-sans/400.css" in out and "%40fontsource/fira-mono/400.css" in out
    assert "fonts.googleapis.com" not in out


def test_a_label_is_kept_only_where_the_page_shows_it() -> None:
    person = PEOPLE[0]
    html = (
        f"<html><head><title>{person.certifications[0]}</title><style>.x{{}}</style></head>"
        f"<body><h1>{person.name}</h1><p>{person.email}</p><script>'{person.phone}'</script>"
        f"<p>{person.jobs[0].employer}, {person.jobs[0].role}</p></body></html>"
    )
    shown = visible_text(html)
    labels = printed_labels(person, shown)
    assert labels["name"] == person.name and labels["email"] == person.email
    assert labels["phone"] == ""  # only in a script
    assert labels["certifications"] == []  # only in the <title>
    assert labels["employers"] == [person.jobs[0].employer]
    assert labels["roles"] == [person.jobs[0].role]
    assert labels["schools"] == [] and labels["languages"] == []


def test_a_latex_label_is_kept_only_where_the_source_prints_it() -> None:
    grace = next(p for p in PEOPLE14 if p.name == "Grace Njeri Ndungu")
    source = europecv(grace)["cv.tex"]  # the Europass of 2004 has no place for a summary
    labels = printed_in_source(grace, source)
    assert labels["name"] == grace.name and labels["phone"] == grace.phone
    skills = labels["skills"]
    assert isinstance(skills, list) and "crisis support" not in skills  # only in the summary
    assert labels["languages"] == [n for n, _ in grace.languages]
    assert esc("Deloitte & Touche [IFRS]") == r"Deloitte \& Touche IFRS"
