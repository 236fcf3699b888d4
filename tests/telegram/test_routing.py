"""Commands, text, buttons and the command menu, through the real library and the fake API."""

from __future__ import annotations

from bot.telegram_bot.app import TelegramApp
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.conftest import StartBot
from tests.telegram.fake_chat import FakeChat


async def test_start_publishes_commands_and_greets(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    names = [c["command"] for c in tg.commands]
    assert names[0] == "start"
    assert set(names) == {"start", *(c.name for c in chat.commands)}
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/start")
    [reply] = await tg.expect(alice, after=mark)
    assert reply.method == "sendMessage"
    assert reply.params["parse_mode"] == "HTML"
    assert reply.text.startswith("<b>Welcome</b>, Alice!")
    [(kind, who, (name, args))] = chat.of("command")
    assert (kind, name, args) == ("command", "start", "")
    assert (who.platform, who.user_id, who.chat_id) == ("telegram", "1001", "1001")


async def test_command_args_are_passed_raw_and_other_bots_are_ignored(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/echo  keep   the <spaces> & all")
    tg.command(alice, "/echo@someone_else_bot not for us")
    tg.command(alice, "/echo@JobBot_Test_Bot for us")
    replies = await tg.expect(alice, 2, after=mark)
    await tg.settle(0.2)
    assert [r.visible_text for r in tg.sent(alice, after=mark)] == [
        "keep   the <spaces> & all",
        "for us",
    ]
    assert replies[0].text == "keep   the &lt;spaces&gt; &amp; all"
    assert [c[2] for c in chat.of("command")] == [
        ("echo", "keep   the <spaces> & all"),
        ("echo", "for us"),
    ]


async def test_unknown_commands_and_free_text_reach_the_chat_layer(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    bob = tg.user(2002, "Bob", username="bob")
    mark = tg.mark()
    tg.command(bob, "/frobnicate now")
    [unknown] = await tg.expect(bob, after=mark)
    assert unknown.visible_text == "Unknown command /frobnicate. Try /help."
    mark = tg.mark()
    tg.text(bob, "hello <b>there</b> & *you*")
    [echo] = await tg.expect(bob, after=mark)
    assert echo.text == "You said: <i>hello &lt;b&gt;there&lt;/b&gt; &amp; *you*</i>"
    assert chat.of("command")[0][2] == ("frobnicate", "now")
    assert chat.of("text")[0][1].display_name == "Bob"


async def test_several_replies_arrive_in_order(
    tg: FakeTelegramServer, chat: FakeChat, bot: TelegramApp
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/twice")
    replies = await tg.expect(alice, 2, after=mark)
    assert [r.visible_text for r in replies] == ["first", "second"]


async def test_one_chat_is_served_in_order_while_other_chats_go_ahead(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    slow_chat = FakeChat(text_delay=0.5)
    await start_bot(slow_chat)
    alice, bob = tg.user(1001, "Alice"), tg.user(2002, "Bob")
    mark = tg.mark()
    tg.text(alice, "slow one")
    tg.text(alice, "fast two")
    tg.text(bob, "fast three")
    await tg.expect(alice, 2, after=mark)
    sent = tg.sent(after=mark)
    assert [r.visible_text for r in sent] == [
        "You said: fast three",  # Bob did not wait behind Alice's slow message
        "You said: slow one",
        "You said: fast two",  # Alice's second message waited for her first
    ]
