"""/autoapply, /pause, /runnow and /status, with the portal up, down, or answering garbage."""

from __future__ import annotations

import pytest

from core.models import AppState, UserSettings
from tests.chat.conftest import TG, World, application, registered, text_of


@pytest.mark.parametrize(
    ("profile", "prefs", "expected"),
    [(False, True, "resume first"), (True, False, "/prefs"), (False, False, "resume first")],
)
async def test_autoapply_and_runnow_refuse_politely_when_something_is_missing(
    world: World, profile: bool, prefs: bool, expected: str
) -> None:
    uid = await registered(world, profile=profile, prefs=prefs)
    assert expected in text_of(await world.chat.handle_command(TG, "autoapply"))
    assert expected in text_of(await world.chat.handle_command(TG, "runnow"))
    assert world.schedule.calls == []
    user = await world.store.get_user(uid)
    assert user is not None and not user.autoapply_enabled


async def test_autoapply_pause_and_runnow(world: World) -> None:
    uid = await registered(world)
    said = text_of(await world.chat.handle_command(TG, "autoapply"))
    assert "Auto-apply is on" in said and "2026-03-10 16:00 UTC (in 4 h 0 min)" in said
    assert [u.id for u in await world.store.users_with_autoapply()] == [uid]
    said = text_of(await world.chat.handle_command(TG, "runnow"))
    again = text_of(await world.chat.handle_command(TG, "runnow"))
    assert "already running" in again
    assert "round has started" in said
    said = text_of(await world.chat.handle_command(TG, "pause"))
    assert "paused" in said
    assert await world.store.users_with_autoapply() == []
    assert world.schedule.calls == [
        ("enable", uid),
        ("run_now", uid),
        ("run_now", uid),
        ("disable", uid),
    ]


async def test_a_broken_scheduler_leaves_autoapply_off(world: World) -> None:
    uid = await registered(world)
    world.schedule.broken = True
    assert "try again" in text_of(await world.chat.handle_command(TG, "autoapply"))
    user = await world.store.get_user(uid)
    assert user is not None and not user.autoapply_enabled


async def test_status_shows_schedule_today_against_the_cap_and_the_portal(world: World) -> None:
    uid = await registered(world)
    await world.chat.handle_command(TG, "autoapply")
    await application(world, uid, 1, AppState.APPLIED)
    await application(world, uid, 2, AppState.APPLIED)
    world.portal.applied.clear()
    said = text_of(await world.chat.handle_command(TG, "status"))
    assert "Auto-apply: on" in said and "Next round: 2026-03-10 16:00 UTC" in said
    assert "Applied today: 2 of 20" in said
    assert "At the portal: 0 in review, 0 accepted, 0 declined" in said
    # asked as the user's random portal identity, never the local row id (issue 14)
    user = await world.store.get_user(uid)
    assert user is not None and world.portal.status_calls == [user.portal_user_id] != [str(uid)]


@pytest.mark.parametrize("fault", ["down", "garbage"])
async def test_status_with_a_portal_outage_is_one_short_line(world: World, fault: str) -> None:
    await registered(world)
    setattr(world.portal, fault, True)
    said = text_of(await world.chat.handle_command(TG, "status"))
    assert "The job portal is not answering right now." in said
    assert "Auto-apply: off" in said and "Next round: -" in said


async def test_status_mentions_dry_run(world: World) -> None:
    uid = await registered(world)
    await world.store.save_settings(uid, UserSettings(dry_run=True))
    assert "Dry run is on" in text_of(await world.chat.handle_command(TG, "status"))
