"""blind13's files say what its labels say: every value is in the extracted text (no parser)."""

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
from tests.intake.resume_set.personas5 import PEOPLE10
from tests.intake.resume_set.personas6 import PEOPLE11
from tests.intake.resume_set.personas8 import PEOPLE13

BLIND13 = [c for c in cases(blind13=True) if c.group == "blind13"]


def test_new_people_in_new_professions_two_layouts_each() -> None:
    earlier = PEOPLE + PEOPLE7 + PEOPLE8 + PEOPLE9 + PEOPLE10 + PEOPLE11
    old = {p.profession for p in earlier} | {p.name for p in earlier}
    assert len(PEOPLE13) == 8
    assert not old & ({p.profession for p in PEOPLE13} | {p.name for p in PEOPLE13})
    assert Counter(c.person.name for c in BLIND13) == dict.fromkeys((p.name for p in PEOPLE13), 2)
    assert set(Counter(c.layout.name for c in BLIND13).values()) == {4}
    assert not [c for c in cases() if c.person in PEOPLE13]  # only blind13 renders them


def test_the_cover_letter_is_a_page_of_its_own() -> None:
    case = next(c for c in BLIND13 if c.layout.name == "cover_letter_first")
    data, name = render(case.person, case.layout)
    text = extract_text_sync(data, name)
    letter = text[: text.index("Yours sincerely")]
    assert "Dear Hiring Manager" in letter and case.person.jobs[0].employer in letter
    assert case.person.headline not in letter  # the resume starts after it


@pytest.mark.parametrize("case", BLIND13, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    values += labels.certifications + labels.languages + labels.skills
    assert [v for v in values if f" {norm(v)} " not in text] == []
