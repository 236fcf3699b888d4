"""The floor of bench/eval_documents.py in CI: every resume, three jobs each, all figures met."""

from __future__ import annotations

from bench.eval_documents import RESUME_DIRS, load_resumes, measure, portal_jobs


async def test_documents_for_every_sample_resume_meet_the_floor() -> None:
    jobs = portal_jobs()
    rows = [await measure(label, profile, jobs) for label, profile in load_resumes(RESUME_DIRS)]
    assert len(rows) >= 20  # the shared PDFs, the text fixtures and the engine's profiles
    for row in rows:
        assert len(row.letters) == 3, (row.label, row.thin)
        assert row.invented_raw == [] and row.invented_sent == 0, row.label
        assert row.crude == [], (row.label, row.crude)
        assert row.garbage == [], (row.label, row.garbage)
        assert row.thin == [], (row.label, row.thin)
        assert row.lint == [], (row.label, row.lint)
        assert row.overlap < 0.5, (row.label, row.overlap)
