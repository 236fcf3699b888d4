"""Serve the portal with uvicorn; a protocol subclass lets faults abort the TCP connection."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from mock_portal.app import create_app
from mock_portal.config import PortalConfig
from mock_portal.faults import ABORT_EXTENSION, FaultConfig
from mock_portal.limits import DEFAULT_MAX_BODY_BYTES

logger = logging.getLogger(__name__)

READY_PREFIX = "mock_portal listening on "


def default_db_path() -> Path:
    """A stable file under the temp dir, so a plain restart keeps the applications."""
    return Path(tempfile.gettempdir()) / "mock_portal" / "applications.sqlite3"


def _base_protocol() -> type[asyncio.Protocol]:
    try:
        import httptools  # noqa: F401
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        return HttpToolsProtocol
    except ImportError:
        from uvicorn.protocols.http.h11_impl import H11Protocol

        return H11Protocol


def abortable_protocol(base: type[asyncio.Protocol] | None = None) -> type[asyncio.Protocol]:
    """Subclass uvicorn's HTTP protocol to put `transport.abort` into each request's scope.

    ASGI has no way to close a connection without answering; commit-then-drop needs one.
    """
    parent: Any = base or _base_protocol()

    class AbortableProtocol(parent):  # type: ignore[misc]
        app: Any
        transport: Any

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            inner = self.app

            async def app(scope: Any, receive: Any, send: Any) -> None:
                scope.setdefault("extensions", {})[ABORT_EXTENSION] = self._abort_connection
                await inner(scope, receive, send)

            self.app = app

        def _abort_connection(self) -> None:
            self.transport.abort()

    return AbortableProtocol


class _Server(uvicorn.Server):
    """Prints the ready line once the socket is listening."""

    def __init__(self, config: uvicorn.Config, url: str) -> None:
        super().__init__(config)
        self.url = url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(f"{READY_PREFIX}{self.url}", flush=True)


def bind(host: str, port: int) -> socket.socket:
    """Bind a listening socket; port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto is
    # IPPROTO_TCP, and with Nagle on every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def _exit_with_parent(server: uvicorn.Server) -> None:
    """Stop when the parent process dies, so test runs never leak portals."""
    parent = os.getppid()

    def watch() -> None:
        while not server.should_exit:
            if os.getppid() != parent:
                logger.warning("parent process %d gone; shutting down", parent)
                server.should_exit = True
                return
            time.sleep(0.5)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def serve(
    config: PortalConfig,
    host: str = "127.0.0.1",
    port: int = 5000,
    *,
    log_level: str = "warning",
    access_log: bool = False,
    exit_with_parent: bool = False,
) -> None:
    """Run until SIGINT/SIGTERM; print `mock_portal listening on http://HOST:PORT` when ready."""
    app = create_app(config)
    # Everything built so far (corpus, index, app) lives for the whole run: keep it out of
    # the cyclic GC's scans, which would otherwise pause requests now and then.
    gc.collect()
    gc.freeze()
    sock = bind(host, port)
    actual_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    uv_config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=access_log,
        http=abortable_protocol(),
        lifespan="on",
        timeout_graceful_shutdown=3,
    )
    server = _Server(uv_config, f"http://{shown_host}:{actual_port}")
    if exit_with_parent:
        _exit_with_parent(server)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        sys.exit(1)


def run(
    host: str = "127.0.0.1",
    port: int = 5000,
    jobs_path: str | Path | None = None,
    db_path: str | Path | None = None,
    faults: FaultConfig | None = None,
    *,
    seed: int = 0,
    decision_delay: float = 30.0,
    accept_rate: float = 0.5,
    ignore_idempotency: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    log_level: str = "warning",
    access_log: bool = False,
    exit_with_parent: bool = False,
) -> None:
    """Start the portal (blocking). `db_path=None` uses `default_db_path()`."""
    config = PortalConfig(
        jobs_path=Path(jobs_path) if jobs_path is not None else None,
        db_path=Path(db_path) if db_path is not None else default_db_path(),
        seed=seed,
        decision_delay=decision_delay,
        accept_rate=accept_rate,
        ignore_idempotency=ignore_idempotency,
        faults=faults or FaultConfig(),
        max_body_bytes=max_body_bytes,
    )
    serve(
        config,
        host,
        port,
        log_level=log_level,
        access_log=access_log,
        exit_with_parent=exit_with_parent,
    )
