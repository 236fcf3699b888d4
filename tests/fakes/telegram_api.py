"""A fake Telegram Bot API server (aiohttp on 127.0.0.1) that records every call.

It speaks the HTTP protocol python-telegram-bot uses (`<base>/bot<TOKEN>/<method>`, form or
multipart bodies, nested values as JSON strings; files from `<base>/file/bot<TOKEN>/<path>`),
checks what the real API checks (HTML parse mode, 4,096 characters, 64-byte callback data,
editable messages, 20 MB downloads), and can answer 429 with `retry_after` on demand or as
flood control. Helpers play the user: inject a command, text, document or button press, and
wait for the bot's replies. After setWebhook, injected updates are POSTed to the webhook URL
with its secret token (the HTTP status of each POST is in `pushed`) and getUpdates answers
409, as Telegram does; deleteWebhook goes back to polling.

    async with FakeTelegramServer() as tg:
        alice = tg.user(1001, "Alice")
        mark = tg.mark()
        await tg.command(alice, "/start")
        [reply] = await tg.expect(alice, 1, after=mark)
        assert "Welcome" in reply.visible_text
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

TOKEN = "123456789:FAKE-token-for-the-local-bot-api-000"
BOT_ID = 123456789
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_DOWNLOAD = 20 * 1024 * 1024
JSON_FIELDS = {
    "reply_markup",
    "commands",
    "entities",
    "caption_entities",
    "allowed_updates",
    "scope",
    "link_preview_options",
    "reply_parameters",
}
# What shows up in the user's chat (and counts for flood control).
OUTGOING = frozenset(
    {"sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"}
)
_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def parse_html(text: str) -> str:
    """Validate Telegram HTML as the server does; return the visible text."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m or m.group(2).lower() not in _ALLOWED_TAGS:
                raise ApiError(400, f"Bad Request: can't parse entities: bad tag at offset {i}")
            closing, name = m.group(1), m.group(2).lower()
            if closing:
                if not stack or stack.pop() != name:
                    raise ApiError(400, f"Bad Request: can't parse entities: unmatched </{name}>")
            else:
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                raise ApiError(400, f"Bad Request: can't parse entities: bare & at offset {i}")
            out.append(html.unescape(m.group(0)))
            i = m.end()
        elif ch == ">":
            raise ApiError(400, f"Bad Request: can't parse entities: bare > at offset {i}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: <{stack[-1]}> is not closed")
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _chat(chat_id: int) -> dict[str, Any]:
    """Telegram's chat object: negative ids are groups, positive ones private chats."""
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": "Team chat"}
    return {"id": chat_id, "type": "private"}


@dataclass
class FakeUser:
    id: int
    first_name: str
    username: str | None = None

    @property
    def chat_id(self) -> int:
        return self.id  # a private chat has the user's id

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class Call:
    """One request the bot made, and what the fake answered."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]]
    at: float
    chat_id: int | None = None
    ok: bool = True
    error_code: int | None = None
    description: str = ""
    retry_after: int | None = None
    result: Any = None

    @property
    def text(self) -> str:
        """The raw text (HTML) or caption sent."""
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def visible_text(self) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", self.text))

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        """Inline keyboard rows as (label, callback_data)."""
        markup = self.params.get("reply_markup") or {}
        return [
            [(b["text"], b.get("callback_data", "")) for b in row]
            for row in markup.get("inline_keyboard", [])
        ]

    def payload(self, label: str) -> str:
        for row in self.buttons:
            for text, data in row:
                if label.lower() in text.lower():
                    return data
        raise KeyError(f"no button like {label!r} in {self.buttons}")

    @property
    def message_id(self) -> int:
        if isinstance(self.result, dict) and "message_id" in self.result:
            return int(self.result["message_id"])
        return int(self.params["message_id"])

    @property
    def upload(self) -> tuple[str, bytes]:
        """(filename, bytes) of an uploaded document or photo."""
        return self.files.get("document") or self.files["photo"]


@dataclass
class FloodLimits:
    """Answer 429 like Telegram when a chat gets messages faster than `per_chat_interval` or
    the bot sends more than `overall_rate` messages in any one-second window."""

    per_chat_interval: float = 1.0
    overall_rate: float = 30.0
    tolerance: float = 0.05
    retry_after: int = 1


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    times: int


@dataclass
class _File:
    file_id: str
    size: int
    path: str
    data: bytes | None


@dataclass
class _Flood:
    limits: FloodLimits
    last: dict[int, float] = field(default_factory=dict)
    recent: deque[float] = field(default_factory=deque)  # admitted in the last second

    def refuse(self, chat_id: int, now: float) -> str | None:
        """Why this message would be refused ("chat" or "overall"), or None to admit it."""
        lim = self.limits
        while self.recent and self.recent[0] <= now - 1.0:
            self.recent.popleft()
        if now - self.last.get(chat_id, float("-inf")) < lim.per_chat_interval - lim.tolerance:
            return "chat"
        if len(self.recent) >= lim.overall_rate:
            return "overall"
        self.recent.append(now)
        self.last[chat_id] = now
        return None


class FakeTelegramServer:
    """See the module docstring. Every call is in `calls`; injected updates in `updates`."""

    def __init__(
        self,
        token: str = TOKEN,
        *,
        latency: float = 0.0,
        flood: FloodLimits | None = None,
        username: str = "jobbot_test_bot",
    ) -> None:
        self.token = token
        self.latency = latency
        self.username = username
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.injected_at: dict[int, float] = {}
        self.delivered_at: dict[int, float] = {}  # first handed to the bot by getUpdates
        self.commands: list[dict[str, Any]] = []
        self.downloads: list[str] = []
        self.too_many = 0  # 429s answered
        self.flood_refusals: Counter[str] = Counter()  # 429s from flood control, by reason
        self._flood = _Flood(flood) if flood else None
        self._failures: dict[str, deque[_Failure]] = defaultdict(deque)
        self._down = False
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._queries: dict[str, dict[str, Any]] = {}
        self._files: dict[str, _File] = {}
        self._events: dict[int | None, asyncio.Event] = {}
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        # setWebhook's parameters while a webhook is set; updates are then POSTed to it.
        self.webhook: dict[str, Any] | None = None
        self.pushed: list[tuple[int, int]] = []  # (update id, HTTP status of the POST)
        self._session: ClientSession | None = None
        self._pushes: set[asyncio.Task[None]] = set()

    # --- lifecycle --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The value for TELEGRAM_API_BASE_URL."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> FakeTelegramServer:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        self._closing.set()  # releases every long poll at once
        for push in list(self._pushes):
            push.cancel()
        if self._session:
            await self._session.close()
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeTelegramServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- faults -----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` with an error (default: 429 retry 1 s)."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}"
                if status == 429
                else f"fake error {status}"
            )
        self._failures[method].append(_Failure(status, description, retry_after, times))

    def set_down(self, down: bool) -> None:
        """While down, every method answers 502 Bad Gateway (Telegram unreachable)."""
        self._down = down

    # --- playing the user -------------------------------------------------------------------

    def user(self, user_id: int, first_name: str = "User", username: str | None = None) -> FakeUser:
        return FakeUser(user_id, first_name, username)

    def mark(self) -> int:
        """A position in `calls`; pass it as `after=` to see only what came later."""
        return len(self.calls)

    def command(self, user: FakeUser, text: str, *, group: int | None = None) -> int:
        """Inject `/command args` (with the bot_command entity a real client adds), in the
        user's private chat or in the group chat `group` (a negative id)."""
        name = text.split(maxsplit=1)[0]
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(name)}
        return self._inject_message(user, {"text": text, "entities": [entity]}, group)

    def text(self, user: FakeUser, text: str, *, group: int | None = None) -> int:
        return self._inject_message(user, {"text": text}, group)

    def document(
        self,
        user: FakeUser,
        filename: str | None,
        data: bytes | None,
        *,
        mime: str | None = None,
        size: int | None = None,
        group: int | None = None,
    ) -> int:
        """Inject a document; `size` may claim more bytes than `data` holds (no big buffers)."""
        file_id = f"doc{next(self._ids)}"
        size = size if size is not None else len(data or b"")
        self._files[file_id] = _File(file_id, size, f"documents/{file_id}", data)
        doc: dict[str, Any] = {"file_id": file_id, "file_unique_id": f"u{file_id}"}
        doc["file_size"] = size
        if filename:
            doc["file_name"] = filename
        if mime:
            doc["mime_type"] = mime
        return self._inject_message(user, {"document": doc}, group)

    def photo(self, user: FakeUser) -> int:
        sizes = [{"file_id": "ph1", "file_unique_id": "uph1", "width": 90, "height": 90}]
        return self._inject_message(user, {"photo": sizes})

    def press(
        self,
        user: FakeUser,
        data: str,
        *,
        message: Call | dict[str, Any] | None = None,
        group: int | None = None,
    ) -> tuple[int, str]:
        """Inject a button press with `data` on `message` (a bot message, default: a message
        in the presser's own chat, or in `group`); returns (update id, callback query id)."""
        if isinstance(message, Call):
            message = self._messages[(int(message.chat_id or 0), message.message_id)]
        if message is None:
            where = group if group is not None else user.chat_id
            message = self._new_message(where, {"text": "(an old message)"})
        query_id = f"cq{next(self._ids)}"
        query = {
            "id": query_id,
            "from": user.as_dict(),
            "message": message,
            "chat_instance": f"ci{message['chat']['id']}",
            "data": data,
        }
        self._queries[query_id] = {"chat_id": user.chat_id, "answered": False}
        return self._inject({"callback_query": query}), query_id

    def _inject_message(
        self, user: FakeUser, content: dict[str, Any], group: int | None = None
    ) -> int:
        chat = (
            _chat(group)
            if group is not None
            else {"id": user.chat_id, "type": "private", "first_name": user.first_name}
        )
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user.as_dict(),
            **content,
        }
        return self._inject({"message": message})

    def _inject(self, body: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **body}
        self.injected_at[update_id] = time.monotonic()
        if self.webhook is not None:  # as Telegram does: POSTed, never offered to getUpdates
            task = asyncio.create_task(self._push(update, self.webhook))
            self._pushes.add(task)
            task.add_done_callback(self._pushes.discard)
            return update_id
        self.updates.append(update)
        self._signal(None)
        return update_id

    async def post_update(self, url: str, update: dict[str, Any], secret: str | None = None) -> int:
        """POST `update` to a webhook at `url` with `secret` in Telegram's header (none when
        None); the HTTP status the bot answered."""
        if self._session is None:
            self._session = ClientSession()
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with self._session.post(url, json=update, headers=headers) as response:
            await response.read()
            return response.status

    async def _push(self, update: dict[str, Any], webhook: dict[str, Any]) -> None:
        secret = webhook.get("secret_token")
        status = await self.post_update(str(webhook["url"]), update, secret)
        self.pushed.append((int(update["update_id"]), status))
        self.delivered_at.setdefault(int(update["update_id"]), time.monotonic())
        self._signal(None)

    # --- waiting for the bot ----------------------------------------------------------------

    def sent(self, chat: FakeUser | int | None = None, *, after: int = 0) -> list[Call]:
        """Successful outgoing calls (messages, files, edits), optionally to one chat."""
        chat_id = chat.chat_id if isinstance(chat, FakeUser) else chat
        return [
            c
            for c in self.calls[after:]
            if c.ok and c.method in OUTGOING and (chat_id is None or c.chat_id == chat_id)
        ]

    def of(self, method: str, *, after: int = 0) -> list[Call]:
        return [c for c in self.calls[after:] if c.method == method]

    async def wait_until(
        self, predicate: Callable[[], bool], *, within: float = 5.0, chat: int | None = None
    ) -> None:
        """Return once `predicate()` holds (checked after each call the bot makes)."""
        deadline = time.monotonic() + within
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within} s waiting for the bot")
            event = self._events.setdefault(chat, asyncio.Event())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.5))

    async def expect(
        self, chat: FakeUser | int, count: int = 1, *, after: int = 0, within: float = 5.0
    ) -> list[Call]:
        """Wait for `count` outgoing calls to `chat` after `after`; return exactly those."""
        chat_id = chat.chat_id if isinstance(chat, FakeUser) else chat
        await self.wait_until(
            lambda: len(self.sent(chat_id, after=after)) >= count, within=within, chat=chat_id
        )
        return self.sent(chat_id, after=after)[:count]

    async def settle(self, quiet: float = 0.3, within: float = 10.0) -> None:
        """Wait until the bot has made no call for `quiet` seconds."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            count = len(self.calls)
            await asyncio.sleep(quiet)
            if len(self.calls) == count:
                return
        raise AssertionError("the bot never went quiet")

    def _signal(self, chat_id: int | None) -> None:
        for key in {chat_id, None}:
            event = self._events.pop(key, None)
            if event:
                event.set()

    # --- the API ----------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(404, "Not Found")
        method = request.match_info["method"]
        params, files = await _read_body(request)
        call = Call(method, params, files, time.monotonic())
        chat_id = params.get("chat_id")
        if chat_id is not None and str(chat_id).lstrip("-").isdigit():
            call.chat_id = int(chat_id)
        if method == "answerCallbackQuery":
            call.chat_id = self._queries.get(str(params.get("callback_query_id")), {}).get(
                "chat_id"
            )
        if method != "getUpdates" and self.latency:
            await asyncio.sleep(self.latency)
        try:
            call.result = await self._dispatch(method, params, files)
        except ApiError as err:
            call.ok, call.error_code, call.description = False, err.code, err.description
            call.retry_after = err.retry_after
            if err.code == 429:
                self.too_many += 1
        if method != "getUpdates":
            self.calls.append(call)
            self._signal(call.chat_id)
        if not call.ok:
            return _error(call.error_code or 400, call.description, call.retry_after)
        return web.json_response({"ok": True, "result": call.result})

    async def _dispatch(
        self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> Any:
        if self._down:
            raise ApiError(502, "Bad Gateway")
        if self._failures.get(method):
            failure = self._failures[method][0]
            failure.times -= 1
            if failure.times <= 0:
                self._failures[method].popleft()
            raise ApiError(failure.status, failure.description, failure.retry_after)
        if self._flood and method in OUTGOING:
            chat_id = int(params.get("chat_id", 0))
            reason = self._flood.refuse(chat_id, time.monotonic())
            if reason:
                self.flood_refusals[reason] += 1
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {self._flood.limits.retry_after}",
                    self._flood.limits.retry_after,
                )
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return await handler(params, files) if method == "getUpdates" else handler(params, files)

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Job Apply Bot",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_getMe(self, params: dict[str, Any], files: Any) -> Any:
        return self._bot_user()

    def _m_deleteWebhook(self, params: dict[str, Any], files: Any) -> Any:
        self.webhook = None
        return True

    def _m_setWebhook(self, params: dict[str, Any], files: Any) -> Any:
        url = str(params.get("url", ""))
        if not url:  # an empty URL removes the webhook, as deleteWebhook does
            self.webhook = None
            return True
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = dict(params)
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any], files: Any) -> Any:
        return {"url": (self.webhook or {}).get("url", ""), "pending_update_count": 0}

    def _m_setMyCommands(self, params: dict[str, Any], files: Any) -> Any:
        commands = params.get("commands") or []
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(c.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        self.commands = list(commands)
        return True

    def _m_getMyCommands(self, params: dict[str, Any], files: Any) -> Any:
        return self.commands

    async def _m_getUpdates(self, params: dict[str, Any], files: Any) -> Any:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if offset:  # confirms every update before it, as Telegram does
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while not self.updates and not self._closing.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            event = self._events.setdefault(None, asyncio.Event())
            waits = [asyncio.ensure_future(e.wait()) for e in (event, self._closing)]
            try:
                await asyncio.wait(waits, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for wait in waits:
                    wait.cancel()
        batch = self.updates[:limit]
        now = time.monotonic()
        for update in batch:
            self.delivered_at.setdefault(update["update_id"], now)
        return batch

    def _m_sendMessage(self, params: dict[str, Any], files: Any) -> Any:
        text = str(params.get("text", ""))
        visible = self._visible(text, params, MAX_TEXT, "message is too long")
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        markup = self._markup(params)
        return self._new_message(int(params["chat_id"]), {"text": visible}, markup)

    def _m_sendDocument(self, params: dict[str, Any], files: Any) -> Any:
        return self._send_file("document", params, files)

    def _m_sendPhoto(self, params: dict[str, Any], files: Any) -> Any:
        return self._send_file("photo", params, files)

    def _m_editMessageText(self, params: dict[str, Any], files: Any) -> Any:
        message = self._editable(params)
        visible = self._visible(str(params.get("text", "")), params, MAX_TEXT, "text is too long")
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        markup = self._markup(params)
        if message.get("text") == visible and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = visible
        message.pop("reply_markup", None)  # no reply_markup given: the keyboard goes away
        if markup:
            message["reply_markup"] = markup
        return message

    def _m_editMessageReplyMarkup(self, params: dict[str, Any], files: Any) -> Any:
        message = self._editable(params)
        markup = self._markup(params)
        if message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    def _m_answerCallbackQuery(self, params: dict[str, Any], files: Any) -> Any:
        query = self._queries.get(str(params.get("callback_query_id")))
        if query is None or query["answered"]:
            raise ApiError(400, "Bad Request: query is too old or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        query["answered"] = True
        return True

    def _m_getFile(self, params: dict[str, Any], files: Any) -> Any:
        stored = self._files.get(str(params.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.size > MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": f"u{stored.file_id}",
            "file_size": stored.size,
            "file_path": stored.path,
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=404)
        path = request.match_info["path"]
        self.downloads.append(path)
        for stored in self._files.values():
            if stored.path == path and stored.data is not None:
                return web.Response(body=stored.data, content_type="application/octet-stream")
        return web.Response(status=404)

    # --- helpers of the API -----------------------------------------------------------------

    def _visible(self, text: str, params: dict[str, Any], limit: int, too_long: str) -> str:
        visible = parse_html(text) if str(params.get("parse_mode", "")).upper() == "HTML" else text
        if utf16_len(visible) > limit:
            raise ApiError(400, f"Bad Request: {too_long}")
        return visible

    def _markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if not markup:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return dict(markup)

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self._messages.get(key)
        if message is None or message.get("from", {}).get("id") != BOT_ID:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _send_file(
        self, kind: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> Any:
        if kind not in files:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        name, data = files[kind]
        caption = str(params.get("caption") or "")
        visible = self._visible(caption, params, MAX_CAPTION, "message caption is too long")
        content: dict[str, Any] = {"caption": visible} if visible else {}
        file_id = f"sent{next(self._ids)}"
        if kind == "photo":
            content["photo"] = [
                {"file_id": file_id, "file_unique_id": file_id, "width": 1, "height": 1}
            ]
        else:
            content["document"] = {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": name,
                "file_size": len(data),
            }
        return self._new_message(int(params["chat_id"]), content, self._markup(params))

    def _new_message(
        self, chat_id: int, content: dict[str, Any], markup: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": _chat(chat_id),
            "from": self._bot_user(),
            **content,
        }
        if markup:
            message["reply_markup"] = markup
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """The current state of a message (after edits)."""
        return self._messages[(chat_id, message_id)]


async def _read_body(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        params = dict(await request.json())
    elif request.can_read_body:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = (value.filename, value.file.read())
            else:
                params[key] = value
    params.update(request.query)
    for key in JSON_FIELDS & params.keys():
        if isinstance(params[key], str):
            params[key] = json.loads(params[key])
    return params, files


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


def chats(calls: Iterable[Call]) -> set[int]:
    return {c.chat_id for c in calls if c.chat_id is not None}
