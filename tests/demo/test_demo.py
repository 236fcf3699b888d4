"""`jobbot demo` end to end with no terminal: what it prints agrees with the database."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from bot.demo import print_documents_folder, sensible_preferences
from core.intake import extract_text_sync
from core.models import AppState, Experience, Platform, Profile
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
    # rejection reasons are named by a clean word: "Remote (9)", never "Remote, (9)"
    assert not re.search(r"[,;.] \(\d+\)", out)
    # Every applied job has the documents that were sent, on disk, in a folder named for the
    # job, in every format; the one folder is printed as a link.
    documents = data_dir / "documents"
    folders = sorted(documents.iterdir())
    assert len(folders) == printed["applied"]
    for folder in folders:
        names = sorted(p.name for p in folder.iterdir())
        kinds = ("Resume.pdf", "Cover Letter.pdf", "Resume.docx", "Cover Letter.docx")
        kinds += ("Resume.md", "Cover Letter.txt", "Evidence.txt")
        expected = [k.replace(".", f" - {folder.name}.") for k in kinds]
        assert names == sorted(f"Aoife Brennan - {k}" for k in expected)
        [letter] = folder.glob("* - Cover Letter - *.txt")
        assert "Aoife Brennan" in letter.read_text(encoding="utf-8")
        [pdf] = folder.glob("* - Resume - *.pdf")
        assert extract_text_sync(pdf.read_bytes(), pdf.name).startswith("Aoife Brennan")
    assert documents.resolve().as_uri() in out.splitlines()
    # every applied job's one card says so (auto-applied ones by their notification, approved
    # ones by the press's edit, which the "applied" notification then does not repeat)
    assert out.count("Applied ✓") >= printed["applied"]

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


def test_the_documents_folder_is_one_unbroken_link_in_a_narrow_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "a rather long folder name" / "demo-data" / "run-20261205" / "documents"
    buffer = io.StringIO()
    narrow = Console(file=buffer, width=40, force_terminal=False, color_system=None)
    print_documents_folder(narrow, folder, 3)
    uri = folder.resolve().as_uri()
    assert len(uri) > 40 and "%20" in uri  # longer than the terminal, spaces escaped
    lines = buffer.getvalue().splitlines()
    assert uri in lines  # one line, whole: nothing wrapped inside the path
    assert "3 applications" in buffer.getvalue()


def test_the_demo_prefers_the_jobs_held_and_the_real_country() -> None:
    """ "Ikeja, Lagos State" is in Nigeria: the demo's guess never makes a state a country,
    and a job's terms ("(Contract)") are no part of the role searched for."""
    profile = Profile(
        location="Ikeja, Lagos State",
        experience=[
            Experience(role="Radio Network Engineer", company="MTN Nigeria"),
            Experience(role="Field Engineer (Contract)", company="Huawei"),
            Experience(role="Radio Network Engineer", company="Airtel"),
        ],
    )
    prefs = sensible_preferences(profile)
    assert prefs.roles == ["Radio Network Engineer", "Field Engineer"]
    assert (prefs.cities, prefs.countries) == (["Ikeja"], ["Nigeria"])
    assert not prefs.open_to_relocation
