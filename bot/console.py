"""The console adapter (`jobbot chat`): the conversation of the Telegram and Discord bots.

Type the same commands (`/start`, `/resume PATH`, `/prefs`, `/clarify`, ...); every button shown
gets a number, and typing the number presses it (`=7` sends the text "7"); files the bot sends
are written to a folder and their path is shown. The console is also the Notifier of its
process: notifications for the console user are printed as they arrive.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
import shlex
import sys
import threading
from pathlib import Path
from typing import Any, Protocol, TextIO

from pydantic import ValidationError
from rich.console import Console as RichConsole
from rich.text import Text

from bot.settings import Settings, SettingsError, describe_error, get_settings
from core.adapters.charts import MatplotlibCharts
from core.chat.cards import MessageRef, desk_of
from core.chat.messages import ChatHandler, Identity, IncomingFile, Reply, Style, text_reply
from core.chat.service import ChatService
from core.documents.files import DocumentFiles
from core.models import Notification, Platform, User
from core.ports import LLM, Applier, Portal, ScheduleControl, Store

logger = logging.getLogger(__name__)

QUIT = {"/quit", "/exit", "/q"}
_STYLES = {
    Style.PLAIN: "",
    Style.BOLD: "bold",
    Style.ITALIC: "italic",
    Style.CODE: "bold cyan",
    Style.LINK: "underline blue",
}


class ConsoleRelay:
    """A Notifier to hand the container before the console exists; forwards to it later.

    Notifications for other users (a bot process may share the database) are refused, so the
    dispatcher keeps them for the process that can reach those users.
    """

    def __init__(self) -> None:
        self.target: ConsoleChat | None = None

    async def deliver(self, user: User, notification: Notification) -> None:
        if self.target is None:
            raise RuntimeError("the console is not running")
        await self.target.deliver(user, notification)


class Runtime(Protocol):
    """What the console needs from bot.container.Container (read-only)."""

    @property
    def store(self) -> Store: ...
    @property
    def llm(self) -> LLM: ...
    @property
    def applier(self) -> Applier: ...
    @property
    def scheduler(self) -> ScheduleControl: ...
    @property
    def portal(self) -> Portal: ...
    @property
    def notifier(self) -> Any: ...
    @property
    def documents(self) -> DocumentFiles: ...

    async def start(self) -> None: ...
    async def aclose(self) -> None: ...


class ConsoleChat:
    """Reads lines, calls the chat, prints replies with rich; numbers every button."""

    def __init__(self, chat: ChatHandler, who: Identity, out: RichConsole, downloads: Path) -> None:
        self.chat = chat
        self.who = who
        self.out = out
        self.downloads = downloads
        self.buttons: dict[int, str] = {}
        self.latest: dict[str, str] = {}  # the last message's buttons, by label (lower case)
        self._next_button = 1
        self._lock = asyncio.Lock()  # one reply printed at a time
        self._printed = 0  # cards printed: each one's "message id"

    # --- output --------------------------------------------------------------------------------

    def _print_reply(self, reply: Reply, *, prefix: str = "") -> None:
        text = Text(prefix, style="dim")
        if reply.edit:
            text.append("↻ ", style="dim")
        for span in reply.spans:
            # Text.append never parses markup: the span's characters are shown as they are.
            style = _STYLES[span.style]
            if span.style is Style.LINK and span.url:
                style = f"{style} link {span.url}"
            text.append(span.text, style=style)
        if text.plain.strip():
            self.out.print(text)
        if reply.buttons:
            self.latest = {b.label.lower(): b.payload for row in reply.buttons for b in row}
        for row in reply.buttons:
            line = Text("  ")
            for button in row:
                number = self._next_button
                self._next_button += 1
                self.buttons[number] = button.payload
                line.append(f"[{number}] ", style="bold magenta")
                line.append(button.label + "   ")
            self.out.print(line)
        for file in reply.files:
            path = self._save(file.filename, file.data)
            self.out.print(Text(f"  file: {path}", style="green"))

    def _save(self, filename: str, data: bytes) -> Path:
        self.downloads.mkdir(parents=True, exist_ok=True)
        name = Path(filename).name or "file"  # never a path the bot chose outside the folder
        path = self.downloads / name
        stem, suffix, n = path.stem, path.suffix, 1
        while path.exists():
            path = self.downloads / f"{stem}-{n}{suffix}"
            n += 1
        path.write_bytes(data)
        return path

    async def show(self, replies: list[Reply], *, prefix: str = "", pressed: bool = False) -> None:
        desk = desk_of(self.chat)
        for reply in replies:
            if desk is not None and reply.card is not None:
                # A job's card prints once per state: an edit is its new state printed once;
                # a card a button opens (not an edit) is printed again where the user is.
                new = pressed and not reply.edit
                await desk.show(_ConsoleCards(self, prefix), reply, new=new)
                continue
            async with self._lock:
                self._print_reply(reply, prefix=prefix)

    async def print_card(self, reply: Reply, prefix: str, *, edit: bool) -> MessageRef:
        async with self._lock:
            self._print_reply(reply.model_copy(update={"edit": edit}), prefix=prefix)
            self._printed += 1
            return MessageRef("console", str(self._printed))

    # --- Notifier --------------------------------------------------------------------------------

    async def deliver(self, user: User, notification: Notification) -> None:
        if user.console_name != self.who.user_id:
            raise RuntimeError("not the console user")
        replies = await self.chat.render_notification(user, notification)
        await self.show(replies, prefix="● ")

    # --- input -----------------------------------------------------------------------------------

    async def handle_line(self, line: str) -> bool:
        """Act on one typed line; False when the user wants to leave."""
        line = line.strip()
        if not line:
            return True
        if line.lower() in QUIT:
            return False
        if line.isdigit():
            # '10' at "How many per day? [5] [10] [20]" means the button labelled 10
            labelled = self.latest.get(line)
            if labelled is not None:
                await self.press_payload(labelled)
            elif int(line) in self.buttons:
                await self.press(int(line))
            else:  # '500' at a question that takes a number: an answer, not a button
                await self.show([text_reply(f"There is no button {line}. I sent it as a message.")])
                await self.show(await self.chat.handle_text(self.who, line))
            return True
        if line.startswith("="):  # "=7": the text 7, for a question that wants a number
            await self.show(await self.chat.handle_text(self.who, line[1:].strip()))
            return True
        if _looks_like_a_file(line):  # a path pasted or dropped into the terminal
            await self.upload(line)
            return True
        if line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            if name.lower() in {"resume", "upload"} and args.strip():
                await self.upload(args.strip())
                return True
            await self.show(await self.chat.handle_command(self.who, name, args))
            return True
        await self.show(await self.chat.handle_text(self.who, line))
        return True

    async def press(self, number: int) -> None:
        payload = self.buttons.get(number)
        if payload is None:
            await self.show([text_reply(f"There is no button {number}.")])
            return
        await self.press_payload(payload)

    async def press_payload(self, payload: str) -> None:
        flow = await self.chat.handle_action(self.who, payload)
        if flow.answer.text:
            async with self._lock:
                self.out.print(Text(f"» {flow.answer.text}", style="dim"))
        async for reply in flow.replies():
            await self.show([reply], pressed=True)

    async def upload(self, where: str) -> None:
        """`/resume PATH`: send the file at PATH as if it were attached."""
        path = typed_path(where)
        try:
            name, data = await asyncio.to_thread(_read_file, path)
        except OSError as err:
            note = f"Cannot read {path}: {err.strerror or type(err).__name__}."
            await self.show([text_reply(note)])
            return
        await self.show(
            await self.chat.handle_file(self.who, IncomingFile(filename=name, data=data))
        )

    async def run(self, input_stream: TextIO) -> None:
        self.out.print(
            Text(
                "Job Apply Bot. Type /help for the commands, a button's number to press it, "
                "=TEXT to send text that is only a number, /quit to leave."
            )
        )
        lines = _read_lines(input_stream)
        while True:
            line = await lines.get()
            if not line:
                return
            try:
                going_on = await self.handle_line(line)
            except Exception:
                logger.exception("console: the line could not be handled")
                self.out.print(Text("Something went wrong; try again.", style="red"))
                continue
            if not going_on:
                return


def _read_lines(stream: TextIO) -> asyncio.Queue[str]:
    """Lines typed, read by a daemon thread: readline blocks, and a blocked daemon thread
    never holds up the exit on Ctrl-C (the event loop's own threads would, until Enter).
    An empty string means the input ended."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        line = "-"
        while line:
            try:
                line = stream.readline()
            except (OSError, ValueError):  # closed under us
                line = ""
            try:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            except RuntimeError:  # the loop is gone: we are exiting
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return queue


def typed_path(text: str) -> Path:
    """A path as people type or paste it: quoted, with escaped or plain spaces, or with ~."""
    text = text.strip()
    try:
        parts = shlex.split(text)
    except ValueError:  # an unbalanced quote: take the text as it is
        parts = [text.strip("'\"")]
    return Path(parts[0] if len(parts) == 1 else text).expanduser()


def _looks_like_a_file(line: str) -> bool:
    """A line that names an existing file: '~/cv.pdf', "'/My Files/cv.pdf'", '/tmp/cv.pdf'."""
    if line[:1] not in {"/", "~", "'", '"', "."} or len(line) > 4096:
        return False
    try:
        return typed_path(line).is_file()
    except OSError:
        return False


def _read_file(path: Path) -> tuple[str, bytes]:
    return path.name, path.read_bytes()


class _ConsoleCards:
    """`core.chat.cards.CardSurface` on the terminal: an edit prints the card's new state."""

    platform = Platform.CONSOLE

    def __init__(self, console: ConsoleChat, prefix: str) -> None:
        self._console = console
        self._prefix = prefix

    async def send(self, reply: Reply) -> MessageRef | None:
        return await self._console.print_card(reply, self._prefix, edit=False)

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        await self._console.print_card(reply, self._prefix, edit=True)
        return True


def build_chat(runtime: Runtime) -> ChatService:
    """The shared conversation on the runtime's store, LLM, apply routine, schedule and portal."""
    return ChatService(
        runtime.store,
        runtime.llm,
        runtime.applier,
        runtime.scheduler,
        runtime.portal,
        charts=MatplotlibCharts(),
        documents=runtime.documents,
        # the Container's fair-use gate and access policy; a bare runtime gets the defaults
        uploads=getattr(runtime, "uploads", None),
        access=getattr(runtime, "access", None),
        budget=getattr(runtime, "budget", None),
        activity=getattr(runtime, "activity", None),
    )


async def run_console_async(
    runtime: Runtime,
    input_stream: TextIO = sys.stdin,
    output: TextIO | None = None,
    *,
    user: str | None = None,
    downloads: Path | None = None,
) -> None:
    """Start the runtime, converse until EOF or /quit, then close the runtime."""
    out = RichConsole(file=output, highlight=False, soft_wrap=True) if output else RichConsole()
    who = Identity(
        platform=Platform.CONSOLE,
        user_id=user or getpass.getuser(),
        display_name=user or getpass.getuser(),
    )
    folder = downloads or Path(getattr(getattr(runtime, "settings", None), "data_dir", "data"))
    console = ConsoleChat(build_chat(runtime), who, out, folder / "downloads")
    if isinstance(runtime.notifier, ConsoleRelay):
        runtime.notifier.target = console
    else:
        logger.warning("console: notifications go to %s", type(runtime.notifier).__name__)
    await runtime.start()
    try:
        await console.run(input_stream)
    finally:
        await runtime.aclose()


def run_console(
    container: Runtime,
    input_stream: TextIO = sys.stdin,
    output: TextIO | None = None,
    *,
    user: str | None = None,
    downloads: Path | None = None,
) -> None:
    """`run_console_async` on a fresh event loop (for the CLI and synchronous callers)."""
    asyncio.run(run_console_async(container, input_stream, output, user=user, downloads=downloads))


def chat_command(user: str | None = None, data_dir: Path | None = None) -> None:
    """`jobbot chat`: the conversation in this terminal, on the configured database and portal."""
    from bot.container import Container
    from bot.logging_setup import setup_logging

    try:
        settings = Settings(data_dir=data_dir) if data_dir is not None else get_settings()
    except ValidationError as err:
        raise SettingsError(describe_error(err)) from None
    # The terminal is the conversation: log lines go to a file, never between the replies.
    setup_logging(
        settings.log_level,
        settings.secrets(),
        library_debug=settings.log_library_debug,
        file=log_file(settings),
    )
    try:
        run_console(Container(settings, notifier=ConsoleRelay()), user=user)
    except Exception as err:
        from bot.startup_errors import explain

        problem = explain(err, settings)
        if problem is None:
            raise
        raise problem from None


def log_file(settings: Settings) -> Path:
    """Where `jobbot chat` writes its log."""
    return settings.data_dir / "jobbot.log"
