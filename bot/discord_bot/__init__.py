"""The Discord adapter: slash commands, buttons and DMs translated to the shared chat layer."""

from bot.discord_bot.client import JobBotClient, build_client
from bot.discord_bot.notifier import (
    DiscordDeliveryError,
    DiscordNotifier,
    DiscordUnavailable,
    DMsClosed,
    NotOnDiscord,
)
from bot.discord_bot.runner import (
    DiscordStartError,
    discord_running,
    run_client,
    start_client,
    stop_client,
)

__all__ = [
    "DMsClosed",
    "DiscordDeliveryError",
    "DiscordNotifier",
    "DiscordStartError",
    "DiscordUnavailable",
    "JobBotClient",
    "NotOnDiscord",
    "build_client",
    "discord_running",
    "run_client",
    "start_client",
    "stop_client",
]
