"""A fake of six public job-board APIs on one aiohttp server (127.0.0.1): Greenhouse, Lever,
Ashby, SmartRecruiters, Remotive and Arbeitnow, on the paths their documentation gives.

It pages the way each API pages, sends an ETag and answers If-None-Match with 304, records every
request, and can be told to fail: `server.fail("/v0/postings/acme", 503, 503)` makes the next
two requests to that path answer 503 (then it serves again)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


@dataclass
class Boards:
    """What the fake serves; tests fill in the boards they need."""

    greenhouse: dict[str, Any] = field(default_factory=dict)
    lever: dict[str, list[Any]] = field(default_factory=dict)
    ashby: dict[str, Any] = field(default_factory=dict)
    smartrecruiters: dict[str, list[Any]] = field(default_factory=dict)
    smartrecruiters_details: dict[str, Any] = field(default_factory=dict)  # "company/id"
    remotive: Any = None
    arbeitnow: list[list[Any]] = field(default_factory=list)  # pages
    raw: dict[str, bytes] = field(default_factory=dict)  # path -> body served as-is


class FakeJobBoards:
    def __init__(self, boards: Boards | None = None) -> None:
        self.boards = boards or Boards()
        self.requests: list[Seen] = []
        self._failures: dict[str, deque[tuple[int, dict[str, str]]]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self.url = ""

    def fail(self, path: str, *statuses: int, retry_after: str | None = None) -> None:
        headers = {} if retry_after is None else {"Retry-After": retry_after}
        self._failures[path].extend((s, headers) for s in statuses)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    async def __aenter__(self) -> FakeJobBoards:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        path = request.path
        self.requests.append(Seen(path, dict(request.query), dict(request.headers)))
        if self._failures[path]:
            status, headers = self._failures[path].popleft()
            return web.json_response({"error": "fake"}, status=status, headers=headers)
        if path in self.boards.raw:
            return web.Response(body=self.boards.raw[path], content_type="application/json")
        body = self._route(path, request.query)
        if body is None:
            return web.json_response({"ok": False, "error": "Document not found"}, status=404)
        data = json.dumps(body).encode()
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=data, content_type="application/json", headers={"ETag": etag})

    def _route(self, path: str, query: Any) -> Any:
        b = self.boards
        if m := re.fullmatch(r"/v1/boards/([\w.-]+)/jobs", path):
            return b.greenhouse.get(m[1])
        if m := re.fullmatch(r"/v0/postings/([\w.-]+)", path):
            rows = b.lever.get(m[1])
            if rows is None:
                return None
            skip, limit = int(query.get("skip", 0)), int(query.get("limit", 100))
            return rows[skip : skip + limit]
        if m := re.fullmatch(r"/posting-api/job-board/([\w.-]+)", path):
            return b.ashby.get(m[1])
        if m := re.fullmatch(r"/v1/companies/([\w.-]+)/postings/([\w.-]+)", path):
            return b.smartrecruiters_details.get(f"{m[1]}/{m[2]}")
        if m := re.fullmatch(r"/v1/companies/([\w.-]+)/postings", path):
            rows = b.smartrecruiters.get(m[1])
            if rows is None:
                return None
            offset, limit = int(query.get("offset", 0)), int(query.get("limit", 100))
            page = rows[offset : offset + limit]
            return {"offset": offset, "limit": limit, "totalFound": len(rows), "content": page}
        if path == "/api/remote-jobs":
            return b.remotive
        if path == "/api/job-board-api":
            n = int(query.get("page", 1))
            if not 1 <= n <= len(b.arbeitnow):
                return {"data": [], "links": {"next": None}, "meta": {"current_page": n}}
            more = f"{self.url}/api/job-board-api?page={n + 1}" if n < len(b.arbeitnow) else None
            return {
                "data": b.arbeitnow[n - 1],
                "links": {"next": more},
                "meta": {"current_page": n},
            }
        return None
