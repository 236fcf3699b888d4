"""`jobbot sources check` end to end: the real command against the fake boards over HTTP prints
every mapped field, and a malformed or failing board is one clear line."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from tests.fakes.job_boards import Boards, FakeJobBoards
from tests.sources import payloads as p

runner = CliRunner()
NAMES = ("greenhouse", "lever", "ashby", "smartrecruiters", "remotive", "arbeitnow")


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeJobBoards]:
    """The fake boards on a loop of their own thread (the command runs its own loop)."""
    boards = Boards(
        greenhouse={"acme": p.GREENHOUSE_ACME},
        lever={"carely": p.lever_rows(2)},
        ashby={"notion": p.ASHBY_NOTION},
        smartrecruiters={"BoschGroup": [p.SMARTRECRUITERS_ROW]},
        smartrecruiters_details={"BoschGroup/744000012345678": p.SMARTRECRUITERS_DETAIL},
        remotive=p.REMOTIVE,
        arbeitnow=[[p.arbeitnow_row("baecker-1", "Bäcker (m/w/d)")]],
    )
    server = FakeJobBoards(boards)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(server.__aenter__(), loop).result(10)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JOB_SOURCES", ",".join(["portal", *NAMES]))
    monkeypatch.setenv(
        "JOB_SOURCE_BOARDS", "greenhouse:acme,lever:carely,ashby:notion,smartrecruiters:BoschGroup"
    )
    for name in NAMES:
        monkeypatch.setenv(f"{name.upper()}_API_BASE_URL", server.url)
    get_settings.cache_clear()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield server
    root.handlers[:], root.level = handlers, level
    asyncio.run_coroutine_threadsafe(server.__aexit__(None, None, None), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    get_settings.cache_clear()


def test_check_prints_every_board_with_every_field(served: FakeJobBoards) -> None:
    result = runner.invoke(app, ["sources", "check", "--show", "1"])
    assert result.exit_code == 0, result.output
    out = result.output
    for line in (
        "greenhouse: 2 jobs",
        "lever: 2 jobs",
        "ashby: 2 jobs",
        "smartrecruiters: 1 jobs",
        "remotive: 2 jobs",
        "arbeitnow: 1 jobs",
    ):
        assert line in out
    assert (
        "greenhouse:acme:4012345: Senior Backend Engineer | Acme Robotics | Berlin, Germany" in out
    )
    assert "150,000-250,000 EUR per year" in out
    assert "38-52 CAD per hour" in out
    assert "posted 2026-11-18" in out
    assert "apply: https://remotive.com/remote-jobs/software-dev/python-developer-1909187" in out
    assert "(via Remotive)" in out
    assert {r.headers["User-Agent"] for r in served.requests} == {
        served.requests[0].headers["User-Agent"]
    }


def test_a_malformed_board_is_one_line_and_the_others_still_print(
    served: FakeJobBoards,
) -> None:
    served.boards.raw["/posting-api/job-board/notion"] = b"<html>down for maintenance</html>"
    served.fail("/api/remote-jobs", 500, 500, 500)
    result = runner.invoke(app, ["sources", "check", "--show", "0"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "ashby: FAILED: ashby: the answer is not JSON" in lines
    assert "remotive: FAILED: remotive: HTTP 500" in lines
    assert "greenhouse: 2 jobs" in lines and "arbeitnow: 1 jobs" in lines
    assert "Traceback" not in result.output


def test_check_with_only_the_portal_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JOB_SOURCES", raising=False)
    get_settings.cache_clear()
    result = runner.invoke(app, ["sources", "check"])
    get_settings.cache_clear()
    assert result.exit_code == 0 and "nothing to check" in result.output


def test_an_unknown_source_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JOB_SOURCES", "portal,monster")
    get_settings.cache_clear()
    result = runner.invoke(app, ["sources", "check"])
    get_settings.cache_clear()
    assert result.exit_code == 2
    assert "JOB_SOURCES" in result.output and "monster" in result.output
