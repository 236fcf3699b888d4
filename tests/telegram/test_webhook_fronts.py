"""Two fronts behind one webhook URL: a user's updates land on either and the chat goes on.

The real ChatService, store and mock portal; a round-robin balancer forwards Telegram's POSTs
to the fronts in turn, so consecutive steps of one conversation run in different processes'
handlers (each front has its own ChatService, as a separate process would).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import pytest

from bot.telegram_bot import build_application, start_telegram, stop_telegram
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import FakeTelegramServer
from tests.support import product
from tests.support.product import JULIE_PDF, running_product
from tests.telegram.conftest import settings_for
from tests.telegram.stack import Stack
from tests.telegram.webhooks import Balancer, front

portal_url = product.portal_url
shared_store = product.shared_store
PDF = "application/pdf"


@pytest.fixture
async def fronts(
    tg: FakeTelegramServer, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[tuple[Stack, Balancer]]:
    """Fronts A and B on their own ports behind one balancer; a Stack drives the user."""
    balancer = Balancer()
    async with AsyncExitStack() as stack, running_product(shared_store, portal_url) as product:
        await stack.enter_async_context(balancer.running())
        apps = []
        for _ in range(2):
            webhook = front(balancer.url)
            balancer.add(webhook)
            app = build_application(
                settings_for(tg), product.chat_service(), per_chat_interval=0.02
            )
            await start_telegram(app, webhook)
            stack.push_async_callback(stop_telegram, app)
            apps.append(app)
        yield Stack(tg, product, product.chat_service(), apps[0]), balancer


async def test_two_fronts_answer_one_users_conversation_in_turn(
    fronts: tuple[Stack, Balancer],
) -> None:
    stack, balancer = fronts
    tg = stack.tg
    assert [c.params["url"] for c in tg.of("setWebhook")] == [balancer.url] * 2
    julie = tg.user(88_001, "Julie")

    (hello,) = await stack.run(julie, "/start")  # front A registers her
    assert hello.visible_text.startswith("Hello Julie!")
    (profile,) = await stack.upload(julie, JULIE_PDF.name, JULIE_PDF.read_bytes(), PDF)  # B
    assert "Julie Monroe" in profile.visible_text
    answer, _ = await stack.press(julie, profile, "Looks right")  # A, on B's message
    assert answer.ok
    uid = await stack.user_id(julie)
    stored = await stack.store.latest_profile(uid)
    assert stored is not None and stored.confirmed

    # A question asked by one front is answered through the other: the state is stored.
    *_, roles = await stack.run(julie, "/prefs")  # B
    assert "Roles" in roles.visible_text
    *_, modes = await stack.run(julie, "Nutrition consultant, Dietitian")  # A
    assert any("Remote" in label for row in modes.buttons for label, _ in row)  # next question
    prefs = await stack.store.get_preferences(uid)
    assert prefs is not None and "Dietitian" in prefs.roles

    assert balancer.routed == [0, 1, 0, 1, 0]  # every step went to the other front
    assert all(status == 200 for _, status in tg.pushed)
