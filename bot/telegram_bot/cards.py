"""Job cards on Telegram: sent once, then edited in place (editMessageText) by later events."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot

from bot.telegram_bot.render import keyboard, render_parts
from bot.telegram_bot.send import ChatId, EditTarget, edit_text, send_reply
from core.chat.cards import CardDesk, MessageRef
from core.chat.messages import Reply
from core.models import Platform


@dataclass
class TelegramCards:
    """`core.chat.cards.CardSurface` for one Telegram chat."""

    bot: Bot
    chat_id: ChatId
    platform: Platform = Platform.TELEGRAM

    async def send(self, reply: Reply) -> MessageRef | None:
        sent = await send_reply(self.bot, self.chat_id, reply.model_copy(update={"edit": False}))
        return MessageRef(str(sent[0].chat.id), str(sent[0].message_id)) if sent else None

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        parts = render_parts(reply.spans)
        if len(parts) != 1 or reply.files:
            return False  # a card never is this long; send it whole rather than cut it
        target = EditTarget(ref.chat_id, int(ref.message_id))
        return await edit_text(self.bot, target, parts[0], keyboard(reply.buttons))


async def deliver(
    bot: Bot,
    chat_id: ChatId,
    reply: Reply,
    desk: CardDesk | None,
    *,
    target: EditTarget | None = None,
) -> None:
    """Show one reply: a card through the desk (its one message, edited), the rest as sent."""
    if desk is None or reply.card is None:
        await send_reply(bot, chat_id, reply, target=target)
        return
    pressed = None
    if target is not None and reply.edit:
        pressed = MessageRef(str(target.chat_id), str(target.message_id))
    new = target is not None and not reply.edit  # a card opened by a button: a new message
    await desk.show(TelegramCards(bot, chat_id), reply, pressed=pressed, new=new)
