"""The generated files say what their labels say, checked without the parser: every labelled
value is in the text the intake extracts, and each group of new people is new."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.generate import Case, cases, render
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.personas import PEOPLE, Person

CHECKED = [f"blind{n}" for n in range(6, 14)]  # the groups written with this check
NEW_PEOPLE = {f"blind{n}": (f"personas{n - 5}", f"PEOPLE{n}") for n in range(7, 14)}
_ALL = cases(**dict.fromkeys(CHECKED, True))


def _people(group: str) -> list[Person]:
    module, name = NEW_PEOPLE[group]
    return list(getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name))


def label_values(case: Case) -> list[str]:
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    return values + labels.certifications + labels.languages + labels.skills


@pytest.mark.parametrize("group", list(NEW_PEOPLE))
def test_each_group_of_new_people_is_new_and_meets_two_layouts_each(group: str) -> None:
    people = _people(group)
    earlier = list(PEOPLE)
    earlier += [p for g in NEW_PEOPLE if int(g[5:]) < int(group[5:]) for p in _people(g)]
    old = {p.profession for p in earlier} | {p.name for p in earlier}
    assert len(people) == 8
    assert not old & ({p.profession for p in people} | {p.name for p in people})
    mine = [c for c in _ALL if c.group == group]
    assert Counter(c.person.name for c in mine) == dict.fromkeys((p.name for p in people), 2)
    assert set(Counter(c.layout.name for c in mine).values()) == {4}
    assert not [c for c in cases() if c.person in people]  # only this group renders them


@pytest.mark.parametrize(
    "case",
    [c for c in _ALL if c.group in CHECKED],
    ids=lambda c: f"{c.group}-{c.person.name}-{c.layout.name}",
)
def test_every_label_is_in_the_extracted_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    assert [v for v in label_values(case) if f" {norm(v)} " not in text] == []
