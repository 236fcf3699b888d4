"""Nothing is sent before the person confirmed a profile with a real name and a contact:
Approve, /autoapply and /runnow refuse with what to do; Looks right asks for what is missing;
a new resume or an edit asks again; the name never comes from the chat login."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core import actions
from core.chat.messages import IncomingFile
from core.models import (
    AppState,
    CycleSummary,
    NotificationDraft,
    NotificationKind,
    Platform,
    Profile,
)
from core.runtime.consent import CONFIRM_FIRST, NO_CONTACT, NO_NAME, is_real_name
from tests.chat.conftest import (
    NOW,
    PROFILE,
    TG,
    World,
    application,
    payloads,
    press,
    registered,
    text_of,
)

RESUME = (
    "Julie Monroe\njulie@example.com | +1 555 0100\nAustin, United States\n\nSKILLS\n"
    "Meal Planning, Nutrition Counseling\n\nEXPERIENCE\nNutrition Consultant, Acme "
    "(2019 - Present)\n- Planned meals for 300 clients a week\n"
)


async def _store_profile(world: World, uid: int, profile: Profile, *, confirmed: bool) -> None:
    stored = await world.store.save_profile(uid, profile, "raw resume text")
    if confirmed:  # as if confirmed earlier: the gate must still refuse what cannot be sent
        await world.store.confirm_profile(uid, stored.version)


async def _approve_is_refused(world: World, uid: int, expected: str) -> None:
    app = await application(world, uid, 1)
    flow, replies = await press(world.chat, TG, actions.approve(app.id))
    assert flow.answer.alert and flow.answer.text == expected
    assert text_of(replies) == expected
    _, [card] = await press(world.chat, TG, payloads(replies[0])["Show my profile"])
    assert set(payloads(card)) == {"Looks right", "Edit"}  # one tap from the fix
    again = await world.store.get_application(app.id)
    assert again is not None and again.state is AppState.CLARIFY  # still waiting, not lost
    assert world.portal.applied == [] and world.writer.calls == []


async def test_approve_refuses_an_unconfirmed_profile_then_works_after_looks_right(
    world: World,
) -> None:
    uid = await registered(world, confirmed=False)
    await _approve_is_refused(world, uid, CONFIRM_FIRST)
    assert "/profile" in CONFIRM_FIRST and "Looks right" in CONFIRM_FIRST

    [card] = await world.chat.handle_command(TG, "profile")
    await press(world.chat, TG, payloads(card)["Looks right"])
    [app] = await world.store.applications_in_state(AppState.CLARIFY, user_id=uid)
    _, replies = await press(world.chat, TG, actions.approve(app.id))
    assert "Applied" in replies[-1].plain_text()
    assert [r.name for r in world.portal.applied] == ["Julie Monroe"]


@pytest.mark.parametrize("name", ["", "Julie", "tester2", "julie@example.com", "@julie_m"])
async def test_approve_refuses_a_profile_without_a_real_name_and_never_uses_the_login(
    world: World, name: str
) -> None:
    uid = await registered(world, profile=False)
    await _store_profile(world, uid, PROFILE.model_copy(update={"full_name": name}), confirmed=True)
    await _approve_is_refused(world, uid, NO_NAME)
    assert "/set name" in NO_NAME


async def test_approve_refuses_a_profile_without_email_or_phone(world: World) -> None:
    uid = await registered(world, profile=False)
    nameless = PROFILE.model_copy(update={"email": None, "phone": "call me"})
    await _store_profile(world, uid, nameless, confirmed=True)
    await _approve_is_refused(world, uid, NO_CONTACT)


@pytest.mark.parametrize("command", ["autoapply", "runnow"])
@pytest.mark.parametrize(
    ("update", "confirmed", "expected"),
    [
        ({}, False, CONFIRM_FIRST),
        ({"full_name": "Julie"}, True, NO_NAME),
        ({"email": None, "phone": None}, True, NO_CONTACT),
    ],
)
async def test_autoapply_and_runnow_refuse_until_the_profile_may_be_sent(
    world: World, command: str, update: dict[str, object], confirmed: bool, expected: str
) -> None:
    uid = await registered(world, profile=False)
    await _store_profile(world, uid, PROFILE.model_copy(update=update), confirmed=confirmed)
    [said] = await world.chat.handle_command(TG, command)
    assert said.plain_text() == expected and "Show my profile" in payloads(said)
    assert world.schedule.calls == []
    user = await world.store.get_user(uid)
    assert user is not None and not user.autoapply_enabled
    status = text_of(await world.chat.handle_command(TG, "status"))
    assert f"Nothing is sent yet. {expected}" in status


async def test_looks_right_without_a_name_asks_for_it_and_the_next_message_answers(
    world: World,
) -> None:
    uid = await registered(world, profile=False)
    await _store_profile(world, uid, PROFILE.model_copy(update={"full_name": ""}), confirmed=False)
    [card] = await world.chat.handle_command(TG, "profile")
    assert "(name not found)" in card.plain_text()
    flow, [ask] = await press(world.chat, TG, payloads(card)["Looks right"])
    assert flow.answer.text == "Name missing"
    assert "full name" in ask.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and not stored.confirmed

    assert "first and last name" in text_of(await world.chat.handle_text(TG, "Julie"))
    [again] = await world.chat.handle_text(TG, "Julie Monroe")
    assert "Name updated" in again.plain_text() and "Looks right" in payloads(again)
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.profile.full_name == "Julie Monroe"
    assert not stored.confirmed, "an edit is not a confirmation"
    _, [done] = await press(world.chat, TG, payloads(again)["Looks right"])
    assert "confirmed" in done.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.confirmed


async def test_looks_right_without_contact_asks_for_an_email(world: World) -> None:
    uid = await registered(world, profile=False)
    bare = PROFILE.model_copy(update={"email": None, "phone": None})
    await _store_profile(world, uid, bare, confirmed=False)
    [card] = await world.chat.handle_command(TG, "profile")
    _, [ask] = await press(world.chat, TG, payloads(card)["Looks right"])
    assert "e-mail" in ask.plain_text() and "phone" in ask.plain_text()
    said = text_of(await world.chat.handle_text(TG, "call me"))
    assert "not a phone number" in said
    [card] = await world.chat.handle_text(TG, "+1 512 555 0199")  # a phone answers it too
    assert "Phone updated" in card.plain_text()
    _, [done] = await press(world.chat, TG, payloads(card)["Looks right"])
    assert "confirmed" in done.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.confirmed and stored.profile.phone == "+1 512 555 0199"


async def test_an_old_card_cannot_confirm_a_newer_profile(world: World) -> None:
    uid = await registered(world, confirmed=False)
    [old] = await world.chat.handle_command(TG, "profile")
    await world.chat.handle_command(TG, "set", "location Lisbon, Portugal")
    flow, [latest] = await press(world.chat, TG, payloads(old)["Looks right"])
    assert flow.answer.text == "Out of date" and "Lisbon" in latest.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 2 and not stored.confirmed


async def test_a_new_resume_or_an_edit_asks_for_confirmation_again(world: World) -> None:
    uid = await registered(world)  # confirmed
    app = await application(world, uid, 1)
    upload = IncomingFile(filename="cv.txt", data=RESUME.encode())
    [card] = await world.chat.handle_file(TG, upload)
    assert "your new resume" in card.plain_text() and "Looks right" in card.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 2 and not stored.confirmed
    flow, _ = await press(world.chat, TG, actions.approve(app.id))
    assert flow.answer.text == CONFIRM_FIRST

    await press(world.chat, TG, payloads(card)["Looks right"])
    [edited] = await world.chat.handle_command(TG, "set", "skills Meal planning, Diet therapy")
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 3 and not stored.confirmed
    assert set(payloads(edited)) == {"Looks right", "Edit"}
    flow, _ = await press(world.chat, TG, actions.approve(app.id))
    assert flow.answer.text == CONFIRM_FIRST
    assert world.portal.applied == []


async def test_a_held_round_tells_the_user_what_to_do(world: World) -> None:
    uid = await registered(world, confirmed=False)
    summary = CycleSummary(user_id=uid, new_jobs=2, pending=2, profile_hold=CONFIRM_FIRST)
    payload = {"line": summary.line(), **summary.model_dump(exclude={"user_id"})}
    await world.store.add_notification(
        uid, NotificationDraft(kind=NotificationKind.SUMMARY, payload=payload)
    )
    [note] = await world.store.due_notifications(NOW + timedelta(days=1))
    user = await world.store.get_user(uid)
    assert user is not None
    said = text_of(await world.chat.render_notification(user, note))
    assert f"Nothing was sent. {CONFIRM_FIRST}" in said


async def test_the_next_step_hint_asks_for_confirmation(world: World) -> None:
    await registered(world, confirmed=False)
    said = text_of(await world.chat.handle_command(TG, "start"))
    assert "Next: confirm your profile first" in said


@pytest.mark.parametrize(
    ("name", "real"),
    [
        ("Julie Monroe", True),
        ("Mary-Jane O'Brien", True),
        ("J. R. Tolkien", True),
        ("José Núñez", True),
        ("JULIE MONROE", True),
        ("Julie", False),
        ("tester2", False),
        ("tester 2", False),
        ("julie@example.com", False),
        ("linkedin.com/in/julie", False),
        ("julie_monroe", False),
        ("Curriculum Vitae", False),
        ("Personal Details", False),
        ("A B", False),
        ("Nutrition consultant with ten years of work in clinics", False),
        ("", False),
    ],
)
def test_what_counts_as_a_real_name(name: str, real: bool) -> None:
    assert is_real_name(name) is real


def test_a_login_is_never_a_name() -> None:
    assert not is_real_name("Julie Monroe", ["julie  monroe"])
    assert is_real_name("Julie Monroe", ["julie"])


async def test_a_console_login_typed_as_a_name_is_refused(world: World) -> None:
    from core.chat.messages import Identity

    who = Identity(platform=Platform.CONSOLE, user_id="ann lee", display_name="ann lee")
    await world.chat.handle_command(who, "start")
    user = await world.store.find_user(Platform.CONSOLE, "ann lee")
    assert user is not None
    await world.store.save_profile(user.id, PROFILE, "raw")
    said = text_of(await world.chat.handle_command(who, "set", "name Ann Lee"))
    assert "full legal name" in said
    stored = await world.store.latest_profile(user.id)
    assert stored is not None and stored.profile.full_name == "Julie Monroe"
