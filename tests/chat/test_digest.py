"""The daily digest as a chat message, and the /settings option that says when it comes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core import actions
from core.chat.digest_render import LIMIT
from core.models import Notification, NotificationKind
from tests.chat.conftest import TG, World, payloads, press, registered, text_of


def _digest(user_id: int, items: list[dict[str, Any]]) -> Notification:
    return Notification(
        id=1,
        user_id=user_id,
        kind=NotificationKind.DIGEST,
        payload={"items": items},
        created_at=datetime.now(UTC),
    )


async def test_a_small_digest_lists_every_item(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    items = [
        {"id": 1, "kind": "applied", "title": "Chef", "company": "Bistro"},
        {"id": 2, "kind": "applied", "title": "Cook", "company": "Diner"},
        {"id": 3, "kind": "applied", "title": "Baker"},
        {"id": 4, "kind": "status_changed", "status": "rejected", "application_id": 9},
        {"id": 5, "kind": "rejected", "title": "Sous-chef\nnight shift", "company": "Hotel"},
        {"id": 6, "kind": "summary", "line": "12 new jobs: 3 applied, 0 need you, 1 skipped"},
    ]
    [reply] = await world.chat.render_notification(user, _digest(uid, items))
    said = reply.plain_text()
    assert said.startswith("Your daily digest\nToday: 3 applied, 1 employer answer, 1 skipped")
    assert "1 search round" in said and not reply.buttons
    for line in (
        "• Applied: Chef at Bistro",
        "• Applied: Baker\n",
        "• Employer declined: application 9",
        "• Skipped: Sous-chef night shift at Hotel",
        "• Search round: 12 new jobs: 3 applied, 0 need you, 1 skipped",
    ):
        assert line in said
    assert "more" not in said


async def test_many_items_stay_under_the_limit_with_and_n_more(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    items = [
        {
            "id": n,
            "kind": ("applied", "rejected", "status_changed")[n % 3],
            "status": "accepted",
            "title": f"Senior Clinical Nutrition Consultant, Outpatient Programme {n} " * 2,
            "company": f"Greater Metropolitan Regional Health Services Cooperative {n}",
        }
        for n in range(500)
    ]
    [reply] = await world.chat.render_notification(user, _digest(uid, items))
    said = reply.plain_text()
    assert len(said) <= LIMIT
    shown = said.count("\n• ")
    assert 10 < shown < 500
    assert f"… and {500 - shown} more" in said
    assert "Today: 167 applied, 166 employer answers, 167 skipped" in said


async def test_a_broken_digest_payload_still_renders(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    note = _digest(uid, [])
    note.payload = {"items": ["junk", {"kind": "future_kind"}]}
    [reply] = await world.chat.render_notification(user, note)
    assert "Today: nothing new" in reply.plain_text() and "Update: a job" in reply.plain_text()


async def test_settings_say_when_the_digest_comes_and_change_the_hour(world: World) -> None:
    uid = await registered(world)
    [view] = await world.chat.handle_command(TG, "settings")
    assert "Daily digest: off (when on: one message a day at 18:00 UTC" in view.plain_text()
    flow, [on] = await press(world.chat, TG, payloads(view)["Digest: off"])
    assert flow.answer.text == "Saved: the digest comes at 18:00 UTC"
    assert "Daily digest: on, every day at 18:00 UTC" in on.plain_text()
    assert "need you still come at once" in on.plain_text()
    _, [ask] = await press(world.chat, TG, payloads(on)["Digest at 18:00 UTC"])
    assert "hour (UTC)" in ask.plain_text()
    assert "from 0 to 23" in text_of(await world.chat.handle_text(TG, "25"))
    said = text_of(await world.chat.handle_text(TG, "7:00"))
    assert "The daily digest comes at 07:00 UTC." in said
    assert "Daily digest: on, every day at 07:00 UTC" in said
    user = await world.store.get_user(uid)
    assert user is not None
    assert (user.settings.daily_digest, user.settings.digest_hour) == (True, 7)
    # The quiet-hours question still works after the digest one.
    await press(world.chat, TG, actions.setting("quiet", "set", uid))
    assert "22:00-07:00 UTC" in text_of(await world.chat.handle_text(TG, "22-7"))
