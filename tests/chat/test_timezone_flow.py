"""The user's time zone in the chat: asked after the profile, set in /settings, used everywhere."""

from __future__ import annotations

from core.chat import places
from tests.chat.conftest import TG, World, payloads, press, registered, text_of


async def _zone(world: World, uid: int) -> str:
    user = await world.store.get_user(uid)
    assert user is not None
    return user.settings.timezone


async def test_confirming_the_profile_asks_with_the_resumes_guess_and_yes_takes_it(
    world: World,
) -> None:
    uid = await registered(world, confirmed=False)  # the profile says Austin, United States
    [card] = await world.chat.handle_command(TG, "profile")
    _, [done] = await press(world.chat, TG, payloads(card)["Looks right"])
    said = done.plain_text()
    assert "profile is confirmed" in said and "America/Chicago" in said and "'yes'" in said
    [reply] = await world.chat.handle_text(TG, "yes")
    assert "Time zone: America/Chicago" in reply.plain_text()
    assert await _zone(world, uid) == "America/Chicago"


async def test_settings_zone_by_city_zone_name_or_typo_with_suggestions(world: World) -> None:
    uid = await registered(world)
    [view] = await world.chat.handle_command(TG, "settings")
    assert "Time zone: UTC" in view.plain_text()
    _, [ask] = await press(world.chat, TG, payloads(view)["Time zone: UTC"])
    assert "city or country" in ask.plain_text()
    said = text_of(await world.chat.handle_text(TG, "Untied States"))
    assert "Did you mean United States?" in said
    assert await _zone(world, uid) == "UTC", "a typo changes nothing"
    said = text_of(await world.chat.handle_text(TG, "Lyon, France"))
    assert "Time zone: Europe/Paris" in said and "CET" in said  # the fixed clock is in March
    assert await _zone(world, uid) == "Europe/Paris"
    await world.chat.handle_command(TG, "settings")
    _, [ask] = await press(world.chat, TG, payloads(view)["Time zone: UTC"])  # an old card
    said = text_of(await world.chat.handle_text(TG, "asia/tokyo"))
    assert "Time zone: Asia/Tokyo" in said
    _, [ask] = await press(world.chat, TG, payloads(view)["Time zone: UTC"])
    assert "skip" in ask.plain_text()
    assert "Kept Asia/Tokyo" in text_of(await world.chat.handle_text(TG, "skip"))
    assert await _zone(world, uid) == "Asia/Tokyo"


async def test_quiet_hours_and_digest_hour_in_the_users_words_and_zone(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    settings = user.settings.model_copy(update={"timezone": "Europe/Berlin"})
    await world.store.save_settings(uid, settings)
    [view] = await world.chat.handle_command(TG, "settings")
    _, [ask] = await press(world.chat, TG, payloads(view)["Quiet hours: off"])
    assert "Europe/Berlin" in ask.plain_text() and "10pm-7am" in ask.plain_text()
    said = text_of(await world.chat.handle_text(TG, "10pm-7am"))
    assert "Quiet hours: 22:00-07:00 CET" in said  # not 10:00-07:00, and not UTC
    _, [ask] = await press(world.chat, TG, payloads(view)["Digest at 18:00 CET"])
    said = text_of(await world.chat.handle_text(TG, "7am"))
    assert "The daily digest comes at 07:00 CET." in said
    user = await world.store.get_user(uid)
    assert user is not None
    assert (user.settings.quiet_start_hour, user.settings.quiet_end_hour) == (22, 7)
    assert user.settings.digest_hour == 7


async def test_status_shows_the_next_round_in_the_users_zone(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    await world.store.save_settings(
        uid, user.settings.model_copy(update={"timezone": "America/New_York"})
    )
    said = text_of(await world.chat.handle_command(TG, "autoapply"))
    # the fake schedule runs 4 h after the fixed clock's 12:00 UTC: 16:00 UTC = 12:00 EDT
    assert "2026-03-10 12:00 EDT (in 4 h 0 min)" in said


def test_places_know_real_names_and_suggest_for_typos() -> None:
    assert places.find("los angeles") is not None
    assert places.find("Los Angles") is None
    assert "Los Angeles" in places.suggest("Los Angles")
    assert places.suggest("Untied States") == ["United States"]
    assert places.guess_zone("Berlin, Germany") == "Europe/Berlin"
    assert places.guess_zone("New York, NY") == "America/New_York"
    assert places.guess_zone("Remote") is None
    assert places.guess_zone("Germany") == "Europe/Berlin"
