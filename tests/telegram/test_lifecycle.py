"""Start and stop: the order, a prompt stop, signals, and a token that never reaches the log."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from bot.logging_setup import setup_logging
from bot.settings import Settings, SettingsError
from bot.telegram_bot import build_application, run_telegram, start_telegram, stop_telegram
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.conftest import settings_for
from tests.telegram.fake_chat import FakeChat


def test_a_missing_token_is_a_clear_settings_error() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings(telegram_bot_token=None), FakeChat())


async def test_start_and_stop_in_order_and_promptly(tg: FakeTelegramServer) -> None:
    app = build_application(settings_for(tg), FakeChat())
    await start_telegram(app)
    assert app.running and app.updater is not None and app.updater.running
    methods = [c.method for c in tg.calls]
    assert methods.index("getMe") < methods.index("setMyCommands") < methods.index("deleteWebhook")
    await asyncio.sleep(0.2)  # a long poll is now open
    loop = asyncio.get_running_loop()
    started = loop.time()
    await stop_telegram(app)
    assert loop.time() - started < 3, "stopping does not wait for the long poll to time out"
    assert not app.running and not app.updater.running
    count = len(tg.calls)
    alice = tg.user(1001, "Alice")
    tg.command(alice, "/start")
    await asyncio.sleep(0.3)
    assert len(tg.calls) == count, "a stopped bot handles nothing"


async def test_run_until_stop_event_answers_then_returns(tg: FakeTelegramServer) -> None:
    stop = asyncio.Event()
    runner = asyncio.create_task(run_telegram(settings_for(tg), FakeChat(), stop))
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    tg.command(alice, "/echo hi")
    [reply] = await tg.expect(alice, after=mark)
    assert reply.visible_text == "hi"
    stop.set()
    await asyncio.wait_for(runner, 5)


async def test_sigterm_stops_the_bot_cleanly(tg: FakeTelegramServer) -> None:
    runner = asyncio.create_task(run_telegram(settings_for(tg), FakeChat()))
    await tg.wait_until(lambda: bool(tg.of("deleteWebhook")))  # handlers are installed by now
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(runner, 5)
    assert runner.exception() is None
    # The signal handlers are ours no longer: the default is back.
    assert signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None)


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def test_the_token_never_reaches_the_log(tg: FakeTelegramServer) -> None:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    setup_logging("INFO")
    recorder = _Recorder()
    root.handlers.insert(0, recorder)  # before the redacting handler: the raw records
    try:
        app = build_application(settings_for(tg), FakeChat())
        await start_telegram(app)
        alice = tg.user(1001, "Alice")
        mark = tg.mark()
        tg.command(alice, "/badbutton")  # an error, logged with its traceback
        await tg.expect(alice, after=mark)
        await stop_telegram(app)
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    assert recorder.messages, "something was logged"
    assert not [m for m in recorder.messages if tg.token in m]
    assert not [m for m in recorder.messages if tg.token.split(":")[1] in m]
