"""The extractor's wall-clock limit stretches while a busy machine keeps the child waiting."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.intake import IntakeError, Limits, extract_text
from core.runtime import child_clock
from core.runtime.child_clock import STRETCH, kept_waiting, run_and_waited

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
ONE_PAGE = RESUMES / "Dublin-Resume-Template-Modern.pdf"
# a tiny limit that an honest page cannot meet in one period (the layout reader takes ~0.5 s)
TIGHT = Limits(timeout_s=0.05, step_aside_s=0)


@pytest.mark.skipif(not Path("/proc/self/schedstat").exists(), reason="Linux schedstat only")
def test_a_running_childs_cpu_and_queue_times_are_read() -> None:
    busy = "import time\nt = time.time()\nwhile time.time() - t < 0.6: pass"
    child = subprocess.Popen([sys.executable, "-c", busy])
    try:
        time.sleep(0.4)
        times = run_and_waited(child.pid)
    finally:
        child.wait()
    assert times is not None
    ran, waited = times
    assert 0.05 < ran < 5 and waited >= 0
    assert run_and_waited(child.pid) is None  # reaped: nothing to read


def test_a_child_that_waited_as_long_as_it_ran_gets_one_more_period_up_to_the_stretch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    times: dict[str, tuple[float, float] | None] = {"now": (1.0, 1.5)}
    monkeypatch.setattr(child_clock, "run_and_waited", lambda pid: times["now"])
    assert kept_waiting(os.getpid(), 1)
    assert not kept_waiting(os.getpid(), STRETCH)  # never past the stretch
    times["now"] = (1.5, 0.2)  # it ran: the file, not the machine, is slow
    assert not kept_waiting(os.getpid(), 1)
    times["now"] = None  # no schedstat: the limit stays fixed
    assert not kept_waiting(os.getpid(), 1)


async def test_an_honest_resume_kept_waiting_is_read_after_the_first_period(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(child_clock, "STRETCH", 1_000)
    monkeypatch.setattr(child_clock, "run_and_waited", lambda pid: (0.1, 0.2))  # a busy machine
    text = await extract_text(ONE_PAGE.read_bytes(), "cv.pdf", limits=TIGHT)
    assert "Esther Scott" in text


async def test_a_child_that_ran_the_whole_period_is_stopped_at_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(child_clock, "run_and_waited", lambda pid: (0.05, 0.0))
    started = time.monotonic()
    with pytest.raises(IntakeError) as caught:
        await extract_text(ONE_PAGE.read_bytes(), "cv.pdf", limits=TIGHT)
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 5
