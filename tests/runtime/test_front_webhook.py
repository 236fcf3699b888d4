"""`jobbot run --role front` twice on one PostgreSQL behind one Telegram webhook URL: a user's
updates alternate between the fronts and the conversation carries on (the state is stored)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.run import run_bots
from bot.settings import Settings
from mock_portal.testing import async_running_portal
from tests.conftest import REPO
from tests.fakes.telegram_api import FakeTelegramServer
from tests.runtime.pgdb import own_database
from tests.telegram.webhooks import SECRET, Balancer, front

SAMPLE = REPO / "bot" / "samples"


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[str]:
    with own_database(postgres_url) as url:
        yield url


@pytest.mark.postgres
async def test_two_fronts_share_one_webhook_and_one_users_conversation(
    pg_db: str, tmp_path: Path
) -> None:
    balancer = Balancer("/jobbot/telegram")
    async with (
        FakeTelegramServer() as tg,
        async_running_portal(db_path=tmp_path / "portal.db") as portal_url,
        balancer.running(),
    ):
        stop = asyncio.Event()
        fronts = []
        for name in ("front-a", "front-b"):
            webhook = front(balancer.url)
            balancer.add(webhook)
            settings = Settings(
                ROLE="front",
                INSTANCE_NAME=name,
                DATABASE_URL=pg_db,
                PORTAL_URL=portal_url,
                DATA_DIR=tmp_path,
                TELEGRAM_BOT_TOKEN=tg.token,
                TELEGRAM_API_BASE_URL=tg.url,
                TELEGRAM_WEBHOOK_URL=balancer.url,
                TELEGRAM_WEBHOOK_SECRET=SECRET,
                TELEGRAM_WEBHOOK_LISTEN=webhook.listen,
                TELEGRAM_WEBHOOK_PORT=webhook.port,
            )
            fronts.append(asyncio.create_task(run_bots(settings, stop)))
            # One at a time: the first creates the schema the second finds.
            await tg.wait_until(lambda n=len(fronts): len(tg.of("setWebhook")) >= n, within=60)
        try:
            ana = tg.user(601, "Ana")
            mark = tg.mark()
            tg.command(ana, "/start")  # front A
            [welcome] = await tg.expect(ana, after=mark, within=20)
            assert "resume" in welcome.text.lower()

            mark = tg.mark()
            tg.document(ana, "cv.md", (SAMPLE / "sample_resume.md").read_bytes())  # front B
            [profile] = await tg.expect(ana, after=mark, within=30)
            assert "Aoife Brennan" in profile.text

            mark = tg.mark()
            tg.press(ana, profile.payload("Looks right"), message=profile)  # front A
            [confirmed] = await tg.expect(ana, after=mark, within=20)
            assert "confirmed" in confirmed.text
            assert balancer.routed == [0, 1, 0]
            assert [status for _, status in tg.pushed] == [200, 200, 200]
        finally:
            stop.set()
            for task in fronts:
                await asyncio.wait_for(task, timeout=30)
        assert tg.webhook is not None and not tg.of("deleteWebhook")
