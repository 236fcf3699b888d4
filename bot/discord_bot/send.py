"""Outgoing messages to discord.py call arguments: send, follow up, edit."""

from __future__ import annotations

from typing import Any

import discord

from bot.discord_bot.components import build_view
from bot.discord_bot.render import Outgoing

NO_MENTIONS = discord.AllowedMentions.none()


def send_kwargs(out: Outgoing, owner: int | None) -> dict[str, Any]:
    """Arguments for `send`/`send_message`/`followup.send` (unset ones left out)."""
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if out.content:
        kwargs["content"] = out.content
    if out.embed is not None:
        kwargs["embed"] = out.embed
    view = build_view(out.buttons, owner)
    if view is not None:
        kwargs["view"] = view
    if out.files:
        kwargs["files"] = out.discord_files()
    return kwargs


def edit_kwargs(out: Outgoing, owner: int | None) -> dict[str, Any]:
    """Arguments for an edit that replaces the whole message (text, embed and buttons)."""
    kwargs: dict[str, Any] = {
        "allowed_mentions": NO_MENTIONS,
        "content": out.content,
        "embeds": [out.embed] if out.embed is not None else [],
        "view": build_view(out.buttons, owner),
    }
    if out.files:
        kwargs["attachments"] = out.discord_files()
    return kwargs


async def send_to(channel: discord.abc.Messageable, outs: list[Outgoing], owner: int) -> None:
    """Send messages to a channel (a DM) in order."""
    for out in outs:
        await channel.send(**send_kwargs(out, owner))


async def follow_up(
    interaction: discord.Interaction[Any], outs: list[Outgoing], owner: int, *, ephemeral: bool
) -> None:
    """Send messages after an interaction was answered (followups via its webhook)."""
    for out in outs:
        await interaction.followup.send(**send_kwargs(out, owner), ephemeral=ephemeral)


async def respond(
    interaction: discord.Interaction[Any], outs: list[Outgoing], owner: int, *, ephemeral: bool
) -> None:
    """Answer a slash command: the first message is the response (or replaces the deferred
    "thinking" one), the rest are followups."""
    if not outs:
        outs = [Outgoing(content="Done.")]
    first, rest = outs[0], outs[1:]
    if interaction.response.is_done():
        await interaction.edit_original_response(**edit_kwargs(first, owner))
    else:
        await interaction.response.send_message(**send_kwargs(first, owner), ephemeral=ephemeral)
    await follow_up(interaction, rest, owner, ephemeral=ephemeral)
