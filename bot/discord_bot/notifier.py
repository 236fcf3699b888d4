"""The Notifier port on Discord: outbox notifications as paced DMs to the user."""

from __future__ import annotations

import asyncio
import logging
import time

import aiohttp
import discord

from bot.discord_bot.cards import DMCards
from bot.discord_bot.render import render_reply
from bot.discord_bot.send import send_kwargs
from core.chat.cards import desk_of
from core.chat.messages import ChatHandler
from core.errors import JobBotError
from core.models import Notification, User

logger = logging.getLogger(__name__)

DISCORD_CANNOT_DM = 50007  # "Cannot send messages to this user": DMs closed or no shared server


class DiscordDeliveryError(JobBotError):
    """A notification could not be delivered on Discord; the outbox should retry later."""


class DiscordUnavailable(DiscordDeliveryError):
    """Discord is unreachable, failing, or the bot is not connected (yet)."""


class DMsClosed(DiscordDeliveryError):
    """The user does not accept DMs from the bot; their next interaction tells them so."""


class NotOnDiscord(DiscordDeliveryError):
    """The user has no Discord identity to deliver to."""


class DiscordNotifier:
    """Delivers one outbox notification as DMs (`Notifier` port).

    The chat layer renders the notification (clarify cards included); this sends it, no
    faster than one DM message per `min_interval` seconds overall so an outbox burst stays
    far below Discord's limits and anti-spam (discord.py still waits out any 429), and raises
    on any failure so the dispatcher retries later.
    """

    def __init__(
        self,
        client: discord.Client,
        chat: ChatHandler,
        *,
        dm_closed: set[int] | None = None,
        min_interval: float = 0.2,
    ) -> None:
        self.client = client
        self.chat = chat
        self.dm_closed = dm_closed if dm_closed is not None else getattr(client, "dm_closed", set())
        self.min_interval = min_interval
        self._pace = asyncio.Lock()
        self._next_at = 0.0

    async def deliver(self, user: User, notification: Notification) -> None:
        if not user.discord_user_id:
            raise NotOnDiscord("this user has no Discord account linked")
        discord_id = int(user.discord_user_id)
        replies = await self.chat.render_notification(user, notification)
        if not any(render_reply(reply) for reply in replies):
            return
        if self.client.is_closed() or self.client.user is None:
            raise DiscordUnavailable("the Discord bot is not connected")
        desk = desk_of(self.chat)
        try:
            channel = await self.client.create_dm(discord.Object(id=discord_id))
            for reply in replies:
                await self._turn()
                if desk is not None and reply.card is not None:
                    # The job's card: its earlier DM is edited instead of sending another.
                    await desk.show(DMCards(channel, discord_id), reply)
                    continue
                for out in render_reply(reply):
                    await channel.send(**send_kwargs(out, discord_id))
        except discord.Forbidden as err:
            if err.code == DISCORD_CANNOT_DM:
                self.dm_closed.add(discord_id)
                raise DMsClosed("the user's Discord DMs are closed to the bot") from None
            raise DiscordDeliveryError(f"Discord refused the DM (code {err.code})") from None
        except discord.HTTPException as err:
            raise DiscordUnavailable(f"Discord answered HTTP {err.status}") from None
        except (TimeoutError, aiohttp.ClientError, OSError) as err:
            raise DiscordUnavailable(f"Discord unreachable ({type(err).__name__})") from None
        self.dm_closed.discard(discord_id)
        logger.debug(
            "delivered notification %s (%s) on Discord", notification.id, notification.kind
        )

    async def _turn(self) -> None:
        """Wait for this message's slot: slots are `min_interval` apart, in request order,
        and a slow send does not hold up the next one's start."""
        async with self._pace:
            now = time.monotonic()
            at = max(now, self._next_at)
            self._next_at = at + self.min_interval
        if at > now:
            await asyncio.sleep(at - now)

    def __repr__(self) -> str:
        return f"DiscordNotifier(min_interval={self.min_interval})"
