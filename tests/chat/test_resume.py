"""Resume in, profile out: a real PDF, /profile, field-by-field edits, broken files, LLM outages."""

from __future__ import annotations

import pytest

from core.chat.messages import IncomingFile
from core.errors import LLMUnavailable
from core.models import Platform, Profile
from tests.chat.conftest import JULIE_PDF, TG, TG_OTHER, World, payloads, press, text_of


async def _user_id(world: World) -> int:
    user = await world.store.find_user(Platform.TELEGRAM, TG.user_id)
    assert user is not None
    return user.id


async def test_a_real_pdf_resume_becomes_a_profile_with_confirm_buttons(world: World) -> None:
    await world.chat.handle_command(TG, "start")
    pdf = IncomingFile(filename=JULIE_PDF.name, data=JULIE_PDF.read_bytes(), mime="application/pdf")
    [reply] = await world.chat.handle_file(TG, pdf)
    assert "Julie Monroe" in reply.plain_text()
    assert set(payloads(reply)) == {"Looks right", "Edit"}
    stored = await world.store.latest_profile(await _user_id(world))
    assert stored is not None and stored.version == 1 and not stored.confirmed
    assert stored.profile.full_name == "Julie Monroe" and "JULIE MONROE" in stored.raw_text
    assert "Eat Smart NY" in stored.raw_text  # the whole text is kept, not only the header

    _, [confirmed] = await press(world.chat, TG, payloads(reply)["Looks right"])
    assert "confirmed" in confirmed.plain_text() and "/prefs" in confirmed.plain_text()
    stored = await world.store.latest_profile(await _user_id(world))
    assert stored is not None and stored.confirmed

    [again] = await world.chat.handle_command(TG, "profile")
    assert "Julie Monroe" in again.plain_text()


async def test_profile_before_any_resume(world: World) -> None:
    await world.chat.handle_command(TG, "start")
    assert "no resume" in text_of(await world.chat.handle_command(TG, "profile"))


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("resume.pdf", b"%PDF-1.4 broken beyond repair", "damaged"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "PNG image"),
        ("empty.txt", b"", "empty"),
        ("resume.exe", b"MZ\x90\x00", "program"),
    ],
)
async def test_a_broken_file_gets_a_clear_answer_and_stores_nothing(
    world: World, name: str, data: bytes, expected: str
) -> None:
    await world.chat.handle_command(TG, "start")
    said = text_of(await world.chat.handle_file(TG, IncomingFile(filename=name, data=data)))
    assert expected in said
    assert await world.store.latest_profile(await _user_id(world)) is None


class DownLLM:
    name = "down"

    async def extract_profile(self, resume_text: str) -> Profile:
        raise LLMUnavailable("the model returned nonsense: {'full_name': 42, 'secret': 'x'}")


async def test_an_llm_outage_keeps_the_old_profile_and_says_try_later(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    uid = await _registered_with_profile(world)
    world.chat.deps.llm = DownLLM()  # type: ignore[assignment]
    resume = "Julie Monroe\njulie@example.com\nNutrition consultant with meal planning. " * 10
    with caplog.at_level("INFO"):
        said = text_of(
            await world.chat.handle_file(TG, IncomingFile(filename="cv.txt", data=resume.encode()))
        )
    assert said == "I could not read that resume right now; please try again later."
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 1
    assert "julie@example.com" not in caplog.text and "Nutrition consultant" not in caplog.text


async def _registered_with_profile(world: World) -> int:
    await world.chat.handle_command(TG, "start")
    text = (
        "Julie Monroe\njulie@example.com | +1 555 0100\nAustin, United States\n\nSKILLS\n"
        "Meal Planning, Nutrition Counseling\n\nEXPERIENCE\nNutrition Consultant, Acme "
        "(2019 - Present)\n- Planned meals for 300 clients a week\n"
    )
    await world.chat.handle_file(TG, IncomingFile(filename="cv.txt", data=text.encode()))
    uid = await _user_id(world)
    assert await world.store.latest_profile(uid) is not None
    return uid


@pytest.mark.parametrize(
    ("field", "value", "check"),
    [
        ("email", "julie.m@example.org", lambda p: p.email == "julie.m@example.org"),
        ("phone", "+44 20 7946 0958", lambda p: p.phone == "+44 20 7946 0958"),
        ("name", "Julie  A. Monroe", lambda p: p.full_name == "Julie A. Monroe"),
        (
            "skills",
            "Meal planning, Sports nutrition,  Meal planning",
            lambda p: p.skill_names() == ["Meal planning", "Sports nutrition"],
        ),
        ("summary", "Dietitian for athletes.", lambda p: p.summary == "Dietitian for athletes."),
        ("location", "Lisbon, Portugal", lambda p: p.location == "Lisbon, Portugal"),
    ],
)
async def test_set_changes_one_field_as_a_new_version(
    world: World, field: str, value: str, check: object
) -> None:
    uid = await _registered_with_profile(world)
    before = await world.store.latest_profile(uid)
    assert before is not None
    [reply] = await world.chat.handle_command(TG, "set", f"{field} {value}")
    assert "updated" in reply.plain_text()
    after = await world.store.latest_profile(uid)
    assert after is not None and after.version == before.version + 1
    assert check(after.profile)  # type: ignore[operator]
    assert after.raw_text == before.raw_text
    # every other field is untouched
    changed = {
        k for k in Profile.model_fields if getattr(after.profile, k) != getattr(before.profile, k)
    }
    assert len(changed) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("email not-an-address", "not an e-mail"),
        ("phone call me", "not a phone"),
        ("phone 12", "not a phone"),
        ("salary 100", "I can change these fields"),
        ("", "Use /set"),
        ("name", "Send your full name"),
    ],
)
async def test_set_refuses_bad_values_and_saves_nothing(
    world: World, args: str, expected: str
) -> None:
    uid = await _registered_with_profile(world)
    said = text_of(await world.chat.handle_command(TG, "set", args))
    assert expected in said
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 1


async def test_edit_buttons_then_text_change_a_field(world: World) -> None:
    uid = await _registered_with_profile(world)
    [profile] = await world.chat.handle_command(TG, "profile")
    _, [fields] = await press(world.chat, TG, payloads(profile)["Edit"])
    assert {"Name", "E-mail", "Phone", "Skills", "Summary"} <= set(payloads(fields))
    _, [ask] = await press(world.chat, TG, payloads(fields)["Phone"])
    assert "new phone" in ask.plain_text()
    assert await world.store.get_chat_state(uid) == {"await": "profile", "field": "phone"}
    # a restart between the question and the answer loses nothing
    chat = world.restarted()
    said = text_of(await chat.handle_text(TG, "nope"))
    assert "not a phone" in said
    [done] = await chat.handle_text(TG, "+1 512 555 0199")
    assert "Phone updated" in done.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.profile.phone == "+1 512 555 0199" and stored.version == 2
    assert await world.store.get_chat_state(uid) is None


async def test_profile_buttons_are_refused_for_another_user(world: World) -> None:
    uid = await _registered_with_profile(world)
    await world.chat.handle_command(TG_OTHER, "start")
    [profile] = await world.chat.handle_command(TG, "profile")
    flow, replies = await press(world.chat, TG_OTHER, payloads(profile)["Looks right"])
    assert flow.answer.text == "This button is not for you." and flow.answer.alert
    assert replies == []
    stored = await world.store.latest_profile(uid)
    assert stored is not None and not stored.confirmed


async def test_resume_command_then_a_pasted_resume(world: World) -> None:
    uid = await _user_after_start(world)
    said = text_of(await world.chat.handle_command(TG, "resume"))
    assert "PDF, DOCX, TXT or MD" in said  # the one shared sentence (core.intake)
    assert "as a file" in text_of(await world.chat.handle_text(TG, "here it comes"))
    pasted = "Esther Scott\nTravel agent\n\nSKILLS\nItinerary planning, Amadeus\n" * 6
    [reply] = await world.chat.handle_text(TG, pasted)
    assert "Esther Scott" in reply.plain_text()
    assert await world.store.get_chat_state(uid) is None


async def _user_after_start(world: World) -> int:
    await world.chat.handle_command(TG, "start")
    return await _user_id(world)
