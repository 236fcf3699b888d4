"""Slash commands built from the chat layer's CommandSpecs, and their sync with Discord."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from core.chat.messages import CommandOption, CommandSpec

logger = logging.getLogger(__name__)

# Discord's name for the chat layer's /start (a bare "start" reads oddly in the slash menu).
DISCORD_NAMES = {"start": "register"}
CHAT_NAMES = {"register": "start"}
MAX_DESCRIPTION = 100
_KINDS: dict[str, type] = {
    "string": str,
    "integer": int,
    "attachment": discord.Attachment,
}

# What a command does once Discord has parsed its options: (interaction, chat name, values).
CommandRunner = Callable[[discord.Interaction[Any], str, dict[str, Any]], Awaitable[None]]


def _parameter(option: CommandOption) -> inspect.Parameter:
    kind = _KINDS.get(option.kind)
    if kind is None:
        raise ValueError(f"option kind {option.kind!r} has no Discord type")
    return inspect.Parameter(
        option.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=kind if option.required else kind | None,
        default=inspect.Parameter.empty if option.required else None,
    )


def build_command(spec: CommandSpec, run: CommandRunner) -> app_commands.Command[Any, ..., None]:
    """One slash command whose options are typed from the spec (str, int or attachment)."""
    name = DISCORD_NAMES.get(spec.name, spec.name)
    chat_name = CHAT_NAMES.get(name, name)
    options = [o.name for o in spec.options]

    async def callback(interaction: discord.Interaction[Any], **values: Any) -> None:
        await run(interaction, chat_name, {key: values.get(key) for key in options})

    # discord.py reads the options from the callback's signature; this one is made per spec.
    interaction_param = inspect.Parameter(
        "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
    )
    params = [interaction_param, *(_parameter(o) for o in spec.options)]
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        o.name: o.description[:MAX_DESCRIPTION] or "…" for o in spec.options
    }
    callback.__name__ = callback.__qualname__ = f"slash_{name}"
    return app_commands.Command(
        name=name,
        description=spec.description[:MAX_DESCRIPTION] or "…",
        callback=callback,
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True),
        allowed_installs=app_commands.AppInstallationType(guild=True),
    )


def build_commands(
    specs: list[CommandSpec], run: CommandRunner
) -> list[app_commands.Command[Any, ..., None]]:
    """Every spec Discord can publish; a malformed one is logged and left out, not fatal."""
    commands = []
    for spec in specs:
        try:
            commands.append(build_command(spec, run))
        except (ValueError, TypeError) as err:
            logger.warning("slash command %r left out: %s", spec.name, err)
    return commands


async def sync_commands(
    tree: app_commands.CommandTree[Any], guild_id: int | None
) -> list[app_commands.AppCommand]:
    """Publish the tree: to one guild when set (instant, for iteration), else globally."""
    try:
        if guild_id:
            guild = discord.Object(id=guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            logger.info("synced %d slash commands to guild %s", len(synced), guild_id)
        else:
            synced = await tree.sync()
            logger.info("synced %d global slash commands", len(synced))
    except discord.HTTPException as err:
        # The bot still answers the commands Discord already knows; say why sync failed.
        logger.warning("slash command sync failed: HTTP %s (code %s)", err.status, err.code)
        return []
    return synced
