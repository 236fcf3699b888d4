"""`jobbot demo`: the whole product locally, in one command, as the chat would show it."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.prompt import Prompt
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bot.console import ConsoleChat, ConsoleRelay, build_chat
from bot.container import Container, engine_label
from bot.settings import Settings, SettingsError, describe_error
from core import actions
from core.chat.messages import Identity, IncomingFile, Reply
from core.chat.places import city_and_country
from core.documents.filenames import job_folder_name
from core.documents.files import TEXT, DocumentFile, RenderError, target_of
from core.errors import JobBotError
from core.evaluate import load_preferences_json
from core.models import Application, AppState, Platform, Preferences, Profile, WorkMode
from mock_portal.testing import PortalProcess, portal_args

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_RESUME = SAMPLES / "sample_resume.md"
SAMPLE_PREFS = SAMPLES / "sample_prefs.json"
DEMO_USER = "demo"
# States a job can still move out of during a cycle: the progress bar counts the others.
IN_FLIGHT = {AppState.PENDING, AppState.APPROVED, AppState.APPLYING}


class Choice(StrEnum):
    ASK = "ask"
    APPROVE = "approve"
    DISCARD = "discard"
    AUTO = "auto"


@dataclass
class DemoOptions:
    resume: Path = SAMPLE_RESUME
    prefs_file: Path | None = None
    portal_url: str | None = None
    data_dir: Path | None = None
    choice: Choice = Choice.AUTO


@dataclass
class DemoResult:
    data_dir: Path
    counts: dict[AppState, int] = field(default_factory=dict)
    documents_dir: Path | None = None


def default_data_dir() -> Path:
    """A fresh folder per run, so a second run needs no clean-up."""
    return Path("demo-data") / datetime.now().strftime("run-%Y%m%d-%H%M%S-%f")


def sensible_preferences(profile: Profile) -> Preferences:
    """Preferences a person with this resume would plausibly choose."""
    # "Field Engineer (Contract)": the job, not the terms it was held on
    titles = (e.role.split("(")[0].strip(" ,-") for e in profile.experience if e.role)
    roles = list(dict.fromkeys(t for t in titles if t))[:3]
    city, country = city_and_country(profile.location)
    return Preferences(
        roles=roles,
        work_modes=[WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE],
        countries=[country] if country else [],
        cities=[city] if city else [],
        open_to_relocation=country is None,
        daily_cap=20,
    )


@contextlib.contextmanager
def mock_portal(data_dir: Path, url: str | None) -> Iterator[str]:
    """The portal to use: the given one, or the mock portal in a subprocess for this run."""
    if url:
        yield url
        return
    process = PortalProcess(portal_args(db_path=data_dir / "portal.db", decision_delay=20.0))
    try:
        yield process.start()
    finally:
        process.stop()


class Demo:
    """One scripted conversation through the shared chat layer, on the real runtime."""

    def __init__(self, container: Container, out: Console, options: DemoOptions) -> None:
        self.container = container
        self.out = out
        self.options = options
        self.who = Identity(platform=Platform.CONSOLE, user_id=DEMO_USER, display_name="Demo")
        relay = container.notifier
        self.chat = ConsoleChat(
            build_chat(container), self.who, out, container.settings.data_dir / "downloads"
        )
        assert isinstance(relay, ConsoleRelay)
        relay.target = self.chat
        self.user_id = 0

    def step(self, title: str) -> None:
        self.out.rule(f"[bold]{title}")

    async def run(self) -> dict[AppState, int]:
        store = self.container.store
        self.step("1. Register")
        await self.chat.show(await self.chat.chat.handle_command(self.who, "start"))
        user = await store.find_user(Platform.CONSOLE, DEMO_USER)
        assert user is not None
        self.user_id = user.id

        self.step(f"2. Send the resume ({self.options.resume.name})")
        data = await asyncio.to_thread(self.options.resume.read_bytes)
        replies = await self.chat.chat.handle_file(
            self.who, IncomingFile(filename=self.options.resume.name, data=data)
        )
        await self.chat.show(replies)
        stored = await store.latest_profile(user.id)
        if stored is None:
            raise JobBotError("the resume could not be read; the demo stops here")
        await self._looks_right(replies)

        self.step("3. Preferences")
        prefs = await self._preferences(stored.profile)
        await store.save_preferences(user.id, prefs)
        await self.chat.show(await self.chat.chat.handle_command(self.who, "prefs"))

        self.step("4. One auto-apply cycle")
        await self._cycle()
        await self._deliver()

        self.step("5. Jobs that need you")
        await self._clarify()
        await self._deliver()
        counts: dict[AppState, int] = await store.count_by_state(user.id)
        return counts

    async def _looks_right(self, replies: list[Reply]) -> None:
        """Confirm the profile as a person would: the card's Looks right button. A profile
        without a real name or a contact stays unconfirmed, and the cycle then sends nothing."""
        buttons = [b for r in replies for row in r.buttons for b in row if b.label == "Looks right"]
        if not buttons:
            return
        self.out.print("[dim]tapping Looks right[/]")
        flow = await self.chat.chat.handle_action(self.who, buttons[-1].payload)
        if flow.answer.text:
            self.out.print(f"» {flow.answer.text}")
        async for reply in flow.replies():
            await self.chat.show([reply])

    async def _preferences(self, profile: Profile) -> Preferences:
        prefs_file = self.options.prefs_file
        if prefs_file is None and self.options.resume == SAMPLE_RESUME:
            prefs_file = SAMPLE_PREFS
        if prefs_file is None:
            return sensible_preferences(profile)
        text = await asyncio.to_thread(prefs_file.read_text, encoding="utf-8")
        return load_preferences_json(text)

    async def _cycle(self) -> None:
        columns = (
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
        )
        with Progress(*columns, console=self.out, transient=True) as progress:
            task = progress.add_task("Finding and judging jobs", total=None)
            cycle = asyncio.create_task(self.container.autoapply.run_cycle(self.user_id))
            while not cycle.done():
                counts = await self.container.store.count_by_state(self.user_id)
                total = sum(counts.values())
                done = total - sum(counts.get(s, 0) for s in IN_FLIGHT)
                progress.update(task, total=total or None, completed=done)
                await asyncio.wait({cycle}, timeout=0.2)
            summary = cycle.result()
        self.out.print(f"[bold]Cycle finished:[/] {summary.line()}")

    async def _deliver(self) -> None:
        """Print every notification waiting in the outbox, as the chat renders it."""
        while (await self.container.dispatcher.dispatch_once()).delivered:
            pass

    async def _clarify(self) -> None:
        waiting, _ = await self.container.store.list_applications(
            self.user_id, [AppState.CLARIFY], limit=100
        )
        if not waiting:
            self.out.print("No job needs a decision.")
        for app in sorted(waiting, key=lambda a: -(a.score or 0)):
            approve = await self._decide(app)
            payload = actions.approve(app.id) if approve else actions.discard(app.id)
            flow = await self.chat.chat.handle_action(self.who, payload)
            if flow.answer.text:
                self.out.print(f"» {flow.answer.text}")
            async for reply in flow.replies():
                await self.chat.show([reply])

    async def _decide(self, app: Application) -> bool:
        job = await self.container.store.get_job(app.job_id)
        label = f"{job.title} at {job.company}" if job else app.job_id
        choice = self.options.choice
        if choice is Choice.ASK:
            answer = await asyncio.to_thread(
                Prompt.ask,
                f"{label} (score {app.score}): approve or discard?",
                console=self.out,
                choices=["a", "d"],
                default="d",
            )
            return answer == "a"
        if choice is Choice.AUTO:
            # The upper half of the clarify band is worth a try; the rest is not.
            prefs = await self.container.store.get_preferences(self.user_id) or Preferences()
            middle = (prefs.clarify_threshold + prefs.accept_threshold) / 2
            approve = (app.score or 0) >= middle
            self.out.print(
                f"[dim]auto: {'approve' if approve else 'discard'} {label} (score {app.score})[/]"
            )
            return approve
        return choice is Choice.APPROVE


async def write_documents(container: Container, user_id: int, folder: Path) -> int:
    """Write what was sent with each application to `folder`, one folder per job named for
    it, in every format (PDF, Word, and the text as submitted); return how many."""
    written = 0
    offset = 0
    files = container.documents
    while True:
        page, total = await container.store.list_applications(
            user_id, [AppState.APPLIED], offset=offset, limit=50
        )
        for app in page:
            job = await container.store.get_job(app.job_id)
            target = await target_of(container.store, app, job)
            if target is None:
                continue
            try:
                made = await files.render_async(target, files.formats)
            except RenderError:  # logged where it failed; the text as sent is still worth having
                made = await files.render_async(target, [TEXT])
            name = job_folder_name(target.job.company, target.job.title, app.job_id)
            place = folder / name
            if place.exists():  # two postings with the same company and title
                place = folder / f"{name} ({app.id})"
            await asyncio.to_thread(_save, place, made)
            written += 1
        offset += len(page)
        if not page or offset >= total:
            return written


def _save(place: Path, files: list[DocumentFile]) -> None:
    place.mkdir(parents=True, exist_ok=True)
    for file in files:
        (place / file.filename).write_bytes(file.data)


def print_documents_folder(out: Console, folder: Path, written: int) -> None:
    """Say where the documents are, with the folder as one clickable file:// link that no
    terminal width breaks (rich would otherwise wrap it mid-path)."""
    out.print(f"Documents sent with {written} applications (PDF, Word, text), a folder per job:")
    uri = folder.resolve().as_uri()
    out.print(Text(uri, style=Style(link=uri)), soft_wrap=True, crop=False)


async def top_reasons(container: Container, user_id: int, n: int = 5) -> list[tuple[str, int]]:
    rejected, _ = await container.store.list_applications(
        user_id, [AppState.REJECTED], limit=10_000
    )
    counter = collections.Counter(
        reason.split(":")[0] if ":" in reason else reason.split(" ")[0].rstrip(",.;")
        for app in rejected
        for reason in app.reasons[:1]
    )
    return counter.most_common(n)


def summary_table(counts: dict[AppState, int], reasons: list[tuple[str, int]]) -> Table:
    table = Table(title="What the bot did", show_lines=False)
    table.add_column("state")
    table.add_column("jobs", justify="right")
    table.add_column("notes")
    notes = {
        AppState.APPLIED: "the portal accepted the application",
        AppState.CLARIFY: "waiting for your Approve / Discard",
        AppState.FAILED: "the portal refused or stayed down; /failed to retry",
        AppState.PENDING: "not decided yet (scoring unavailable, daily cap or dry run)",
    }
    for state in AppState:
        if counts.get(state):
            note = notes.get(state, "")
            if state is AppState.REJECTED and reasons:
                note = "; ".join(f"{r} ({n})" for r, n in reasons)
            table.add_row(state.value, str(counts[state]), note)
    return table


def demo_settings(data_dir: Path, portal_url: str) -> Settings:
    """The demo's own database and portal; the LLM engine as configured (LLM_ENGINE,
    LLM_BASE_URL, HF_TOKEN...), the offline engine when nothing is set."""
    try:
        return Settings(
            data_dir=data_dir,
            database_url=f"sqlite:///{data_dir / 'jobbot.db'}",
            portal_url=portal_url,
        )
    except ValidationError as err:
        raise SettingsError(describe_error(err)) from None


async def run_demo(options: DemoOptions, out: Console) -> DemoResult:
    data_dir = (options.data_dir or default_data_dir()).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    out.print(f"[bold]Job Apply Bot demo[/] · data in {data_dir}")
    with mock_portal(data_dir, options.portal_url) as portal_url:
        settings = demo_settings(data_dir, portal_url)
        container = Container(settings, notifier=ConsoleRelay())
        engine = engine_label(container.engine)
        out.print(f"job portal: {portal_url} · LLM: {engine} · database: SQLite")
        try:
            await container.applier.recover()
            demo = Demo(container, out, options)
            counts = await demo.run()
            documents = data_dir / "documents"
            written = await write_documents(container, demo.user_id, documents)
            reasons = await top_reasons(container, demo.user_id)
        finally:
            await container.aclose()
    out.rule("[bold]Summary")
    out.print(summary_table(counts, reasons))
    if written:
        print_documents_folder(out, documents, written)
    out.print(f"[dim]counts: {json.dumps({s.value: n for s, n in sorted(counts.items())})}[/]")
    return DemoResult(data_dir=data_dir, counts=counts, documents_dir=documents)


def choose(approve_all: bool, discard_all: bool) -> Choice:
    if approve_all and discard_all:
        raise JobBotError("choose one of --approve-all and --discard-all")
    if approve_all:
        return Choice.APPROVE
    if discard_all:
        return Choice.DISCARD
    return Choice.ASK if sys.stdin.isatty() and sys.stdout.isatty() else Choice.AUTO
