"""The labelled resume set, rendered, extracted and parsed once per test session."""

from __future__ import annotations

import pytest

from tests.intake.resume_set.run import Run, run_set


@pytest.fixture(scope="session")
def resume_set_run() -> Run:
    """Every group; PDFs read in-process by the layout reader the sandboxed child runs."""
    return run_set(engine="words")
