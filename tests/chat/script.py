"""The scripted conversation of issue 15 (items 4 and 5), played on every adapter.

One script, several drivers: the console adapter, the real Telegram adapter against the fake
Bot API and the real Discord adapter against the fake gateway, all on one real ChatService. A
driver only types commands and presses buttons by label; the script checks what a person
would see. Checks are on plain substrings, so each platform's markup (Discord's `**`) passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from core.clock import FixedClock
from core.judging.report import clarification_report
from core.models import AppState, Decision, Match, Platform, Preferences, Verdict
from storage.sql_store import SqlStore
from tests.chat.conftest import (
    NOW,
    PROFILE,
    FakeCharts,
    FakePortal,
    FakeSchedule,
    World,
    application,
    job,
    make_chat,
)
from tests.support.product import FakeWriter


@dataclass
class Said:
    """One thing on the screen: its text, its button labels, and what a driver presses on."""

    text: str
    labels: list[str] = field(default_factory=list)
    handle: Any = None


class Driver(Protocol):
    platform: Platform
    user_id: str

    async def command(self, name: str) -> list[Said]: ...
    async def press(self, said: Said, label: str) -> list[Said]: ...


def world_on(store: SqlStore) -> World:
    """The chat fixture's world (fake portal, schedule and writer) on `store`."""
    clock = FixedClock(NOW)
    portal, writer, charts, schedule = FakePortal(), FakeWriter(), FakeCharts(), FakeSchedule(clock)
    chat = make_chat(store, portal, schedule, writer, charts, clock)
    return World(chat, store, portal, schedule, writer, charts, clock)


def one(said: list[Said], text: str) -> Said:
    """The single thing shown that contains `text`."""
    found = [s for s in said if text in s.text]
    assert len(found) == 1, f"{text!r} in {[s.text[:120] for s in said]}"
    return found[0]


ACCEPTED = Verdict(
    score=81,
    decision=Decision.ACCEPT,
    reasons=["2 of 3 requirements shown", "seniority fits"],
    matched=[Match(requirement="meal planning", evidence="Meal Planning")],
    missing=["phlebotomy"],
)


async def _seed(world: World, driver: Driver) -> int:
    """The registered user's profile, preferences and three decided jobs."""
    user = await world.store.find_user(driver.platform, driver.user_id)
    assert user is not None
    stored = await world.store.save_profile(user.id, PROFILE, "Julie Monroe, nutritionist")
    await world.store.confirm_profile(user.id, stored.version)
    prefs = Preferences(countries=["United States"])
    await world.store.save_preferences(user.id, prefs)
    report = clarification_report(job(1), prefs, ACCEPTED)
    await application(
        world, user.id, 1, AppState.APPLIED, company="Acme Health",
        score=81, reasons=ACCEPTED.reasons, report=report,
    )  # fmt: skip
    await application(
        world, user.id, 2, AppState.REJECTED,
        reasons=["salary 52,000 USD is below your minimum of 90,000 USD"],
    )  # fmt: skip
    await application(world, user.id, 3, AppState.CLARIFY, score=58, reasons=["2 of 3 shown"])
    return user.id


async def play(world: World, driver: Driver) -> None:
    """The script: lists open their cards, Why? on each decision, Undo on a Discard, /stats."""
    hello = await driver.command("start")
    assert any("Hello" in s.text for s in hello)
    uid = await _seed(world, driver)

    # /applied: the item opens its card; Why? gives the report it was decided on.
    listing = one(await driver.command("applied"), "Applied (1)")
    card = one(await driver.press(listing, "1"), "Nutrition Consultant 1")
    assert "Why?" in card.labels
    why = one(await driver.press(card, "Why?"), "Why I applied (score 81/100)")
    assert "2 of 3 requirements shown" in why.text and "phlebotomy" in why.text
    assert len(why.text) <= 1100  # 1,000 characters of text, and a platform's bold marks

    # /clarify: Discard, then Why? and Undo on the same card.
    listing = one(await driver.command("clarify"), "Waiting for your decision (1)")
    card = one(await driver.press(listing, "1"), "Nutrition Consultant 3")
    gone = one(await driver.press(card, "Discard"), "Discarded.")
    assert "Why?" in gone.labels and "Undo" in gone.labels
    one(await driver.press(gone, "Why?"), "You discarded it")
    back = one(await driver.press(gone, "Undo"), "Needs your decision.")
    assert {"Approve", "Discard"} <= set(back.labels)
    waiting, _ = await world.store.list_applications(uid, [AppState.CLARIFY])
    assert [a.job_id for a in waiting] == ["J0003"]

    # /rejected: the rule's skip has a Why? and no Undo.
    listing = one(await driver.command("rejected"), "Skipped (1)")
    card = one(await driver.press(listing, "1"), "Nutrition Consultant 2")
    assert "Undo" not in card.labels
    why = one(await driver.press(card, "Why?"), "Why I skipped it")
    assert "below your minimum" in why.text

    # /stats: the user's own applications only.
    stats = one(await driver.command("stats"), "Companies you applied to most")
    assert "Acme Health (1)" in stats.text
