"""The labelled resume set, rendered, extracted and parsed once per test session."""

from __future__ import annotations

import pytest

from tests.intake.resume_set.run import Run, run_set

# rendering, extracting and parsing some 300 resumes takes two minutes or more on a busy
# two-core machine; the first test that asks for the run pays for it, so those tests get
# longer than the project's 120 s per test
_RUN_TIMEOUT_S = 900


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "resume_set_run" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(_RUN_TIMEOUT_S))


@pytest.fixture(scope="session")
def resume_set_run() -> Run:
    """Every group; PDFs read in-process by the layout reader the sandboxed child runs."""
    return run_set(engine="words")
