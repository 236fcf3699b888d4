"""A fake Discord (REST + gateway websocket, aiohttp on 127.0.0.1) for the real discord.py.

Point `discord.http.Route.BASE` at `server.api` and `DiscordWebSocket.DEFAULT_GATEWAY` at
`server.gateway`, then log a real client in. The fake keeps every message the bot sends or
edits, answers interactions like Discord (one callback each, within 3 s), and lets a test act
as users: run a slash command, click a button on a stored message, send a DM.

    async with FakeDiscord() as fake:
        ...  # patch discord.py, start a client
        log = await fake.slash(ALICE, "register")
        (reply,) = await fake.until(lambda: fake.replies(log))
        assert "Welcome" in reply["content"]
        card = fake.dms(ALICE)[-1]
        press = await fake.click_label(ALICE, card["id"], "Approve")
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

EPHEMERAL = 1 << 6
LOADING = 1 << 7
DEADLINE = 3.0  # seconds Discord waits for an interaction's first answer
_ids = itertools.count(1_300_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_ids))


def user_object(user_id: int, name: str | None = None, *, bot: bool = False) -> dict[str, Any]:
    name = name or f"user{user_id}"
    return dict(id=str(user_id), username=name, global_name=name.title(), discriminator="0",
                avatar=None, bot=bot)  # fmt: skip


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when Content-Type is exactly application/json.
    body = json.dumps(data).encode()
    return web.Response(status=status, body=body, headers={"Content-Type": "application/json"})


def _error(status: int, code: int, message: str) -> web.Response:
    return _json({"code": code, "message": message}, status)


def problems(body: dict[str, Any]) -> list[str]:
    """What Discord would refuse in a message body (its documented limits)."""
    found = []
    if len(body.get("content") or "") > 2000:
        found.append("content over 2000 characters")
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        found.append("more than 10 embeds")
    for embed in embeds:
        if len(embed.get("description") or "") > 4096 or len(embed.get("title") or "") > 256:
            found.append("embed text over its limit")
        if not any(embed.get(k) for k in ("title", "description", "image", "fields")):
            found.append("empty embed")
    rows = body.get("components") or []
    ids = [b.get("custom_id") for row in rows for b in row.get("components", [])]
    if len(rows) > 5 or any(len(row.get("components", [])) > 5 for row in rows):
        found.append("more than 5 rows or 5 buttons a row")
    if any(len(i or "") > 100 for i in ids) or len(set(ids)) != len(ids):
        found.append("custom_id over 100 characters or repeated")
    labels = [b.get("label") or "" for row in rows for b in row.get("components", [])]
    if any(len(label) > 80 for label in labels):
        found.append("button label over 80 characters")
    return found


@dataclass
class InteractionLog:
    """One interaction the fake sent and everything the bot answered to it."""

    id: str
    token: str
    kind: int  # 2 slash command, 3 component
    user_id: int
    channel_id: str
    sent_at: float
    message_id: str | None = None  # the clicked message (components)
    callback_type: int | None = None
    callback_at: float | None = None
    original_id: str | None = None  # the @original message, once there is one
    followup_ids: list[str] = field(default_factory=list)
    errors: list[int] = field(default_factory=list)  # Discord error codes the bot caused
    modal: dict[str, Any] | None = None  # the modal the bot opened in answer (callback 9)


class FakeDiscord:
    def __init__(self, *, owner_id: int = 1_000, bot_id: int = 900_000, token: str = "") -> None:
        self.app_id = str(bot_id)
        self.bot = user_object(bot_id, "jobbot", bot=True)
        self.owner = user_object(owner_id, "owner")
        self.token = token or "fake-discord-token-" + "x" * 40
        self.users: dict[int, dict[str, Any]] = {}
        self.dm_closed: set[int] = set()  # users whose DMs answer 403 code 50007
        self.locales: dict[int, str] = {}  # a user's app language (default en-US)
        self.outage = False  # every REST call answers 503
        self.rate_limit_next = 0  # answer the next N message sends with 429
        self.rate_limit_every = 0  # answer every Nth message send with 429
        self._sends = 0
        self.channels: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.interactions: dict[str, InteractionLog] = {}
        self.commands: dict[str | None, list[dict[str, Any]]] = {}
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str]] = []
        self.refused: list[str] = []  # message bodies answered 400 (see `problems`)
        self.identified: list[dict[str, Any]] = []
        self.sockets: list[web.WebSocketResponse] = []
        self._seq = 1
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- lifecycle ----------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/cdn/{id}/{name}", self._cdn)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in self.sockets:
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    @property
    def api(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway(self) -> str:
        return self.url.replace("http", "ws", 1) + "/gateway"

    # --- waiting ------------------------------------------------------------------------

    async def _touch(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def until(self, predicate: Callable[[], Any], within: float = 5.0) -> Any:
        """Wait until `predicate()` is truthy (re-checked after every request); return it."""
        async with asyncio.timeout(within):
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

    # --- acting as users ----------------------------------------------------------------

    def user(self, user_id: int, name: str | None = None) -> dict[str, Any]:
        return self.users.setdefault(user_id, user_object(user_id, name))

    def dm_channel(self, user_id: int) -> dict[str, Any]:
        for channel in self.channels.values():
            if channel["type"] == 1 and channel["recipients"][0]["id"] == str(user_id):
                return channel
        channel = {"id": snowflake(), "type": 1, "recipients": [self.user(user_id)]}
        self.channels[channel["id"]] = channel
        return channel

    def dms(self, user_id: int) -> list[dict[str, Any]]:
        """Messages the bot sent in its DM with the user (not interaction replies)."""
        channel = self.dm_channel(user_id)["id"]
        return [
            m
            for m in self.messages.values()
            if m["channel_id"] == channel
            and m["author"]["id"] == self.app_id
            and not m.get("interaction_metadata")
        ]

    def replies(self, log: InteractionLog) -> list[dict[str, Any]]:
        """The messages an interaction produced: its @original (if new) and its followups."""
        ids = [] if log.original_id in (None, log.message_id) else [log.original_id]
        return [self.messages[i] for i in [*ids, *log.followup_ids] if i in self.messages]

    def add_attachment(
        self, filename: str, data: bytes, content_type: str | None = None
    ) -> dict[str, Any]:
        """Store a file on the fake CDN; returns its attachment object."""
        file_id = snowflake()
        self.files[file_id] = data
        url = f"{self.url}/cdn/{file_id}/{filename}"
        return dict(id=file_id, filename=filename, size=len(data), url=url, proxy_url=url,
                    content_type=content_type)  # fmt: skip

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send one gateway DISPATCH to the connected client."""
        ws = next(ws for ws in reversed(self.sockets) if not ws.closed)
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    def _base(self, kind: int, user_id: int, guild_id: int | None) -> dict[str, Any]:
        user = self.user(user_id)
        owners = {"0": str(guild_id)} if guild_id else {"1": str(user_id)}
        data: dict[str, Any] = dict(
            id=snowflake(), application_id=self.app_id, type=kind, token="tok-" + snowflake(),
            version=1, locale=self.locales.get(user_id, "en-US"), app_permissions="0",
            entitlements=[],
            attachment_size_limit=25 * 1024 * 1024, authorizing_integration_owners=owners,
        )  # fmt: skip
        if guild_id:
            channel = dict(id=str(guild_id + 1), type=0, guild_id=str(guild_id), name="general",
                           position=0, permission_overwrites=[])  # fmt: skip
            self.channels.setdefault(channel["id"], channel)
            member = dict(user=user, roles=[], joined_at=_now(), deaf=False, mute=False, flags=0,
                          permissions="0")  # fmt: skip
            data.update(guild_id=str(guild_id), channel=channel, channel_id=channel["id"],
                        context=0, member=member)  # fmt: skip
        else:
            channel = self.dm_channel(user_id)
            data.update(channel=channel, channel_id=channel["id"], user=user, context=1)
        return data

    async def _send(self, data: dict[str, Any], message_id: str | None = None) -> InteractionLog:
        user_id = int((data.get("member") or data)["user"]["id"])
        log = InteractionLog(data["id"], data["token"], data["type"], user_id,
                             data["channel_id"], time.monotonic(), message_id)  # fmt: skip
        self.interactions[log.token] = log
        await self.dispatch("INTERACTION_CREATE", data)
        return log

    async def slash(
        self,
        user_id: int,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild_id: int | None = None,
    ) -> InteractionLog:
        """Run `/name` as the user (in a DM, or in a guild channel when `guild_id`)."""
        pool = self.commands.get(str(guild_id) if guild_id else None) or self.commands.get(None)
        command = next(c for c in pool or [] if c["name"] == name)
        types = {o["name"]: o["type"] for o in command.get("options", [])}
        data = self._base(2, user_id, guild_id)
        inner: dict[str, Any] = {"id": command["id"], "name": name, "type": 1, "options": []}
        if command.get("guild_id"):
            inner["guild_id"] = command["guild_id"]
        for key, value in (options or {}).items():
            if types[key] == 11:
                inner.setdefault("resolved", {}).setdefault("attachments", {})[value["id"]] = value
                value = value["id"]
            inner["options"].append({"name": key, "type": types[key], "value": value})
        data["data"] = inner
        return await self._send(data)

    async def click(
        self, user_id: int, message_id: str, custom_id: str, *, guild_id: int | None = None
    ) -> InteractionLog:
        """Press the button `custom_id` on a stored message, as the user."""
        message = self.messages[message_id]
        data = self._base(3, user_id, guild_id)
        if not guild_id:  # a DM button is pressed in the DM it was sent to
            data["channel"] = self.channels[message["channel_id"]]
            data["channel_id"] = message["channel_id"]
        data["message"] = message
        data["data"] = {"custom_id": custom_id, "component_type": 2}
        return await self._send(data, message_id)

    async def click_label(
        self, user_id: int, message_id: str, label: str, *, guild_id: int | None = None
    ) -> InteractionLog:
        custom_id = button_id(self.messages[message_id], label)
        return await self.click(user_id, message_id, custom_id, guild_id=guild_id)

    async def submit(
        self, user_id: int, opened: InteractionLog, value: str, *, guild_id: int | None = None
    ) -> InteractionLog:
        """Type `value` into every text box of the modal `opened` showed, and submit it."""
        assert opened.modal is not None, "the bot opened no modal"
        data = self._base(5, user_id, guild_id)
        data["data"] = {
            "custom_id": opened.modal["custom_id"],
            "components": [_filled(c, value) for c in opened.modal.get("components", [])],
        }
        return await self._send(data)

    def post_as_bot(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        """A message the bot sent to the user's DM earlier (e.g. by an older version)."""
        return self._message(self.dm_channel(user_id)["id"], body)

    async def send_dm(
        self, user_id: int, content: str = "", attachments: list[dict[str, Any]] | None = None
    ) -> None:
        """The user writes to the bot in their DM."""
        channel = self.dm_channel(user_id)
        body = {"content": content}
        message = self._message(channel["id"], body, author=self.user(user_id), files=attachments)
        await self.dispatch("MESSAGE_CREATE", message)

    # --- gateway ------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45_000}}))
        async for msg in ws:
            payload = json.loads(msg.data)
            if payload["op"] == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif payload["op"] == 2:
                self.identified.append(payload["d"])
                ready = dict(v=10, user=self.bot, guilds=[], session_id="fake-session",
                             resume_gateway_url=self.gateway,
                             application={"id": self.app_id, "flags": 0})  # fmt: skip
                await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": 1, "d": ready}))
            await self._touch()
        return ws

    # --- REST ---------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/api/"):
            self.requests.append((request.method, request.path.removeprefix("/api/v10")))
            if self.outage:
                return _error(503, 0, "Service Unavailable")
            # Interaction callbacks and webhooks are authorised by their token in the path.
            needs_auth = "/interactions/" not in request.path and "/webhooks/" not in request.path
            if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
                return _error(401, 0, "401: Unauthorized")
        try:
            return await handler(request)
        finally:
            await self._touch()

    async def _cdn(self, request: web.Request) -> web.Response:
        return web.Response(body=self.files[request.match_info["id"]])

    async def _body(self, request: web.Request) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The JSON payload and uploaded files (multipart `payload_json` + `files[n]`)."""
        if not request.content_type.startswith("multipart/"):
            return (await request.json() if request.can_read_body else {}), []
        payload: dict[str, Any] = {}
        files = []
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":  # type: ignore[union-attr]
                payload = json.loads(await part.text())  # type: ignore[union-attr]
            else:
                data = bytes(await part.read())  # type: ignore[union-attr]
                name = part.filename or "file"  # type: ignore[union-attr]
                files.append(self.add_attachment(name, data))
        return payload, files

    def _message(
        self,
        channel_id: str,
        body: dict[str, Any],
        *,
        author: dict[str, Any] | None = None,
        files: list[dict[str, Any]] | None = None,
        flags: int = 0,
        log: InteractionLog | None = None,
    ) -> dict[str, Any]:
        message = dict(
            id=snowflake(), channel_id=channel_id, type=0 if log is None else 20,
            author=author or self.bot, content=body.get("content") or "",
            embeds=body.get("embeds") or [], components=body.get("components") or [],
            attachments=list(files or []), mentions=[], mention_roles=[], mention_everyone=False,
            pinned=False, tts=False, timestamp=_now(), edited_timestamp=None,
            flags=flags | (body.get("flags") or 0), allowed_mentions=body.get("allowed_mentions"),
        )  # fmt: skip
        if log is not None:
            message.update(application_id=self.app_id, webhook_id=self.app_id)
            message["interaction_metadata"] = dict(id=log.id, type=log.kind,
                user=self.user(log.user_id), authorizing_integration_owners={})  # fmt: skip
        self.messages[message["id"]] = message
        return message

    def _edit(
        self, message_id: str, body: dict[str, Any], files: list[dict[str, Any]]
    ) -> dict[str, Any]:
        message = self.messages[message_id]
        for key, empty in (("content", ""), ("embeds", []), ("components", [])):
            if key in body:
                message[key] = empty if body[key] is None else body[key]
        if "attachments" in body or files:  # kept: the old ones the edit names by id
            keep = {str(a.get("id")) for a in body.get("attachments") or []}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in keep] + files
        message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now()
        message["edits"] = message.get("edits", 0) + 1
        return message

    async def _rest(self, request: web.Request) -> web.Response:
        parts = request.match_info["path"].strip("/").split("/")
        method = request.method
        body, files = await self._body(request) if method in ("POST", "PUT", "PATCH") else ({}, [])
        message_body = body.get("data") if parts[0] == "interactions" else body
        found = problems(message_body) if isinstance(message_body, dict) else []
        if method in ("POST", "PATCH") and found:
            self.refused += found
            return _error(400, 50035, "Invalid Form Body: " + "; ".join(found))
        match parts:
            case ["users", "@me"] if method == "GET":
                return _json(self.bot)
            case ["oauth2", "applications", "@me"]:
                return _json(dict(
                    id=self.app_id, name="Job Apply Bot", description="", icon=None,
                    bot_public=True, bot_require_code_grant=False, owner=self.owner,
                    verify_key="0" * 64, flags=0, team=None, summary="", rpc_origins=[],
                    interactions_endpoint_url=None,
                ))  # fmt: skip
            case ["gateway", "bot"]:
                limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
                return _json({"url": self.gateway, "shards": 1, "session_start_limit": limit})
            case ["applications", _, "commands"] if method == "PUT":
                return _json(self._store_commands(None, body))
            case ["applications", _, "guilds", guild, "commands"] if method == "PUT":
                return _json(self._store_commands(guild, body))
            case ["users", "@me", "channels"] if method == "POST":
                return _json(self.dm_channel(int(body["recipient_id"])))
            case ["channels", channel, "typing"]:
                return web.Response(status=204)
            case ["channels", channel, "messages"] if method == "POST":
                return self._channel_send(channel, body, files)
            case ["channels", _, "messages", mid] if method == "PATCH":
                return _json(self._edit(mid, body, files))
            case ["interactions", _, token, "callback"]:
                return self._callback(token, body, files)
            case ["webhooks", _, token] if method == "POST":
                log = self.interactions[token]
                message = self._message(log.channel_id, body, files=files, log=log)
                log.followup_ids.append(message["id"])
                return _json(message)
            case ["webhooks", _, token, "messages", target]:
                log = self.interactions[token]
                mid = log.original_id if target == "@original" else target
                if mid is None or mid not in self.messages:
                    return _error(404, 10008, "Unknown Message")
                if method == "PATCH":
                    return _json(self._edit(mid, body, files))
                if method == "DELETE":
                    self.messages.pop(mid)
                    return web.Response(status=204)
                return _json(self.messages[mid])
        return _error(404, 0, f"fake Discord has no {method} /{'/'.join(parts)}")

    def _store_commands(
        self, guild: str | None, body: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        extra = {"guild_id": guild} if guild else {}
        stored = [
            {"type": 1, **command, "id": snowflake(), "application_id": self.app_id,
             "version": snowflake(), **extra}
            for command in body
        ]  # fmt: skip
        self.commands[guild] = stored
        return stored

    def _channel_send(
        self, channel_id: str, body: dict[str, Any], files: list[dict[str, Any]]
    ) -> web.Response:
        channel = self.channels.get(channel_id)
        if channel is None:
            return _error(404, 10003, "Unknown Channel")
        if channel["type"] == 1 and int(channel["recipients"][0]["id"]) in self.dm_closed:
            return _error(403, 50007, "Cannot send messages to this user")
        self._sends += 1
        every = self.rate_limit_every
        if self.rate_limit_next or (every and self._sends % every == 0):
            self.rate_limit_next = max(0, self.rate_limit_next - 1)
            limited = {
                "message": "You are being rate limited.",
                "retry_after": 0.05,
                "global": False,
            }
            response = _json(limited, 429)
            # discord.py trusts a 429 only when it came through Discord's proxy (Via header).
            response.headers.update({"Via": "1.1 google", "X-RateLimit-Remaining": "0",
                                     "X-RateLimit-Reset-After": "0.05"})  # fmt: skip
            return response
        return _json(self._message(channel_id, body, files=files))

    def _callback(
        self, token: str, body: dict[str, Any], files: list[dict[str, Any]]
    ) -> web.Response:
        log = self.interactions.get(token)
        if log is None or time.monotonic() - log.sent_at > DEADLINE:
            if log:
                log.errors.append(10062)
            return _error(404, 10062, "Unknown interaction")
        if log.callback_type is not None:
            log.errors.append(40060)
            return _error(400, 40060, "Interaction has already been acknowledged.")
        kind, data = body["type"], body.get("data") or {}
        log.callback_type, log.callback_at = kind, time.monotonic()
        message = None
        if kind == 4:
            message = self._message(log.channel_id, data, files=files, log=log)
        elif kind == 5:
            message = self._message(
                log.channel_id, {"flags": data.get("flags", 0)}, flags=LOADING, log=log
            )
        elif kind == 9:
            log.modal = data
        elif kind in (6, 7):
            if kind == 7:
                self._edit(log.message_id or "", data, files)
            message = self.messages[log.message_id or ""]
        if message is not None:
            log.original_id = message["id"]
        ephemeral = bool(data.get("flags", 0) & EPHEMERAL)
        interaction = dict(id=log.id, type=log.kind, response_message_id=log.original_id,
                           response_message_loading=kind == 5,
                           response_message_ephemeral=ephemeral)  # fmt: skip
        result: dict[str, Any] = {"interaction": interaction}
        if message is not None and kind != 6:
            result["resource"] = {"type": kind, "message": message}
        return _json(result)


def _filled(component: dict[str, Any], value: str) -> dict[str, Any]:
    """A modal component as Discord submits it: text inputs carry the typed value."""
    if component.get("type") == 4:
        return {"type": 4, "custom_id": component["custom_id"], "value": value}
    out: dict[str, Any] = {"type": component.get("type")}
    if "component" in component:  # a label wrapping one input
        out["component"] = _filled(component["component"], value)
    if "components" in component:
        out["components"] = [_filled(c, value) for c in component["components"]]
    return out


def button_id(message: dict[str, Any], label: str) -> str:
    """The custom_id of the button labelled `label` on a stored message."""
    for row in message["components"]:
        for button in row.get("components", []):
            if button.get("label") == label:
                return str(button["custom_id"])
    raise KeyError(f"no button {label!r} on message {message['id']}")


def buttons(message: dict[str, Any]) -> list[str]:
    """The labels of a stored message's buttons, in order."""
    return [b.get("label", "") for row in message["components"] for b in row.get("components", [])]


def text_of(message: dict[str, Any]) -> str:
    """A message's visible text: content plus embed titles and descriptions."""
    parts = [message["content"]]
    for embed in message["embeds"]:
        parts += [embed.get("title") or "", embed.get("description") or ""]
    return "\n".join(p for p in parts if p)
