"""/sources: a user's company boards, added and removed through the chat, used by the cycle."""

from __future__ import annotations

from core.adapters.sources.registry import COMPANY_BOARDS
from core.sources.boards import COMPANY_SYSTEMS, slugs_for
from tests.chat.conftest import TG, World, registered, text_of


def test_the_chat_and_the_adapters_name_the_same_systems() -> None:
    assert set(COMPANY_SYSTEMS) == COMPANY_BOARDS


async def test_add_show_and_remove_boards(world: World) -> None:
    user_id = await registered(world)
    said = text_of(await world.chat.handle_command(TG, "sources"))
    assert "You watch no company boards yet." in said
    said = text_of(await world.chat.handle_command(TG, "sources", "add Greenhouse:acme-co"))
    assert "Added greenhouse:acme-co" in said
    await world.chat.handle_command(TG, "sources", "add lever:carely")
    prefs = await world.store.get_preferences(user_id)
    assert prefs is not None and prefs.boards == ["greenhouse:acme-co", "lever:carely"]
    assert prefs.countries == ["United States"]  # the rest of the preferences is kept
    assert slugs_for("lever", prefs.boards) == ["carely"]
    said = text_of(await world.chat.handle_command(TG, "sources", "remove greenhouse:acme-co"))
    assert "Removed greenhouse:acme-co" in said and "• lever:carely" in said


async def test_bad_boards_are_refused_with_a_short_message(world: World) -> None:
    user_id = await registered(world)
    for args in ("add monster:acme", "add greenhouse:../../etc", "add greenhouse", "drop x:y"):
        said = text_of(await world.chat.handle_command(TG, "sources", args))
        assert "Traceback" not in said and len(said) < 800
        assert "Added" not in said
    prefs = await world.store.get_preferences(user_id)
    assert prefs is not None and prefs.boards == []
