"""Interactions and DMs to ChatHandler calls; neutral replies back as Discord messages."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import PurePath
from typing import Any, TypeVar

import discord

from bot.discord_bot import questions
from bot.discord_bot.cards import PressCards
from bot.discord_bot.components import build_view, buttons_of
from bot.discord_bot.render import escape, render_reply
from bot.discord_bot.send import NO_MENTIONS, edit_kwargs, follow_up, respond, send_to
from core.chat.cards import desk_of
from core.chat.messages import ActionFlow, ChatHandler, Identity, IncomingFile, Reply, text_reply
from core.chat.uploads import MAX_RESUME_BYTES, not_a_resume, too_big
from core.errors import JobBotError
from core.intake import RESUME_TYPES
from core.models import Platform

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Discord drops an interaction not answered within 3 s; work that takes longer than this
# is answered with a deferral first, then completed by editing.
ACK_AFTER = 2.0
SORRY = "Sorry, something went wrong on my side. Please try again in a minute."
BUSY = "Still working on that press, one moment."
DMS_CLOSED = (
    "I could not send you a direct message: your DMs are closed to me. Job updates and the "
    "jobs that need your decision arrive by DM, so please allow direct messages from this "
    "server's members (the server's Privacy Settings), then I will send them again."
)


def identity(user: discord.abc.User, channel: object | None, locale: str | None = None) -> Identity:
    """Who is speaking; the chat id is the DM channel's when there is one."""
    return Identity(
        platform=Platform.DISCORD,
        user_id=str(user.id),
        chat_id=str(channel.id) if isinstance(channel, discord.DMChannel) else None,
        display_name=user.display_name,
        # Private either way: DMs are, and every answer in a server is ephemeral (see
        # `command` and `_press`), so only the speaker sees it.
        private=True,
        locale=locale,
    )


def speaker(interaction: discord.Interaction[Any]) -> Identity:
    """The identity behind an interaction, with its locale (the user's app language, else
    the server's): the chat uses it only as a weak time-zone hint."""
    locale = interaction.locale or interaction.guild_locale
    return identity(interaction.user, interaction.channel, locale.value if locale else None)


async def _within(task: asyncio.Future[T], seconds: float) -> bool:
    done, _ = await asyncio.wait({task}, timeout=seconds)
    return bool(done)


def _failure(what: str, err: BaseException) -> Reply:
    if isinstance(err, JobBotError):
        return text_reply(str(err))
    logger.error("discord %s failed: %s", what, type(err).__name__, exc_info=err)
    return text_reply(SORRY)


class Conversation:
    """The translation itself: one method per kind of thing a user does on Discord."""

    def __init__(
        self, chat: ChatHandler, *, dm_closed: set[int], ack_after: float = ACK_AFTER
    ) -> None:
        self.chat = chat
        self.dm_closed = dm_closed
        self.ack_after = ack_after
        self._pressing: set[tuple[int, str]] = set()
        self._active = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @asynccontextmanager
    async def _working(self) -> AsyncIterator[None]:
        self._active += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._active -= 1
            if not self._active:
                self._idle.set()

    async def idle(self, limit: float | None = None) -> bool:
        """Wait until no interaction is being handled (for a clean shutdown); False on timeout."""
        try:
            await asyncio.wait_for(self._idle.wait(), limit)
        except TimeoutError:
            return False
        return True

    def _notices(self, user_id: int) -> list[Reply]:
        """A one-time note when a DM to this user just failed because their DMs are closed."""
        if user_id in self.dm_closed:
            self.dm_closed.discard(user_id)
            return [text_reply(DMS_CLOSED)]
        return []

    # --- slash commands -----------------------------------------------------------------

    async def command(
        self, interaction: discord.Interaction[Any], name: str, values: dict[str, Any]
    ) -> None:
        """A slash command: handle_command, or handle_file when an attachment came with it."""
        async with self._working():
            ephemeral = interaction.guild_id is not None  # private data never shows in a channel
            who = speaker(interaction)
            work = asyncio.ensure_future(self._command_replies(who, name, values))
            if not await _within(work, self.ack_after):
                await interaction.response.defer(ephemeral=ephemeral, thinking=True)
            replies = self._notices(interaction.user.id) + await work
            outs = [out for reply in replies for out in render_reply(reply)]
            try:
                await respond(interaction, outs, interaction.user.id, ephemeral=ephemeral)
                if ephemeral:
                    await self._offer(interaction, who)
            except discord.HTTPException as err:
                logger.warning(
                    "answering /%s failed: HTTP %s (code %s)", name, err.status, err.code
                )

    async def answer(self, interaction: discord.Interaction[Any], text: str) -> None:
        """An answer typed in the server's modal: handle_text, as if typed in the DM."""
        async with self._working():
            who = speaker(interaction)
            work = asyncio.ensure_future(self._text_replies(who, text))
            if not await _within(work, self.ack_after):
                await interaction.response.defer(ephemeral=True, thinking=True)
            outs = [out for reply in await work for out in render_reply(reply)]
            try:
                await respond(interaction, outs, interaction.user.id, ephemeral=True)
                await self._offer(interaction, who)
            except discord.HTTPException as err:
                logger.warning("answering a modal failed: HTTP %s (code %s)", err.status, err.code)

    async def _text_replies(self, who: Identity, text: str) -> list[Reply]:
        try:
            return await self.chat.handle_text(who, text)
        except Exception as err:
            return [_failure("answer", err)]

    async def _offer(self, interaction: discord.Interaction[Any], who: Identity) -> None:
        """In a server, a question the next message answers comes with a way to answer it."""
        try:
            awaited = await self.chat.awaiting_answer(who)
        except Exception as err:
            logger.error("asking what the chat waits for failed: %s", type(err).__name__)
            return
        if awaited is not None:
            await questions.offer(interaction, awaited.value)

    async def _command_replies(
        self, who: Identity, name: str, values: dict[str, Any]
    ) -> list[Reply]:
        try:
            files = [v for v in values.values() if isinstance(v, discord.Attachment)]
            if files:
                replies: list[Reply] = []
                for attachment in files:
                    replies += await self._file_replies(who, attachment)
                return replies
            args = " ".join(str(v) for v in values.values() if v is not None)
            return await self.chat.handle_command(who, name, args)
        except Exception as err:
            return [_failure(f"/{name}", err)]

    async def _file_replies(self, who: Identity, attachment: discord.Attachment) -> list[Reply]:
        name = attachment.filename
        # The size Discord states is checked before the attachment is read: nothing too big
        # is fetched.
        if attachment.size > MAX_RESUME_BYTES:
            return [text_reply(too_big(name, attachment.size))]
        if PurePath(name).suffix.lower() not in RESUME_TYPES:
            return [text_reply(not_a_resume(name))]
        data = await attachment.read()
        incoming = IncomingFile(filename=name, data=data, mime=attachment.content_type)
        return await self.chat.handle_file(who, incoming)

    # --- buttons ------------------------------------------------------------------------

    async def button(self, interaction: discord.Interaction[Any], payload: str) -> None:
        """A button press: acknowledge at once, then play the flow's replies (edits first)."""
        message_id = interaction.message.id if interaction.message else 0
        key = (message_id, payload)
        if key in self._pressing:
            # A double click: the first press is still running and will show the outcome.
            await interaction.response.send_message(BUSY, ephemeral=True)
            return
        self._pressing.add(key)
        try:
            async with self._working():
                await self._press(interaction, payload)
        except discord.HTTPException as err:
            logger.warning("a button press failed: HTTP %s (code %s)", err.status, err.code)
        finally:
            self._pressing.discard(key)

    async def _press(self, interaction: discord.Interaction[Any], payload: str) -> None:
        presser = interaction.user.id
        ephemeral = interaction.guild_id is not None
        rows, owner = buttons_of(interaction.message)
        had_embed = bool(interaction.message and interaction.message.embeds)
        original = interaction.message.content if interaction.message else None
        work = asyncio.ensure_future(self.chat.handle_action(speaker(interaction), payload))
        if not await _within(work, self.ack_after):
            await interaction.response.defer()
        try:
            flow = await work
        except Exception as err:
            await self._acknowledge(interaction)
            await follow_up(
                interaction, render_reply(_failure("button", err)), presser, ephemeral=True
            )
            return
        answer = flow.answer
        busy = False
        if answer.text and not answer.alert and answer.changed:
            # The answer shows on the card at once, buttons greyed out, until the flow edits it.
            busy_view = build_view(rows, owner, disabled=True)
            if interaction.response.is_done():
                await interaction.edit_original_response(
                    content=escape(answer.text), view=busy_view
                )
            else:
                await interaction.response.edit_message(content=escape(answer.text), view=busy_view)
            busy = True
        else:
            await self._acknowledge(interaction)
            if answer.text:
                await interaction.followup.send(
                    escape(answer.text), ephemeral=True, allowed_mentions=NO_MENTIONS
                )
        notices = self._notices(presser)
        for notice in notices:
            await follow_up(interaction, render_reply(notice), presser, ephemeral=ephemeral)
        edited = await self._play(interaction, flow, owner or presser, had_embed, ephemeral)
        if ephemeral:
            await self._offer(interaction, speaker(interaction))
        if busy and not edited:
            await interaction.edit_original_response(
                content=original or None, view=build_view(rows, owner)
            )

    async def _acknowledge(self, interaction: discord.Interaction[Any]) -> None:
        if not interaction.response.is_done():
            await interaction.response.defer()

    async def _play(
        self,
        interaction: discord.Interaction[Any],
        flow: ActionFlow,
        owner: int,
        had_embed: bool,
        ephemeral: bool,
    ) -> bool:
        """Send the flow's replies: an edit replaces the pressed message; True if one did."""
        presser = interaction.user.id
        edited = False
        desk = desk_of(self.chat)
        cards = PressCards(interaction, owner, ephemeral=ephemeral)
        try:
            async for reply in flow.replies():
                if desk is not None and reply.card is not None:
                    # The job's card: edited forward only (a card drawn from an older row
                    # than the one shown is not drawn), or sent once and edited from then on.
                    pressed = cards.pressed if reply.edit else None
                    await desk.show(cards, reply, pressed=pressed, new=not reply.edit)
                    edited = edited or reply.edit
                elif reply.edit:
                    outs = render_reply(reply, card=bool(reply.buttons) or had_embed)
                    if outs:
                        await interaction.edit_original_response(**edit_kwargs(outs[0], owner))
                        edited = True
                        await follow_up(interaction, outs[1:], owner, ephemeral=ephemeral)
                else:
                    await follow_up(interaction, render_reply(reply), presser, ephemeral=ephemeral)
        except discord.HTTPException:
            raise
        except Exception as err:
            await follow_up(
                interaction, render_reply(_failure("button flow", err)), presser, ephemeral=True
            )
        return edited

    # --- direct messages ----------------------------------------------------------------

    async def direct_message(self, message: discord.Message) -> None:
        """Text or files sent to the bot in a DM: handle_text / handle_file."""
        if message.author.bot or message.guild is not None:
            return
        if not message.attachments and not message.content:
            return
        async with self._working():
            who = identity(message.author, message.channel)
            with suppress(discord.HTTPException):
                await message.channel.typing()  # shows "typing…" for up to 10 s
            replies = await self._dm_replies(who, message)
            outs = [out for reply in replies for out in render_reply(reply)]
            try:
                await send_to(message.channel, outs, message.author.id)
            except discord.HTTPException as err:
                logger.warning("answering a DM failed: HTTP %s (code %s)", err.status, err.code)

    async def _dm_replies(self, who: Identity, message: discord.Message) -> list[Reply]:
        try:
            if message.attachments:
                replies: list[Reply] = []
                for attachment in message.attachments:
                    replies += await self._file_replies(who, attachment)
                return replies
            return await self.chat.handle_text(who, message.content)
        except Exception as err:
            return [_failure("DM", err)]
