"""Raw ASGI middleware that refuses request bodies over a size limit with 413."""

from __future__ import annotations

import json
import logging

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_BYTES = 1_000_000  # "over 1 MB" in the spec: SI megabyte
# Read (and discard) up to this much of a refused body before answering: closing a socket
# with unread data makes the kernel send RST, and the client sees a reset instead of the 413.
DRAIN_LIMIT_BYTES = 32_000_000


class BodyTooLarge(HTTPException):
    """Raised from receive() when a streamed body passes the limit.

    An HTTPException so FastAPI's body parsing re-raises it instead of turning it into a 400.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")


async def drain_body(receive: Receive, limit: int = DRAIN_LIMIT_BYTES) -> None:
    """Read and discard the rest of a request body we answer without looking at."""
    drained = 0
    while drained <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _send_error(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Check Content-Length up front and count streamed bytes for chunked uploads."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await _send_error(send, 400, "invalid Content-Length header")
                return
            if length > self.max_bytes:
                logger.info("refused %d-byte body on %s", length, scope["path"])
                await drain_body(receive)
                await _send_error(send, 413, str(BodyTooLarge(self.max_bytes).detail))
                return

        received = 0
        too_large = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start" and not started:
                started = True
                if too_large:  # FastAPI turned BodyTooLarge into a 413: drain first
                    await drain_body(receive)
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await drain_body(receive)
            await _send_error(send, 413, str(exc.detail))
