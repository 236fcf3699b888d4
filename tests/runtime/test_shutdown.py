"""SIGTERM mid-cycle: in-flight applies finish within the grace, the rest are handed back."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import pytest

from core.models import AppState, Preferences
from mock_portal.faults import FaultConfig
from storage.sql_store import SqlStore
from tests.runtime.conftest import make_user, portal_id
from tests.runtime.portal import PortalProcess
from tests.runtime.test_crash import _worker


async def _wait_for_applying(store: SqlStore, user_id: int, proc: object) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:  # type: ignore[attr-defined]
        rows = await store.applications_in_state(AppState.APPLYING, user_id=user_id)
        if len(rows) >= 3:
            return [r.id for r in rows]
        await asyncio.sleep(0.02)
    raise AssertionError(f"no submission in flight: {proc.communicate()[1][-2000:]}")  # type: ignore[attr-defined]


@pytest.mark.parametrize("grace", ["30", "0"], ids=["finish-in-grace", "hand-back"])
async def test_sigterm_drains_or_hands_back_then_nothing_is_sent_twice(
    tmp_path: Path, jobs_file: Path, db_url: str, grace: str
) -> None:
    store = SqlStore.from_url(db_url)
    prefs = Preferences(countries=["United States"], accept_threshold=0, clarify_threshold=0)
    user_id = await make_user(store, prefs=prefs)
    portal = PortalProcess(tmp_path, jobs=jobs_file, faults=FaultConfig(latency_ms=600))
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "PORTAL_URL": portal.url,
        "LLM_ENGINE": "offline",
        "DATA_DIR": str(tmp_path),
        # Leases far longer than the test: only a hand-back lets another process in soon.
        "LEASE_SECONDS": "600",
        "SHUTDOWN_GRACE_SECONDS": grace,
    }
    try:
        worker = _worker("serve", user_id, env)
        in_flight = await _wait_for_applying(store, user_id, worker)
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err[-3000:]
        assert "drained" in out

        rows = await store.applications_in_state(AppState.APPLYING, user_id=user_id)
        if grace == "30":
            # Every apply running at SIGTERM finished; nothing new was claimed after it.
            assert rows == []
            finished = {r.id: r.state for r in await _rows(store, in_flight)}
            assert set(finished.values()) <= {AppState.APPLIED, AppState.FAILED}
        else:
            assert rows, "nothing was cut off: the test proves nothing"
            assert all(r.lease_expires_at is None for r in rows)  # handed back
            restarted = _worker("recover", user_id, env)
            out, err = restarted.communicate(timeout=60)
            assert restarted.returncode == 0, err[-3000:]
            report = json.loads(out.strip().splitlines()[-1])
            assert "applying" not in report["counts"]  # taken at once, not after 600 s

        applied = await store.applications_in_state(AppState.APPLIED, user_id=user_id)
        admin = portal.admin(await portal_id(store, user_id))
        assert admin["duplicates"] == []
        on_portal = {a["job_id"]: a["application_id"] for a in admin["applications"]}
        assert on_portal == {r.job_id: r.portal_application_id for r in applied}
    finally:
        portal.stop()
        store.close()


async def _rows(store: SqlStore, ids: list[int]) -> list:  # type: ignore[type-arg]
    rows = [await store.get_application(i) for i in ids]
    return [r for r in rows if r is not None]
