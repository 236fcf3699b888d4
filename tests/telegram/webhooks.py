"""Test helpers for webhook mode: free ports, a front's Webhook, and a round-robin balancer."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import ClientSession, web

from bot.telegram_bot.webhook import Webhook

SECRET = "s3cret_webhook-TOKEN"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def front(url: str, port: int | None = None, secret: str = SECRET) -> Webhook:
    """A front listening on 127.0.0.1:`port` for the public webhook `url`."""
    return Webhook(url=url, secret=secret, listen="127.0.0.1", port=port or free_port())


class Balancer:
    """A load balancer in front of the fronts: each POST goes to the next front in turn,
    body and secret header unchanged, and the front's status comes back."""

    def __init__(self, path: str = "/tg/hook") -> None:
        self.path = path
        self.fronts: list[str] = []
        self.routed: list[int] = []  # the front index each forwarded update went to
        self.port = free_port()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def add(self, webhook: Webhook) -> None:
        self.fronts.append(f"http://127.0.0.1:{webhook.port}{self.path}")

    async def _forward(self, request: web.Request) -> web.Response:
        index = len(self.routed) % len(self.fronts)
        self.routed.append(index)
        headers = {"Content-Type": request.content_type}
        if HEADER in request.headers:
            headers[HEADER] = request.headers[HEADER]
        async with self._session.post(
            self.fronts[index], data=await request.read(), headers=headers
        ) as answer:
            return web.Response(status=answer.status, body=await answer.read())

    @asynccontextmanager
    async def running(self) -> AsyncIterator[Balancer]:
        app = web.Application()
        app.router.add_post(self.path, self._forward)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.port).start()
        self._session = ClientSession()
        try:
            yield self
        finally:
            await self._session.close()
            await runner.cleanup()
