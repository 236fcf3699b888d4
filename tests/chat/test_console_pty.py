"""`jobbot chat` in a real pseudo-terminal: a quoted path with ~ and spaces, '10pm', Ctrl-C."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.chat.conftest import JULIE_PDF

pexpect = pytest.importorskip("pexpect")
JOBBOT = Path(sys.executable).with_name("jobbot")
_ESC = r"(?:\x1b\[[0-9;]*m)*"  # colour codes, should a terminal still get them


def _spawn(home: Path, data: Path) -> pexpect.spawn:
    env = {
        **os.environ,
        "HOME": str(home),
        "PORTAL_URL": "http://127.0.0.1:9",  # nothing listens: the round is never started
        "LLM_ENGINE": "offline",
        "LOG_LEVEL": "INFO",
        "TERM": "dumb",  # plain text: the patterns below need no colour codes
    }
    args = ["chat", "--data-dir", str(data), "--user", "julie"]
    return pexpect.spawn(
        str(JOBBOT), args, env=env, encoding="utf-8", timeout=90, dimensions=(60, 220)
    )


def test_quoted_path_10pm_and_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path / "My Files"
    folder.mkdir()
    shutil.copy(JULIE_PDF, folder / "Julie Resume.pdf")
    child = _spawn(tmp_path, tmp_path / "data")
    try:
        child.expect("Type /help")
        child.sendline("/start")
        child.expect("send me your resume")
        child.sendline("'~/My Files/Julie Resume.pdf'")  # as pasted: quoted, ~, spaces
        child.expect(rf"\[(\d+)\] {_ESC}Looks right")
        child.sendline(child.match.group(1))
        child.expect("profile is confirmed")
        child.sendline("/settings")
        child.expect(rf"\[(\d+)\] {_ESC}Quiet hours: off")
        child.sendline(child.match.group(1))
        child.expect("when I should stay silent")
        child.sendline("10pm-7am")
        child.expect(r"Quiet hours: 22:00-07:00 \w+\.")
        before = child.before
        time.sleep(0.2)
        started = time.monotonic()
        child.sendintr()  # Ctrl-C while waiting for the next line
        child.expect(pexpect.EOF, timeout=10)
        took = time.monotonic() - started
    finally:
        child.close(force=True)
    assert took < 5, f"Ctrl-C took {took:.1f} s"
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "") + (before or "")
    log = (tmp_path / "data" / "jobbot.log").read_text(encoding="utf-8")
    assert "INFO" in log  # the log went to its file, not between the replies
    assert " INFO " not in before and " WARNING " not in before
