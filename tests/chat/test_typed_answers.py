"""Answers as people type them: at every button prompt, on Telegram, Discord and the console."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console as RichConsole

from bot.console import ConsoleChat
from core.chat.messages import Identity
from core.models import Experience, Platform, WorkMode
from tests.chat.conftest import DC, PROFILE, TG, World, payloads, press

CONSOLE = Identity(platform=Platform.CONSOLE, user_id="julie", display_name="julie")


async def _registered_with_roles(world: World, who: Identity) -> int:
    await world.chat.handle_command(who, "start")
    user = await world.store.find_user(who.platform, who.user_id)
    assert user is not None
    jobs = [Experience(role="Nutrition Consultant"), Experience(role="Dietitian")]
    profile = PROFILE.model_copy(update={"experience": jobs})
    stored = await world.store.save_profile(user.id, profile, "Julie Monroe, dietitian")
    await world.store.confirm_profile(user.id, stored.version)
    return user.id


@pytest.mark.parametrize("who", [TG, DC], ids=["telegram", "discord"])
async def test_the_walk_through_answered_by_typing(world: World, who: Identity) -> None:
    uid = await _registered_with_roles(world, who)
    _, roles = await world.chat.handle_command(who, "prefs")
    assert "From your resume: Nutrition Consultant, Dietitian" in roles.plain_text()
    saved, _ = await world.chat.handle_text(who, "yes")
    assert "Nutrition Consultant, Dietitian ✓" in saved.plain_text()
    _, cities = await world.chat.handle_text(who, "Done")  # typed, not tapped
    assert "Which cities" in cities.plain_text()
    # a tap on the roles question's old Skip button changes nothing now
    flow, replies = await press(world.chat, who, payloads(roles)["Skip"])
    assert flow.answer.text.startswith("This step is over") and replies == []
    [typo] = await world.chat.handle_text(who, "Austin, Los Angles")
    assert "Did you mean Los Angeles" in typo.plain_text()
    steps = [  # (typed answer, the question it leads to)
        ("Austin, Los Angeles", "Which countries"),
        ("Untied States!", "lowest yearly salary"),  # '!' keeps a name as written
        ("skip", "visa sponsorship"),
        ("no", "move for the right job"),
        ("yes", "never apply to"),
        ("none", "How many applications per day"),
    ]
    for typed, asked in steps:
        _, following = await world.chat.handle_text(who, typed)
        assert asked in following.plain_text(), typed
    [wrong] = await world.chat.handle_text(who, "501")
    assert "from 0 to 500" in wrong.plain_text()
    _, thresholds = await world.chat.handle_text(who, "500")
    assert "From which score" in thresholds.plain_text()
    _, _, done = await world.chat.handle_text(who, "skip")
    assert "All set" in done.plain_text()
    prefs = await world.store.get_preferences(uid)
    assert prefs is not None
    assert prefs.roles == ["Nutrition Consultant", "Dietitian"]
    assert prefs.work_modes == [WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE]
    assert prefs.cities == ["Austin", "Los Angeles"]
    assert prefs.countries == ["Untied States"]
    assert (prefs.needs_visa_sponsorship, prefs.open_to_relocation) == (False, True)
    assert prefs.daily_cap == 500


async def test_the_console_reads_a_number_as_an_answer_or_the_button_of_that_label(
    world: World, tmp_path: Path
) -> None:
    buffer = io.StringIO()
    out = RichConsole(file=buffer, width=120, highlight=False, soft_wrap=True)
    console = ConsoleChat(world.chat, CONSOLE, out, tmp_path / "downloads")
    uid = await _registered_with_roles(world, CONSOLE)
    await console.handle_line("/prefs")
    for line in ("yes", "done", "skip", "skip", "skip", "no", "no", "none"):
        await console.handle_line(line)
    assert "How many applications per day" in buffer.getvalue()
    await console.handle_line("500")  # more than there are buttons: the answer
    assert "There is no button 500. I sent it as a message." in buffer.getvalue()
    assert "Daily cap: 500 per day ✓" in buffer.getvalue()
    [summary] = await world.chat.handle_command(CONSOLE, "prefs")
    await console.show([summary])
    await console.handle_line(str(_numbered(buffer.getvalue(), "Daily cap")))
    assert buffer.getvalue().count("How many applications per day") == 2
    await console.handle_line("20")  # the button labelled 20, whatever its number
    prefs = await world.store.get_preferences(uid)
    assert prefs is not None and prefs.daily_cap == 20
    assert "Daily cap: 20 per day ✓" in buffer.getvalue()


def _numbered(text: str, label: str) -> int:
    """The number the console printed for the last button called `label`."""
    return int(re.findall(rf"\[(\d+)\] {re.escape(label)}(?:\s|$)", text)[-1])
