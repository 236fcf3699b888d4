"""Telegram updates to ChatHandler calls, and their replies back to the chat."""

from __future__ import annotations

import contextlib
import logging
from pathlib import PurePath

from telegram import Bot, Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import ContextTypes

from bot.telegram_bot.cards import deliver
from bot.telegram_bot.limits import KeyedLocks
from bot.telegram_bot.send import EditTarget, send_reply
from core.chat.cards import desk_of
from core.chat.messages import ActionFlow, ChatHandler, Identity, IncomingFile, Reply, text_reply
from core.chat.uploads import MAX_RESUME_BYTES, not_a_resume, too_big
from core.errors import JobBotError
from core.intake import RESUME_TYPES, RESUME_TYPES_TEXT
from core.models import Platform

logger = logging.getLogger(__name__)

# Telegram lets a bot download at most 20 MB; the resume reader takes less (uploads.py).
_SUFFIX_OF_MIME = {mime: suffix for suffix, mime in RESUME_TYPES.items()}
_TYPES_TEXT = RESUME_TYPES_TEXT

Context = ContextTypes.DEFAULT_TYPE


def identity(update: Update) -> Identity:
    """Who is speaking: the presser of a button, the sender of a message."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None:
        raise ValueError("an update without a user")
    return Identity(
        platform=Platform.TELEGRAM,
        user_id=str(user.id),
        chat_id=str(chat.id) if chat else None,
        display_name=user.full_name,
        # Groups, supergroups and channels are not private; nor is a press without a chat.
        private=chat is not None and chat.type == ChatType.PRIVATE,
    )


def parse_command(message: Message, bot_username: str | None) -> tuple[str, str] | None:
    """`(name, raw args)` of a leading bot command, or None if it is for another bot."""
    text = message.text or message.caption or ""
    entity = next(iter(message.entities or message.caption_entities), None)
    if entity is None or entity.type != MessageEntityType.BOT_COMMAND or entity.offset != 0:
        return None
    name, _, mention = text[1 : entity.length].partition("@")
    if mention and bot_username and mention.lower() != bot_username.lower():
        return None
    return name.lower(), text[entity.length :].strip()


def resume_suffix(filename: str | None, mime: str | None) -> str | None:
    """The resume type a file claims by name (or by MIME type when unnamed), if accepted."""
    if filename:
        suffix = PurePath(filename).suffix.lower()
        return suffix if suffix in RESUME_TYPES else None
    return _SUFFIX_OF_MIME.get((mime or "").split(";")[0].strip().lower())


class TelegramHandlers:
    """The callbacks the routing table names; each only translates."""

    def __init__(self, chat: ChatHandler) -> None:
        self.chat = chat
        self._pressed = KeyedLocks()

    async def on_command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        parsed = parse_command(message, context.bot.username)
        if parsed is None:
            return
        name, args = parsed
        replies = await self.chat.handle_command(identity(update), name, args)
        await self._reply(context.bot, update, replies)

    async def on_text(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        replies = await self.chat.handle_text(identity(update), message.text)
        await self._reply(context.bot, update, replies)

    async def on_document(self, update: Update, context: Context) -> None:
        message = update.effective_message
        document = message.document if message else None
        if document is None or not identity(update).private:
            return  # a file shared in a group is not a resume for me: not even a refusal
        name = document.file_name
        # The size Telegram states is checked before getFile: nothing too big is fetched.
        if document.file_size and document.file_size > MAX_RESUME_BYTES:
            await self._reply(context.bot, update, [text_reply(too_big(name, document.file_size))])
            return
        suffix = resume_suffix(name, document.mime_type)
        if suffix is None:
            await self._reply(context.bot, update, [text_reply(not_a_resume(name))])
            return
        telegram_file = await document.get_file()
        data = bytes(await telegram_file.download_as_bytearray())
        incoming = IncomingFile(
            filename=name or f"resume{suffix}",
            data=data,
            mime=document.mime_type or RESUME_TYPES[suffix],
        )
        replies = await self.chat.handle_file(identity(update), incoming)
        await self._reply(context.bot, update, replies)

    async def on_photo(self, update: Update, context: Context) -> None:
        if not identity(update).private:
            return
        refusal = f"I cannot read photos of a resume: please send it as a {_TYPES_TEXT} file."
        await self._reply(context.bot, update, [text_reply(refusal)])

    async def on_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None or query.data is None:
            return
        try:
            flow = await self.chat.handle_action(identity(update), query.data)
        except JobBotError as err:
            await query.answer(str(err), show_alert=True)
            return
        except Exception:
            await query.answer()  # stop the spinner; the error handler reports the rest
            raise
        # The toast goes first, before any slow work the flow does.
        await query.answer(flow.answer.text or None, show_alert=flow.answer.alert)
        message = query.message
        chat = update.effective_chat
        target = None
        if message is not None and message.is_accessible:
            target = EditTarget(message.chat.id, message.message_id)
        if chat is None:
            return
        # In the background, so the chat's next update is not held by a slow apply.
        context.application.create_task(
            self._play(context.bot, chat.id, target, flow), update=update
        )

    async def _play(
        self, bot: Bot, chat_id: int, target: EditTarget | None, flow: ActionFlow
    ) -> None:
        # Presses on one message play out one after the other, in the order they came: the
        # edits of a double tap never interleave, and the later flow runs on fresh state.
        async with self._pressed.hold(target) if target else contextlib.nullcontext():
            desk = desk_of(self.chat)
            async for reply in flow.replies():
                await deliver(bot, chat_id, reply, desk, target=target)

    async def on_error(self, update: object, context: Context) -> None:
        err = context.error
        logger.error("handling an update failed: %s", type(err).__name__, exc_info=err)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        text = str(err) if isinstance(err, JobBotError) else "Sorry, something went wrong."
        try:
            await send_reply(context.bot, update.effective_chat.id, text_reply(text))
        except Exception as send_err:  # the chat may be unreachable too; logged, not raised
            logger.warning("could not report the error: %s", type(send_err).__name__)

    async def _reply(self, bot: Bot, update: Update, replies: list[Reply]) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        for reply in replies:
            await send_reply(bot, chat.id, reply)
