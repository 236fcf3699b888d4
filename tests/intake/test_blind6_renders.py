"""The blind6 resumes are readable and their labels honest: every labelled value is in the text.

Checked on the text the intake extracts (what users' uploads go through), never on what the
parser makes of it: blind6 is a blind group.
"""

from __future__ import annotations

import pytest

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.generate import Case, cases, render
from tests.intake.resume_set.labels import labels_of

BLIND6 = [c for c in cases(blind6=True) if c.group == "blind6"]


def test_sixteen_people_over_five_layouts() -> None:
    per_layout: dict[str, int] = {}
    for case in BLIND6:
        per_layout[case.layout.name] = per_layout.get(case.layout.name, 0) + 1
    assert len(BLIND6) == 16 and len(per_layout) == 5
    assert set(per_layout.values()) <= {3, 4}


@pytest.mark.parametrize("case", BLIND6, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_extracted_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    labels = labels_of(case.person)
    values = [
        labels.name,
        labels.email,
        labels.phone,
        *labels.employers,
        *labels.roles,
        *labels.schools,
    ]
    values += [*labels.degrees, *labels.certifications, *labels.languages, *labels.skills]
    assert [v for v in values if f" {norm(v)} " not in text] == []
