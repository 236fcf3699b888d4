"""The scripted conversation (tests/chat/script.py) through the console adapter."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console as RichConsole

from bot.console import ConsoleChat
from core.chat.messages import Identity
from core.models import Platform
from tests.chat.conftest import World
from tests.chat.script import Said, play

ME = Identity(platform=Platform.CONSOLE, user_id="julie", display_name="julie")
_BUTTON = re.compile(r"\[(\d+)\] (.+?)(?=\s{3}|$)", re.MULTILINE)


class ConsoleDriver:
    """Types lines into ConsoleChat; each answer is the text printed since the last one."""

    platform = Platform.CONSOLE
    user_id = ME.user_id

    def __init__(self, world: World, downloads: Path) -> None:
        self.buffer = io.StringIO()
        out = RichConsole(file=self.buffer, width=120, highlight=False, soft_wrap=True)
        self.console = ConsoleChat(world.chat, ME, out, downloads)
        self._seen = 0

    def _new(self) -> list[Said]:
        text = self.buffer.getvalue()[self._seen :]
        self._seen += len(text)
        labels = {label.strip(): int(n) for n, label in _BUTTON.findall(text)}
        return [Said(text, list(labels), labels)]

    async def command(self, name: str) -> list[Said]:
        await self.console.handle_line(f"/{name}")
        return self._new()

    async def press(self, said: Said, label: str) -> list[Said]:
        await self.console.press(said.handle[label])  # the number printed beside the label
        return self._new()


async def test_the_script_on_the_console(world: World, tmp_path: Path) -> None:
    await play(world, ConsoleDriver(world, tmp_path))
