"""`jobbot demo` end to end with no terminal: what it prints agrees with the database."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.models import AppState, Platform
from storage.sql_store import SqlStore
from tests.conftest import RESUMES

COUNTS = re.compile(r"^counts: (\{.*\})$", re.MULTILINE)


def demo_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`jobbot demo` with no terminal and a clean environment plus `env`."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "demo", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        env={
            "PATH": "/usr/bin:/bin",
            "COLUMNS": "120",
            "PYTHONPATH": str(Path.cwd()),
            **(env or {}),
        },
    )


def run_demo(*args: str, cwd: Path) -> str:
    done = demo_process(*args, cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


async def stored_counts(data_dir: Path) -> dict[str, int]:
    store = SqlStore.from_url(f"sqlite:///{data_dir / 'jobbot.db'}")
    try:
        user = await store.find_user(Platform.CONSOLE, "demo")
        assert user is not None
        return {s.value: n for s, n in (await store.count_by_state(user.id)).items()}
    finally:
        store.close()


async def test_demo_runs_offline_and_its_summary_matches_the_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    out = run_demo("--data-dir", str(data_dir), cwd=tmp_path)
    for step in (
        "1. Register",
        "2. Send the resume",
        "3. Preferences",
        "4. One auto-apply cycle",
        "5. Jobs that need you",
        "Summary",
    ):
        assert step in out
    printed = json.loads(COUNTS.search(out).group(1))  # type: ignore[union-attr]
    assert printed == await stored_counts(data_dir)
    assert printed.get("applied", 0) >= 1 and printed.get("rejected", 0) >= 1
    assert "applying" not in printed and "approved" not in printed
    # Every applied job has the documents that were sent, on disk.
    folders = sorted((data_dir / "documents").iterdir())
    assert len(folders) == printed["applied"]
    for folder in folders:
        letter = (folder / "cover_letter.txt").read_text(encoding="utf-8")
        assert "Aoife Brennan" in letter
    assert out.count("I applied for you") >= printed["applied"]

    # A second run on the same folder works without clean-up: nothing is applied twice.
    again = run_demo("--data-dir", str(data_dir), "--discard-all", cwd=tmp_path)
    second = json.loads(COUNTS.search(again).group(1))  # type: ignore[union-attr]
    assert second["applied"] == printed["applied"]
    assert "0 new jobs" in again


@pytest.mark.parametrize("resume", ["Personal-trainer-resume-example-3.pdf"])
async def test_demo_with_a_pdf_resume_and_discard_all(tmp_path: Path, resume: str) -> None:
    out = run_demo(
        "--resume",
        str(RESUMES / resume),
        "--discard-all",
        "--data-dir",
        str(tmp_path / "d"),
        cwd=tmp_path,
    )
    assert "Charly Dolman" in out
    counts = await stored_counts(tmp_path / "d")
    assert counts.get(AppState.CLARIFY.value, 0) == 0  # every clarify job was discarded


def test_demo_refuses_a_missing_resume_with_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "demo",
            "--resume",
            str(tmp_path / "nope.pdf"),
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "nope.pdf" in done.stderr
