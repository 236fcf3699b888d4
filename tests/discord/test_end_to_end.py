"""A user's whole journey on Discord with the real chat layer, offline engine and mock portal."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from bot.discord_bot.components import NOT_YOURS, custom_id
from bot.discord_bot.conversation import DMS_CLOSED
from core import actions
from core.chat.flows import NOT_YOURS as CHAT_NOT_YOURS
from core.chat.flows import OLDER_VERSION
from core.chat.messages import Identity
from core.intake import extract_text_sync
from core.models import AppState, Platform, Preferences
from storage.sql_store import SqlStore
from tests.discord.conftest import ALICE, BOB, GUILD, Connect
from tests.discord.stack import Stack, running_stack
from tests.fakes.discord_server import EPHEMERAL, FakeDiscord, button_id, buttons, text_of
from tests.support import product
from tests.support.product import JULIE_PDF

# One mock portal subprocess and one database for the module.
portal_url = product.portal_url
shared_store = product.shared_store


_people = itertools.count(1)


@pytest.fixture
def people() -> tuple[int, int]:
    """Two Discord users no other test of the module has seen."""
    n = next(_people)
    return ALICE + 1000 * n, BOB + 1000 * n


@pytest.fixture
async def stack(
    fake_discord: FakeDiscord, connect: Connect, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(fake_discord, connect, shared_store, portal_url) as s:
        yield s


def app_id(card: dict[str, Any]) -> int:
    """The application a clarify card's buttons act on (its payload is `ca:<id>`)."""
    return int(button_id(card, "Approve").rsplit(":", 1)[1])


async def on_portal(stack: Stack, uid: int, job_id: str) -> int:
    """How many applications the portal holds for this user and job."""
    user = await stack.store.get_user(uid)
    assert user is not None and user.portal_user_id != str(uid)  # never the row id
    report = await stack.portal.status(user.portal_user_id)
    records = report.accepted + report.rejected + report.on_process
    return sum(r.job_id == job_id for r in records)


async def onboard(stack: Stack, who: int) -> int:
    """Register, upload Julie's resume through Discord and tap Looks right; preferences
    stored directly."""
    await stack.run(who, "register")
    pdf = stack.server.add_attachment(JULIE_PDF.name, JULIE_PDF.read_bytes(), "application/pdf")
    (profile,) = await stack.run(who, "resume", {"file": pdf})
    await stack.press(who, profile, "Looks right")
    uid = await stack.user_id(who)
    await stack.store.save_preferences(uid, Preferences(countries=["Ireland"]))
    return uid


async def test_register_resume_preferences_run_approve_discard(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    server = stack.server
    (hello,) = await stack.run(alice, "register", guild_id=GUILD)
    assert hello["flags"] & EPHEMERAL and f"Hello User{alice}" in hello["content"]

    # The resume, as a slash-command attachment: a real PDF read by the offline engine.
    pdf = server.add_attachment(JULIE_PDF.name, JULIE_PDF.read_bytes(), "application/pdf")
    (profile,) = await stack.run(alice, "resume", {"file": pdf})
    assert "Julie Monroe" in text_of(profile) and buttons(profile) == ["Looks right", "Edit"]
    await stack.press(alice, profile, "Looks right")
    uid = await stack.user_id(alice)
    stored = await stack.store.latest_profile(uid)
    assert stored is not None and stored.confirmed

    # Preferences: the guided questions, answered by DM text and by buttons.
    _intro, roles = await stack.run(alice, "prefs")
    assert "Roles" in text_of(roles) and buttons(roles) == ["Skip"]
    confirmed, modes = await stack.say(alice, "Nutrition consultant, Dietitian")
    assert text_of(confirmed) == "**Roles:** Nutrition consultant, Dietitian ✓"
    # Switch remote off (the card is edited): the portal's remote nutrition job is for India only.
    await stack.press(alice, modes, "✓ Remote")
    modes = server.messages[modes["id"]]
    assert "✗ Remote" in buttons(modes)
    log = await stack.press(alice, modes, "Done")
    cities = server.replies(log)[-1]
    log = await stack.press(alice, cities, "Anywhere")
    countries = server.replies(log)[-1]
    assert "Countries" in text_of(countries)
    await stack.say(alice, "Ireland")
    prefs = await stack.store.get_preferences(uid)
    assert prefs is not None and prefs.countries == ["Ireland"] and prefs.roles

    # Run now: the round runs in the background; its notifications come by DM.
    (started,) = await stack.run(alice, "runnow")
    assert "started" in started["content"]
    await stack.round(alice)
    result = await stack.dispatcher.dispatch_once()
    assert result.delivered >= 3 and result.failed == 0
    cards = stack.cards(alice)
    assert len(cards) >= 2, [text_of(m)[:80] for m in server.dms(alice)]
    assert all(card["embeds"] for card in cards)

    # Approve: the card shows "Applying…" at once, then the outcome; the portal has it.
    first, second = cards[0], cards[1]
    approved, discarded = app_id(first), app_id(second)
    log = await stack.press(alice, first, "Approve")
    assert log.callback_type == 7 and log.callback_at - log.sent_at < 3
    app = await stack.store.get_application(approved)
    assert app is not None and app.state is AppState.APPLIED and app.portal_application_id
    assert "Applied" in text_of(server.messages[first["id"]])
    assert buttons(server.messages[first["id"]]) == ["Documents", "Why?"]
    assert await on_portal(stack, uid, app.job_id) == 1

    # Documents: the two PDFs named for the job, then the Word files on request.
    log = await stack.press(alice, server.messages[first["id"]], "Documents")
    [sent] = [m for m in server.replies(log) if m["attachments"]]
    job = await stack.store.get_job(app.job_id)
    assert job is not None
    stem = f"Julie Monroe - {{}} - {job.company} - {job.title}"
    names = [a["filename"] for a in sent["attachments"]]
    assert names == [stem.format(k) + ".pdf" for k in ("Resume", "Cover Letter")]
    pdf = server.files[sent["attachments"][0]["id"]]
    assert extract_text_sync(pdf, "resume.pdf").startswith("Julie Monroe")
    log = await stack.press(alice, sent, "Word files")
    [word] = [m for m in server.replies(log) if m["attachments"]]
    names = [a["filename"] for a in word["attachments"]]
    assert names == [stem.format(k) + ".docx" for k in ("Resume", "Cover Letter")]

    # Discard: the card turns into its outcome, the application is rejected.
    await stack.press(alice, second, "Discard")
    assert buttons(server.messages[second["id"]]) == ["Why?", "Undo"]
    app = await stack.store.get_application(discarded)
    assert app is not None and app.state is AppState.REJECTED
    assert await on_portal(stack, uid, app.job_id) == 0
    log = await stack.press(alice, server.messages[second["id"]], "Why?")
    why = server.replies(log)[-1]
    assert text_of(why).splitlines()[1].startswith("**You discarded it")
    assert len(text_of(why)) <= 1100  # 1,000 characters of text, and Discord's bold marks
    # Undo: the portal still lists the job, so the same card asks again.
    await stack.press(alice, server.messages[second["id"]], "Undo")
    assert buttons(server.messages[second["id"]]) == ["Approve", "Discard", "Full report"]
    app = await stack.store.get_application(discarded)
    assert app is not None and app.state is AppState.CLARIFY

    # Lists: an item opens its card, with the buttons its state has.
    (listing,) = await stack.run(alice, "applied")
    assert buttons(listing)[0] == "1"
    log = await stack.press(alice, listing, "1")
    opened = server.replies(log)[-1]
    assert "Applied" in text_of(opened) and buttons(opened) == ["Documents", "Why?"]

    # /stats carries the chart.
    stats = await stack.run(alice, "stats")
    assert any(a["filename"].endswith(".png") for m in stats for a in m["attachments"])


async def test_other_users_presses_are_refused_by_adapter_and_chat_layer(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, bob = people
    uid = await onboard(stack, alice)
    await stack.run(alice, "runnow")
    await stack.round(alice)
    await stack.dispatcher.dispatch_once()
    card = stack.cards(alice)[0]
    await stack.run(bob, "register")

    # Bob presses Alice's card: refused by the adapter, the chat layer never hears of it.
    log = await stack.server.click_label(bob, card["id"], "Approve")
    (refusal,) = await stack.settle(log)
    assert refusal["content"] == NOT_YOURS and refusal["flags"] & EPHEMERAL

    # A forged button in Bob's own DM, naming Alice's application: the chat layer refuses.
    clarify = await stack.store.applications_in_state(AppState.CLARIFY, user_id=uid)
    forged_id = custom_id(bob, actions.approve(clarify[0].id))
    row = {"type": 1, "components": [
        {"type": 2, "style": 2, "label": "Approve", "custom_id": forged_id}
    ]}  # fmt: skip
    forged = stack.server.post_as_bot(bob, {"content": "old card", "components": [row]})
    log = await stack.server.click(bob, forged["id"], forged_id)
    (alert,) = await stack.settle(log)
    assert alert["content"] == CHAT_NOT_YOURS and alert["flags"] & EPHEMERAL
    app = await stack.store.get_application(clarify[0].id)
    assert app is not None and app.state is AppState.CLARIFY


async def test_a_card_from_before_a_restart_still_applies_once(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    uid = await onboard(stack, alice)
    await stack.run(alice, "runnow")
    await stack.round(alice)
    await stack.dispatcher.dispatch_once()
    card = stack.cards(alice)[0]
    approved = app_id(card)
    await stack.restart()
    first = await stack.server.click_label(alice, card["id"], "Approve")
    second = await stack.server.click_label(alice, card["id"], "Approve")  # a double click
    await stack.settle(first)
    await stack.settle(second)
    assert "Applied" in text_of(stack.server.messages[card["id"]])
    app = await stack.store.get_application(approved)
    assert app is not None and app.state is AppState.APPLIED
    assert await on_portal(stack, uid, app.job_id) == 1


async def test_closed_dms_keep_notifications_in_the_outbox(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    await onboard(stack, alice)
    stack.server.dm_closed.add(alice)
    await stack.run(alice, "runnow")
    await stack.round(alice)
    result = await stack.dispatcher.dispatch_once()
    assert result.delivered == 0 and result.failed >= 1
    assert stack.server.dms(alice) == []
    (notice, *_) = await stack.run(alice, "status", guild_id=GUILD)
    assert notice["content"] == DMS_CLOSED
    stack.server.dm_closed.clear()
    stack.clock.offset = timedelta(hours=7)  # past the retry backoff
    while (await stack.dispatcher.dispatch_once()).delivered:
        pass
    assert stack.cards(alice)  # nothing was lost


async def test_linking_a_telegram_account(stack: Stack, people: tuple[int, int]) -> None:
    alice, _ = people
    telegram = Identity(platform=Platform.TELEGRAM, user_id="7001", chat_id="7001")
    await stack.chat.handle_command(telegram, "start")
    (code_reply,) = await stack.chat.handle_command(telegram, "link")
    code = code_reply.plain_text().split("/link ")[-1].strip()
    (linked,) = await stack.run(alice, "link", {"code": code})
    assert linked["content"].startswith("Linked")
    user = await stack.store.find_user(Platform.TELEGRAM, "7001")
    assert user is not None and user.discord_user_id == str(alice)


async def test_hostile_names_are_escaped(stack: Stack, people: tuple[int, int]) -> None:
    alice, _ = people
    stack.server.user(alice, "x")["global_name"] = "**Mallory** @everyone [x](https://evil.example)"
    (hello,) = await stack.run(alice, "register")
    assert "@everyone" not in hello["content"] and "\\*\\*Mallory\\*\\*" in hello["content"]
    assert "\\[x\\]" in hello["content"]


async def test_a_button_of_an_older_format_gets_a_polite_answer(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    await stack.run(alice, "register")
    for old_id in ("approve:17", custom_id(alice, "zz:17:1")):
        button = {"type": 2, "style": 2, "label": "Approve", "custom_id": old_id}
        row = {"type": 1, "components": [button]}
        old = stack.server.post_as_bot(alice, {"content": "old card", "components": [row]})
        (answer,) = await stack.settle(await stack.server.click(alice, old["id"], old_id))
        assert answer["content"] == OLDER_VERSION and answer["flags"] & EPHEMERAL


async def test_discord_never_tells_anyone_to_send_start(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    replies = await stack.run(alice, "link")  # before /register
    said = " ".join(r.get("content") or "" for r in replies)
    assert "/register" in said and "/start" not in said


async def test_a_guided_question_in_a_server_is_answered_in_the_modal(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    uid = await onboard(stack, alice)
    server = stack.server
    replies = await stack.run(alice, "set", {"field": "name"}, guild_id=GUILD)
    offer = replies[-1]
    assert all(m["flags"] & EPHEMERAL for m in replies)
    assert "answer me in our DM: https://discord.com/channels/@me/" in text_of(offer)
    click = await server.click_label(alice, offer["id"], "Answer here", guild_id=GUILD)
    await server.until(lambda: click.modal is not None)
    said = await stack.settle(await server.submit(alice, click, "Julie A. Monroe", guild_id=GUILD))
    assert said and all(m["flags"] & EPHEMERAL for m in said)
    stored = await stack.store.latest_profile(uid)
    assert stored is not None and stored.profile.full_name == "Julie A. Monroe"
    # the question is answered: no more "Answer here" after it
    assert not any("Answer here" in buttons(m) for m in said)


async def test_the_app_language_is_kept_as_a_time_zone_hint(
    stack: Stack, people: tuple[int, int]
) -> None:
    alice, _ = people
    stack.server.locales[alice] = "ja"
    await stack.run(alice, "register")
    uid = await stack.user_id(alice)
    user = await stack.store.get_user(uid)
    assert user is not None and user.settings.locale == "ja"
    # a resume that names no place: the question offers the language's zone
    resume = b"# Aiko Sato\naiko@example.com\n\n" + b"Nutritionist. " * 40
    pdf = stack.server.add_attachment("cv.md", resume)
    (profile,) = await stack.run(alice, "resume", {"file": pdf})
    log = await stack.press(alice, profile, "Looks right")
    said = "\n".join(text_of(m) for m in stack.server.replies(log))
    assert "language setting suggests Asia/Tokyo" in said
