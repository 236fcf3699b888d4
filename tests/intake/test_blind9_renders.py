"""blind9's files say what its labels say: every value is in the extracted text (no parser)."""

from __future__ import annotations

from collections import Counter

import pytest

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.generate import Case, cases, render
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.personas import PEOPLE
from tests.intake.resume_set.personas2 import PEOPLE7
from tests.intake.resume_set.personas4 import PEOPLE9

BLIND9 = [c for c in cases(blind9=True) if c.group == "blind9"]


def test_new_people_in_new_professions_two_layouts_each() -> None:
    old = {p.profession for p in PEOPLE + PEOPLE7} | {p.name for p in PEOPLE + PEOPLE7}
    assert len(PEOPLE9) == 8
    assert not old & ({p.profession for p in PEOPLE9} | {p.name for p in PEOPLE9})
    assert Counter(c.person.name for c in BLIND9) == dict.fromkeys((p.name for p in PEOPLE9), 2)
    assert set(Counter(c.layout.name for c in BLIND9).values()) == {4}
    assert not [c for c in cases() if c.person in PEOPLE9]  # only blind9 renders them


@pytest.mark.parametrize("case", BLIND9, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    values += labels.certifications + labels.languages + labels.skills
    assert [v for v in values if f" {norm(v)} " not in text] == []
