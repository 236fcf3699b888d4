"""The job lists: newest first, one line per job with its reason, paged with Prev/Next."""

from __future__ import annotations

from core import actions
from core.chat.lists import PAGE_SIZE
from core.chat.messages import Reply
from core.models import AppState
from tests.chat.conftest import (
    TG,
    TG_OTHER,
    World,
    application,
    payloads,
    press,
    registered,
    text_of,
)


def _nav(reply: Reply) -> list[str]:
    """The labels of the list's last row: its Prev / Next."""
    return [b.label for b in reply.buttons[-1]]


async def test_paging_through_a_long_list_newest_first(world: World) -> None:
    uid = await registered(world)
    for n in range(1, 21):
        await application(world, uid, n, AppState.REJECTED, reasons=[f"reason {n}"])
    [first] = await world.chat.handle_command(TG, "rejected")
    said = first.plain_text()
    assert "Skipped (20)" in said and "page 1 of 3" in said
    lines = [line for line in said.splitlines() if line[:1].isdigit()]
    assert len(lines) == PAGE_SIZE
    assert lines[0] == "1. Nutrition Consultant 20 · Company 20 (reason 20)"
    assert _nav(first) == ["Next ›"] and payloads(first)["1"] == actions.view(20)

    _, [second] = await press(world.chat, TG, payloads(first)["Next ›"])
    assert second.edit and "page 2 of 3" in second.plain_text()
    assert "9. Nutrition Consultant 12" in second.plain_text()
    assert _nav(second) == ["‹ Prev", "Next ›"] and "9" in payloads(second)
    _, [third] = await press(world.chat, TG, payloads(second)["Next ›"])
    assert "17. Nutrition Consultant 4" in third.plain_text() and _nav(third) == ["‹ Prev"]
    assert "20. Nutrition Consultant 1 " in third.plain_text()
    _, [back] = await press(world.chat, TG, payloads(third)["‹ Prev"])
    assert back.plain_text() == second.plain_text()


async def test_each_list_holds_its_own_states_with_its_reason(world: World) -> None:
    uid = await registered(world)
    await application(world, uid, 1, AppState.APPLIED)
    await application(world, uid, 2, AppState.CLARIFY, score=58)
    await application(world, uid, 3, AppState.FAILED, last_error="portal refused: bad phone")
    await application(world, uid, 4, AppState.PENDING)
    await application(world, uid, 5, AppState.REJECTED, reasons=["salary below your minimum"])
    expect = {
        "applied": "Nutrition Consultant 1 · Company 1",
        "clarify": "Nutrition Consultant 2 · Company 2 (score 58)",
        "failed": "Nutrition Consultant 3 · Company 3 (portal refused: bad phone)",
        "pending": "Nutrition Consultant 4 · Company 4 (not judged yet)",
        "rejected": "Nutrition Consultant 5 · Company 5 (salary below your minimum)",
    }
    for queue, line in expect.items():
        said = text_of(await world.chat.handle_command(TG, queue))
        assert f"1. {line}" in said, queue
        assert said.count("Nutrition Consultant") == 1, queue


async def test_empty_lists_say_so(world: World) -> None:
    await registered(world)
    assert "No job is waiting for your decision" in text_of(
        await world.chat.handle_command(TG, "clarify")
    )


async def test_a_clarify_list_item_opens_its_card(world: World) -> None:
    uid = await registered(world)
    app = await application(world, uid, 7, AppState.CLARIFY, score=50)
    [listing] = await world.chat.handle_command(TG, "clarify")
    _, [card] = await press(world.chat, TG, payloads(listing)["1"])
    assert "Nutrition Consultant 7" in card.plain_text()
    assert payloads(card)["Approve"] == actions.approve(app.id)


async def test_a_page_button_of_another_user_is_refused(world: World) -> None:
    uid = await registered(world)
    await registered(world, TG_OTHER)
    for n in range(1, 12):
        await application(world, uid, n, AppState.REJECTED)
    [first] = await world.chat.handle_command(TG, "rejected")
    flow, replies = await press(world.chat, TG_OTHER, payloads(first)["Next ›"])
    assert flow.answer.text == "This button is not for you." and replies == []


async def test_a_page_past_the_end_shows_the_last_page(world: World) -> None:
    uid = await registered(world)
    for n in range(1, 4):
        await application(world, uid, n, AppState.REJECTED)
    _, [page] = await press(world.chat, TG, actions.page("rejected", 5, uid))
    assert "page 1 of 1" in page.plain_text() and "3. " in page.plain_text()
