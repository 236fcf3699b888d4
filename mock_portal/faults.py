"""Seeded fault injection: 5xx, 429 with Retry-After, latency and commit-then-drop."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_portal.limits import drain_body

logger = logging.getLogger(__name__)

# The server puts a callable under this scope["extensions"] key that aborts the TCP connection.
ABORT_EXTENSION = "mock_portal.abort"
FAULT_HEADER = "x-mock-portal-fault"
DEFAULT_PATHS = frozenset({"/apply"})
ALL_PATHS = frozenset({"/apply", "/search", "/status"})


class ConnectionDropped(Exception):
    """Raised in-process (no socket to abort) when a commit-then-drop fault fires."""


def _rate(value: float, name: str) -> float:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")
    return value


@dataclass(frozen=True)
class FaultConfig:
    """What to break and how often; all rates are probabilities per request."""

    fail_rate: float = 0.0  # 500 or 503 before anything is stored
    rate_limit_rate: float = 0.0  # 429 with Retry-After before anything is stored
    retry_after: int = 1  # seconds, sent with 429 and 503
    latency_ms: int = 0  # added before every faulted-path request
    drop_rate: float = 0.0  # commit, then close the connection without a response
    all_endpoints: bool = False  # also fault /search and /status, not only /apply
    seed: int | None = None  # None: use the portal's seed

    def __post_init__(self) -> None:
        _rate(self.fail_rate, "fail_rate")
        _rate(self.rate_limit_rate, "rate_limit_rate")
        _rate(self.drop_rate, "drop_rate")
        if self.fail_rate + self.rate_limit_rate + self.drop_rate > 1.0 + 1e-9:
            raise ValueError("fail_rate + rate_limit_rate + drop_rate must not exceed 1")
        if self.latency_ms < 0 or self.retry_after < 0:
            raise ValueError("latency_ms and retry_after must be >= 0")

    @property
    def paths(self) -> frozenset[str]:
        return ALL_PATHS if self.all_endpoints else DEFAULT_PATHS

    @property
    def active(self) -> bool:
        return bool(self.fail_rate or self.rate_limit_rate or self.drop_rate or self.latency_ms)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> FaultConfig:
        """Read MOCK_PORTAL_FAIL_RATE, _RATE_LIMIT_RATE, _RETRY_AFTER, _LATENCY_MS, ..."""
        env = os.environ if env is None else env

        def get(name: str, conv: Callable[[str], Any], default: Any) -> Any:
            raw = env.get(f"MOCK_PORTAL_{name}")
            return default if raw in (None, "") else conv(raw)

        return cls(
            fail_rate=get("FAIL_RATE", float, 0.0),
            rate_limit_rate=get("RATE_LIMIT_RATE", float, 0.0),
            retry_after=get("RETRY_AFTER", int, 1),
            latency_ms=get("LATENCY_MS", int, 0),
            drop_rate=get("DROP_RATE", float, 0.0),
            all_endpoints=get("FAULT_ALL_ENDPOINTS", truthy, False),
            seed=get("FAULT_SEED", int, None),
        )


def truthy(raw: str) -> bool:
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def new_fault_counts() -> dict[str, int]:
    return {"error": 0, "rate_limit": 0, "drop": 0}


def _json_response(status: int, detail: str, extra: list[tuple[bytes, bytes]]) -> list[Message]:
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (FAULT_HEADER.encode(), str(status).encode()),
        *extra,
    ]
    return [
        {"type": "http.response.start", "status": status, "headers": headers},
        {"type": "http.response.body", "body": body},
    ]


class FaultMiddleware:
    """Raw ASGI middleware; one seeded RNG draw per faulted request decides its fate."""

    def __init__(
        self, app: ASGIApp, config: FaultConfig, seed: int, injected: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.config = config
        self.rng = random.Random(config.seed if config.seed is not None else seed)
        # Shared with /health, so tests can check that faults really happened.
        self.injected = injected if injected is not None else new_fault_counts()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cfg = self.config
        if scope["type"] != "http" or not cfg.active or scope["path"] not in cfg.paths:
            await self.app(scope, receive, send)
            return
        if cfg.latency_ms:
            await asyncio.sleep(cfg.latency_ms / 1000)
        roll = self.rng.random()
        if roll < cfg.fail_rate:
            status = 503 if self.rng.random() < 0.5 else 500
            extra = [(b"retry-after", str(cfg.retry_after).encode())] if status == 503 else []
            await self._reply(receive, send, "error", status, "injected server error", extra)
        elif roll < cfg.fail_rate + cfg.rate_limit_rate:
            extra = [(b"retry-after", str(cfg.retry_after).encode())]
            await self._reply(receive, send, "rate_limit", 429, "injected rate limit", extra)
        elif roll < cfg.fail_rate + cfg.rate_limit_rate + cfg.drop_rate:
            await self._commit_then_drop(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _reply(
        self,
        receive: Receive,
        send: Send,
        kind: str,
        status: int,
        detail: str,
        extra: list[tuple[bytes, bytes]],
    ) -> None:
        self.injected[kind] += 1
        logger.info("fault: %s -> %d", kind, status)
        await drain_body(receive)  # an unread body would make the close a reset
        for message in _json_response(status, detail, extra):
            await send(message)

    async def _commit_then_drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the app run to completion, then drop the connection if it succeeded."""
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        status = held[0]["status"] if held else 500
        if not 200 <= status < 300:
            for message in held:  # nothing was committed: answer normally
                await send(message)
            return
        self.injected["drop"] += 1
        abort: Callable[[], None] | None = scope.get("extensions", {}).get(ABORT_EXTENSION)
        logger.info("fault: commit-then-drop %s", scope["path"])
        if abort is None:
            raise ConnectionDropped(f"{scope['path']} committed, response dropped")
        abort()
        # Let the transport report connection_lost so the server sees a disconnect, not an app
        # that forgot to answer.
        for _ in range(3):
            await asyncio.sleep(0)
