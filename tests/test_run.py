"""`jobbot run` as one process: the Telegram bot, the scheduler and the outbox together."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.run import run_bots
from bot.settings import Settings, SettingsError
from core.models import AppState, Platform, Preferences
from mock_portal.testing import async_running_portal
from storage.sql_store import SqlStore
from tests.conftest import REPO
from tests.fakes.telegram_api import FakeTelegramServer

SAMPLE = REPO / "bot" / "samples"


async def test_run_needs_a_token() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        await run_bots(Settings(telegram_bot_token=None, discord_bot_token=None))


async def test_run_serves_telegram_delivers_the_outbox_and_stops_cleanly(tmp_path: Path) -> None:
    async with (
        FakeTelegramServer() as tg,
        async_running_portal(db_path=tmp_path / "portal.db") as portal_url,
    ):
        db_url = f"sqlite:///{tmp_path / 'bot.db'}"
        settings = Settings(
            telegram_bot_token=tg.token,
            telegram_api_base_url=tg.url,
            database_url=db_url,
            portal_url=portal_url,
            llm_engine="offline",
            data_dir=tmp_path,
        )
        stop = asyncio.Event()
        running = asyncio.create_task(run_bots(settings, stop))
        await tg.wait_until(lambda: bool(tg.of("setMyCommands")), within=20)

        ana = tg.user(501, "Ana")
        mark = tg.mark()
        tg.command(ana, "/start")
        [welcome] = await tg.expect(ana, after=mark, within=10)
        assert "resume" in welcome.text.lower()

        mark = tg.mark()
        tg.document(ana, "cv.md", (SAMPLE / "sample_resume.md").read_bytes())
        [profile] = await tg.expect(ana, after=mark, within=20)
        assert "Aoife Brennan" in profile.text
        mark = tg.mark()
        tg.press(ana, profile.payload("Looks right"), message=profile)  # nothing goes out before
        [confirmed] = await tg.expect(ana, after=mark, within=20)
        assert "confirmed" in confirmed.text

        store = SqlStore.from_url(db_url, migrate=False)
        try:
            user = await store.find_user(Platform.TELEGRAM, "501")
            assert user is not None
            prefs = json.loads((SAMPLE / "sample_prefs.json").read_text(encoding="utf-8"))
            await store.save_preferences(user.id, Preferences.model_validate(prefs))

            # /runnow: the cycle runs in the background; its notifications reach the chat
            # through the process's outbox dispatcher and the platform router.
            mark = tg.mark()
            tg.command(ana, "/runnow")
            await tg.wait_until(
                lambda: any("new jobs" in c.text for c in tg.sent(ana, after=mark)), within=60
            )
            counts = await store.count_by_state(user.id)
            assert counts.get(AppState.APPLIED, 0) >= 1
            assert AppState.APPLYING not in counts
            texts = [c.text for c in tg.sent(ana, after=mark)]
            assert sum("I applied for you" in t for t in texts) == counts[AppState.APPLIED]
        finally:
            store.close()

        stop.set()
        await asyncio.wait_for(running, timeout=20)
        assert running.exception() is None


async def test_twenty_updates_waiting_on_a_fresh_sqlite_file_are_all_answered(
    tmp_path: Path,
) -> None:
    """Updates queued before the first start: polling and the scheduler's first writes meet
    on a database that does not exist yet, and nothing dies of "database is locked"."""
    async with (
        FakeTelegramServer() as tg,
        async_running_portal(db_path=tmp_path / "portal.db") as portal_url,
    ):
        people = [tg.user(7_000 + n, f"Person{n}") for n in range(20)]
        for person in people:  # already waiting at Telegram when the bot starts
            tg.command(person, "/start")
        settings = Settings(
            telegram_bot_token=tg.token,
            telegram_api_base_url=tg.url,
            database_url=f"sqlite:///{tmp_path / 'fresh' / 'bot.db'}",
            portal_url=portal_url,
            llm_engine="offline",
            data_dir=tmp_path,
        )
        stop = asyncio.Event()
        running = asyncio.create_task(run_bots(settings, stop))
        for person in people:
            [welcome] = await tg.expect(person, within=30)
            assert "resume" in welcome.text.lower()
        assert not running.done(), "the bot stopped by itself"
        stop.set()
        await asyncio.wait_for(running, timeout=20)
    store = SqlStore.from_url(settings.database_url)
    try:
        for person in people:
            assert await store.find_user(Platform.TELEGRAM, str(person.id)) is not None
    finally:
        store.close()
