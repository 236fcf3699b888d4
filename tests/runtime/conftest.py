"""Runtime fixtures: mock portals as real subprocesses, users with profiles, fast retries."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from core.adapters.portal import HttpPortal
from core.apply import ApplyRoutine, RetryPolicy
from core.models import (
    AppState,
    Education,
    Experience,
    Job,
    Platform,
    Preferences,
    Profile,
    Skill,
    UserSettings,
)
from core.runtime.portal_identity import application_key
from mock_portal.faults import FaultConfig
from storage.sql_store import SqlStore
from tests.runtime.portal import PortalProcess, write_jobs
from tests.support.product import FakeWriter as PlainWriter

JOB_COUNT = 6000
FAST = RetryPolicy(max_attempts=3, base_delay=0.001, max_delay=0.01)


async def no_sleep(_: float) -> None:
    return None


class FakeWriter(PlainWriter):
    """Plain documents whose resume names the job by id."""

    def resume_for(self, job: Job) -> str:
        return job.id


@pytest.fixture(scope="session")
def jobs_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jobs") / "jobs.json"
    write_jobs(path, JOB_COUNT)
    return path


@pytest.fixture(scope="session")
def _job_ids() -> Iterator[int]:
    return itertools.count()


@pytest.fixture
def take_jobs(_job_ids: Iterator[int]) -> object:
    """Hand out job ids no other test uses, so tests can share one portal."""

    def take(n: int) -> list[Job]:
        out = []
        for _ in range(n):
            i = next(_job_ids)
            assert i < JOB_COUNT, "raise JOB_COUNT"
            out.append(
                Job(
                    id=f"J{i:05d}",
                    title=f"Nutrition Consultant {i}",
                    company=f"Company {i % 37}",
                    countries=["United States"],
                    is_remote=True,
                    required_skills=["meal planning", "nutrition counseling"],
                    description="Plan meals and counsel clients on nutrition.",
                )
            )
        return out

    return take


FAULTS = FaultConfig(fail_rate=0.2, drop_rate=0.1, rate_limit_rate=0.1, retry_after=0, seed=7)


@pytest.fixture(scope="session")
def clean_portal(
    tmp_path_factory: pytest.TempPathFactory, jobs_file: Path
) -> Iterator[PortalProcess]:
    portal = PortalProcess(tmp_path_factory.mktemp("portal"), jobs=jobs_file)
    yield portal
    portal.stop()


@pytest.fixture(scope="session")
def faulty_portal(
    tmp_path_factory: pytest.TempPathFactory, jobs_file: Path
) -> Iterator[PortalProcess]:
    """20% 5xx, 10% commit-then-drop, 10% 429 on /apply."""
    portal = PortalProcess(tmp_path_factory.mktemp("portal"), jobs=jobs_file, faults=FAULTS)
    yield portal
    portal.stop()


@pytest.fixture(scope="session")
def original_portal(
    tmp_path_factory: pytest.TempPathFactory, jobs_file: Path
) -> Iterator[PortalProcess]:
    """Like the original portal: no Idempotency-Key support, no 409; with the same faults."""
    portal = PortalProcess(
        tmp_path_factory.mktemp("portal"),
        jobs=jobs_file,
        faults=FAULTS,
        ignore_idempotency=True,
        seed=11,
    )
    yield portal
    portal.stop()


PROFILE = Profile(
    full_name="Julie Monroe",
    phone="+1 555 0100",
    location="Austin, United States",
    summary="Nutrition consultant.",
    skills=[Skill(name="Meal Planning"), Skill(name="Nutrition Counseling")],
    # Documents below the minimum content are never sent (issue 13): a real resume has these.
    experience=[
        Experience(
            company="Green Plate",
            role="Nutrition Consultant",
            start="Jan 2020",
            end="Present",
            responsibilities=[
                "Designed weekly meal plans for 40 clients.",
                "Counselled adults on nutrition counseling goals and healthy eating.",
            ],
        )
    ],
    education=[
        Education(institution="Austin Community College", degree="Associate Degree in Nutrition")
    ],
)


_next_user_id = itertools.count(1000, 10)


async def _fresh_ids(store: SqlStore) -> None:
    """Make the next user id unique in this test session: tests share portals, and the
    portal knows users only by id."""
    base = next(_next_user_id)
    if store.engine.dialect.name == "postgresql":
        with store.engine.begin() as conn:
            conn.execute(
                text("SELECT setval(pg_get_serial_sequence('users', 'id'), :n)"), {"n": base}
            )
        return
    # SQLite hands out max(id) + 1: park a filler user at `base`.
    filler, _ = await store.register_user(Platform.CONSOLE, f"filler-{base}")
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE users SET id = :n WHERE id = :old"), {"n": base, "old": filler.id}
        )


async def make_user(
    store: SqlStore,
    name: str = "julie",
    *,
    prefs: Preferences | None = None,
    settings: UserSettings | None = None,
    profile: Profile = PROFILE,
    confirmed: bool = True,
) -> int:
    await _fresh_ids(store)
    user, _ = await store.register_user(Platform.CONSOLE, name, display_name=name)
    stored = await store.save_profile(user.id, profile, "Julie Monroe, nutrition consultant")
    if confirmed:  # as the user's Looks right does; tests of the gate pass False
        await store.confirm_profile(user.id, stored.version)
    await store.save_preferences(user.id, prefs or Preferences(countries=["United States"]))
    if settings is not None:
        await store.save_settings(user.id, settings)
    return user.id


async def portal_id(store: SqlStore, user_id: int) -> str:
    """The user's identity at the portal (random, never the row id)."""
    user = await store.get_user(user_id)
    assert user is not None and user.portal_user_id and user.portal_user_id != str(user_id)
    return user.portal_user_id


async def approved_rows(
    store: SqlStore, user_id: int, jobs: list[Job], state: AppState = AppState.APPROVED
) -> list[int]:
    """Stored jobs with one row each, moved to `state` (approved or clarify)."""
    await store.upsert_jobs(jobs)
    ids = []
    for job in jobs:
        app, _ = await store.create_application(
            user_id, job.id, idempotency_key=await application_key(store, user_id, job.id)
        )
        await store.transition(app.id, state)
        ids.append(app.id)
    return ids


@asynccontextmanager
async def client(proc: PortalProcess) -> AsyncIterator[HttpPortal]:
    """An HttpPortal on a running mock portal, closed after use."""
    portal = HttpPortal(proc.url, read_timeout=10)
    try:
        yield portal
    finally:
        await portal.aclose()


def routine(store: SqlStore, portal: HttpPortal, writer: FakeWriter | None = None) -> ApplyRoutine:
    return ApplyRoutine(store, portal, writer or FakeWriter(), policy=FAST, sleep=no_sleep)
