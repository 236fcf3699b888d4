"""/healthz and /metrics for one process: a small FastAPI app served by uvicorn in a thread.

The thread has its own event loop, so a scrape never stalls the bot's loop, and a stalled
bot loop shows as 503 (its heartbeat stops) instead of a hanging health check.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

log = logging.getLogger(__name__)

Check = Callable[[], bool]


def build_app(registry: CollectorRegistry, checks: dict[str, Check]) -> FastAPI:
    """The two routes; each check runs in the server thread (they must be thread-safe)."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        results = {}
        for name, check in checks.items():
            try:
                results[name] = bool(check())
            except Exception:
                results[name] = False
        ok = all(results.values())
        body = {"status": "ok" if ok else "unavailable", **results}
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app


class LoopHeartbeat:
    """Ticks on the bot's event loop; `alive()` (any thread) says whether it ticked lately."""

    def __init__(self, every: float = 1.0, stale_after: float = 10.0) -> None:
        self.every = every
        self.stale_after = stale_after
        self.last = time.monotonic()

    async def run(self) -> None:
        while True:
            self.last = time.monotonic()
            await asyncio.sleep(self.every)

    def alive(self) -> bool:
        return time.monotonic() - self.last < self.stale_after


class OpsServer:
    """uvicorn on `host:port` in a daemon thread; `port=0` picks a free one (tests)."""

    def __init__(
        self, registry: CollectorRegistry, checks: dict[str, Check], host: str, port: int
    ) -> None:
        config = uvicorn.Config(
            build_app(registry, checks), host=host, port=port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, name="ops-http", daemon=True)
        self.host = host
        self.port = port

    async def start(self) -> None:
        """Start serving; returns once the socket listens (raises if it cannot bind)."""
        self._thread.start()
        while not self.server.started:
            if not self._thread.is_alive():
                raise OSError(f"cannot serve /metrics on {self.host}:{self.port}")
            await asyncio.sleep(0.02)
        sockets = [s for server in self.server.servers for s in server.sockets]
        self.port = sockets[0].getsockname()[1] if sockets else self.port
        log.info("serving /healthz and /metrics on http://%s:%d", self.host, self.port)

    async def stop(self) -> None:
        self.server.should_exit = True
        await asyncio.to_thread(self._thread.join, 10)
