"""/export, /forget and /link: everything out, everything gone, one user on two platforms."""

from __future__ import annotations

import json
from datetime import timedelta

from core import actions
from core.chat.messages import Identity, Reply
from core.models import AppState, Documents, Platform
from tests.chat.conftest import (
    DC,
    TG,
    TG_OTHER,
    World,
    application,
    payloads,
    press,
    registered,
    text_of,
)


async def test_export_sends_a_json_file_of_everything_stored(world: World) -> None:
    uid = await registered(world)
    other = await registered(world, TG_OTHER)
    docs = Documents(resume_md="# Julie", cover_letter="Dear", evidence_points=["x"])
    await application(world, uid, 1, AppState.APPLIED, documents=docs)
    await application(world, other, 2, AppState.REJECTED)
    await world.chat.handle_command(TG, "set", "summary Sports dietitian.")
    [reply] = await world.chat.handle_command(TG, "export")
    [file] = reply.files
    assert file.filename.endswith(".json") and file.mime == "application/json"
    data = json.loads(file.data)
    assert data["format"] == "jobbot-export/1" and data["exported_at"].startswith("2026-03-10")
    assert data["user"]["telegram_user_id"] == "1001"
    assert [p["version"] for p in data["profiles"]] == [1, 2]
    assert data["profiles"][-1]["profile"]["summary"] == "Sports dietitian."
    assert data["preferences"]["countries"] == ["United States"]
    assert [a["job_id"] for a in data["applications"]] == ["J0001"]
    assert data["applications"][0]["documents"]["resume_md"] == "# Julie"
    assert [j["id"] for j in data["jobs"]] == ["J0001"]
    assert "J0002" not in file.data.decode() and "2002" not in json.dumps(data["user"])


async def test_forget_asks_first_and_keep_changes_nothing(world: World) -> None:
    uid = await registered(world)
    [ask] = await world.chat.handle_command(TG, "forget")
    assert "cannot be undone" in ask.plain_text()
    _, [kept] = await press(world.chat, TG, payloads(ask)["No, keep it"])
    assert kept.edit and "Nothing was deleted" in kept.plain_text()
    assert await world.store.get_user(uid) is not None


async def test_forget_erases_everything_and_stops_the_schedule(world: World) -> None:
    uid = await registered(world)
    other = await registered(world, TG_OTHER)
    await world.chat.handle_command(TG, "autoapply")
    app = await application(world, uid, 1, AppState.CLARIFY, notify=True)
    kept = await application(world, other, 2, AppState.CLARIFY)
    await world.store.set_chat_state(uid, {"await": "quiet"})
    [ask] = await world.chat.handle_command(TG, "forget")
    # another user cannot press it
    flow, _ = await press(world.chat, TG_OTHER, payloads(ask)["Yes, delete everything"])
    assert flow.answer.text == "This button is not for you."
    assert await world.store.get_user(uid) is not None

    flow, [done] = await press(world.chat, TG, payloads(ask)["Yes, delete everything"])
    assert flow.answer.text == "Deleted" and done.edit and "deleted" in done.plain_text()
    assert ("disable", uid) in world.schedule.calls and uid not in world.schedule.enabled
    assert await world.store.get_user(uid) is None
    assert await world.store.find_user(Platform.TELEGRAM, TG.user_id) is None
    assert await world.store.latest_profile(uid) is None
    assert await world.store.get_preferences(uid) is None
    assert await world.store.get_application(app.id) is None
    assert await world.store.get_chat_state(uid) is None
    assert await world.store.users_with_autoapply() == []
    assert await world.store.get_application(kept.id) is not None  # others keep theirs
    assert text_of(await world.chat.handle_command(TG, "status")) == "Send /start first."


async def test_link_joins_a_second_platform_to_the_same_user(world: World) -> None:
    uid = await registered(world)
    [given] = await world.chat.handle_command(TG, "link")
    code = given.plain_text().rsplit("/link ", 1)[1].split()[0]
    assert len(code.replace("-", "")) == 12  # 60 bits (issue 14: was 8 symbols)
    # Discord: not registered yet, and that is fine for /link CODE
    said = text_of(await world.chat.handle_command(DC, "link", code.lower()))
    assert "Linked" in said
    user = await world.store.find_user(Platform.DISCORD, DC.user_id)
    assert user is not None and user.id == uid and user.telegram_user_id == TG.user_id
    assert "Countries: United States" in text_of(await world.chat.handle_command(DC, "prefs"))
    # the code works once
    other = Identity(platform=Platform.DISCORD, user_id="999")
    assert "unknown or has expired" in text_of(await world.chat.handle_command(other, "link", code))
    assert await world.store.find_user(Platform.DISCORD, "999") is None


async def test_an_expired_or_wrong_code_links_nothing(world: World) -> None:
    await registered(world)
    [given] = await world.chat.handle_command(TG, "link")
    code = given.plain_text().rsplit("/link ", 1)[1].split()[0]
    world.clock.advance(timedelta(minutes=11))
    assert "expired" in text_of(await world.chat.handle_command(DC, "link", code))
    assert "expired" in text_of(await world.chat.handle_command(DC, "link", "ZZZZ9999"))
    assert await world.store.find_user(Platform.DISCORD, DC.user_id) is None


async def test_link_refuses_to_swallow_an_account_that_has_its_own_data(world: World) -> None:
    await registered(world)
    other = await registered(world, DC)
    [given] = await world.chat.handle_command(TG, "link")
    code = given.plain_text().rsplit("/link ", 1)[1].split()[0]
    said = text_of(await world.chat.handle_command(DC, "link", code))
    assert "already has its own" in said
    assert await world.store.latest_profile(other) is not None


async def test_link_without_a_code_before_start(world: World) -> None:
    said = text_of(await world.chat.handle_command(DC, "link"))
    assert "/register" in said and "/start" not in said and "/link CODE" in said


async def test_a_second_platform_registered_alone_but_empty_joins_by_code(world: World) -> None:
    uid = await registered(world)
    await world.chat.handle_command(DC, "register")  # registered, nothing stored yet
    alone = await world.store.find_user(Platform.DISCORD, DC.user_id)
    assert alone is not None and alone.id != uid
    [given] = await world.chat.handle_command(TG, "link")
    code = given.plain_text().rsplit("/link ", 1)[1].split()[0]
    assert "Linked" in text_of(await world.chat.handle_command(DC, "link", code))
    joined = await world.store.find_user(Platform.DISCORD, DC.user_id)
    assert joined is not None and joined.id == uid
    assert await world.store.get_user(alone.id) is None


# --- issue 14: linking only across platforms, with a limit; groups; what stays at the portal


def _code(reply: Reply) -> str:
    return reply.plain_text().rsplit("/link ", 1)[1].split()[0]


async def test_a_code_redeemed_on_its_own_platform_moves_nothing(world: World) -> None:
    uid = await registered(world)
    [given] = await world.chat.handle_command(TG, "link")
    code = _code(given)
    assert len(code.replace("-", "")) == 12
    # Eve, on Telegram too, got hold of Julie's code: it does not work on Telegram
    said = text_of(await world.chat.handle_command(TG_OTHER, "link", code))
    assert "only works there" in said
    assert await world.store.find_user(Platform.TELEGRAM, TG_OTHER.user_id) is None
    owner = await world.store.find_user(Platform.TELEGRAM, TG.user_id)
    assert owner is not None and owner.id == uid  # Julie keeps her account
    # and the code was not spent: Julie's Discord still joins with it
    assert "Linked" in text_of(await world.chat.handle_command(DC, "link", code))


async def test_wrong_codes_lock_the_identity_out_for_a_while(world: World) -> None:
    await registered(world)
    [given] = await world.chat.handle_command(TG, "link")
    code = _code(given)
    for n in range(5):
        said = text_of(await world.chat.handle_command(DC, "link", f"WRONGCODE{n:03d}"))
        assert "unknown or has expired" in said
    # the sixth try is refused without looking at the code, even the right one
    said = text_of(await world.chat.handle_command(DC, "link", code))
    assert "Too many wrong codes" in said and "15 minutes" in said
    assert await world.store.find_user(Platform.DISCORD, DC.user_id) is None
    # another identity is not locked by it
    other = Identity(platform=Platform.DISCORD, user_id="4242")
    assert "unknown" in text_of(await world.chat.handle_command(other, "link", "NOPE"))
    world.clock.advance(timedelta(minutes=9))  # the code is still alive, the lock too
    assert "Too many" in text_of(await world.chat.handle_command(DC, "link", code))
    world.clock.advance(timedelta(minutes=7))
    assert "expired" in text_of(await world.chat.handle_command(DC, "link", code))
    [given] = await world.chat.handle_command(TG, "link")
    assert "Linked" in text_of(await world.chat.handle_command(DC, "link", _code(given)))


async def test_a_code_cannot_replace_an_identity_already_linked(world: World) -> None:
    uid = await registered(world)
    [given] = await world.chat.handle_command(TG, "link")
    assert "Linked" in text_of(await world.chat.handle_command(DC, "link", _code(given)))
    [again] = await world.chat.handle_command(TG, "link")
    intruder = Identity(platform=Platform.DISCORD, user_id="31337")
    said = text_of(await world.chat.handle_command(intruder, "link", _code(again)))
    assert "already linked to another Discord account" in said
    user = await world.store.get_user(uid)
    assert user is not None and user.discord_user_id == DC.user_id
    assert await world.store.find_user(Platform.DISCORD, "31337") is None


GROUP = TG.model_copy(update={"chat_id": "-100777", "private": False})


async def test_groups_get_a_polite_refusal_and_nothing_personal(world: World) -> None:
    # /start in a group registers nobody, so the group never becomes where news go
    [said] = await world.chat.handle_command(GROUP, "start")
    assert "private chat" in said.plain_text()
    assert await world.store.find_user(Platform.TELEGRAM, TG.user_id) is None
    uid = await registered(world)
    await application(world, uid, 1, AppState.APPLIED)
    for command in ("profile", "export", "status", "link", "forget", "applied", "prefs"):
        [reply] = await world.chat.handle_command(GROUP, command)
        assert "private chat" in reply.plain_text() and not reply.files and not reply.buttons
        assert "Julie" not in reply.plain_text()
    assert "/start" in text_of(await world.chat.handle_command(GROUP, "help"))
    assert await world.chat.handle_text(GROUP, "my phone is +1 555 0100") == []
    flow = await world.chat.handle_action(GROUP, actions.forget(True, uid))
    assert flow.answer.alert and "private chat" in flow.answer.text
    assert await world.store.get_user(uid) is not None
    user = await world.store.get_user(uid)
    assert user is not None and user.telegram_chat_id == TG.chat_id


async def test_export_and_forget_say_what_stays_at_the_portal(world: World) -> None:
    uid = await registered(world)
    sent = await application(world, uid, 1, AppState.APPLIED, portal_application_id="P9")
    await application(world, uid, 2, AppState.REJECTED)
    [reply] = await world.chat.handle_command(TG, "export")
    assert "1 application went to the job portal" in reply.plain_text()
    data = json.loads(reply.files[0].data)
    portal = data["at_the_portal"]
    user = await world.store.get_user(uid)
    assert user is not None and portal["portal_user_id"] == user.portal_user_id
    assert [a["job_id"] for a in portal["applications"]] == [sent.job_id]
    assert portal["applications"][0]["portal_application_id"] == "P9"
    assert "does not withdraw them" in portal["note"]
    [ask] = await world.chat.handle_command(TG, "forget")
    assert "I sent 1 application to the job portal in your name" in ask.plain_text()


async def test_forget_says_nothing_stays_when_nothing_was_sent(world: World) -> None:
    await registered(world)
    [ask] = await world.chat.handle_command(TG, "forget")
    assert "nothing stays at the job portal" in ask.plain_text()
    _, [done] = await press(world.chat, TG, payloads(ask)["Yes, delete everything"])
    assert "stay at the job portal" not in done.plain_text()
