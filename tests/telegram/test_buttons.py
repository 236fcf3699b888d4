"""Button presses: the toast first, then the flow's edits on the pressed message."""

from __future__ import annotations

from bot.telegram_bot import stop_telegram
from tests.fakes.telegram_api import Call, FakeTelegramServer, FakeUser
from tests.telegram.conftest import StartBot
from tests.telegram.fake_chat import FakeChat, owned


async def _clarify(tg: FakeTelegramServer, user: FakeUser) -> Call:
    mark = tg.mark()
    tg.command(user, "/clarify")
    [message] = await tg.expect(user, after=mark)
    return message


async def test_approve_answers_at_once_then_edits_the_message_twice(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    chat = FakeChat(apply_delay=0.4)
    await start_bot(chat)
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    assert clarify.buttons == [[("Approve", "approve:1001:7"), ("Discard", "discard:1001:7")]]
    mark = tg.mark()
    tg.press(alice, clarify.payload("Approve"), message=clarify)
    applying, applied = await tg.expect(alice, 2, after=mark)
    [answer] = tg.of("answerCallbackQuery", after=mark)
    assert answer.params["text"] == "Approved"
    assert answer.at <= applying.at, "the toast comes before the slow work"
    assert applied.at - answer.at >= 0.4, "the apply ran after the toast"
    assert [applying.method, applied.method] == ["editMessageText", "editMessageText"]
    assert applying.message_id == applied.message_id == clarify.message_id
    assert applying.visible_text == "Applying to job 7…"
    final = tg.message(alice.chat_id, clarify.message_id)
    assert final["text"] == "Applied to job 7" and "reply_markup" not in final
    [(_, who, payload)] = chat.of("action")
    assert (who.user_id, payload) == ("1001", "approve:1001:7")


async def test_discard_edits_once(tg: FakeTelegramServer, start_bot: StartBot) -> None:
    await start_bot()
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    mark = tg.mark()
    tg.press(alice, clarify.payload("Discard"), message=clarify)
    [edit] = await tg.expect(alice, after=mark)
    await tg.settle(0.2)
    assert len(tg.sent(alice, after=mark)) == 1
    assert (edit.method, edit.visible_text) == ("editMessageText", "Discarded")
    assert tg.of("answerCallbackQuery", after=mark)[0].params["text"] == "Discarded"


async def test_a_press_by_someone_else_is_refused_by_the_presser_identity(
    tg: FakeTelegramServer, chat: FakeChat, start_bot: StartBot
) -> None:
    await start_bot()
    alice, mallory = tg.user(1001, "Alice"), tg.user(6666, "Mallory")
    clarify = await _clarify(tg, alice)
    mark = tg.mark()
    # Mallory presses Alice's button (a shared group, or a forged callback).
    tg.press(mallory, clarify.payload("Approve"), message=clarify)
    await tg.wait_until(lambda: bool(tg.of("answerCallbackQuery", after=mark)))
    await tg.settle(0.2)
    [answer] = tg.of("answerCallbackQuery", after=mark)
    assert answer.params["text"] == "This button is not yours."
    assert answer.params["show_alert"] in (True, "true", "True")
    assert tg.sent(after=mark) == []
    assert tg.message(alice.chat_id, clarify.message_id)["text"] == clarify.visible_text
    assert chat.of("action")[0][1].user_id == "6666"


async def test_an_old_button_works_after_a_restart(
    tg: FakeTelegramServer, chat: FakeChat, start_bot: StartBot
) -> None:
    first = await start_bot()
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    await stop_telegram(first)
    await start_bot()  # a new Application object; only the message's payload survives
    mark = tg.mark()
    tg.press(alice, clarify.payload("Discard"), message=clarify)
    [edit] = await tg.expect(alice, after=mark)
    assert (edit.message_id, edit.visible_text) == (clarify.message_id, "Discarded")


async def test_an_edit_that_cannot_be_made_is_sent_as_a_new_message(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    await start_bot()
    alice = tg.user(1001, "Alice")
    gone = {"message_id": 999999, "date": 1, "chat": {"id": alice.chat_id, "type": "private"}}
    mark = tg.mark()
    tg.press(alice, owned("discard", "1001", 3), message=gone)
    [sent] = await tg.expect(alice, after=mark)
    [failed_edit] = [c for c in tg.of("editMessageText", after=mark) if not c.ok]
    assert failed_edit.description == "Bad Request: message to edit not found"
    assert (sent.method, sent.visible_text) == ("sendMessage", "Discarded")


async def test_a_flow_can_send_new_messages(tg: FakeTelegramServer, start_bot: StartBot) -> None:
    await start_bot()
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    mark = tg.mark()
    tg.press(alice, owned("page", "1001", 2), message=clarify)
    [sent] = await tg.expect(alice, after=mark)
    assert (sent.method, sent.visible_text) == ("sendMessage", "New message for 2")


async def test_the_toast_is_not_held_behind_a_slow_message_of_the_same_chat(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    await start_bot(FakeChat(text_delay=0.6))
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    mark = tg.mark()
    tg.text(alice, "slow upload parsing")
    tg.press(alice, clarify.payload("Discard"), message=clarify)
    await tg.expect(alice, 2, after=mark)
    answer = tg.of("answerCallbackQuery", after=mark)[0]
    text_reply = next(c for c in tg.sent(alice, after=mark) if c.method == "sendMessage")
    assert answer.at < text_reply.at


async def test_two_presses_on_one_message_play_out_one_after_the_other(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    await start_bot(FakeChat(apply_delay=0.3))
    alice = tg.user(1001, "Alice")
    clarify = await _clarify(tg, alice)
    mark = tg.mark()
    tg.press(alice, clarify.payload("Approve"), message=clarify)
    tg.press(alice, clarify.payload("Approve"), message=clarify)  # a double tap
    edits = await tg.expect(alice, 4, after=mark)
    answers = tg.of("answerCallbackQuery", after=mark)
    assert len(answers) == 2 and answers[1].at < edits[1].at, "both toasts come at once"
    # The second press's edits wait for the first's: never Applying, Applying, Applied...
    texts = [e.visible_text for e in edits if e.ok]
    assert texts[:2] == ["Applying to job 7…", "Applied to job 7"]
