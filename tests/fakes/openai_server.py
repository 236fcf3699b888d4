"""A fake OpenAI-compatible chat server (aiohttp on 127.0.0.1) that records every request.

Use it as an async context manager; it answers each POST from a scripted queue of
`Reply`s, then from `handler` (a function of the request), and can be slow, rate-limit,
fail, send garbage or drop the connection:

    async with FakeOpenAIServer(latency=0.2) as server:
        server.script(Reply.error(429, retry_after=1), Reply.json({"score": 80}))
        engine = HFLLM(base_url=server.url, model="m")
        ...
        assert server.requests[0].body["temperature"] == 0
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Reply:
    """One scripted answer: a chat completion with `content`, or an error or raw body."""

    status: int = 200
    content: str | None = None
    body: bytes | None = None  # raw body instead of a chat completion
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # extra seconds before answering (timeouts)
    drop: bool = False  # close the connection without an answer

    @classmethod
    def text(cls, content: str, *, delay: float = 0.0) -> Reply:
        return cls(content=content, delay=delay)

    @classmethod
    def json(cls, obj: Any, *, fenced: bool = False, chatter: bool = False) -> Reply:
        """A completion whose content is `obj` as JSON, optionally in fences or after chatter."""
        text = json.dumps(obj)
        if fenced:
            text = f"```json\n{text}\n```"
        if chatter:
            text = f"Sure! Here is the JSON you asked for:\n{text}\nHope this helps."
        return cls(content=text)

    @classmethod
    def error(cls, status: int, *, retry_after: float | str | None = None) -> Reply:
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        body = json.dumps({"error": {"message": f"fake error {status}"}}).encode()
        return cls(status=status, body=body, headers=headers)

    @classmethod
    def garbage(cls) -> Reply:
        """A 200 whose body is not JSON at all."""
        return cls(body=b"<html>oops, not json</html>", headers={"Content-Type": "text/html"})

    @classmethod
    def dropped(cls) -> Reply:
        return cls(drop=True)

    @classmethod
    def hang(cls) -> Reply:
        """No answer for an hour: the client's timeout or deadline must end the wait."""
        return cls(content="", delay=3600.0)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    def content_of(self, role: str) -> str:
        """All message contents with `role`, joined."""
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


Handler = Callable[[RecordedRequest], Reply | Awaitable[Reply]]


class FakeOpenAIServer:
    """Records requests; answers from the script, then `handler`, else a 500 saying so."""

    def __init__(self, *, latency: float = 0.0, handler: Handler | None = None) -> None:
        self.latency = latency
        self.handler = handler
        self.requests: list[RecordedRequest] = []
        self._script: deque[Reply] = deque()
        self.in_flight = 0
        self.max_in_flight = 0  # most requests seen at once: checks a client's concurrency
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """Base URL to give an OpenAI-style client (the client adds /v1/chat/completions)."""
        return f"http://127.0.0.1:{self.port}"

    def script(self, *replies: Reply) -> None:
        self._script.extend(replies)

    @property
    def calls(self) -> int:
        return len(self.requests)

    async def start(self) -> FakeOpenAIServer:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: a client that timed out must not keep a slow handler alive.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeOpenAIServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        recorded = RecordedRequest(
            request.method, request.path, dict(request.headers), body, time.monotonic()
        )
        self.requests.append(recorded)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            reply = await self._next_reply(recorded)
            if self.latency or reply.delay:
                await asyncio.sleep(self.latency + reply.delay)
        finally:
            self.in_flight -= 1
        if reply.drop:
            if request.transport is not None:
                request.transport.close()
            raise asyncio.CancelledError  # nothing more to send on a closed connection
        if reply.body is not None:
            return web.Response(status=reply.status, body=reply.body, headers=reply.headers)
        model = body.get("model", "fake") if isinstance(body, dict) else "fake"
        return web.json_response(completion(reply.content or "", model), headers=reply.headers)

    async def _next_reply(self, recorded: RecordedRequest) -> Reply:
        if self._script:
            return self._script.popleft()
        if self.handler is not None:
            reply = self.handler(recorded)
            return await reply if inspect.isawaitable(reply) else reply
        return Reply(status=500, body=b'{"error": {"message": "fake server: no scripted reply"}}')


# Where each server reads the answer's JSON schema from `response_format`.
SCHEMA_FORMS = ("json_schema", "llamacpp", "tgi")
JUNK = "Sure! This candidate looks like a great fit for the role, I would say 100 out of 100."


def schema_sent(body: Any, form: str) -> dict[str, Any] | None:
    """The JSON schema `body` asks for, as a server that reads only `form` would see it."""
    fmt = body.get("response_format") if isinstance(body, dict) else None
    if not isinstance(fmt, dict):
        return None
    found: Any = None
    if form == "json_schema" and fmt.get("type") == "json_schema":
        found = (fmt.get("json_schema") or {}).get("schema")  # OpenAI, vLLM, Ollama
    elif form == "llamacpp" and fmt.get("type") == "json_object":
        found = fmt.get("schema")  # llama.cpp's server
    elif form == "tgi" and fmt.get("type") in {"json_object", "json"}:
        found = fmt.get("value")  # TGI's grammar
    return found if isinstance(found, dict) else None


def enforcing(form: str, answer: Callable[[RecordedRequest], Any]) -> Handler:
    """A server that constrains its output only when the schema comes in `form`: then it
    answers `answer(request)` as JSON; otherwise it answers like an unconstrained model."""

    def handle(request: RecordedRequest) -> Reply:
        if schema_sent(request.body, form) is None:
            return Reply.text(JUNK)
        return Reply.json(answer(request))

    return handle


def completion(content: str, model: str = "fake") -> dict[str, Any]:
    """An OpenAI chat.completion body carrying `content`."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
