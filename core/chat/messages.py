"""Neutral message types every chat adapter renders: styled text, buttons, files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, Field

from core.models import Notification, Platform, User

# Telegram allows 64 bytes of callback data; Discord 100 characters of custom_id.
MAX_PAYLOAD_BYTES = 64


class Style(StrEnum):
    PLAIN = "plain"
    BOLD = "bold"
    ITALIC = "italic"
    CODE = "code"
    LINK = "link"


class Span(BaseModel):
    """A run of text in one style. Adapters escape `text` for their markup, always."""

    text: str
    style: Style = Style.PLAIN
    url: str | None = None  # for LINK


def plain(text: str) -> Span:
    return Span(text=text)


def bold(text: str) -> Span:
    return Span(text=text, style=Style.BOLD)


def italic(text: str) -> Span:
    return Span(text=text, style=Style.ITALIC)


def code(text: str) -> Span:
    return Span(text=text, style=Style.CODE)


class Button(BaseModel):
    label: str
    payload: str = Field(max_length=MAX_PAYLOAD_BYTES)  # opaque, see core.chat.actions


class OutFile(BaseModel):
    filename: str
    data: bytes
    mime: str = "application/octet-stream"
    is_image: bool = False
    caption: str = ""


class CardTag(BaseModel):
    """Marks a reply as an application's card, drawn from the row as of `version` (its
    updated_at): adapters show it through core.chat.cards, editing the job's one message."""

    app_id: int
    user_id: int
    version: datetime


class Reply(BaseModel):
    """One message to show. `edit=True` replaces the message whose button was pressed."""

    spans: list[Span] = Field(default_factory=list)
    buttons: list[list[Button]] = Field(default_factory=list)  # rows of buttons
    files: list[OutFile] = Field(default_factory=list)
    edit: bool = False
    card: CardTag | None = None

    def plain_text(self) -> str:
        return "".join(span.text for span in self.spans)


def text_reply(
    *parts: Span | str, buttons: list[list[Button]] | None = None, edit: bool = False
) -> Reply:
    spans = [plain(p) if isinstance(p, str) else p for p in parts]
    return Reply(spans=spans, buttons=buttons or [], edit=edit)


class Identity(BaseModel):
    """Who is speaking, as the platform says (ids as strings on every platform)."""

    platform: Platform
    user_id: str
    chat_id: str | None = None
    display_name: str = ""
    # Whether only this person sees the answers: a Telegram private chat, a Discord DM or
    # ephemeral reply, the console. Adapters set it; a group chat gets only /help.
    private: bool = True
    # The platform's locale with a region ('en-US', 'pt-BR') when it tells one (Discord's
    # interactions): a weak time-zone hint, used only when the resume names no place.
    locale: str | None = None


class IncomingFile(BaseModel):
    filename: str
    data: bytes
    mime: str | None = None


class Awaited(StrEnum):
    """What a guided question waits for."""

    TEXT = "text"
    FILE = "file"


class ActionAnswer(BaseModel):
    """The immediate answer to a button press (a toast), before any slow work."""

    text: str = ""
    alert: bool = False
    # False when the press found the job already moved on (another press won): the answer
    # says what happened, and the card is only redrawn as it is (Discord: a private note).
    changed: bool = True


class CommandOption(BaseModel):
    name: str
    description: str
    kind: str = "string"  # string | integer | attachment
    required: bool = False


class CommandSpec(BaseModel):
    """A command as published to the platform (setMyCommands, Discord slash commands)."""

    name: str
    description: str
    options: list[CommandOption] = Field(default_factory=list)


class ActionFlow(Protocol):
    """A button press: `answer` is given at once; `replies` then streams edits/messages."""

    answer: ActionAnswer

    def replies(self) -> AsyncIterator[Reply]: ...


class ChatHandler(Protocol):
    """What every adapter calls: the shared conversation (core.chat.service.ChatService)."""

    commands: list[CommandSpec]

    async def handle_command(self, who: Identity, command: str, args: str = "") -> list[Reply]: ...
    async def handle_text(self, who: Identity, text: str) -> list[Reply]: ...
    async def handle_file(self, who: Identity, file: IncomingFile) -> list[Reply]: ...
    async def handle_action(self, who: Identity, payload: str) -> ActionFlow: ...
    async def awaiting_answer(self, who: Identity) -> Awaited | None:
        """What the speaker's next message answers: a typed answer, a file, or nothing. An
        adapter that cannot receive that message where the question was asked (a Discord
        server) offers another way to answer."""
        ...

    async def render_notification(self, user: User, notification: Notification) -> list[Reply]: ...
