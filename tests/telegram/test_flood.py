"""Flood control: a 429 is waited out, one chat gets at most a message a second."""

from __future__ import annotations

from bot.telegram_bot import build_application, start_telegram, stop_telegram
from tests.fakes.telegram_api import FakeTelegramServer, FloodLimits
from tests.telegram.conftest import StartBot, settings_for
from tests.telegram.fake_chat import FakeChat


async def test_a_429_is_waited_out_and_the_message_still_delivered(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    await start_bot()
    alice = tg.user(1001, "Alice")
    tg.fail_next("sendMessage", status=429, retry_after=1)
    mark = tg.mark()
    tg.command(alice, "/echo still here")
    [reply] = await tg.expect(alice, after=mark, within=10)
    refused, delivered = tg.of("sendMessage", after=mark)
    assert (refused.ok, refused.error_code) == (False, 429)
    assert delivered is reply and reply.visible_text == "still here"
    assert delivered.at - refused.at >= 1.0, "the retry waited for retry_after"
    assert tg.too_many == 1


async def test_one_chat_gets_a_message_a_second_and_other_chats_are_not_held(
    tg: FakeTelegramServer, start_bot: StartBot
) -> None:
    await start_bot(per_chat_interval=1.0)
    alice, bob = tg.user(1001, "Alice"), tg.user(2002, "Bob")
    mark = tg.mark()
    tg.command(alice, "/twice")
    a1, a2 = await tg.expect(alice, 2, after=mark, within=10)
    assert a2.at - a1.at >= 0.95
    mark = tg.mark()
    tg.command(alice, "/twice")
    tg.command(bob, "/twice")
    await tg.expect(alice, 2, after=mark, within=10)
    b1, b2 = await tg.expect(bob, 2, after=mark, within=10)
    a3, a4 = tg.sent(alice, after=mark)
    assert a3.at - a2.at >= 0.95, "the pace holds across commands"
    assert b1.at < a4.at and b2.at - b1.at >= 0.95


async def test_a_burst_after_a_429_stays_within_telegram_flood_limits() -> None:
    limits = FloodLimits(per_chat_interval=1.0, overall_rate=30)
    async with FakeTelegramServer(flood=limits) as tg:
        app = build_application(settings_for(tg), FakeChat())
        await start_telegram(app)
        try:
            users = [tg.user(5000 + i, f"U{i}") for i in range(40)]
            tg.fail_next("sendMessage", status=429, retry_after=1)
            mark = tg.mark()
            for user in users:
                tg.command(user, "/twice")
            for user in users:
                await tg.expect(user, 2, after=mark, within=20)
        finally:
            await stop_telegram(app)
        sent = tg.sent(after=mark)
        assert sorted((c.chat_id, c.visible_text) for c in sent) == sorted(
            (u.chat_id, text) for u in users for text in ("first", "second")
        )
        # Only the 429 we asked for: the pause held everything back, and what was queued
        # meanwhile did not leave in one burst to draw more (per chat or overall).
        assert tg.too_many == 1 and not tg.flood_refusals
