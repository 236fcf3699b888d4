"""blind12's files say what its labels say: every value is in the extracted text (no parser)."""

from __future__ import annotations

import io
import zipfile
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
from tests.intake.resume_set.personas7 import PEOPLE12

BLIND12 = [c for c in cases(blind12=True) if c.group == "blind12"]


def _values(case: Case) -> list[str]:
    labels = labels_of(case.person)
    values = [labels.name, labels.email, labels.phone]
    values += labels.employers + labels.roles + labels.schools + labels.degrees
    return values + labels.certifications + labels.languages + labels.skills


def test_new_people_in_new_professions_two_layouts_each() -> None:
    earlier = PEOPLE + PEOPLE7 + PEOPLE8 + PEOPLE9 + PEOPLE10 + PEOPLE11
    old = {p.profession for p in earlier} | {p.name for p in earlier}
    assert len(PEOPLE12) == 8
    assert not old & ({p.profession for p in PEOPLE12} | {p.name for p in PEOPLE12})
    assert Counter(c.person.name for c in BLIND12) == dict.fromkeys((p.name for p in PEOPLE12), 2)
    assert set(Counter(c.layout.name for c in BLIND12).values()) == {4}
    assert not [c for c in cases() if c.person in PEOPLE12]  # only blind12 renders them


def test_the_promoted_meet_the_layout_that_names_their_employer_once() -> None:
    promoted = {p.name for p in PEOPLE12 if len({j.employer for j in p.jobs}) < len(p.jobs)}
    assert len(promoted) == 3
    shown = {c.person.name for c in BLIND12 if c.layout.name == "promotions_one_employer"}
    assert promoted <= shown
    for c in BLIND12:
        if c.layout.name == "promotions_one_employer" and c.person.name in promoted:
            data, name = render(c.person, c.layout)
            text = extract_text_sync(data, name)
            twice = [j.employer for j in c.person.jobs if text.count(j.employer) != 1]
            assert twice == []


def test_word_template_keeps_every_field_in_a_content_control() -> None:
    """Read from the XML itself: every value sits in the file, inside content controls."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for c in BLIND12:
        if c.layout.name == "word_content_controls":
            data, _ = render(c.person, c.layout)
            root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
            body = root.find(f"{w}body")
            assert body is not None
            assert len(body.findall(f"{w}sdt")) >= 8
            # a top-level paragraph (a heading) holds its text in an inline control, no loose run
            assert all(p.find(f"{w}r") is None for p in body.findall(f"{w}p"))
            lines = ["".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p")]
            text = f" {norm(chr(10).join(lines))} "
            assert [v for v in _values(c) if f" {norm(v)} " not in text] == []


@pytest.mark.parametrize("case", BLIND12, ids=lambda c: f"{c.person.name}-{c.layout.name}")
def test_every_label_is_in_the_text(case: Case) -> None:
    data, name = render(case.person, case.layout)
    text = f" {norm(extract_text_sync(data, name))} "
    assert [v for v in _values(case) if f" {norm(v)} " not in text] == []
