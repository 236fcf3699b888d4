"""The scripted conversation (tests/chat/script.py) through the real Telegram adapter."""

from __future__ import annotations

from bot.telegram_bot.app import TelegramApp
from core.models import Platform
from storage.sql_store import SqlStore
from tests.chat.script import Said, play, world_on
from tests.fakes.telegram_api import Call, FakeTelegramServer, FakeUser
from tests.telegram.conftest import StartBot


class TelegramDriver:
    """Sends updates to the fake Bot API; each answer is what the bot sent or edited since."""

    platform = Platform.TELEGRAM

    def __init__(self, tg: FakeTelegramServer, user: FakeUser) -> None:
        self.tg, self.user = tg, user
        self.user_id = str(user.id)

    def _current(self, chat_id: int, message_id: int) -> Call:
        state = self.tg.message(chat_id, message_id)
        params = {
            "chat_id": chat_id,
            "message_id": message_id,
            "text": state.get("text", state.get("caption", "")),
            "reply_markup": state.get("reply_markup"),
        }
        return Call("current", params, {}, 0.0, chat_id=chat_id, result=state)

    async def _since(self, mark: int) -> list[Said]:
        await self.tg.expect(self.user, 1, after=mark, within=20)
        await self.tg.settle(quiet=0.15, within=30)
        shown: dict[int, Said] = {}  # by message: an edited one shows as it is now
        for call in self.tg.sent(self.user, after=mark):
            now = self._current(int(call.chat_id or 0), call.message_id)
            labels = [label for row in now.buttons for label, _ in row]
            shown[call.message_id] = Said(now.visible_text, labels, now)
        return list(shown.values())

    async def command(self, name: str) -> list[Said]:
        mark = self.tg.mark()
        self.tg.command(self.user, f"/{name}")
        return await self._since(mark)

    async def press(self, said: Said, label: str) -> list[Said]:
        message: Call = said.handle
        now = self._current(int(message.chat_id or 0), message.message_id)
        [payload] = [data for row in now.buttons for text, data in row if text == label]
        mark = self.tg.mark()
        self.tg.press(self.user, payload, message=now)
        return await self._since(mark)


async def test_the_script_on_telegram(
    tg: FakeTelegramServer, start_bot: StartBot, sqlite_store: SqlStore
) -> None:
    world = world_on(sqlite_store)
    app: TelegramApp = await start_bot(world.chat)
    assert app is not None
    await play(world, TelegramDriver(tg, tg.user(81_001, "Julie")))
