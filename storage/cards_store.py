"""Card messages: which chat message shows an application's card, and how new its drawing is."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import col

from core.models import Platform
from core.ports import CardMessage
from storage.base import StoreBase, _rowcount, _threaded
from storage.tables import CardMessageRow


def _card(row: CardMessageRow) -> CardMessage:
    return CardMessage(
        app_id=row.application_id,
        user_id=row.user_id,
        platform=Platform(row.platform),
        chat_id=row.chat_id,
        message_id=row.message_id,
        version=row.version,
    )


class CardStore(StoreBase):
    """The card half of the Store port: one row per (application, platform)."""

    @_threaded
    def card_message(self, app_id: int, platform: Platform) -> CardMessage | None:
        with self._session() as session:
            row = session.get(CardMessageRow, (app_id, platform.value))
            return None if row is None else _card(row)

    @_threaded
    def save_card_message(self, card: CardMessage) -> bool:
        """Record the message and the version drawn; False (nothing written) when a newer
        drawing is recorded already, so the card never goes back."""
        values = {
            "user_id": card.user_id,
            "chat_id": card.chat_id,
            "message_id": card.message_id,
            "version": card.version,
        }
        with self._session(write=True) as session:
            newer_or_same = col(CardMessageRow.version) <= card.version
            moved = session.execute(
                update(CardMessageRow)
                .where(
                    col(CardMessageRow.application_id) == card.app_id,
                    col(CardMessageRow.platform) == card.platform.value,
                    newer_or_same,
                )
                .values(**values)
            )
            if _rowcount(moved):
                return True
            if session.get(CardMessageRow, (card.app_id, card.platform.value)) is not None:
                return False
            key = {"application_id": card.app_id, "platform": card.platform.value}
            inserted = self._insert_absent(
                session, CardMessageRow, [{**key, **values}], ["application_id", "platform"]
            )
            return bool(inserted)
