"""A small hand-written ChatHandler that records every call and answers like the chat layer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from core.chat.messages import (
    ActionAnswer,
    Awaited,
    Button,
    CommandOption,
    CommandSpec,
    Identity,
    IncomingFile,
    OutFile,
    Reply,
    bold,
    code,
    plain,
    text_reply,
)
from core.models import Notification, User

HOSTILE = "@everyone **free** <@123456789012345678> [click](https://evil.example) `x` _y_ ~~z~~"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def card(app_id: int, title: str = "Nutrition Consultant at Acme") -> Reply:
    """A clarify card like the chat layer's: a bold title line, then text, then 3 buttons."""
    return Reply(
        spans=[bold(title), plain(f"\nScore 55. Posted by {HOSTILE}\nYour call: "), code("a`b")],
        buttons=[
            [
                Button(label="Approve", payload=f"ca:{app_id}"),
                Button(label="Discard", payload=f"cd:{app_id}"),
                Button(label="Full report", payload=f"cr:{app_id}"),
            ]
        ],
    )


@dataclass
class Flow:
    answer: ActionAnswer
    steps: list[Reply] = field(default_factory=list)
    delay: float = 0.0

    async def replies(self) -> AsyncIterator[Reply]:
        for step in self.steps:
            await asyncio.sleep(self.delay)
            yield step


class FakeChat:
    """Commands: start, resume (file), help (4,500 characters), clarify (a card), stats
    (a chart), export (a 26 MB file), link (code), slow (3 s). Buttons: ca/cd/cr:<app id>."""

    def __init__(self) -> None:
        self.commands = [
            CommandSpec(name="start", description="Register and see what I do for you"),
            CommandSpec(
                name="resume",
                description="Send your resume",
                options=[CommandOption(name="file", description="Your resume", kind="attachment")],
            ),
            CommandSpec(name="help", description="What I can do"),
            CommandSpec(name="clarify", description="Jobs waiting for your decision"),
            CommandSpec(name="stats", description="Your numbers and a chart"),
            CommandSpec(name="export", description="Download everything"),
            CommandSpec(
                name="link",
                description="Join another chat app",
                options=[CommandOption(name="code", description="The code", required=True)],
            ),
            CommandSpec(
                name="set",
                description="Correct one profile field",
                options=[
                    CommandOption(name="field", description="Which", required=True),
                    CommandOption(name="count", description="A number", kind="integer"),
                ],
            ),
            CommandSpec(name="slow", description="Takes a while"),
        ]
        self.calls: list[tuple[str, str, str]] = []  # (what, user id, detail)
        self.files: list[IncomingFile] = []
        self.owners: dict[int, str] = {}  # application id -> discord user id
        self.applied: list[int] = []
        self.slow_seconds = 0.0
        self.action_delay = 0.05
        self.awaiting: dict[str, Awaited] = {}  # discord user id -> what their next message is

    async def awaiting_answer(self, who: Identity) -> Awaited | None:
        return self.awaiting.get(who.user_id)

    async def handle_command(self, who: Identity, command: str, args: str = "") -> list[Reply]:
        self.calls.append(("command", who.user_id, f"{command} {args}".strip()))
        if command == "start":
            return [text_reply(f"Welcome, {who.display_name}!")]
        if command == "help":
            return [text_reply("\n".join(f"line {i:03d} " + "x" * 40 for i in range(100)))]
        if command == "clarify":
            self.owners.setdefault(7, who.user_id)
            return [text_reply("1 job needs you"), card(7)]
        if command == "stats":
            chart = OutFile(filename="stats.png", data=PNG, mime="image/png", is_image=True)
            return [Reply(spans=[plain("Applied: 3")], files=[chart])]
        if command == "export":
            big = OutFile(filename="export.zip", data=b"\0" * (26 * 1024 * 1024))
            return [Reply(spans=[plain("Your data")], files=[big])]
        if command == "slow":
            await asyncio.sleep(self.slow_seconds)
            return [text_reply("Slow done")]
        return [text_reply(f"{command}: {args}")]

    async def handle_text(self, who: Identity, text: str) -> list[Reply]:
        self.calls.append(("text", who.user_id, text))
        return [text_reply(f"You said: {text}")]

    async def handle_file(self, who: Identity, file: IncomingFile) -> list[Reply]:
        self.calls.append(("file", who.user_id, file.filename))
        self.files.append(file)
        return [text_reply(f"Read {file.filename} ({len(file.data)} bytes)")]

    async def handle_action(self, who: Identity, payload: str) -> Flow:
        self.calls.append(("action", who.user_id, payload))
        kind, _, arg = payload.partition(":")
        app_id = int(arg)
        if self.owners.get(app_id) != who.user_id:
            return Flow(ActionAnswer(text="This button is not for you.", alert=True))
        if kind == "ca":
            self.applied.append(app_id)
            steps = [
                text_reply(bold("Applying"), "\nwriting documents…", edit=True),
                text_reply(bold("Applied ✓"), "\nto Nutrition Consultant at Acme", edit=True),
            ]
            return Flow(ActionAnswer(text="Applying…"), steps, self.action_delay)
        if kind == "cd":
            return Flow(ActionAnswer(), [text_reply("Discarded.", edit=True)])
        return Flow(ActionAnswer(), [text_reply("Full report: " + "r" * 2500)])

    async def render_notification(self, user: User, notification: Notification) -> list[Reply]:
        app_id = int(notification.payload.get("app_id", 0))
        if user.discord_user_id:
            self.owners[app_id] = user.discord_user_id
        return [card(app_id)]
