"""blind8's files say what its labels say: every value is in the extracted text (no parser)."""

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

BLIND8 = [c for c in cases(blind8=True) if c.group == "blind8"]


def test_new_people_in_new_professions_two_layouts_each() -> None:
    older = (*PEOPLE, *PEOPLE7)
    old = {p.profession for p in older} | {p.name for p in older}
    assert len(PEOPLE8) == 8
    assert not old & ({p.profession for p in PEOPLE8} | {p.name for p in PEOPLE8})
    assert Counter(c.person.name for c in BLIND8) == dict.fromkeys((p.name for p in PEOPLE8), 2)
    assert set(Counter(c.layout.name for c in BLIND8).values()) == {4}
    assert not [c for c in cases(blind7=True) if c.person in PEOPLE8]  # only blind8 renders them


@pytest.mark.parametrize("case", BLIND8, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    values += labels.certifications + labels.languages + labels.skills
    assert [v for v in values if f" {norm(v)} " not in text] == []
