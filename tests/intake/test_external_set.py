"""The "external" group: resumes in published JSON Resume themes (no parser here)."""

from __future__ import annotations

import json
from collections import Counter

from core.intake import extract_text_sync
from tests.intake.resume_set.evaluate import norm
from tests.intake.resume_set.external.make_external import THEMES, printed_labels, visible_text
from tests.intake.resume_set.personas import PEOPLE
from tests.intake.resume_set.run import EXTERNAL

CASES = json.loads((EXTERNAL / "cases.json").read_text(encoding="utf-8"))


def test_every_theme_renders_two_people_and_every_file_is_read_by_the_intake() -> None:
    assert Counter(c["theme"] for c in CASES) == dict.fromkeys(THEMES, 2)
    assert len({c["labels"]["name"] for c in CASES}) == len(CASES)  # thirty different people
    for case in CASES:
        text = extract_text_sync((EXTERNAL / case["file"]).read_bytes(), case["file"])
        assert norm(case["labels"]["name"].split()[-1]) in norm(text), case["file"]


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
