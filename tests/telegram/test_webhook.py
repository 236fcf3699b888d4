"""Webhook mode: setWebhook with the URL and secret, updates by POST, 403 without the secret."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from pydantic import ValidationError

from bot.settings import Settings, describe_error
from bot.startup_errors import StartupError
from bot.telegram_bot import build_application, start_telegram, stop_telegram, telegram_running
from bot.telegram_bot.app import TelegramApp
from bot.telegram_bot.webhook import Webhook
from tests.fakes.telegram_api import FakeTelegramServer
from tests.telegram.conftest import settings_for
from tests.telegram.fake_chat import FakeChat
from tests.telegram.webhooks import SECRET, free_port, front


@pytest.fixture
async def hooked(tg: FakeTelegramServer, chat: FakeChat) -> AsyncIterator[TelegramApp]:
    """A bot in webhook mode whose public URL is its own server (no balancer)."""
    port = free_port()
    webhook = front(f"http://127.0.0.1:{port}/tg/hook", port)
    app = build_application(settings_for(tg), chat, per_chat_interval=0.02)
    await start_telegram(app, webhook)
    yield app
    await stop_telegram(app)


async def test_the_webhook_is_registered_with_its_secret_and_polling_never_starts(
    tg: FakeTelegramServer, hooked: TelegramApp
) -> None:
    assert tg.webhook is not None
    assert tg.webhook["url"].endswith("/tg/hook")
    assert tg.webhook["secret_token"] == SECRET
    assert tg.webhook["allowed_updates"] == ["message", "callback_query"]
    assert str(tg.webhook.get("drop_pending_updates", "False")).lower() == "false"
    assert not tg.of("deleteWebhook"), "nothing a webhook front does unregisters it"
    assert hooked.updater is not None and hooked.updater.running


async def test_an_update_with_the_secret_is_answered(
    tg: FakeTelegramServer, hooked: TelegramApp, chat: FakeChat
) -> None:
    alice = tg.user(1001, "Alice")
    mark = tg.mark()
    update_id = tg.command(alice, "/start")
    [reply] = await tg.expect(alice, after=mark)
    assert "Welcome" in reply.visible_text and "Alice" in reply.visible_text
    assert (update_id, 200) in tg.pushed
    assert [c[0] for c in chat.calls] == ["command"]


@pytest.mark.parametrize("secret", ["wrong-secret", None], ids=["wrong", "missing"])
async def test_a_wrong_or_missing_secret_gets_403_and_no_reply(
    tg: FakeTelegramServer, hooked: TelegramApp, chat: FakeChat, secret: str | None
) -> None:
    assert tg.webhook is not None
    tg.webhook["secret_token"] = secret  # a forger's POST, with Telegram's body
    alice = tg.user(1002, "Alice")
    mark = tg.mark()
    update_id = tg.command(alice, "/start")
    await tg.wait_until(lambda: any(u == update_id for u, _ in tg.pushed))
    assert (update_id, 403) in tg.pushed
    await tg.settle(quiet=0.3)
    assert tg.sent(alice, after=mark) == []
    assert chat.calls == []
    # The same update with the right secret is handled: only the header was wrong.
    tg.webhook["secret_token"] = SECRET
    tg.command(alice, "/echo now")
    [reply] = await tg.expect(alice, after=mark)
    assert reply.visible_text == "now"


async def test_stopping_a_front_leaves_the_webhook_for_the_others(
    tg: FakeTelegramServer, chat: FakeChat
) -> None:
    port = free_port()
    app = build_application(settings_for(tg), chat)
    await start_telegram(app, front(f"http://127.0.0.1:{port}/hook", port))
    await stop_telegram(app)
    assert tg.webhook is not None and not tg.of("deleteWebhook")


async def test_a_port_in_use_is_a_one_line_start_up_error(
    tg: FakeTelegramServer, chat: FakeChat
) -> None:
    app = build_application(settings_for(tg), chat)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(StartupError, match="TELEGRAM_WEBHOOK_PORT") as err:
            await start_telegram(app, front(f"http://127.0.0.1:{port}/hook", port))
    assert SECRET not in str(err.value)
    assert not app.running


async def test_telegram_refusing_the_url_is_a_one_line_start_up_error(
    tg: FakeTelegramServer, chat: FakeChat
) -> None:
    app = build_application(settings_for(tg), chat)
    with pytest.raises(StartupError, match=r"Telegram refused the webhook .*TELEGRAM_WEBHOOK_URL"):
        await start_telegram(app, front("http://127.0.0.1:1/has space"))


def test_settings_turn_webhook_mode_on_only_with_url_and_secret() -> None:
    assert Webhook.of(Settings()) is None
    settings = Settings(
        TELEGRAM_WEBHOOK_URL="https://bot.example/tg/hook",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_WEBHOOK_PORT=9000,
    )
    webhook = Webhook.of(settings)
    assert webhook is not None
    assert (webhook.path, webhook.port, webhook.listen) == ("/tg/hook", 9000, "0.0.0.0")
    assert SECRET in settings.secrets()  # redacted from the log like the token
    assert SECRET not in repr(webhook)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"TELEGRAM_WEBHOOK_URL": "http://bot.example/hook"}, "TELEGRAM_WEBHOOK_URL"),
        ({"TELEGRAM_WEBHOOK_URL": "bot.example/hook"}, "TELEGRAM_WEBHOOK_URL"),
        ({"TELEGRAM_WEBHOOK_URL": "https://bot.example/hook"}, "TELEGRAM_WEBHOOK_SECRET"),
        (
            {"TELEGRAM_WEBHOOK_URL": "https://b.example/h", "TELEGRAM_WEBHOOK_SECRET": "has space"},
            "TELEGRAM_WEBHOOK_SECRET",
        ),
        (
            {"TELEGRAM_WEBHOOK_URL": "https://b.example/h", "TELEGRAM_WEBHOOK_SECRET": "x" * 257},
            "TELEGRAM_WEBHOOK_SECRET",
        ),
        ({"TELEGRAM_WEBHOOK_PORT": "70000"}, "TELEGRAM_WEBHOOK_PORT"),
        ({"TELEGRAM_WEBHOOK_PORT": "https"}, "TELEGRAM_WEBHOOK_PORT"),
        ({"TELEGRAM_WEBHOOK_LISTEN": "0.0.0.0; rm"}, "TELEGRAM_WEBHOOK_LISTEN"),
    ],
)
def test_a_malformed_webhook_setting_is_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ValidationError) as err:
        Settings(_env_file=None)  # type: ignore[call-arg]
    line = describe_error(err.value)
    assert named in line and "\n" not in line
    assert "has space" not in line


async def test_the_settings_alone_start_a_bot_in_webhook_mode(
    tg: FakeTelegramServer, chat: FakeChat
) -> None:
    """The path `jobbot run` takes: TELEGRAM_WEBHOOK_* in the settings, nothing else."""
    port = free_port()
    settings = Settings(
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_BASE_URL=tg.url,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/jobbot",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
        TELEGRAM_WEBHOOK_PORT=port,
    )
    async with telegram_running(settings, chat):
        assert tg.webhook is not None and tg.webhook["secret_token"] == SECRET
        bob = tg.user(1003, "Bob")
        mark = tg.mark()
        tg.command(bob, "/echo by webhook")
        [reply] = await tg.expect(bob, after=mark)
    assert reply.visible_text == "by webhook"
