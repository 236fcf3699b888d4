"""/stats (numbers and a chart through the ChartRenderer port) and /settings."""

from __future__ import annotations

from core import actions
from core.adapters.charts import MatplotlibCharts
from core.chat.charts import ChartData
from core.models import AppState, UserSettings
from tests.chat.conftest import (
    TG,
    TG_OTHER,
    World,
    application,
    job,
    payloads,
    press,
    registered,
    text_of,
)


async def test_stats_counts_success_rate_companies_skills_and_a_chart(world: World) -> None:
    uid = await registered(world)
    for n in (1, 2, 3):
        await application(world, uid, n, AppState.CLARIFY, company="Acme Health")
        await press(world.chat, TG, actions.approve(n))  # applied through the fake portal
    await application(world, uid, 4, AppState.REJECTED, company="Zen Foods")
    await application(world, uid, 5, AppState.CLARIFY, company="Zen Foods")
    world.portal.decisions = {"J0001": "accepted", "J0002": "rejected"}
    [reply] = await world.chat.handle_command(TG, "stats")
    said = reply.plain_text()
    # every row was made today (the rows' times are the machine's, later than the fixed clock)
    assert "Today: 3 applied, 4 asked you, 1 skipped, 0 failed" in said
    assert "All jobs: 5 judged: 3 applied, 1 waiting for you, 1 skipped" in said
    assert "Success rate: 50% (1 accepted, 1 declined)" in said
    # Companies: the applications only; skills: every judged job, never a row still pending.
    assert "Companies you applied to most: Acme Health (3)" in said and "Zen" not in said
    assert "meal planning (5)" in said.lower()
    [chart] = reply.files
    assert chart.is_image and chart.mime == "image/png" and chart.data.startswith(b"\x89PNG")
    [data] = world.charts.drawn
    assert dict(data.funnel) == {"found": 5, "worth a look": 4, "applied": 3, "accepted": 1}
    assert len(data.per_day) == 14


async def test_stats_count_only_the_users_own_jobs(world: World) -> None:
    julie = await registered(world)
    eve = await registered(world, TG_OTHER)
    await application(world, julie, 1, AppState.APPLIED, company="Acme Health")
    await application(world, julie, 2, AppState.REJECTED, company="Zen Foods")
    await application(world, julie, 3, AppState.PENDING, company="Never Judged")
    for n in range(10, 16):  # Eve's many jobs, at companies Julie never saw
        await application(world, eve, n, AppState.APPLIED, company="Eve Corp")
    await world.store.upsert_jobs([job(20, company="Eve Only", required_skills=["forklift"])])
    eve_app, _ = await world.store.create_application(eve, "J0020", idempotency_key="eve-20")
    await world.store.transition(eve_app.id, AppState.REJECTED)

    said = text_of(await world.chat.handle_command(TG, "stats"))
    assert "Companies you applied to most: Acme Health (1)" in said
    assert "Eve" not in said and "forklift" not in said.lower()
    assert "meal planning (2)" in said.lower()  # jobs 1 and 2; job 3 is not judged yet
    theirs = text_of(await world.chat.handle_command(TG_OTHER, "stats"))
    assert "Companies you applied to most: Eve Corp (6)" in theirs
    assert "Acme" not in theirs and "forklift operation (1)" in theirs.lower()


async def test_stats_with_nothing_yet_and_with_the_portal_down(world: World) -> None:
    uid = await registered(world)
    assert "No jobs judged yet" in text_of(await world.chat.handle_command(TG, "stats"))
    await application(world, uid, 1, AppState.APPLIED)
    world.portal.down = True
    said = text_of(await world.chat.handle_command(TG, "stats"))
    assert "1 applied" in said and "No answers from employers yet" in said


def test_the_matplotlib_renderer_draws_a_png() -> None:
    data = ChartData(
        per_day=[(f"2026-03-{d:02d}", d % 4) for d in range(1, 15)],
        funnel=[("found", 40), ("worth a look", 12), ("applied", 9), ("accepted", 2)],
    )
    png = MatplotlibCharts().render(data)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


async def test_settings_toggles_and_quiet_hours(world: World) -> None:
    uid = await registered(world)
    [view] = await world.chat.handle_command(TG, "settings")
    assert "Quiet hours: off" in view.plain_text()
    buttons = payloads(view)
    _, [muted] = await press(world.chat, TG, buttons["✓ Skipped"])
    assert muted.edit and "✗ Skipped" in payloads(muted)
    _, [dry] = await press(world.chat, TG, payloads(muted)["Dry run: off"])
    _, [digest] = await press(world.chat, TG, payloads(dry)["Digest: off"])
    _, [ask] = await press(world.chat, TG, payloads(digest)["Quiet hours: off"])
    assert "22-7" in ask.plain_text()
    assert "two hours" in text_of(await world.chat.handle_text(TG, "evenings"))
    said = text_of(await world.chat.handle_text(TG, "22-7"))
    assert "Quiet hours: 22:00-07:00 UTC" in said
    user = await world.store.get_user(uid)
    assert user is not None
    assert user.settings == UserSettings(
        muted_kinds=["rejected"],
        quiet_start_hour=22,
        quiet_end_hour=7,
        dry_run=True,
        daily_digest=True,
    )
    _, [unmuted] = await press(world.chat, TG, actions.setting("mute", "rejected", uid))
    assert "✓ Skipped" in payloads(unmuted)


async def test_settings_buttons_of_another_user_are_refused(world: World) -> None:
    uid = await registered(world)
    await registered(world, TG_OTHER)
    flow, replies = await press(world.chat, TG_OTHER, actions.setting("dry", "t", uid))
    assert flow.answer.text == "This button is not for you." and replies == []
    user = await world.store.get_user(uid)
    assert user is not None and not user.settings.dry_run
