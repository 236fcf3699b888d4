"""blind12: promotions shown under one employer, and a Word file of content controls (no parser)."""

from __future__ import annotations

import io
import zipfile

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.generate import cases, render
from tests.intake.resume_set.labels import labels_of
from tests.intake.resume_set.personas7 import PEOPLE12
from tests.intake.test_set_renders import label_values

BLIND12 = [c for c in cases(blind12=True) if c.group == "blind12"]


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
            assert [
                v for v in label_values(labels_of(c.person)) if f" {norm(v)} " not in text
            ] == []
