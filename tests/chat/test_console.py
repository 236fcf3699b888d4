"""The console adapter, driven through its input stream: fast tests on the chat fixture, then
one conversation on the real runtime (container, scheduler, dispatcher, mock portal process)."""

from __future__ import annotations

import io
import json
import queue
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rich.console import Console as RichConsole

from bot.console import ConsoleChat, ConsoleRelay, run_console
from bot.settings import Settings
from core import actions
from core.chat.messages import Identity
from core.intake import extract_text_sync
from core.models import AppState, Documents, Platform
from mock_portal.testing import PortalProcess, portal_args
from tests.chat.conftest import JULIE_PDF, World, application

ME = Identity(platform=Platform.CONSOLE, user_id="julie", display_name="julie")


def _console(world: World, tmp_path: Path) -> tuple[ConsoleChat, io.StringIO]:
    buffer = io.StringIO()
    out = RichConsole(file=buffer, width=120, highlight=False, soft_wrap=True)
    return ConsoleChat(world.chat, ME, out, tmp_path / "downloads"), buffer


def _number(text: str, label: str) -> str:
    """The number the console printed for the last button called `label`."""
    found = re.findall(rf"\[(\d+)\] {re.escape(label)}(?:\s|$)", text)
    assert found, f"no button {label!r} in:\n{text}"
    return found[-1]


async def test_commands_files_and_numbered_buttons(world: World, tmp_path: Path) -> None:
    console, out = _console(world, tmp_path)
    assert await console.handle_line("/start\n")
    assert "Hello julie" in out.getvalue()
    await console.handle_line(f"/resume {JULIE_PDF}")
    assert "Julie Monroe" in out.getvalue()
    await console.handle_line(_number(out.getvalue(), "Looks right"))
    assert "» Saved" in out.getvalue() and "profile is confirmed" in out.getvalue()
    user = await world.store.find_user(Platform.CONSOLE, "julie")
    assert user is not None
    stored = await world.store.latest_profile(user.id)
    assert stored is not None and stored.confirmed

    docs = Documents(
        resume_md="# Julie\n\n## Summary\nJulie [bold]x[/bold]",
        cover_letter="Dear",
        evidence_points=[],
    )
    app = await application(world, user.id, 1, AppState.APPLIED, documents=docs)
    console.buttons[99] = actions.documents(app.id)
    await console.handle_line("99")
    stem = "Julie Monroe - Resume - Company 1 - Nutrition Consultant 1"
    saved = tmp_path / "downloads" / f"{stem}.pdf"
    assert "Julie [bold]x[/bold]" in extract_text_sync(saved.read_bytes(), saved.name)
    assert f"file: {saved}" in out.getvalue()
    await console.handle_line("99")  # the same file again is kept beside the first
    assert (tmp_path / "downloads" / f"{stem}-1.pdf").exists()


async def test_markup_in_replies_is_printed_as_it_is(world: World, tmp_path: Path) -> None:
    console, out = _console(world, tmp_path)
    await console.handle_line("/start")
    await console.handle_line("/prefs")
    await console.handle_line("[bold]Chef[/bold], R&D <lead>")
    assert "[bold]Chef[/bold], R&D <lead> ✓" in out.getvalue()


async def test_wrong_numbers_missing_files_and_quit(world: World, tmp_path: Path) -> None:
    console, out = _console(world, tmp_path)
    await console.handle_line("/start")
    await console.handle_line("42")
    assert "There is no button 42." in out.getvalue()
    await console.handle_line("=42")  # the text "42", not a button
    assert out.getvalue().count("There is no button") == 1 and "/help" in out.getvalue()
    await console.handle_line("/resume /no/such/file.pdf")
    assert "Cannot read /no/such/file.pdf" in out.getvalue()
    await console.handle_line("hello there")
    assert "/help" in out.getvalue()
    assert await console.handle_line("   ") is True
    assert await console.handle_line("/quit") is False


class Keyboard:
    """An input stream the test types into, line by line."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def readline(self) -> str:
        return self.lines.get()

    def type(self, line: str) -> None:
        self.lines.put(line + "\n")


class Screen:
    def __init__(self, buffer: io.StringIO) -> None:
        self.buffer = buffer
        self.mark = 0

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Everything printed since the last wait, once it contains `text`."""
        deadline = time.monotonic() + timeout
        while True:
            seen = self.buffer.getvalue()[self.mark :]
            if text in seen:
                self.mark += seen.index(text) + len(text)
                return seen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never printed; got:\n{seen}")
            time.sleep(0.02)


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[str]:
    """A mock portal subprocess offering four nutrition jobs; yields its URL."""
    jobs = [
        {
            "id": f"C{i}",
            "title": f"Nutrition Consultant {i}",
            "company": f"Clinic {i}",
            "countries": ["United States"],
            "is_remote": True,
            "required_skills": ["nutrition counseling", "meal planning", "phlebotomy"],
            "description": "Plan meals and counsel clients on nutrition.",
        }
        for i in range(4)
    ]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps(jobs), encoding="utf-8")
    process = PortalProcess(portal_args(db_path=tmp_path / "portal.db", jobs_path=path))
    yield process.start()
    process.stop()


def portal_applications(url: str) -> list[dict[str, object]]:
    response = httpx.get(f"{url}/admin/applications", timeout=10)
    response.raise_for_status()
    return list(response.json()["applications"])


def test_a_whole_conversation_on_the_real_runtime(tmp_path: Path, portal: str) -> None:
    from bot.container import Container

    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'jobbot.db'}",
        portal_url=portal,
        llm_engine="offline",
    )
    container = Container(settings, notifier=ConsoleRelay(), dispatch_interval=0.05)
    keys, buffer = Keyboard(), io.StringIO()
    screen = Screen(buffer)
    thread = threading.Thread(
        target=run_console, args=(container, keys, buffer), kwargs={"user": "julie"}, daemon=True
    )
    thread.start()
    try:
        keys.type("/start")
        screen.wait_for("send me your resume")
        keys.type(f"/resume {JULIE_PDF}")
        seen = screen.wait_for("Looks right")
        assert "Julie Monroe" in seen
        keys.type(_number(seen, "Looks right"))
        screen.wait_for("profile is confirmed")

        keys.type("/prefs")
        screen.wait_for("job titles")
        # roles, modes, cities, countries, salary, visa, relocation, avoid, cap, thresholds:
        # every job that passes the rules waits for the user (apply on my own only at 100)
        for answer in (
            "Nutrition consultant",
            "remote, hybrid, onsite",
            "any",
            "any",
            "none",
            "no",
            "yes",
            "none",
        ):
            keys.type(answer)
            screen.wait_for("✓")
        keys.type("=5")  # a bare 5 would press button 5
        screen.wait_for("Daily cap: 5 per day ✓")
        keys.type("100 1")
        screen.wait_for("All set")

        keys.type("/runnow")
        screen.wait_for("round has started")
        seen = screen.wait_for("Job search round done")
        assert "4 new jobs" in seen
        keys.type("/clarify")
        seen = screen.wait_for("Tap a number")
        assert "Waiting for your decision (4)" in seen
        keys.type(_number(seen, "1"))
        seen = screen.wait_for("Full report")
        keys.type(_number(seen, "Approve"))
        seen = screen.wait_for("Applied ✓")
        assert "» Applying…" in seen
        seen = screen.wait_for("Documents")
        keys.type(_number(seen, "Documents"))
        screen.wait_for(" - Cover Letter - ")
        [resume] = (tmp_path / "downloads").glob("* - Resume - *.pdf")
        assert resume.read_bytes().startswith(b"%PDF")
        [sent] = portal_applications(portal)
        assert sent["job_id"] in {"C0", "C1", "C2", "C3"}
        keys.type("/quit")
        thread.join(timeout=30)
        assert not thread.is_alive()
        # one card per event: the outbox's "applied" notification did not print it again
        assert "I applied for you" not in screen.buffer.getvalue()
    finally:
        keys.type("/quit")
        thread.join(timeout=30)
