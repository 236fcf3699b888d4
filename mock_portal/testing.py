"""Test helper: run the portal as a real subprocess on a free loopback port.

with running_portal(faults=FaultConfig(drop_rate=0.3)) as url:
    httpx.post(f"{url}/apply", json=...)

async with async_running_portal(ignore_idempotency=True) as url: ...
"""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
    suppress,
)
from pathlib import Path
from typing import IO, ParamSpec

import httpx
import uvicorn
from starlette.types import ASGIApp

from mock_portal.faults import FaultConfig
from mock_portal.server import READY_PREFIX, abortable_protocol, bind

logger = logging.getLogger(__name__)

P = ParamSpec("P")
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


class PortalStartError(RuntimeError):
    """The portal subprocess exited or did not become healthy in time."""


def portal_args(
    *,
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    jobs_path: str | Path | None = None,
    seed: int = 0,
    decision_delay: float = 0.0,
    accept_rate: float = 0.5,
    ignore_idempotency: bool = False,
    faults: FaultConfig | None = None,
) -> list[str]:
    """The `python -m mock_portal` arguments for these settings (every one explicit)."""
    f = faults or FaultConfig()
    args = [
        f"--host={host}",
        f"--port={port}",
        f"--db={db_path}",
        f"--seed={seed}",
        f"--decision-delay={decision_delay}",
        f"--accept-rate={accept_rate}",
        f"--fail-rate={f.fail_rate}",
        f"--rate-limit-rate={f.rate_limit_rate}",
        f"--retry-after={f.retry_after}",
        f"--latency-ms={f.latency_ms}",
        f"--drop-rate={f.drop_rate}",
    ]
    if f.seed is not None:
        args.append(f"--fault-seed={f.seed}")
    if f.all_endpoints:
        args.append("--fault-all-endpoints")
    if jobs_path is not None:
        args.append(f"--jobs={jobs_path}")
    if ignore_idempotency:
        args.append("--ignore-idempotency")
    return args


class PortalProcess:
    """One portal subprocess; `start()` returns its base URL, `stop()` always reaps it.

    `args` are `python -m mock_portal` arguments (see `portal_args`). Reusable: `start()`
    again after `stop()` restarts it, e.g. on the same --db to test persistence.
    """

    def __init__(
        self,
        args: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        startup_timeout: float = 20.0,
        stop_timeout: float = 5.0,
    ) -> None:
        self.args = list(args)
        self.extra_env = dict(env or {})
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.url: str | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[bytes] | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def _env(self) -> dict[str, str]:
        # Inherited MOCK_PORTAL_* settings would silently change the portal under test.
        env = {k: v for k, v in os.environ.items() if not k.startswith("MOCK_PORTAL_")}
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p
        )
        env["PYTHONUNBUFFERED"] = "1"
        env.update(self.extra_env)
        return env

    def stderr_text(self) -> str:
        """What the portal wrote to stderr so far (for failure messages)."""
        if self._stderr is None:
            return ""
        fd = self._stderr.fileno()
        # pread: the child shares this file's offset, so leave it where it is.
        data = os.pread(fd, os.fstat(fd).st_size, 0)
        return data.decode("utf-8", errors="replace")

    def _fail(self, why: str) -> PortalStartError:
        tail = self.stderr_text()[-3000:]
        self.stop()
        return PortalStartError(f"mock_portal did not start: {why}\n--- stderr ---\n{tail}")

    def start(self) -> str:
        if self._proc is not None and self._proc.poll() is None:
            raise RuntimeError("portal already running")
        # Already unlinked: nothing is left behind even if this process dies without stop().
        self._stderr = tempfile.TemporaryFile(prefix="mock_portal-stderr-")  # noqa: SIM115
        cmd = [sys.executable, "-m", "mock_portal", *self.args, "--exit-with-parent"]
        logger.info("starting %s", " ".join(cmd))
        self._proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=self._stderr, text=True, env=self._env()
        )
        self._lines = queue.Queue()
        threading.Thread(target=self._read_stdout, args=(self._proc,), daemon=True).start()
        deadline = time.monotonic() + self.startup_timeout
        self.url = self._wait_for_url(deadline)
        self._wait_healthy(deadline)
        return self.url

    def _read_stdout(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # drains the pipe for the process's whole life
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _wait_for_url(self, deadline: float) -> str:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._fail(f"no ready line within {self.startup_timeout}s")
            try:
                line = self._lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if line is None:
                code = self._proc.wait() if self._proc else None
                raise self._fail(f"process exited with code {code}")
            if line.startswith(READY_PREFIX):
                return line[len(READY_PREFIX) :].strip()

    def _wait_healthy(self, deadline: float) -> None:
        assert self.url is not None
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise self._fail(f"process exited with code {self._proc.returncode}")
            with suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health", timeout=1.0, trust_env=False).status_code == 200:
                    return
            time.sleep(0.05)
        raise self._fail(f"/health did not answer within {self.startup_timeout}s")

    def stop(self) -> int | None:
        """Terminate (then kill) the process; return its exit code."""
        code = None
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.terminate()
                try:
                    self._proc.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    logger.warning("portal %d ignored SIGTERM; killing", self._proc.pid)
                    self._proc.kill()
                    self._proc.wait()
            code = self._proc.returncode
            if self._proc.stdout is not None:
                self._proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        self.url = None
        return code

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def running_portal(
    *,
    db_path: str | Path | None = None,
    jobs_path: str | Path | None = None,
    faults: FaultConfig | None = None,
    seed: int = 0,
    decision_delay: float = 0.0,
    accept_rate: float = 0.5,
    ignore_idempotency: bool = False,
    extra_args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    startup_timeout: float = 20.0,
) -> Iterator[str]:
    """Start a portal subprocess on 127.0.0.1:<free port>; yield its base URL."""
    tmpdir = None if db_path else tempfile.mkdtemp(prefix="mock_portal-")
    db = Path(db_path) if db_path else Path(tmpdir or ".") / "portal.sqlite3"
    args = portal_args(
        db_path=db,
        jobs_path=jobs_path,
        seed=seed,
        decision_delay=decision_delay,
        accept_rate=accept_rate,
        ignore_idempotency=ignore_idempotency,
        faults=faults,
    )
    proc = PortalProcess([*args, *extra_args], env=env, startup_timeout=startup_timeout)
    try:
        yield proc.start()
    finally:
        proc.stop()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _in_thread(
    factory: Callable[P, AbstractContextManager[str]],
) -> Callable[P, AbstractAsyncContextManager[str]]:
    """Turn a blocking context manager into an async one that runs it in a worker thread."""

    @asynccontextmanager
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[str]:
        manager = factory(*args, **kwargs)
        url = await asyncio.to_thread(manager.__enter__)
        try:
            yield url
        finally:
            await asyncio.to_thread(manager.__exit__, None, None, None)

    return wrapper


async_running_portal = _in_thread(running_portal)
"""`running_portal` for async tests (same arguments): `async with async_running_portal() as url`."""


@contextmanager
def serving_app(app: ASGIApp, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve an in-process app (e.g. from `create_app(clock=...)`) with uvicorn on a real
    socket in a background thread; yield its base URL. Commit-then-drop works here too."""
    sock = bind(host, 0)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, http=abortable_protocol(), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="mock-portal", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise PortalStartError("in-thread uvicorn server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
