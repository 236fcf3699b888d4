"""A small hand-written ChatHandler that records every call and answers predictably."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from core.chat.messages import (
    ActionAnswer,
    Awaited,
    Button,
    CommandSpec,
    Identity,
    IncomingFile,
    OutFile,
    Reply,
    Span,
    Style,
    bold,
    code,
    italic,
    plain,
    text_reply,
)
from core.models import Notification, Platform, User

HOSTILE = "_*[]()~>#+-=|{}.!<&"
HOSTILE_TITLE = f"<b>Boss</b> {HOSTILE} &amp; <script>x</script>"
# The smallest valid PNG (1x1), so sendPhoto gets a real image.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e221bc330000000049454e44ae426082"
)


def owned(action: str, owner: str, item: int) -> str:
    """A payload naming its owner, so the fake can refuse anyone else (as ChatService does)."""
    return f"{action}:{owner}:{item}"


@dataclass
class FakeFlow:
    answer: ActionAnswer
    steps: list[Reply] = field(default_factory=list)
    delay: float = 0.0

    async def replies(self) -> AsyncIterator[Reply]:
        for i, reply in enumerate(self.steps):
            if i and self.delay:
                await asyncio.sleep(self.delay)  # the slow apply between two edits
            yield reply


class FakeChat:
    """Echoes, returns buttons, files, edits, and an ActionFlow with two edits."""

    def __init__(
        self, apply_delay: float = 0.05, long_lines: int = 400, text_delay: float = 0.0
    ) -> None:
        self.apply_delay = apply_delay
        self.commands: list[CommandSpec] = [
            CommandSpec(name="help", description="What I can do"),
            CommandSpec(name="echo", description="Say it back"),
            CommandSpec(name="clarify", description="A job that needs you"),
            CommandSpec(name="export", description="Everything stored about you"),
            CommandSpec(name="chart", description="A chart"),
            CommandSpec(name="long", description="A very long answer"),
            CommandSpec(name="hostile", description="Markup in job text"),
            CommandSpec(name="badbutton", description="A payload too long for Telegram"),
            CommandSpec(name="twice", description="Two messages"),
        ]
        self.text_delay = text_delay
        self.long_lines = long_lines
        self.calls: list[tuple[str, Identity, Any]] = []
        self.files: list[IncomingFile] = []

    def of(self, kind: str) -> list[tuple[str, Identity, Any]]:
        return [c for c in self.calls if c[0] == kind]

    async def handle_command(self, who: Identity, command: str, args: str = "") -> list[Reply]:
        self.calls.append(("command", who, (command, args)))
        if command == "start":
            return [text_reply(bold("Welcome"), f", {who.display_name}! Send me your resume.")]
        if command == "echo":
            return [text_reply(args or "(nothing)")]
        if command == "clarify":
            buttons = [
                [
                    Button(label="Approve", payload=owned("approve", who.user_id, 7)),
                    Button(label="Discard", payload=owned("discard", who.user_id, 7)),
                ]
            ]
            return [text_reply(bold("Barista"), " at Café & Co — 55/100", buttons=buttons)]
        if command == "export":
            data = json.dumps({"user": who.user_id, "jobs": [1, 2]}).encode()
            export = OutFile(filename="export.json", data=data, mime="application/json")
            return [Reply(spans=[plain("Everything about you")], files=[export])]
        if command == "chart":
            chart = OutFile(filename="chart.png", data=PNG, mime="image/png", is_image=True)
            return [Reply(files=[chart], buttons=[[Button(label="More", payload="stats:more")]])]
        if command == "long":
            lines = [f"{i:04d} {HOSTILE} job line & <tag>" for i in range(self.long_lines)]
            return [text_reply(bold("Jobs\n"), "\n".join(lines), italic("\nend"))]
        if command == "hostile":
            return [
                Reply(
                    spans=[
                        bold(HOSTILE_TITLE),
                        plain(f"\n{HOSTILE} description <i>not italic</i>\n"),
                        code(f"{HOSTILE} <pre>"),
                        Span(
                            text=f" link {HOSTILE}",
                            style=Style.LINK,
                            url="https://x.test/?a=1&b=<2>",
                        ),
                        Span(text=" bad link", style=Style.LINK, url="javascript:alert(1)"),
                    ]
                )
            ]
        if command == "badbutton":
            return [text_reply("Oops", buttons=[[Button(label="Too long", payload="é" * 40)]])]
        if command == "twice":
            return [text_reply("first"), text_reply("second")]
        return [text_reply(f"Unknown command /{command}. Try /help.")]

    async def awaiting_answer(self, who: Identity) -> Awaited | None:
        return None  # a Telegram private chat reads every answer: nothing to offer

    async def handle_text(self, who: Identity, text: str) -> list[Reply]:
        self.calls.append(("text", who, text))
        if self.text_delay and text.startswith("slow"):
            await asyncio.sleep(self.text_delay)
        return [text_reply("You said: ", italic(text))]

    async def handle_file(self, who: Identity, file: IncomingFile) -> list[Reply]:
        self.calls.append(("file", who, file.filename))
        self.files.append(file)
        return [text_reply(f"Read {file.filename}: {len(file.data)} bytes")]

    async def handle_action(self, who: Identity, payload: str) -> FakeFlow:
        self.calls.append(("action", who, payload))
        action, owner, item = payload.split(":", 2)
        if owner != who.user_id:
            return FakeFlow(ActionAnswer(text="This button is not yours.", alert=True))
        if action == "approve":
            steps = [
                text_reply("Applying to job ", bold(item), "…", edit=True),
                text_reply("Applied to job ", bold(item), edit=True),
            ]
            return FakeFlow(ActionAnswer(text="Approved"), steps, delay=self.apply_delay)
        if action == "discard":
            return FakeFlow(ActionAnswer(text="Discarded"), [text_reply("Discarded", edit=True)])
        return FakeFlow(ActionAnswer(text="Sent"), [text_reply(f"New message for {item}")])

    async def render_notification(self, user: User, notification: Notification) -> list[Reply]:
        who = Identity(platform=Platform.TELEGRAM, user_id=str(user.id))
        self.calls.append(("notify", who, notification.id))
        title = str(notification.payload.get("title", ""))
        return [text_reply(bold(title), f" ({notification.kind.value})")]
