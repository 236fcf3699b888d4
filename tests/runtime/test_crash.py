"""SIGKILL in the middle of a cycle, then a restart: no duplicate, nothing left in applying."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.models import AppState, Preferences
from mock_portal.faults import FaultConfig
from storage.sql_store import SqlStore
from tests.runtime.conftest import make_user, portal_id
from tests.runtime.portal import PortalProcess

REPO = Path(__file__).resolve().parents[2]


def _worker(mode: str, user_id: int, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.runtime.worker", mode, str(user_id)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("instance", ["", "worker-1"], ids=["after-expiry", "same-instance"])
async def test_sigkill_mid_cycle_then_restart(
    tmp_path: Path, jobs_file: Path, instance: str, db_url: str
) -> None:
    """Without a name the restart waits for the dead process's leases to run out; with the
    same INSTANCE_NAME it inherits them at once."""
    store = SqlStore.from_url(db_url)
    prefs = Preferences(countries=["United States"], accept_threshold=0, clarify_threshold=0)
    user_id = await make_user(store, prefs=prefs)
    # Slow /apply answers keep many submissions in flight when the kill lands.
    portal = PortalProcess(tmp_path, jobs=jobs_file, faults=FaultConfig(latency_ms=600))
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "PORTAL_URL": portal.url,
        "LLM_ENGINE": "offline",
        "DATA_DIR": str(tmp_path),
        "LEASE_SECONDS": "3",
        "INSTANCE_NAME": instance,
    }
    try:
        worker = _worker("cycle", user_id, env)
        deadline = time.monotonic() + 60
        applying: list[int] = []
        while time.monotonic() < deadline and worker.poll() is None:
            rows = await store.applications_in_state(AppState.APPLYING, user_id=user_id)
            if len(rows) >= 3:
                applying = [r.id for r in rows]
                break
            await asyncio.sleep(0.02)
        assert applying, f"no submission in flight to kill: {worker.communicate()[1][-2000:]}"
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert worker.returncode == -signal.SIGKILL
        await asyncio.sleep(1.0)  # requests already sent land on the portal meanwhile
        held = await store.applications_in_state(AppState.APPLYING, user_id=user_id)
        assert held and all(r.lease_owner and r.lease_expires_at for r in held)
        if not instance:
            # A process started now would leave these rows alone: they look alive.
            expiry = max(r.lease_expires_at for r in held if r.lease_expires_at)
            await asyncio.sleep((expiry - datetime.now(UTC)).total_seconds() + 0.1)

        restarted = _worker("recover", user_id, env)
        out, err = restarted.communicate(timeout=60)
        assert restarted.returncode == 0, err[-3000:]
        report = json.loads(out.strip().splitlines()[-1])
        assert "applying" not in report["counts"]
        assert f"autoapply:{user_id}" in report["jobs"]

        applied = await store.applications_in_state(AppState.APPLIED, user_id=user_id)
        assert {r.id for r in applied} >= set(applying)  # every interrupted row was finished
        admin = portal.admin(await portal_id(store, user_id))
        assert admin["duplicates"] == []
        on_portal = {a["job_id"]: a["application_id"] for a in admin["applications"]}
        assert on_portal == {r.job_id: r.portal_application_id for r in applied}
    finally:
        portal.stop()
        store.close()
