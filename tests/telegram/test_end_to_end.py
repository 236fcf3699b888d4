"""A user's whole journey on Telegram with the real chat layer, offline engine and mock portal."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from core.chat.flows import NOT_YOURS, OLDER_VERSION
from core.intake import extract_text_sync
from core.models import AppState, Job, Platform, Preferences
from storage.sql_store import SqlStore
from tests.fakes.telegram_api import Call, FakeTelegramServer, FakeUser
from tests.support import product
from tests.support.product import JULIE_PDF
from tests.telegram.stack import Stack, running_stack

PDF = "application/pdf"


# One mock portal subprocess and one database for the module.
portal_url = product.portal_url
shared_store = product.shared_store


@pytest.fixture(scope="module")
def julie_pdf() -> bytes:
    return JULIE_PDF.read_bytes()


_people = itertools.count(1)


@pytest.fixture
def people(tg: FakeTelegramServer) -> tuple[FakeUser, FakeUser]:
    """Two Telegram users no other test of the module has seen."""
    n = next(_people)
    return tg.user(71_000 + 10 * n, "Julie"), tg.user(71_001 + 10 * n, "Mallory")


@pytest.fixture
async def stack(
    tg: FakeTelegramServer, shared_store: SqlStore, portal_url: str
) -> AsyncIterator[Stack]:
    async with running_stack(tg, shared_store, portal_url) as s:
        yield s


def texts(calls: list[Call]) -> list[str]:
    return [c.visible_text for c in calls]


def labels(call: Call) -> list[str]:
    return [label for row in call.buttons for label, _ in row]


async def onboard(stack: Stack, user: FakeUser, pdf: bytes) -> int:
    """Register, upload Julie's resume and tap Looks right; preferences stored directly."""
    await stack.run(user, "/start")
    (profile,) = await stack.upload(user, JULIE_PDF.name, pdf, PDF)
    await stack.press(user, profile, "Looks right")
    uid = await stack.user_id(user)
    await stack.store.save_preferences(uid, Preferences(countries=["Ireland"]))
    return uid


async def run_round(stack: Stack, user: FakeUser) -> list[Call]:
    """/runnow, wait for the background round, deliver the outbox; the cards it produced."""
    (started,) = await stack.run(user, "/runnow")
    assert "round has started" in started.visible_text
    await stack.round(user)
    assert await stack.deliver_all() >= 3
    return stack.cards(user)


async def on_portal(stack: Stack, uid: int, job_id: str) -> int:
    """How many applications the portal holds for this user and job."""
    user = await stack.store.get_user(uid)
    assert user is not None and user.portal_user_id != str(uid)  # never the row id
    report = await stack.portal.status(user.portal_user_id)
    records = report.accepted + report.rejected + report.on_process
    return sum(r.job_id == job_id for r in records)


async def documents_sent(stack: Stack, user: FakeUser, mark: int, count: int) -> list[Call]:
    """What the bot sent `user` since `mark`, once `count` documents are among it."""

    def documents() -> list[Call]:
        return [c for c in stack.tg.sent(user, after=mark) if c.method == "sendDocument"]

    await stack.tg.wait_until(lambda: len(documents()) >= count, within=30)
    return stack.tg.sent(user, after=mark)


def app_id(card: Call) -> int:
    return int(card.payload("Approve").rsplit(":", 1)[1])


async def test_register_resume_preferences_run_approve_discard(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    tg = stack.tg
    (hello,) = await stack.run(julie, "/start")
    assert hello.visible_text.startswith("Hello Julie!") and "resume" in hello.visible_text
    assert [c["command"] for c in tg.commands][:2] == ["start", "resume"]

    # The resume: a real PDF, fetched through getFile and read by the offline engine.
    mark = tg.mark()
    (profile,) = await stack.upload(julie, JULIE_PDF.name, julie_pdf, PDF)
    assert len(tg.of("getFile", after=mark)) == 1
    assert "Julie Monroe" in profile.visible_text and labels(profile) == ["Looks right", "Edit"]
    answer, _ = await stack.press(julie, profile, "Looks right")
    assert answer.ok
    uid = await stack.user_id(julie)
    stored = await stack.store.latest_profile(uid)
    assert stored is not None and stored.confirmed

    # Preferences: the guided questions, answered by text and by buttons.
    *_, roles = await stack.run(julie, "/prefs")
    assert "Roles" in roles.visible_text and labels(roles) == ["Skip"]
    *_, modes = await stack.run(julie, "Nutrition consultant, Dietitian")
    # Remote off (the card is edited): the portal's remote nutrition job is for India only.
    _, edits = await stack.press(julie, modes, "✓ Remote")
    assert [e.method for e in edits] == ["editMessageText"]
    assert "✗ Remote" in labels(stack.current(modes))
    _, sent = await stack.press(julie, modes, "Done")
    cities = sent[-1]
    _, sent = await stack.press(julie, cities, "Anywhere")
    assert "Countries" in sent[-1].visible_text
    await stack.run(julie, "Ireland")
    prefs = await stack.store.get_preferences(uid)
    assert prefs is not None and prefs.countries == ["Ireland"] and prefs.roles
    assert "remote" not in prefs.work_modes

    # Run now: applied, clarify and a summary with the skipped (rejected) count.
    cards = await run_round(stack, julie)
    assert len(cards) >= 2, texts(tg.sent(julie))
    assert labels(cards[0]) == ["Approve", "Discard", "Full report"]

    # Approve: the toast at once, the card drawn from the row (approved), then the outcome.
    first, second = cards[0], cards[1]
    approved, discarded = app_id(first), app_id(second)
    pressed = tg.mark()
    answer, edits = await stack.press(julie, first, "Approve")
    assert answer.params["text"] == "Applying…"
    assert answer.at <= edits[0].at
    assert "Approved: applying" in edits[0].visible_text
    # The portal's answer may come after a pause longer than `press` waits for (a busy
    # machine): wait for the card's outcome, then check every edit was of this card.
    await tg.wait_until(lambda: "Applied" in stack.current(first).visible_text, within=20)
    edits = tg.sent(julie, after=pressed)
    assert all(e.method == "editMessageText" for e in edits)
    assert all(e.message_id == first.message_id for e in edits)
    app = await stack.store.get_application(approved)
    assert app is not None and app.state is AppState.APPLIED and app.portal_application_id
    assert labels(stack.current(first)) == ["Documents", "Why?"]
    assert await on_portal(stack, uid, app.job_id) == 1

    # Documents: the two PDFs named for the job, an ATS reads the candidate back from them;
    # the Word files on request.
    mark = tg.mark()
    answer, _ = await stack.press(julie, first, "Documents")
    assert answer.params["text"] == "Preparing your documents…"
    # Laying out the files takes a moment after the toast (longer on a busy machine).
    sent = await documents_sent(stack, julie, mark, 2)
    job = await stack.store.get_job(app.job_id)
    assert job is not None and app.documents is not None
    stem = f"Julie Monroe - {{}} - {job.company} - {job.title}"
    files = {c.upload[0]: c.upload[1] for c in sent if c.method == "sendDocument"}
    assert sorted(files) == sorted(stem.format(k) + ".pdf" for k in ("Resume", "Cover Letter"))
    resume = extract_text_sync(files[stem.format("Resume") + ".pdf"], "resume.pdf")
    assert resume.startswith("Julie Monroe") and "— WIC" in resume and "Port Washington" in resume
    [intro] = [c for c in sent if c.method == "sendMessage"]
    mark = tg.mark()
    await stack.press(julie, intro, "Word files")
    word = await documents_sent(stack, julie, mark, 2)
    names = [c.upload[0] for c in word if c.method == "sendDocument"]
    assert names == [stem.format(k) + ".docx" for k in ("Resume", "Cover Letter")]

    # Discard: the card turns into its outcome, the application is rejected, nothing sent.
    answer, _ = await stack.press(julie, second, "Discard")
    assert answer.params["text"] == "Discarded"
    assert labels(stack.current(second)) == ["Why?", "Undo"]
    app = await stack.store.get_application(discarded)
    assert app is not None and app.state is AppState.REJECTED
    assert await on_portal(stack, uid, app.job_id) == 0
    _, sent = await stack.press(julie, second, "Why?")
    [why] = [c for c in sent if "You discarded it" in c.visible_text]
    assert why.method == "sendMessage" and len(why.visible_text) <= 1000
    # Undo: the mock portal still lists the job, so the decision comes back on the same card.
    answer, edits = await stack.press(julie, second, "Undo")
    assert answer.params["text"].startswith("Back") and edits[0].method == "editMessageText"
    assert labels(stack.current(second)) == ["Approve", "Discard", "Full report"]
    app = await stack.store.get_application(discarded)
    assert app is not None and app.state is AppState.CLARIFY


async def test_run_now_reports_applied_clarify_and_skipped(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    uid = await onboard(stack, julie, julie_pdf)
    cards = await run_round(stack, julie)
    notes = stack.tg.sent(julie)
    applied = [c for c in notes if c.visible_text.startswith("I applied for you")]
    assert applied and all(labels(c) == ["Documents", "Why?"] for c in applied)
    (summary,) = [c for c in notes if c.visible_text.startswith("Job search round done")]
    counts = await stack.store.count_by_state(uid)
    assert f"{counts[AppState.APPLIED]} applied" in summary.visible_text
    assert f"{len(cards)} need you" in summary.visible_text
    assert f"{counts[AppState.REJECTED]} skipped" in summary.visible_text
    assert counts[AppState.REJECTED] > 0 and len(cards) == counts[AppState.CLARIFY]


async def test_presses_by_another_user_are_refused(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, mallory = people
    await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    await stack.run(mallory, "/start")

    # Mallory presses Julie's card (a shared chat): refused, nothing changes.
    answer, sent = await stack.press(mallory, card, "Approve")
    assert answer.params["text"] == NOT_YOURS and answer.params["show_alert"] in (True, "true")
    assert sent == [] and stack.tg.sent(mallory)[-1].method == "sendMessage"
    # A forged callback in Mallory's own chat naming Julie's application: refused too.
    mark = stack.tg.mark()
    stack.tg.press(mallory, card.payload("Approve"))
    await stack.tg.wait_until(lambda: bool(stack.tg.of("answerCallbackQuery", after=mark)))
    (forged,) = stack.tg.of("answerCallbackQuery", after=mark)
    assert forged.params["text"] == NOT_YOURS
    app = await stack.store.get_application(app_id(card))
    assert app is not None and app.state is AppState.CLARIFY
    assert labels(stack.current(card)) == ["Approve", "Discard", "Full report"]


async def test_a_card_from_before_a_restart_still_applies_once(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    uid = await onboard(stack, julie, julie_pdf)
    card = (await run_round(stack, julie))[0]
    await stack.restart()  # a new Application and ChatService on the same database
    mark = stack.tg.mark()
    payload = card.payload("Approve")
    stack.tg.press(julie, payload, message=stack.current(card))
    stack.tg.press(julie, payload, message=stack.current(card))  # a double tap
    await stack.tg.wait_until(lambda: len(stack.tg.of("answerCallbackQuery", after=mark)) == 2)
    await stack.tg.settle(0.3)
    edits = stack.tg.sent(julie, after=mark)
    assert {e.message_id for e in edits} == {card.message_id}
    assert stack.current(card).visible_text.endswith("Applied ✓")
    app = await stack.store.get_application(app_id(card))
    assert app is not None and app.state is AppState.APPLIED
    assert await on_portal(stack, uid, app.job_id) == 1


async def test_lists_page_with_prev_and_next(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    await onboard(stack, julie, julie_pdf)
    await run_round(stack, julie)
    (page1,) = await stack.run(julie, "/rejected")
    assert "page 1 of" in page1.visible_text and labels(page1)[-1] == "Next ›"
    assert labels(page1)[:8] == [str(n) for n in range(1, 9)]  # each item opens its card
    first_lines = page1.visible_text.splitlines()[1:]
    _, edits = await stack.press(julie, page1, "Next")
    assert [e.method for e in edits] == ["editMessageText"]
    page2 = stack.current(page1)
    assert "page 2 of" in page2.visible_text and labels(page2)[-2].startswith("‹")
    assert page2.visible_text.splitlines()[1] not in first_lines
    await stack.press(julie, page1, "Prev")
    assert stack.current(page1).visible_text == page1.visible_text

    # An item opens its card; its "Why?" says what the skip was decided on, phone-sized.
    _, sent = await stack.press(julie, page1, "1")
    title = first_lines[0].split(". ", 1)[1].split(" · ")[0]
    [card] = [c for c in sent if c.method == "sendMessage" and title in c.visible_text]
    assert labels(card) == ["Why?"]
    _, sent = await stack.press(julie, card, "Why?")
    [why] = [c for c in sent if "Why I skipped it" in c.visible_text]
    assert why.visible_text.startswith(title) and len(why.visible_text) <= 1000


async def test_export_then_forget(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    uid = await onboard(stack, julie, julie_pdf)
    intro, document = await stack.run(julie, "/export")
    assert document.method == "sendDocument" and intro.method == "sendMessage"
    name, data = document.upload
    assert name == f"jobbot-export-{uid}.json"
    exported = json.loads(data)
    assert "Julie Monroe" in json.dumps(exported)

    (question,) = await stack.run(julie, "/forget")
    assert labels(question) == ["Yes, delete everything", "No, keep it"]
    answer, _ = await stack.press(julie, question, "Yes")
    assert answer.params["text"] == "Deleted"
    assert "deleted" in stack.current(question).visible_text
    assert await stack.store.find_user(Platform.TELEGRAM, str(julie.id)) is None


async def test_the_outbox_keeps_notifications_while_telegram_is_down(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    await onboard(stack, julie, julie_pdf)
    await stack.run(julie, "/runnow")
    await stack.round(julie)
    stack.tg.set_down(True)
    result = await stack.dispatcher.dispatch_once()
    assert result.delivered == 0 and result.failed >= 1
    stack.tg.set_down(False)
    stack.clock.offset = timedelta(hours=7)  # past the retry backoff
    assert await stack.deliver_all() >= 3
    assert stack.cards(julie)  # nothing was lost


async def test_a_429_is_waited_out_and_hostile_names_are_escaped(
    stack: Stack, tg: FakeTelegramServer
) -> None:
    mallory = tg.user(79_999, "<b>Mallory</b> _*[]()~>#+-=|{}.!<&")
    tg.fail_next("sendMessage", status=429, retry_after=1)
    (hello,) = await stack.run(mallory, "/start")
    assert tg.too_many == 1 and hello.ok
    assert hello.visible_text.startswith("Hello <b>Mallory</b> _*[]()~>#+-=|{}.!<&")
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in hello.text


async def test_hostile_markup_in_job_text_is_shown_literally(
    stack: Stack, people: tuple[FakeUser, FakeUser], julie_pdf: bytes
) -> None:
    julie, _ = people
    uid = await onboard(stack, julie, julie_pdf)
    hostile = "_*[]()~>#+-=|{}.!<&"
    job = Job(
        id=f"HOSTILE-{uid}",
        title=f"<b>Chef</b> {hostile}",
        company="<i>Evil</i> & Co",
        cities=["<Cork>"],
        countries=["Ireland"],
        is_onsite=True,
        salary_offered=40000,
        currency="EUR",
        description=f"<script>alert(1)</script> {hostile} &amp; <a href='x'>link</a>",
    )
    await stack.store.upsert_jobs([job])
    app, _ = await stack.store.create_application(uid, job.id, idempotency_key=job.id)
    await stack.store.transition(
        app.id, AppState.CLARIFY, fields={"score": 55, "reasons": [f"why {hostile}"]}
    )
    (page,) = await stack.run(julie, "/clarify")
    assert page.ok and f"{job.title} · {job.company}" in page.visible_text
    _, sent = await stack.press(julie, page, "1")  # open the job: its card
    (card,) = sent
    assert card.ok and job.title in card.visible_text and job.company in card.visible_text
    assert "&lt;b&gt;Chef&lt;/b&gt;" in card.text and "<b>Chef</b>" not in card.text
    _, sent = await stack.press(julie, card, "Full report")
    (report,) = sent
    assert report.ok and job.description in report.visible_text
    assert "<script>" not in report.text


async def test_a_button_of_an_older_version_gets_a_polite_answer(
    stack: Stack, people: tuple[FakeUser, FakeUser]
) -> None:
    julie, _ = people
    await stack.run(julie, "/start")
    for old in ("approve:17", "ca:zz", "pv:roles"):
        mark = stack.tg.mark()
        stack.tg.press(julie, old)
        await stack.tg.wait_until(lambda m=mark: bool(stack.tg.of("answerCallbackQuery", after=m)))
        (answer,) = stack.tg.of("answerCallbackQuery", after=mark)
        assert answer.params["text"] == OLDER_VERSION
    said = " ".join(texts(await stack.run(julie, "/link")))
    assert "/register" not in said
