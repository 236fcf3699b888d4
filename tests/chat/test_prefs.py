"""/prefs: the guided questions through buttons and text, edits, restarts in the middle."""

from __future__ import annotations

import pytest

from core.chat.prefs_parse import parse_salary
from core.models import Preferences, WorkMode
from tests.chat.conftest import TG, TG_OTHER, World, payloads, press, registered, text_of


async def test_the_guided_questions_through_buttons_and_text(world: World) -> None:
    uid = await registered(world, prefs=False)
    intro, roles = await world.chat.handle_command(TG, "prefs")
    assert "questions" in intro.plain_text() and "job titles" in roles.plain_text()
    assert await world.store.get_chat_state(uid) == {
        "await": "pref",
        "field": "roles",
        "guided": True,
    }

    saved, modes = await world.chat.handle_text(TG, "Dietitian, Nutrition consultant")
    assert "Dietitian, Nutrition consultant ✓" in saved.plain_text()
    assert "How do you want to work" in modes.plain_text()
    # work modes: toggles edit the question in place, Done moves on
    _, [toggled] = await press(world.chat, TG, payloads(modes)["✓ On-site"])
    assert toggled.edit and "✗ On-site" in payloads(toggled)
    _, [done, cities] = await press(world.chat, TG, payloads(toggled)["Done"])
    assert done.edit and "Remote, Hybrid ✓" in done.plain_text()
    assert "Which cities" in cities.plain_text()

    _, countries = await world.chat.handle_text(TG, "Austin, Dallas")
    _, [_, salary] = await press(world.chat, TG, payloads(countries)["Skip"])  # keeps default
    assert "lowest yearly salary" in salary.plain_text()
    # a wrong answer keeps the question open
    [wrong] = await world.chat.handle_text(TG, "lots of money")
    assert "45000" in wrong.plain_text()
    _, visa = await world.chat.handle_text(TG, "45k EUR")
    _, [_, reloc] = await press(world.chat, TG, payloads(visa)["Yes"])
    _, avoid = await world.chat.handle_text(TG, "no")
    _, cap = await world.chat.handle_text(TG, "Fast Food Inc; Burger Co")
    _, [_, thresholds] = await press(world.chat, TG, payloads(cap)["10"])
    [wrong] = await world.chat.handle_text(TG, "40 70")
    assert "at least the second" in wrong.plain_text()
    _, summary, done = await world.chat.handle_text(TG, "75 45")
    assert "Your preferences" in summary.plain_text() and "All set" in done.plain_text()
    assert "/autoapply" in done.plain_text()

    prefs = await world.store.get_preferences(uid)
    assert prefs == Preferences(
        roles=["Dietitian", "Nutrition consultant"],
        work_modes=[WorkMode.REMOTE, WorkMode.HYBRID],
        cities=["Austin", "Dallas"],
        countries=[],
        min_salary=45000,
        salary_currency="EUR",
        needs_visa_sponsorship=True,
        open_to_relocation=False,
        blocked_companies=["Fast Food Inc", "Burger Co"],
        daily_cap=10,
        accept_threshold=75,
        clarify_threshold=45,
    )
    assert await world.store.get_chat_state(uid) is None
    assert "reloc" in reloc.plain_text().lower() or "move" in reloc.plain_text()
    assert "never apply" in avoid.plain_text() and "0 to 100" in thresholds.plain_text()


async def test_a_restart_in_the_middle_of_the_questions_loses_nothing(world: World) -> None:
    uid = await registered(world, prefs=False)
    await world.chat.handle_command(TG, "prefs")
    await world.chat.handle_text(TG, "Dietitian")
    chat = world.restarted()
    _, [_, cities] = await press(chat, TG, f"pv:modes:done:{uid}")
    assert "Which cities" in cities.plain_text()
    await chat.handle_text(TG, "Austin")
    prefs = await world.store.get_preferences(uid)
    assert prefs is not None and prefs.roles == ["Dietitian"] and prefs.cities == ["Austin"]
    assert (await world.store.get_chat_state(uid) or {})["field"] == "countries"


async def test_prefs_again_shows_them_with_edit_buttons_and_one_edit(world: World) -> None:
    uid = await registered(world)
    [summary] = await world.chat.handle_command(TG, "prefs")
    said = summary.plain_text()
    assert "Countries: United States" in said and "Daily cap: 20 per day" in said
    buttons = payloads(summary)
    assert {"Roles", "Work modes", "Minimum salary", "Daily cap", "Go through all"} <= set(buttons)
    _, [question] = await press(world.chat, TG, buttons["Minimum salary"])
    assert "lowest yearly salary" in question.plain_text()
    saved, shown = await world.chat.handle_text(TG, "€60,000")
    assert "60,000 EUR" in saved.plain_text() and "Your preferences" in shown.plain_text()
    prefs = await world.store.get_preferences(uid)
    assert prefs is not None and prefs.min_salary == 60000 and prefs.countries == ["United States"]
    assert await world.store.get_chat_state(uid) is None  # one edit, not the whole walk
    # text after the edit is no longer an answer
    assert "/help" in text_of(await world.chat.handle_text(TG, "70000"))


async def test_go_through_all_restarts_the_walk(world: World) -> None:
    uid = await registered(world)
    [summary] = await world.chat.handle_command(TG, "prefs")
    _, [question] = await press(world.chat, TG, payloads(summary)["Go through all"])
    assert "job titles" in question.plain_text()
    assert await world.store.get_chat_state(uid) == {
        "await": "pref",
        "field": "roles",
        "guided": True,
    }


async def test_another_command_abandons_the_open_question(world: World) -> None:
    uid = await registered(world, prefs=False)
    await world.chat.handle_command(TG, "prefs")
    await world.chat.handle_command(TG, "status")
    assert await world.store.get_chat_state(uid) is None
    assert "/help" in text_of(await world.chat.handle_text(TG, "Dietitian"))
    assert await world.store.get_preferences(uid) is None


async def test_the_last_work_mode_cannot_be_switched_off(world: World) -> None:
    uid = await registered(world)
    await world.store.save_preferences(uid, Preferences(work_modes=[WorkMode.REMOTE]))
    flow, replies = await press(world.chat, TG, f"pv:modes:remote:{uid}")
    assert flow.answer.alert and "at least one" in flow.answer.text and replies == []
    prefs = await world.store.get_preferences(uid)
    assert prefs is not None and prefs.work_modes == [WorkMode.REMOTE]


async def test_preference_buttons_of_another_user_are_refused(world: World) -> None:
    uid = await registered(world)
    await registered(world, TG_OTHER)
    before = await world.store.get_preferences(uid)
    for payload in (f"pv:cap:5:{uid}", f"pe:roles:{uid}", f"pv:modes:remote:{uid}"):
        flow, replies = await press(world.chat, TG_OTHER, payload)
        assert flow.answer.text == "This button is not for you." and replies == []
    assert await world.store.get_preferences(uid) == before


async def test_unknown_fields_in_a_well_formed_payload_are_expired(world: World) -> None:
    uid = await registered(world)
    flow, _ = await press(world.chat, TG, f"pv:wage:5:{uid}")
    assert flow.answer.text == "This button is no longer valid."
    flow, _ = await press(world.chat, TG, f"pe:wage:{uid}")
    assert flow.answer.text == "This button is no longer valid."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45000", (45000, None)),
        ("45k", (45000, None)),
        ("45,000 usd", (45000, "USD")),
        ("€45.000", (45000, "EUR")),
        ("£52.5k", (52500, "GBP")),
        ("none", (None, None)),
    ],
)
def test_salary_answers(text: str, expected: tuple[float | None, str | None]) -> None:
    assert parse_salary(text) == expected
