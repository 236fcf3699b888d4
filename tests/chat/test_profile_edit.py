"""Every profile section corrected in the chat: `/set FIELD` answered by the next message,
experience and education entries edited, added and deleted by button or typed, and the
correction in the documents of the next application."""

from __future__ import annotations

from typing import Any

import pytest

from core import actions
from core.adapters.llm_offline import OfflineLLM
from core.apply import ApplyRoutine, RetryPolicy
from core.chat.messages import MAX_PAYLOAD_BYTES, Reply
from core.chat.service import ChatService
from core.judge import Judge
from core.models import AppState, Documents, Education, Experience, Profile
from core.profile_format import format_profile
from tests.chat.conftest import (
    PROFILE,
    TG,
    TG_OTHER,
    World,
    application,
    payloads,
    press,
    registered,
    text_of,
)

FULL = PROFILE.model_copy(
    update={
        "links": ["linkedin.com/in/juliemonroe"],
        "experience": [
            Experience(
                role="Nutrition Consultant",
                company="Acme Wellness",
                location="Austin, TX",
                start="Jan 2019",
                end="Present",
                responsibilities=["Planned meals for 300 clients a week", "Ran cooking classes"],
            ),
            Experience(role="Dietetic Intern", company="Seton Hospital", start="2017", end="2018"),
        ],
        "education": [
            Education(degree="BSc Nutrition", institution="UT Austin", start="2013", end="2017")
        ],
        "certifications": ["Certified Nutrition Specialist (CNS)"],
        "languages": ["English", "Spanish (B2)"],
    }
)


async def _with_full_profile(world: World) -> int:
    uid = await registered(world, profile=False)
    stored = await world.store.save_profile(uid, FULL, "raw resume text")
    await world.store.confirm_profile(uid, stored.version)
    return uid


async def _latest(world: World, uid: int) -> Profile:
    stored = await world.store.latest_profile(uid)
    assert stored is not None
    return stored.profile


def _changed(before: Profile, after: Profile) -> set[str]:
    return {k for k in Profile.model_fields if getattr(before, k) != getattr(after, k)}


FIELD_CASES: list[tuple[str, str, str, Any]] = [
    ("name", "Julie A. Monroe", "full_name", "Julie A. Monroe"),
    ("email", "julie.m@example.org", "email", "julie.m@example.org"),
    ("phone", "+44 20 7946 0958", "phone", "+44 20 7946 0958"),
    ("location", "Lisbon,  Portugal", "location", "Lisbon, Portugal"),
    ("links", "lnkd.in/jm  jm.example.com", "links", ["lnkd.in/jm", "jm.example.com"]),
    ("summary", "Dietitian for athletes.", "summary", "Dietitian for athletes."),
    ("skills", "Meal planning, Diet therapy", "skills", ["Meal planning", "Diet therapy"]),
    ("languages", "English, Portuguese (A2)", "languages", ["English", "Portuguese (A2)"]),
    (
        "certifications",
        "Registered Dietitian (RD)\nServSafe Food Handler, 2024",
        "certifications",
        ["Registered Dietitian (RD)", "ServSafe Food Handler, 2024"],
    ),
]


def _value(profile: Profile, attr: str) -> Any:
    return profile.skill_names() if attr == "skills" else getattr(profile, attr)


@pytest.mark.parametrize(("field", "typed", "attr", "expected"), FIELD_CASES)
async def test_set_field_alone_is_answered_by_the_next_message(
    world: World, field: str, typed: str, attr: str, expected: Any
) -> None:
    uid = await _with_full_profile(world)
    [ask] = await world.chat.handle_command(TG, "set", field)
    assert ask.plain_text().startswith("Send")
    [card] = await world.chat.handle_text(TG, typed)
    assert "updated" in card.plain_text() and set(payloads(card)) == {"Looks right", "Edit"}
    after = await _latest(world, uid)
    assert _value(after, attr) == expected and _changed(FULL, after) == {attr}
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 2 and not stored.confirmed
    assert await world.store.get_chat_state(uid) is None


@pytest.mark.parametrize(("field", "typed", "attr", "expected"), FIELD_CASES)
async def test_set_field_and_value_in_one_message(
    world: World, field: str, typed: str, attr: str, expected: Any
) -> None:
    uid = await _with_full_profile(world)
    await world.chat.handle_text(TG, f"/set {field}\n{typed}")  # value on the next line
    after = await _latest(world, uid)
    assert _value(after, attr) == expected and _changed(FULL, after) == {attr}


async def test_the_edit_sheet_offers_every_section(world: World) -> None:
    await _with_full_profile(world)
    [card] = await world.chat.handle_command(TG, "profile")
    _, [sheet] = await press(world.chat, TG, payloads(card)["Edit"])
    assert set(payloads(sheet)) == {
        "Name", "E-mail", "Phone", "Location", "Links", "Summary", "Skills", "Languages",
        "Certifications", "Experience", "Education",
    }  # fmt: skip
    assert all(len(row) <= 5 for row in sheet.buttons) and len(sheet.buttons) <= 5
    _, [ask] = await press(world.chat, TG, payloads(sheet)["Languages"])
    assert "languages" in ask.plain_text()
    [card] = await world.chat.handle_text(TG, "English, French")
    assert "Languages: English, French" in card.plain_text()


async def _list(world: World, section: str) -> Reply:
    [listing] = await world.chat.handle_command(TG, "set", section)
    return listing


async def test_experience_entries_edit_add_and_delete_by_buttons(world: World) -> None:
    uid = await _with_full_profile(world)
    listing = await _list(world, "experience")
    text = listing.plain_text()
    assert "1. Nutrition Consultant at Acme Wellness (Jan 2019 – Present, Austin, TX)" in text
    assert "2. Dietetic Intern at Seton Hospital" in text
    buttons = payloads(listing)
    assert {"Edit 1", "Edit 2", "Delete 1", "Delete 2", "Add", "Back"} == set(buttons)
    assert all(len(p.encode()) <= MAX_PAYLOAD_BYTES for p in buttons.values())

    _, [ask] = await press(world.chat, TG, buttons["Edit 1"])
    assert "Nutrition Consultant | Acme Wellness | Austin, TX | Jan 2019 - Present" in (
        ask.plain_text()
    )
    assert "- Planned meals for 300 clients a week" in ask.plain_text()
    [card] = await world.chat.handle_text(
        TG,
        "Senior Nutrition Consultant | Acme Health | Dallas, TX | Jan 2019 - Present\n"
        "- Planned meals for 300 clients a week\n• Led a team of 4 dietitians",
    )
    assert "Experience entry 1 saved" in card.plain_text()
    first = (await _latest(world, uid)).experience[0]
    assert first == Experience(
        role="Senior Nutrition Consultant",
        company="Acme Health",
        location="Dallas, TX",
        start="Jan 2019",
        end="Present",
        responsibilities=["Planned meals for 300 clients a week", "Led a team of 4 dietitians"],
    )

    listing = await _list(world, "experience")
    _, [ask] = await press(world.chat, TG, payloads(listing)["Add"])
    await world.chat.handle_text(TG, "Volunteer Cook | Food Bank | 2015-2016\n- Cooked for 80")
    added = (await _latest(world, uid)).experience[-1]
    assert (added.role, added.company, added.start, added.end, added.location) == (
        "Volunteer Cook",
        "Food Bank",
        "2015",
        "2016",
        None,
    )

    listing = await _list(world, "experience")
    _, [sure] = await press(world.chat, TG, payloads(listing)["Delete 2"])
    assert "Dietetic Intern" in sure.plain_text()
    assert len((await _latest(world, uid)).experience) == 3  # asking deletes nothing
    _, [card] = await press(world.chat, TG, payloads(sure)["Yes, delete"])
    assert "deleted" in card.plain_text()
    roles = [e.role for e in (await _latest(world, uid)).experience]
    assert roles == ["Senior Nutrition Consultant", "Volunteer Cook"]
    stored = await world.store.latest_profile(uid)
    assert stored is not None and not stored.confirmed


async def test_entries_typed_in_one_message(world: World) -> None:
    uid = await _with_full_profile(world)
    await world.chat.handle_text(TG, "/set experience 2\nDietetic Intern | St. David's | 2017-2018")
    assert (await _latest(world, uid)).experience[1].company == "St. David's"
    await world.chat.handle_command(
        TG, "set", "education add MSc Clinical Nutrition | King's College London | London | 2019"
    )
    assert (await _latest(world, uid)).education[-1] == Education(
        degree="MSc Clinical Nutrition",
        institution="King's College London",
        location="London",
        start="2019",
    )
    await world.chat.handle_command(TG, "set", "education delete 1")
    schools = [e.institution for e in (await _latest(world, uid)).education]
    assert schools == ["King's College London"]
    said = text_of(await world.chat.handle_command(TG, "set", "experience delete 9"))
    assert "1 to 2" in said


async def test_education_entry_by_button(world: World) -> None:
    uid = await _with_full_profile(world)
    listing = await _list(world, "education")
    _, [ask] = await press(world.chat, TG, payloads(listing)["Edit 1"])
    assert "BSc Nutrition | UT Austin | 2013 - 2017" in ask.plain_text()
    await world.chat.handle_text(TG, "BSc Human Nutrition | U of Texas | Austin | 2013 - 2017")
    assert (await _latest(world, uid)).education == [
        Education(
            degree="BSc Human Nutrition",
            institution="U of Texas",
            location="Austin",
            start="2013",
            end="2017",
        )
    ]


async def test_a_bad_entry_is_refused_and_saves_nothing(world: World) -> None:
    uid = await _with_full_profile(world)
    said = text_of(await world.chat.handle_command(TG, "set", "experience add | | |"))
    assert "Role | Employer" in said
    said = text_of(await world.chat.handle_command(TG, "set", "experience seven"))
    assert "/set experience" in said
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 1


async def test_an_old_list_button_shows_the_current_list(world: World) -> None:
    uid = await _with_full_profile(world)
    old = await _list(world, "experience")
    await world.chat.handle_command(TG, "set", "experience delete 1")
    flow, [fresh] = await press(world.chat, TG, payloads(old)["Delete 2"])
    assert flow.answer.text == "Out of date" and "changed since" in fresh.plain_text()
    assert len((await _latest(world, uid)).experience) == 1


async def test_entry_buttons_are_refused_for_another_user(world: World) -> None:
    uid = await _with_full_profile(world)
    await world.chat.handle_command(TG_OTHER, "start")
    listing = await _list(world, "experience")
    flow, replies = await press(world.chat, TG_OTHER, payloads(listing)["Delete 1"])
    assert flow.answer.alert and replies == []
    flow, replies = await press(world.chat, TG_OTHER, actions.profile_entry("exp", "rm", 1, 1, uid))
    assert flow.answer.alert and replies == []
    assert len((await _latest(world, uid)).experience) == 2


def test_the_card_shows_every_section_and_stays_phone_sized() -> None:
    card = format_profile(FULL)
    for part in (
        "Julie Monroe",
        "julie@example.com · +1 555 0100 · Austin, United States",
        "linkedin.com/in/juliemonroe",
        "Nutrition consultant.",
        "• Nutrition Consultant at Acme Wellness (Jan 2019 – Present, Austin, TX)",
        "  – Planned meals for 300 clients a week",
        "• BSc Nutrition, UT Austin (2013 – 2017)",
        "Certifications: Certified Nutrition Specialist (CNS)",
        "Languages: English, Spanish (B2)",
        "Skills: Meal Planning, Nutrition Counseling",
    ):
        assert part in card
    long_job = FULL.experience[0].model_copy(
        update={"responsibilities": [f"Duty number {i} " + "word " * 30 for i in range(20)]}
    )
    huge = FULL.model_copy(update={"experience": [long_job] * 12, "summary": "word " * 500})
    text = format_profile(huge)
    assert len(text) <= 3500
    assert "Languages:" in text and "Skills:" in text and "Certifications:" in text
    assert "more jobs" in text


def _writing_chat(world: World) -> ChatService:
    """The chat on the offline engine's real document writer (the world's writer is a fake)."""
    judge = Judge(OfflineLLM())
    applier = ApplyRoutine(world.store, world.portal, judge, policy=RetryPolicy(max_attempts=1))
    return ChatService(world.store, OfflineLLM(), applier, world.schedule, world.portal)


async def test_a_correction_shows_in_the_next_documents(world: World) -> None:
    uid = await _with_full_profile(world)
    chat = _writing_chat(world)
    await chat.handle_text(
        TG, "/set experience 1\nNutrition Consultant | Evergreen Clinic | Austin, TX | 2019 - 2024"
    )
    await chat.handle_command(TG, "set", "skills Meal Planning, Sports Nutrition")
    [card] = await chat.handle_command(TG, "set", "certifications Registered Dietitian (RD)")
    await press(chat, TG, payloads(card)["Looks right"])
    app = await application(world, uid, 1)
    _, replies = await press(chat, TG, actions.approve(app.id))
    assert "Applied" in replies[-1].plain_text()
    done = await world.store.get_application(app.id)
    assert done is not None and done.documents is not None
    resume = done.documents.resume_md
    assert "Evergreen Clinic" in resume and "Acme Wellness" not in resume
    assert "Sports Nutrition" in resume and "Nutrition Counseling" not in resume
    assert "- Registered Dietitian (RD)" in resume and "Nutrition Specialist" not in resume
    [sent] = world.portal.applied
    assert sent.name == "Julie Monroe" and "Evergreen Clinic" in sent.resume


async def test_documents_written_before_a_correction_are_written_again(world: World) -> None:
    uid = await _with_full_profile(world)
    old = Documents(resume_md="## Experience\nAcme Wellness", cover_letter="")
    app = await application(world, uid, 1, AppState.FAILED, documents=old, last_error="down")
    # A row that may have reached the portal keeps what may have been sent.
    tried = await application(world, uid, 2, AppState.FAILED, documents=old, attempts=1)
    chat = _writing_chat(world)
    [card] = await chat.handle_text(
        TG, "/set experience 1\nNutrition Consultant | Evergreen Clinic | Austin, TX | 2019"
    )
    await press(chat, TG, payloads(card)["Looks right"])
    _, replies = await press(chat, TG, actions.retry(app.id))
    assert "Applied" in replies[-1].plain_text()
    [sent] = world.portal.applied
    assert "Evergreen Clinic" in sent.resume and "Acme Wellness" not in sent.resume
    done = await world.store.get_application(app.id)
    assert done is not None and done.documents is not None
    assert done.documents.resume_md == sent.resume
    kept = await world.store.get_application(tried.id)
    assert kept is not None and kept.documents == old


async def test_a_full_section_refuses_another_entry(world: World) -> None:
    uid = await registered(world, profile=False)
    many = FULL.model_copy(update={"experience": [FULL.experience[1]] * 30})
    await world.store.save_profile(uid, many, "raw")
    said = text_of(await world.chat.handle_command(TG, "set", "experience add Cook | Diner | 2010"))
    assert "30 entries already" in said
    listing = await _list(world, "experience")
    assert len(listing.buttons) <= 5 and all(len(row) <= 5 for row in listing.buttons)
    _, [ask] = await press(world.chat, TG, payloads(listing)["Add"])
    assert "30 entries already" in ask.plain_text()
    stored = await world.store.latest_profile(uid)
    assert stored is not None and stored.version == 1 and len(stored.profile.experience) == 30
