"""/metrics and /healthz over real HTTP, after a real cycle against the mock portal."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.container import Container
from bot.settings import Settings
from core.errors import PortalError
from core.models import AppState, NotificationKind, Preferences
from storage.sql_store import SqlStore
from tests.runtime.conftest import make_user
from tests.runtime.portal import PortalProcess


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def get(url: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as http:
        return await http.get(url)


async def scrape(base: str) -> Samples:
    """Every sample of /metrics, by name and labels."""
    response = await get(f"{base}/metrics")
    assert response.status_code == 200
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


def value(
    samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str
) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def test_metrics_move_after_a_cycle_and_healthz_tells_the_truth(
    tmp_path: Path, jobs_file: Path, db_url: str
) -> None:
    store = SqlStore.from_url(db_url)
    prefs = Preferences(countries=["United States"], accept_threshold=0, clarify_threshold=0)
    user_id = await make_user(store, prefs=prefs)
    portal = PortalProcess(tmp_path, jobs=jobs_file)
    port = free_port()
    settings = Settings(
        DATABASE_URL=db_url,
        PORTAL_URL=portal.url,
        LLM_ENGINE="offline",
        DATA_DIR=str(tmp_path),
        METRICS_PORT=port,
    )
    # The background dispatcher stays asleep: this test delivers, and counts, by itself.
    container = Container(settings, dispatch_interval=3600)
    base = f"http://127.0.0.1:{port}"
    try:
        await container.start()
        health = await get(f"{base}/healthz")
        assert health.status_code == 200
        assert health.json() == {"status": "ok", "database": True, "loop": True, "scheduler": True}
        before = await scrape(base)
        assert value(before, "jobbot_cycles_total", outcome="ok") == 0

        summary = await container.cycles.run_cycle(user_id)
        assert summary.applied > 0
        sent = await container.dispatcher.dispatch_once()
        assert sent.delivered > 0

        after = await scrape(base)
        assert value(after, "jobbot_cycles_total", outcome="ok") == 1
        assert value(after, "jobbot_cycle_duration_seconds_count") == 1
        counts = await store.count_by_state(user_id)
        assert value(after, "jobbot_applications", state="applied") == counts[AppState.APPLIED]
        assert value(after, "jobbot_applications", state="applying") == 0
        scored = value(
            after, "jobbot_llm_calls_total", engine="offline", task="score_job", outcome="ok"
        )
        assert scored >= summary.new_jobs > 0
        assert value(after, "jobbot_llm_call_duration_seconds_count", engine="offline") >= scored
        assert value(after, "jobbot_notification_lag_seconds_count") == sent.delivered
        waiting = len(await store.pending_notifications(user_id, list(NotificationKind)))
        assert value(after, "jobbot_outbox_depth") == waiting

        portal.stop()  # the portal goes away: its errors are counted by kind
        with pytest.raises(PortalError):
            await container.portal.search("nutrition")
        assert value(await scrape(base), "jobbot_portal_errors_total", kind="unavailable") >= 1

        await container.drain(0)  # SIGTERM: the schedule stops, and /healthz says so
        assert (await get(f"{base}/healthz")).status_code == 503
    finally:
        portal.stop()
        await container.aclose()
        store.close()
    with pytest.raises(httpx.ConnectError):
        await get(f"{base}/healthz")


async def test_healthz_is_503_when_the_loop_stalls_or_the_database_does_not_answer(
    tmp_path: Path,
) -> None:
    db = tmp_path / "bot.db"
    port = free_port()
    settings = Settings(DATABASE_URL=f"sqlite:///{db}", DATA_DIR=str(tmp_path), METRICS_PORT=port)
    container = Container(settings)
    try:
        await container.start()
        assert (await get(f"http://127.0.0.1:{port}/healthz")).status_code == 200
        # A loop that stopped turning (its heartbeat is a minute old) is not healthy.
        assert container._heartbeat_task is not None
        container._heartbeat_task.cancel()
        container.heartbeat.last -= 60
        stalled = await get(f"http://127.0.0.1:{port}/healthz")
        assert stalled.status_code == 503 and stalled.json()["loop"] is False
        container.store.engine.dispose()
        db.unlink()
        db.mkdir()  # the file is gone and cannot be made again: every connection fails
        health = await get(f"http://127.0.0.1:{port}/healthz")
        assert health.status_code == 503 and health.json()["database"] is False
    finally:
        db.rmdir()
        await container.aclose()


async def test_a_worker_serves_healthz_without_a_schedule_and_delivers_nothing(
    tmp_path: Path,
) -> None:
    # A worker's jobs come from the task queue and the fronts deliver the notifications:
    # its /healthz must not ask for a running schedule, and nothing of the front may start.
    port = free_port()
    db = tmp_path / "bot.db"
    settings = Settings(DATABASE_URL=f"sqlite:///{db}", DATA_DIR=str(tmp_path), METRICS_PORT=port)
    container = Container(settings)
    try:
        await container.start_for_worker()
        health = await get(f"http://127.0.0.1:{port}/healthz")
        assert health.status_code == 200
        assert health.json() == {"status": "ok", "database": True, "loop": True}
        assert not container.scheduler.scheduler.running
        assert container._dispatch_task is None
        assert await scrape(f"http://127.0.0.1:{port}")  # /metrics answers too
    finally:
        await container.aclose()
    with pytest.raises(httpx.ConnectError):
        await get(f"http://127.0.0.1:{port}/healthz")
