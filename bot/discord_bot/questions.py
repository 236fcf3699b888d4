"""Guided questions asked in a server: answered in a modal (text) or in the DM (files).

Discord gives the bot no message text from a server channel (that needs a privileged intent),
so a question the next message answers cannot be answered there by typing. After such a
question the user gets an "Answer here" button that opens a modal, and a link to the DM.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol, runtime_checkable

import discord

from bot.discord_bot.components import NOT_YOURS, base36, may_press

logger = logging.getLogger(__name__)

PREFIX = "jbq"
ANSWER_LABEL = "Answer here"
# `jbq:<owner>`: the button opens the answer box for its owner only (base 36, like jb:).
TEMPLATE = re.compile(rf"{PREFIX}:(?P<owner>[0-9a-z]{{1,13}})")
MAX_ANSWER = 4000  # Discord's longest text input


def dm_link(channel_id: int) -> str:
    return f"https://discord.com/channels/@me/{channel_id}"


def text_prompt(link: str) -> str:
    return (
        f"I cannot read messages in a server: tap **{ANSWER_LABEL}** to answer in a box "
        f"only you see, or answer me in our DM: {link}"
    )


def file_prompt(link: str) -> str:
    return (
        f"Send the file to me in our DM: {link} (or use /resume here with its file option). "
        "I cannot read files posted in a server."
    )


@runtime_checkable
class AnswerRouter(Protocol):
    """What a submitted answer is handed to (the JobBotClient)."""

    async def on_answer(self, interaction: discord.Interaction[Any], text: str) -> None: ...


class AnswerModal(discord.ui.Modal, title="Your answer"):
    """One text box; its value goes to the chat as if typed in the DM."""

    answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
        label="Your answer", style=discord.TextStyle.paragraph, max_length=MAX_ANSWER
    )

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        client = interaction.client
        if isinstance(client, AnswerRouter):
            await client.on_answer(interaction, self.answer.value)


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=TEMPLATE):
    """ "Answer here": opens the modal (restart-safe: the owner is in its custom_id)."""

    def __init__(self, owner: int) -> None:
        self.owner = owner
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=ANSWER_LABEL,
            style=discord.ButtonStyle.primary,
            custom_id=f"{PREFIX}:{base36(owner)}",
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> AnswerButton:
        return cls(int(match["owner"], 36))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if may_press(interaction, self.owner):
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.send_modal(AnswerModal())


async def offer(interaction: discord.Interaction[Any], awaited: str) -> None:
    """After a question shown in a server: the ways to answer it, only the asker sees them."""
    try:
        dm = await interaction.user.create_dm()
    except discord.HTTPException as err:
        logger.info("could not open a DM for a server question (HTTP %s)", err.status)
        return
    link = dm_link(dm.id)
    if awaited == "file":
        await interaction.followup.send(
            file_prompt(link), ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        return
    view = discord.ui.View(timeout=None)
    view.add_item(AnswerButton(interaction.user.id))
    await interaction.followup.send(
        text_prompt(link),
        view=view,
        ephemeral=True,
        allowed_mentions=discord.AllowedMentions.none(),
    )
