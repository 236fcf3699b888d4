"""The floor of bench/eval_documents.py in CI: every sample resume and every resume of the
labelled set, three jobs each, all figures met."""

from __future__ import annotations

from bench.eval_documents import all_resumes, measure, portal_jobs


async def test_documents_for_every_sample_resume_meet_the_floor() -> None:
    jobs = portal_jobs()
    rows = [await measure(label, profile, jobs) for label, profile in all_resumes()]
    assert len(rows) >= 80  # shared PDFs, text fixtures, engine profiles, the labelled set
    for row in rows:
        assert len(row.letters) == 3, (row.label, row.thin)
        assert row.invented_raw == [] and row.invented_sent == 0, row.label
        assert row.crude == [], (row.label, row.crude)
        assert row.garbage == [], (row.label, row.garbage)
        assert row.thin == [], (row.label, row.thin)
        assert row.lint == [], (row.label, row.lint)
        assert row.overlap < 0.5, (row.label, row.overlap)
