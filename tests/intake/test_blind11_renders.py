"""blind11's files say what its labels say: every value is in the extracted text (no parser)."""

from __future__ import annotations

from collections import Counter

import pytest

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.generate import Case, cases, render
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.personas import PEOPLE
from tests.intake.resume_set.personas2 import PEOPLE7
from tests.intake.resume_set.personas3 import PEOPLE8
from tests.intake.resume_set.personas4 import PEOPLE9
from tests.intake.resume_set.personas6 import PEOPLE11

BLIND11 = [c for c in cases(blind11=True) if c.group == "blind11"]


def test_new_people_in_new_professions_two_layouts_each() -> None:
    earlier = PEOPLE + PEOPLE7 + PEOPLE8 + PEOPLE9
    old = {p.profession for p in earlier} | {p.name for p in earlier}
    assert len(PEOPLE11) == 8
    assert not old & ({p.profession for p in PEOPLE11} | {p.name for p in PEOPLE11})
    assert Counter(c.person.name for c in BLIND11) == dict.fromkeys((p.name for p in PEOPLE11), 2)
    assert set(Counter(c.layout.name for c in BLIND11).values()) == {4}
    assert not [c for c in cases() if c.person in PEOPLE11]  # only blind11 renders them


def test_the_veteran_meets_the_military_layout_and_breaks_are_no_jobs() -> None:
    military = {c.person.name for c in BLIND11 if c.layout.name == "military_transition"}
    assert "Travis O'Neill" in military
    for c in BLIND11:
        if c.layout.name == "career_break":
            assert all("Career break" not in j.role for j in c.person.jobs)


@pytest.mark.parametrize("case", BLIND11, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    values += labels.certifications + labels.languages + labels.skills
    assert [v for v in values if f" {norm(v)} " not in text] == []
