"""Restart-safe buttons: one DynamicItem whose custom_id carries the owner and the payload."""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol, runtime_checkable

import discord

logger = logging.getLogger(__name__)

PREFIX = "jb"
MAX_CUSTOM_ID = 100
MAX_LABEL = 80
MAX_ROWS = 5
MAX_PER_ROW = 5
NOT_YOURS = "These buttons belong to someone else."

# `jb:<owner>:<payload>`: the owner is the Discord user the message was made for (base 36,
# so the chat layer's 64-byte payload always fits Discord's 100 characters).
TEMPLATE = re.compile(rf"{PREFIX}:(?P<owner>[0-9a-z]{{0,13}}):(?P<payload>.+)", re.DOTALL)


@runtime_checkable
class ButtonRouter(Protocol):
    """What a pressed button hands its interaction to (the JobBotClient)."""

    async def on_button(self, interaction: discord.Interaction[Any], payload: str) -> None: ...


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def custom_id(owner: int | None, payload: str) -> str:
    """The custom_id of a button for `payload`, usable only by `owner` (None: anyone)."""
    return f"{PREFIX}:{'' if owner is None else base36(owner)}:{payload}"


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=TEMPLATE):
    """A button whose press becomes `ChatHandler.handle_action(who, payload)`.

    Everything it needs is in its custom_id, so discord.py rebuilds it from any message,
    including those sent before a restart (registered with `client.add_dynamic_items`).
    """

    def __init__(
        self, payload: str, owner: int | None, label: str = "…", *, disabled: bool = False
    ) -> None:
        self.payload = payload
        self.owner = owner
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label[:MAX_LABEL] or "…",
            style=discord.ButtonStyle.secondary,
            custom_id=custom_id(owner, payload),
            disabled=disabled,
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ActionButton:
        owner = int(match["owner"], 36) if match["owner"] else None
        label = getattr(item, "label", None) or "…"
        return cls(match["payload"], owner, label)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if may_press(interaction, self.owner):
            return True
        logger.info("refused a button press by a user who does not own the message")
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        client = interaction.client
        if isinstance(client, ButtonRouter):
            await client.on_button(interaction, self.payload)


def may_press(interaction: discord.Interaction[Any], owner: int | None) -> bool:
    """Whether the presser may use a button made for `owner`.

    The chat layer checks ownership of what the button acts on; this only makes sure a
    message made for one user (a DM card, an ephemeral reply) is never driven by another.
    """
    presser = interaction.user.id
    if owner is not None and owner != presser:
        return False
    channel = interaction.channel
    if isinstance(channel, discord.DMChannel) and channel.recipient is not None:
        return channel.recipient.id == presser
    return True


def build_view(
    rows: list[list[tuple[str, str]]], owner: int | None, *, disabled: bool = False
) -> discord.ui.View | None:
    """A persistent view of ActionButtons from (label, payload) rows; None when empty."""
    view = discord.ui.View(timeout=None)
    seen: set[str] = set()
    for row_number, row in enumerate(rows[:MAX_ROWS]):
        for label, payload in row[:MAX_PER_ROW]:
            cid = custom_id(owner, payload)
            if len(cid) > MAX_CUSTOM_ID or cid in seen:
                # Discord refuses the whole message for one bad button; drop just the button.
                logger.warning("dropped a button with a duplicate or over-long payload")
                continue
            seen.add(cid)
            item = ActionButton(payload, owner, label, disabled=disabled)
            item.row = row_number
            view.add_item(item)
    if len(rows) > MAX_ROWS or any(len(row) > MAX_PER_ROW for row in rows):
        logger.warning("a reply had more buttons than Discord shows; extra ones dropped")
    return view if view.children else None


def buttons_of(message: discord.Message | None) -> tuple[list[list[tuple[str, str]]], int | None]:
    """The (label, payload) rows and owner of our buttons on a message (to disable/restore)."""
    rows: list[list[tuple[str, str]]] = []
    owner: int | None = None
    for component in message.components if message else []:
        children = getattr(component, "children", [])
        row: list[tuple[str, str]] = []
        for child in children:
            match = TEMPLATE.fullmatch(getattr(child, "custom_id", None) or "")
            if match is None:
                continue
            owner = int(match["owner"], 36) if match["owner"] else None
            row.append((getattr(child, "label", None) or "…", match["payload"]))
        if row:
            rows.append(row)
    return rows, owner
