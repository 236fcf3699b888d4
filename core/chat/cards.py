"""One message per job and chat: a job's card is edited in place through its application's life.

A reply tagged as a card (`Reply.card`) is shown through `CardDesk.show`: when the job already
has a card message on that platform, that message is edited; only a drawing from a newer row
(its `updated_at`) replaces what is shown, so a late or losing press never paints an older
state over a newer one. A card whose message cannot be edited any more (deleted, too old) is
sent again, and the new message is the card from then on. Adapters supply the two platform
operations (`CardSurface`); the desk keeps the bookkeeping in the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from core.chat.messages import Reply
from core.models import Platform
from core.ports import CardMessage, Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MessageRef:
    """Where a message is: its chat (channel) and its id, as strings on every platform."""

    chat_id: str
    message_id: str


class CardSurface(Protocol):
    """The platform side: send a reply as a new message, or edit a message to show it."""

    platform: Platform

    async def send(self, reply: Reply) -> MessageRef | None:
        """Send `reply`; the message that is the card from now on (None: nothing to edit)."""
        ...

    async def edit(self, ref: MessageRef, reply: Reply) -> bool:
        """Replace the message at `ref` with `reply`; False when it cannot be edited."""
        ...


class CardDesk:
    """Shows card replies: edits the job's card forward, or sends it once and remembers it.

    Shows for one card on one platform run one at a time (in this process), so the check of
    what is shown and the edit that follows it are never interleaved with another's.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._locks: dict[tuple[int, Platform], tuple[asyncio.Lock, int]] = {}

    async def show(
        self,
        surface: CardSurface,
        reply: Reply,
        *,
        pressed: MessageRef | None = None,
        new: bool = False,
    ) -> bool:
        """Show the card `reply` (tagged) on `surface`; False when it already shows as much.

        `pressed` is the message whose button was pressed: that message is the one edited.
        `new` sends the card as a new message (a card opened from a list), which is the
        job's card from then on.
        """
        tag = reply.card
        if tag is None:
            raise ValueError("not a card reply")
        async with self._lock(tag.app_id, surface.platform):
            known = await self._store.card_message(tag.app_id, surface.platform)
            known_ref = None if known is None else MessageRef(known.chat_id, known.message_id)
            target = pressed or known_ref
            if (
                not new
                and known is not None
                and (
                    known.version > tag.version
                    or (pressed is None and known.version == tag.version)
                )
            ):
                # It shows a newer state, or this one already (a pressed message is drawn
                # again: the press may have marked it busy).
                return False
            if not new and target is not None and await surface.edit(target, reply):
                await self._record(surface.platform, tag.app_id, tag.user_id, target, tag.version)
                return True
            sent = await surface.send(reply)
            if sent is not None:
                await self._record(surface.platform, tag.app_id, tag.user_id, sent, tag.version)
            return True

    async def _record(
        self, platform: Platform, app_id: int, user_id: int, ref: MessageRef, version: datetime
    ) -> None:
        card = CardMessage(app_id, user_id, platform, ref.chat_id, ref.message_id, version)
        if not await self._store.save_card_message(card):
            logger.info("card %d on %s: a newer drawing is recorded", app_id, platform.value)

    @contextlib.asynccontextmanager
    async def _lock(self, app_id: int, platform: Platform) -> AsyncIterator[None]:
        key = (app_id, platform)
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


def desk_of(chat: object) -> CardDesk | None:
    """The chat handler's CardDesk (ChatService has one); None for a handler without one,
    whose replies are then sent as they come."""
    desk = getattr(chat, "cards", None)
    return desk if isinstance(desk, CardDesk) else None
