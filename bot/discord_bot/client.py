"""The Discord client: one setup_hook that reads as the routing table, and its builder."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.discord_bot.commands import build_commands, sync_commands
from bot.discord_bot.components import TEMPLATE, ActionButton
from bot.discord_bot.conversation import ACK_AFTER, SORRY, Conversation
from bot.discord_bot.questions import TEMPLATE as ANSWER_TEMPLATE
from bot.discord_bot.questions import AnswerButton
from bot.settings import Settings
from core.chat.flows import OLDER_VERSION
from core.chat.messages import ChatHandler

logger = logging.getLogger(__name__)


class JobBotClient(discord.Client):
    """discord.py's Client wired to the shared chat layer; it only translates."""

    def __init__(
        self, settings: Settings, chat: ChatHandler, *, ack_after: float = ACK_AFTER, **options: Any
    ) -> None:
        # DM text is readable without the privileged message-content intent.
        intents = discord.Intents.none()
        intents.guilds = True
        intents.dm_messages = True
        super().__init__(
            intents=intents, allowed_mentions=discord.AllowedMentions.none(), **options
        )
        self.settings = settings
        self.chat = chat
        # Discord user ids whose DMs just failed as closed; their next interaction is told.
        self.dm_closed: set[int] = set()
        self.conversation = Conversation(chat, dm_closed=self.dm_closed, ack_after=ack_after)
        self.tree: app_commands.CommandTree[JobBotClient] = app_commands.CommandTree(self)
        self.tree.on_error = self.on_tree_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        """Routing table: every update goes to one Conversation method, which calls the chat.

        - buttons (any message, even from before a restart) -> handle_action
        - slash commands from chat.commands (/register is /start)  -> handle_command,
          or handle_file when an attachment option is given
        - DM text -> handle_text, DM files -> handle_file (on_message)
        - a server question's "Answer here" modal -> handle_text (on_answer)
        """
        self.add_dynamic_items(ActionButton, AnswerButton)
        for command in build_commands(self.chat.commands, self.conversation.command):
            self.tree.add_command(command)
        await sync_commands(self.tree, self.settings.discord_guild_id)

    async def on_button(self, interaction: discord.Interaction[Any], payload: str) -> None:
        await self.conversation.button(interaction, payload)

    async def on_answer(self, interaction: discord.Interaction[Any], text: str) -> None:
        await self.conversation.answer(interaction, text)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """A button whose custom_id is not of our format (an older version's) gets a polite
        answer; without one Discord shows "This interaction failed"."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: Any = interaction.data or {}
        custom = str(data.get("custom_id", ""))
        if TEMPLATE.fullmatch(custom) or ANSWER_TEMPLATE.fullmatch(custom):
            return  # ActionButton or AnswerButton answers it
        try:
            await interaction.response.send_message(OLDER_VERSION, ephemeral=True)
        except discord.HTTPException:
            logger.info("could not answer a button of an older version")

    async def on_message(self, message: discord.Message) -> None:
        await self.conversation.direct_message(message)

    async def on_ready(self) -> None:
        logger.info("Discord bot connected as %s (%s)", self.user, getattr(self.user, "id", "?"))

    async def on_tree_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        # Commands catch their own errors; this is a command Discord knows but we do not.
        logger.warning("slash command failed: %s", type(error).__name__)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(SORRY, ephemeral=True)
            else:
                await interaction.response.send_message(SORRY, ephemeral=True)
        except discord.HTTPException:
            pass


def build_client(settings: Settings, chat: ChatHandler, **options: Any) -> JobBotClient:
    """A Discord client for `chat`; start it with `start_client`, stop with `stop_client`.

    `options` go to discord.Client (e.g. `guild_ready_timeout`) or set `ack_after`.
    """
    return JobBotClient(settings, chat, **options)
