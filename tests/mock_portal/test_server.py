"""Socket level: real uvicorn (thread and subprocess), commit-then-drop, restart, helper."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from mock_portal.app import create_app
from mock_portal.config import PortalConfig
from mock_portal.faults import FaultConfig
from mock_portal.limits import DEFAULT_MAX_BODY_BYTES
from mock_portal.server import bind
from mock_portal.testing import (
    PortalProcess,
    PortalStartError,
    async_running_portal,
    portal_args,
    running_portal,
    serving_app,
)
from tests.mock_portal.conftest import JOBS, application

DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


async def test_accepted_connections_get_tcp_nodelay() -> None:
    """Without it every response waits ~40 ms for a delayed ACK (Nagle)."""
    sock = bind("127.0.0.1", 0)
    flags: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            raw = transport.get_extra_info("socket")
            flags.append(raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
    async with server:
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        for _ in range(100):
            if flags:
                break
            await asyncio.sleep(0.01)
        writer.close()
    assert flags and flags[0] != 0


async def test_commit_then_drop_over_a_real_socket() -> None:
    app = create_app(PortalConfig(faults=FaultConfig(drop_rate=1.0)), jobs=JOBS)
    with serving_app(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            with pytest.raises(DROPPED):
                await client.post("/apply", json=application(), headers={"Idempotency-Key": "k1"})
            admin = (await client.get("/admin/applications")).json()
            assert admin["total"] == 1  # committed although the client saw no response
            assert admin["applications"][0]["idempotency_key"] == "k1"
            # The connection is gone, not poisoned: the same client can talk again.
            assert (await client.get("/health")).status_code == 200


async def test_dropped_apply_retried_with_its_key_returns_the_stored_application() -> None:
    app = create_app(PortalConfig(faults=FaultConfig(drop_rate=0.5, seed=3)), jobs=JOBS)
    with serving_app(app) as url:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            outcomes = []
            for _ in range(20):  # a client that retries with the same key until it hears back
                try:
                    r = await client.post(
                        "/apply", json=application(), headers={"Idempotency-Key": "same"}
                    )
                except DROPPED:
                    outcomes.append("dropped")
                    continue
                outcomes.append(r.status_code)
                break
            assert "dropped" in outcomes and outcomes[-1] == 200
            admin = (await client.get("/admin/applications")).json()
            assert admin["counts"] == [{"user_id": "u1", "job_id": "j1", "count": 1}]
            assert r.json()["application_id"] == admin["applications"][0]["application_id"]


def test_subprocess_portal_with_drop_rate(tmp_path: Path) -> None:
    with running_portal(faults=FaultConfig(drop_rate=1.0)) as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, timeout=5) as client:
            with pytest.raises(DROPPED):
                client.post("/apply", json=application(job_id="job-0001"))
            assert client.get("/health").json()["applications"] == 1
            search = client.post("/search", json={"query": "personal trainer", "top_k": 3})
            assert search.status_code == 200 and len(search.json()["results"]) == 3
            big = application(job_id="job-0002", resume="x" * (DEFAULT_MAX_BODY_BYTES + 1))
            assert client.post("/apply", json=big).status_code == 413
            chunks = (b"x" * 100_000 for _ in range(15))  # no Content-Length: chunked upload
            assert client.post("/apply", content=chunks).status_code == 413
            assert client.get("/health").json()["applications"] == 1


def test_applications_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    portal = PortalProcess(portal_args(db_path=db, decision_delay=0))
    with portal as url:
        first = httpx.post(
            f"{url}/apply", json=application(job_id="job-0001"), headers={"Idempotency-Key": "k"}
        ).json()
        before = httpx.get(f"{url}/status", params={"user_id": "u1"}).json()
    assert portal.pid is not None
    with portal as url:  # a new process (and port) on the same database
        after = httpx.get(f"{url}/status", params={"user_id": "u1"}).json()
        assert after == before
        replay = httpx.post(
            f"{url}/apply", json=application(job_id="job-0001"), headers={"Idempotency-Key": "k"}
        )
        assert replay.json() == first
        repeat = httpx.post(f"{url}/apply", json=application(job_id="job-0001"))
        assert repeat.status_code == 409
        assert repeat.json()["application_id"] == first["application_id"]


def test_environment_variables_configure_faults(tmp_path: Path) -> None:
    env = {"MOCK_PORTAL_RATE_LIMIT_RATE": "1", "MOCK_PORTAL_RETRY_AFTER": "9"}
    with PortalProcess([f"--db={tmp_path / 'p.db'}", "--port=0"], env=env) as url:
        r = httpx.post(f"{url}/apply", json=application(job_id="job-0001"))
        assert r.status_code == 429 and r.headers["retry-after"] == "9"
        # A big body is read before the early answer, so the client gets it, not a reset.
        big = application(job_id="job-0001", resume="x" * 900_000)
        assert httpx.post(f"{url}/apply", json=big).status_code == 429


async def test_async_helper_and_ignore_idempotency() -> None:
    async with (
        async_running_portal(ignore_idempotency=True) as url,
        httpx.AsyncClient(base_url=url) as client,
    ):
        for _ in range(2):
            r = await client.post(
                "/apply", json=application(job_id="job-0003"), headers={"Idempotency-Key": "k"}
            )
            assert r.status_code == 200
        admin = (await client.get("/admin/applications")).json()
        assert admin["duplicates"] == [{"user_id": "u1", "job_id": "job-0003", "count": 2}]


def test_start_failure_is_reported_with_the_reason(tmp_path: Path) -> None:
    bad = tmp_path / "jobs.json"
    bad.write_text('{"not": "a list"}')
    with (
        pytest.raises(PortalStartError, match="expected a JSON list"),
        running_portal(jobs_path=bad, startup_timeout=10),
    ):
        pass


ORPHANING_PARENT = """
import os
from mock_portal.testing import PortalProcess, portal_args
portal = PortalProcess(portal_args(db_path=os.environ["DB"]))
portal.start()
print(portal.pid, flush=True)
os._exit(0)  # die without stopping the portal
"""


def alive(pid: int) -> bool:
    """Running and not a zombie (an orphan's reaper may be slow or absent in containers)."""
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


def test_portal_exits_when_its_parent_dies(tmp_path: Path) -> None:
    env = {**os.environ, "DB": str(tmp_path / "p.db")}
    out = subprocess.run(
        [sys.executable, "-c", ORPHANING_PARENT],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    pid = int(out.stdout.split()[0])
    try:
        deadline = time.monotonic() + 10
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(pid)
    finally:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
