"""The floor of bench/eval_documents.py in CI: every sample resume and every resume of the
labelled set the bench reads, three jobs each, all figures met."""

from __future__ import annotations

import os

import pytest

from bench.eval_documents import RESUME_DIRS, load_resumes, measure, portal_jobs
from tests.intake.resume_set.run import Run

# the groups `cases()` renders by default, which the bench's labelled_resumes() reads
_BENCH_GROUPS = {"tuned", "held_out", "fresh", "blind1"}


async def test_documents_for_every_sample_resume_meet_the_floor(resume_set_run: Run) -> None:
    jobs = portal_jobs()
    # the labelled set as the session already read it, instead of rendering it a second time
    labelled = [
        (f"set/{r.name}", r.profile) for r in resume_set_run.results if r.group in _BENCH_GROUPS
    ]
    assert len(labelled) == 76
    rows = [
        await measure(label, profile, jobs)
        for label, profile in [*load_resumes(RESUME_DIRS), *labelled]
    ]
    assert len(rows) >= 80  # shared PDFs, text fixtures, engine profiles, the labelled set
    for row in rows:
        assert len(row.letters) == 3, (row.label, row.thin)
        assert row.invented_raw == [] and row.invented_sent == 0, row.label
        assert row.crude == [], (row.label, row.crude)
        assert row.garbage == [], (row.label, row.garbage)
        assert row.thin == [], (row.label, row.thin)
        assert row.lint == [], (row.label, row.lint)
        assert row.overlap < 0.5, (row.label, row.overlap)


def test_the_resume_set_is_read_in_one_worker(
    request: pytest.FixtureRequest, resume_set_run: Run
) -> None:
    """Under pytest-xdist every test of the set shares one worker (tests/conftest.py), so the
    set is rendered and parsed once; pytest 9.2 with xdist 3.8 silently lost that grouping."""
    if os.environ.get("PYTEST_XDIST_WORKER") and getattr(request.config.option, "loadgroup", False):
        assert request.node.nodeid.endswith("@resume_set")
    assert resume_set_run.results
