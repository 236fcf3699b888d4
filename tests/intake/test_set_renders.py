"""The generated files say what their labels say, checked without the parser: every labelled
value is in the text the intake extracts, and each group of new people is new."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest

from tests.intake.resume_set.evaluate import Labels, norm
from tests.intake.resume_set.generate import cases
from tests.intake.resume_set.personas import PEOPLE, Person
from tests.intake.resume_set.run import Run

CHECKED = [f"blind{n}" for n in range(6, 18)]  # the groups written with this check
NEW_PEOPLE = {f"blind{n}": (f"personas{n - 5}", f"PEOPLE{n}") for n in range(7, 18)}
_ALL = cases(**dict.fromkeys(CHECKED, True))


def _people(group: str) -> list[Person]:
    module, name = NEW_PEOPLE[group]
    return list(getattr(importlib.import_module(f"tests.intake.resume_set.{module}"), name))


def label_values(labels: Labels) -> list[str]:
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


@pytest.mark.parametrize("group", CHECKED)
def test_every_label_is_in_the_extracted_text(group: str, resume_set_run: Run) -> None:
    results = [r for r in resume_set_run.results if r.group == group]
    assert len(results) == 16
    missing = {}
    for result in results:
        assert result.labels is not None
        text = f" {norm(result.text)} "
        values = label_values(result.labels)
        if lost := [v for v in values if f" {norm(v)} " not in text]:
            missing[result.name] = lost
    assert missing == {}
