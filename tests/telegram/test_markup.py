"""Hostile job text, long answers and bad payloads, as the fake Bot API parses them."""

from __future__ import annotations

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.telegram_bot.app import TelegramApp
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.fake_chat import HOSTILE, HOSTILE_TITLE, FakeChat


async def test_hostile_markup_in_job_text_is_shown_literally(
    tg: FakeTelegramServer, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/hostile")
    [reply] = await tg.expect(alice, after=mark)
    assert reply.ok  # the fake parses HTML as Telegram does: a stray < or & is a 400
    assert reply.result["text"] == (
        f"{HOSTILE_TITLE}\n{HOSTILE} description <i>not italic</i>\n"
        f"{HOSTILE} <pre> link {HOSTILE} bad link"
    )
    assert "javascript" not in reply.text
    assert reply.text.startswith("<b>&lt;b&gt;Boss&lt;/b&gt; _*[]()~&gt;#+-=|{}.!&lt;&amp;")


async def test_an_answer_over_4096_characters_arrives_as_several_messages(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/long")
    await tg.expect(alice, 1, after=mark)
    await tg.settle(0.3)
    parts = tg.sent(alice, after=mark)
    assert len(parts) >= 4 and all(p.ok and p.method == "sendMessage" for p in parts)
    assert [c for c in tg.calls[mark:] if not c.ok] == []
    lines = [line for p in parts for line in p.result["text"].split("\n")]
    expected = [f"{i:04d} {HOSTILE} job line & <tag>" for i in range(chat.long_lines)]
    assert lines == ["Jobs", *expected, "end"]


async def test_a_payload_over_64_bytes_is_refused_before_sending(
    tg: FakeTelegramServer, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/badbutton")
    [apology] = await tg.expect(alice, after=mark)
    assert apology.visible_text == "Sorry, something went wrong."
    assert not any("BUTTON_DATA_INVALID" in c.description for c in tg.calls)


async def test_the_fake_refuses_long_callback_data_like_telegram(
    tg: FakeTelegramServer, bot: TelegramApp
) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.bot.send_message(1001, "hi", reply_markup=markup)
