"""The one way a neutral Reply becomes Telegram messages: text parts, keyboard, files, edits."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from io import BytesIO

from telegram import Bot, InlineKeyboardMarkup, InputFile, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.telegram_bot.render import MAX_CAPTION, keyboard, render_parts
from core.chat.messages import OutFile, Reply, plain

logger = logging.getLogger(__name__)

ChatId = int | str


@dataclass(frozen=True)
class EditTarget:
    """The message a pressed button sits on; `edit=True` replies replace it."""

    chat_id: ChatId
    message_id: int


def as_chat_id(chat_id: ChatId) -> ChatId:
    """Numeric ids as int: the rate limiter treats string ids as group chats."""
    if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
        return int(chat_id)
    return chat_id


async def send_reply(
    bot: Bot, chat_id: ChatId, reply: Reply, *, target: EditTarget | None = None
) -> list[Message]:
    """Show `reply` in the chat; with a target and `reply.edit`, its first part edits it."""
    chat_id = as_chat_id(chat_id)
    markup = keyboard(reply.buttons)  # refuses a bad payload before anything is sent
    parts = render_parts(reply.spans)
    edit = target if reply.edit else None
    sent: list[Message] = []
    for i, html in enumerate(parts):
        part_markup = markup if i == len(parts) - 1 else None
        if i == 0 and edit is not None and await edit_text(bot, edit, html, part_markup):
            continue
        sent.append(
            await bot.send_message(
                chat_id, html, parse_mode=ParseMode.HTML, reply_markup=part_markup
            )
        )
    if not parts and edit is not None:
        await _edit_markup(bot, edit, markup if not reply.files else None)
    for j, file in enumerate(reply.files):
        file_markup = markup if not parts and j == len(reply.files) - 1 else None
        sent.extend(await _send_file(bot, chat_id, file, file_markup))
    return sent


async def edit_text(
    bot: Bot, target: EditTarget, html: str, markup: InlineKeyboardMarkup | None
) -> bool:
    """Edit the target; False when it cannot be edited (gone, too old), so send instead."""
    try:
        await bot.edit_message_text(
            html,
            chat_id=as_chat_id(target.chat_id),
            message_id=target.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
    except BadRequest as err:
        if "not modified" in err.message.lower():
            return True
        logger.info("cannot edit message %s (%s); sending a new one", target.message_id, err)
        return False
    return True


async def _edit_markup(bot: Bot, target: EditTarget, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await bot.edit_message_reply_markup(
            chat_id=as_chat_id(target.chat_id), message_id=target.message_id, reply_markup=markup
        )
    except BadRequest as err:
        if "not modified" not in err.message.lower():
            logger.info("cannot change the buttons of message %s (%s)", target.message_id, err)


async def _send_file(
    bot: Bot, chat_id: ChatId, file: OutFile, markup: InlineKeyboardMarkup | None
) -> list[Message]:
    captions = render_parts([plain(file.caption)], MAX_CAPTION) if file.caption else []
    upload = InputFile(BytesIO(file.data), filename=file.filename)
    caption = captions[0] if captions else None
    more = captions[1:]
    here = None if more else markup
    if file.is_image:
        message = await bot.send_photo(
            chat_id, upload, caption=caption, parse_mode=ParseMode.HTML, reply_markup=here
        )
    else:
        message = await bot.send_document(
            chat_id, upload, caption=caption, parse_mode=ParseMode.HTML, reply_markup=here
        )
    sent = [message]
    for i, html in enumerate(more):
        last = i == len(more) - 1
        sent.append(
            await bot.send_message(
                chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
            )
        )
    return sent
