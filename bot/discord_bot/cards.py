"""Job cards on Discord: sent once by DM, then edited in place (message.edit) by later events."""

from __future__ import annotations

from typing import Any

import discord

from bot.discord_bot.render import Outgoing, render_reply
from bot.discord_bot.send import edit_kwargs, send_kwargs
from core.chat.cards import MessageRef
from core.chat.messages import Reply
from core.models import Platform

# Discord's answers when a message cannot be edited: gone, or not ours to edit.
UNKNOWN_MESSAGE = 10008
CANNOT_EDIT = 50005


def card_outs(reply: Reply) -> list[Outgoing]:
    """A card as Discord messages: always an embed, so an edit replaces like with like."""
    return render_reply(reply, card=True)


def uneditable(err: discord.HTTPException) -> bool:
    """Whether Discord refused an edit because the message cannot be edited (send anew)."""
    return isinstance(err, discord.NotFound) or err.code in (UNKNOWN_MESSAGE, CANNOT_EDIT)


class DMCards:
    """`core.chat.cards.CardSurface` for one user's DM channel (notifications)."""

    platform = Platform.DISCORD

    def __init__(self, channel: discord.DMChannel, owner: int) -> None:
        self._channel = channel
        self._owner = owner

    async def send(self, reply: Reply) -> MessageRef | None:
        first: discord.Message | None = None
        for out in card_outs(reply):
            message = await self._channel.send(**send_kwargs(out, self._owner))
            first = first or message
        return None if first is None else MessageRef(str(self._channel.id), str(first.id))

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        outs = card_outs(reply)
        if len(outs) != 1 or ref.chat_id != str(self._channel.id):
            return False
        try:
            await self._channel.get_partial_message(int(ref.message_id)).edit(
                **edit_kwargs(outs[0], self._owner)
            )
        except discord.HTTPException as err:
            if uneditable(err):
                return False
            raise
        return True


class PressCards:
    """`CardSurface` while a button press plays: the pressed message is edited through the
    interaction (which also works for ephemeral cards); new cards are followups."""

    platform = Platform.DISCORD

    def __init__(
        self, interaction: discord.Interaction[Any], owner: int, *, ephemeral: bool
    ) -> None:
        self._interaction = interaction
        self._owner = owner
        self._ephemeral = ephemeral
        message = interaction.message
        channel = interaction.channel_id
        self.pressed = MessageRef(str(channel), str(message.id)) if message and channel else None

    async def send(self, reply: Reply) -> MessageRef | None:
        first: MessageRef | None = None
        for out in card_outs(reply):
            sent = await self._interaction.followup.send(
                **send_kwargs(out, self._owner), ephemeral=self._ephemeral, wait=True
            )
            first = first or MessageRef(str(self._interaction.channel_id), str(sent.id))
        return first

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        outs = card_outs(reply)
        if len(outs) != 1:
            return False
        try:
            if ref == self.pressed:
                await self._interaction.edit_original_response(**edit_kwargs(outs[0], self._owner))
            else:
                channel = self._interaction.channel
                if not isinstance(channel, discord.abc.Messageable):
                    return False
                partial = getattr(channel, "get_partial_message", None)
                if partial is None:
                    return False
                await partial(int(ref.message_id)).edit(**edit_kwargs(outs[0], self._owner))
        except discord.HTTPException as err:
            if uneditable(err):
                return False
            raise
        return True
