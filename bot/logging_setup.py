"""Logging set-up: libraries capped at INFO, and a filter that redacts secrets and personal data."""

from __future__ import annotations

import logging
import os
import re
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from core.errors import JobBotError

# Libraries log message bodies, names and request URLs (with tokens) at DEBUG: they stay at
# INFO or above unless LOG_LIBRARY_DEBUG=1. Our own packages follow LOG_LEVEL.
OURS = ("core", "bot", "storage", "mock_portal", "__main__")
# At INFO these write request URLs (with the bot token) or, for SQLAlchemy's engine, every
# statement with its parameters (resume text, names): WARNING and above only.
WARNING_ONLY = (
    "httpx",
    "httpx2",
    "httpcore",
    "telegram.ext.Updater",
    "apscheduler.executors",
    "sqlalchemy",
    "psycopg.pool",  # a line for every connection taken and returned
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# A phone candidate: digits with the separators phones use. `_phone` then decides, so ids,
# ISO dates, times, decimals and IP addresses stay as they are.
_PHONE = re.compile(r"(?<![\w+.:/-])\+?\(?\d[\d \t().-]{6,}\d(?!\w|[.:/-]\w)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_IPV4 = re.compile(r"\d{1,3}(\.\d{1,3}){3}")
_DECIMAL = re.compile(r"\d+\.\d+")
_BOT_TOKEN = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")
_DISCORD_TOKEN = re.compile(r"\b[A-Za-z\d_-]{20,}\.[A-Za-z\d_-]{6,}\.[A-Za-z\d_-]{27,}\b")
# Interaction and webhook tokens ride in URL paths: .../webhooks/<app id>/<token>/...
_URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[A-Za-z0-9_.~-]{16,}")
_BEARER = re.compile(
    r"(?i)\b(bearer|token|api[_-]?key|authorization)([\"']?\s*[=:]\s*[\"']?|\s+)"
    r"[A-Za-z0-9._~+/-]{12,}"
)
_HF_TOKEN = re.compile(r"\bhf_[A-Za-z0-9]{20,}\b")
_LONG_OPAQUE = re.compile(r"\b[A-Za-z0-9_-]{80,}\b")  # any other token-sized blob


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(c.isdigit() for c in text)
    if not 8 <= digits <= 15:
        return text
    if _DATE.search(text) or _IPV4.fullmatch(text) or _DECIMAL.fullmatch(text):
        return text
    if text.isdigit() and not (text.startswith("0") and len(text) in (10, 11)):
        return text  # a bare number is an id (Telegram, Discord, ours), not a phone
    return "[phone]"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace known secrets, token-like strings, e-mail addresses and phone numbers."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[secret]")
    text = _BOT_TOKEN.sub("[token]", text)
    text = _HF_TOKEN.sub("[token]", text)
    text = _URL_TOKEN.sub(r"\1[token]", text)
    text = _DISCORD_TOKEN.sub("[token]", text)
    text = _BEARER.sub(r"\1\2[token]", text)
    text = _LONG_OPAQUE.sub("[token]", text)
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub(_phone, text)


def _traceback_without_messages(
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None],
) -> str:
    """Frames and exception types only: an exception's message may quote a resume or a
    user's words, unless it is one of ours (short and plain by contract)."""
    parts: list[str] = []
    err: BaseException | None = exc_info[1]
    seen: set[int] = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        kind = f"{type(err).__module__}.{type(err).__qualname__}"
        said = f": {err}" if isinstance(err, JobBotError) else " (message not logged)"
        frames = "".join(traceback.format_tb(err.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{kind}{said}")
        err = err.__cause__ or (None if err.__suppress_context__ else err.__context__)
    return "\n\nwhile handling the exception above:\n".join(reversed(parts))


class RedactingFilter(logging.Filter):
    """Rewrites every record's message (with its arguments applied) through `redact`."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage(), self.secrets)
        record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            exc_info = record.exc_info
            assert exc_info[0] is not None
            record.exc_text = redact(
                _traceback_without_messages((exc_info[0], exc_info[1], exc_info[2])),
                self.secrets,
            )
        return True


class LibraryCap(logging.Filter):
    """Drops library records below INFO, whatever level a library set on its own loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            return True
        return record.name.split(".", 1)[0] in OURS


class _JobbotHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Our stderr handler, told apart so a second set-up replaces it and nothing else."""


def library_debug_from_env() -> bool:
    return os.environ.get("LOG_LIBRARY_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


def setup_logging(
    level: str = "INFO",
    secrets: Iterable[str] = (),
    *,
    library_debug: bool | None = None,
    file: Path | None = None,
) -> None:
    """Configure the root logger (again, if called again, e.g. with the secrets known);
    to stderr, or appended to `file` (the console's conversation owns the terminal)."""
    if library_debug is None:
        library_debug = library_debug_from_env()
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
    handler = _JobbotHandler(file.open("a", encoding="utf-8") if file is not None else None)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not library_debug:
        handler.addFilter(LibraryCap())
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    # Other handlers (a host application's, pytest's capture) are left in place.
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, _JobbotHandler)]
    root.addHandler(handler)
    root.setLevel(level)
    library_level = logging.DEBUG if library_debug else max(logging.INFO, root.level)
    for name in logging.root.manager.loggerDict:
        if name.split(".", 1)[0] not in OURS and "." not in name:
            logging.getLogger(name).setLevel(library_level)
    for name in ("telegram", "discord", "apscheduler", "aiohttp", "asyncio", "tornado"):
        logging.getLogger(name).setLevel(library_level)
    for name in WARNING_ONLY:
        logging.getLogger(name).setLevel(logging.WARNING)
