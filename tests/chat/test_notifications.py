"""render_notification for every kind, and never for another user's application."""

from __future__ import annotations

from datetime import UTC, datetime

from core.models import AppState, CycleSummary, Notification, NotificationKind, PortalStatus
from tests.chat.conftest import TG_OTHER, World, application, payloads, registered


def _note(user_id: int, kind: NotificationKind, **payload: object) -> Notification:
    return Notification(
        id=1, user_id=user_id, kind=kind, payload=payload, created_at=datetime.now(UTC)
    )


async def test_each_kind_renders(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    rejected = await application(world, uid, 1, AppState.REJECTED, reasons=["too far"])
    [r] = await world.chat.render_notification(
        user, _note(uid, NotificationKind.REJECTED, application_id=rejected.id)
    )
    assert "I skipped a job" in r.plain_text() and "Nutrition Consultant 1" in r.plain_text()

    applied = await application(world, uid, 2, AppState.APPLIED)
    await world.store.set_portal_status(applied.id, PortalStatus.ACCEPTED)
    [r] = await world.chat.render_notification(
        user,
        _note(uid, NotificationKind.STATUS_CHANGED, application_id=applied.id, status="accepted"),
    )
    # the answer is the card's last line (from the row), never above a contradicting one
    assert r.plain_text().endswith("The employer accepted your application 🎉")
    assert "Applied ✓" not in r.plain_text() and r.card is not None

    summary = CycleSummary(user_id=uid, new_jobs=12, applied=3, clarify=2, rejected=7)
    [r] = await world.chat.render_notification(
        user,
        _note(
            uid,
            NotificationKind.SUMMARY,
            line=summary.line(),
            **summary.model_dump(exclude={"user_id"}),
        ),
    )
    said = r.plain_text()
    assert "12 new jobs: 3 applied, 2 need you, 7 skipped" in said and "/clarify" in said

    [r] = await world.chat.render_notification(
        user,
        _note(uid, NotificationKind.SUMMARY, line="0 new jobs", errors=["job portal unavailable"]),
    )
    assert "Problems: job portal unavailable" in r.plain_text()


async def test_a_late_clarify_card_shows_the_current_state(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    app = await application(world, uid, 1, AppState.APPLIED)
    [r] = await world.chat.render_notification(
        user, _note(uid, NotificationKind.CLARIFY, application_id=app.id)
    )
    assert "Applied ✓" in r.plain_text() and "Approve" not in payloads(r)


async def test_nothing_about_another_users_application_is_rendered(world: World) -> None:
    uid = await registered(world)
    other = await registered(world, TG_OTHER)
    user = await world.store.get_user(uid)
    assert user is not None
    theirs = await application(world, other, 1, AppState.CLARIFY)
    [r] = await world.chat.render_notification(
        user, _note(uid, NotificationKind.CLARIFY, application_id=theirs.id, title="Chef")
    )
    assert "Nutrition Consultant" not in r.plain_text() and not r.buttons
    assert (
        await world.chat.render_notification(
            user, _note(other, NotificationKind.CLARIFY, application_id=theirs.id)
        )
        == []
    )


async def test_a_payload_without_an_application_uses_what_it_says(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    [r] = await world.chat.render_notification(
        user, _note(uid, NotificationKind.FAILED, title="Chef", company="Bistro", reason="gone")
    )
    assert "Chef at Bistro" in r.plain_text() and "gone" in r.plain_text()


async def test_markup_characters_reach_the_adapters_unescaped(world: World) -> None:
    uid = await registered(world)
    user = await world.store.get_user(uid)
    assert user is not None
    title = "Chef <b>&amp; *Sous*_ [x](y) `z`"
    [r] = await world.chat.render_notification(
        user, _note(uid, NotificationKind.FAILED, title=title, company="A&B <Ltd>")
    )
    assert f"{title} at A&B <Ltd>" in [s.text for s in r.spans]
