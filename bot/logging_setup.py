"""Logging set-up: quiet HTTP libraries and a filter that redacts secrets and personal data."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)")
_BOT_TOKEN = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")
_BEARER = re.compile(r"(?i)\b(bearer|token|api[_-]?key)([=:\s]+)[A-Za-z0-9._-]{12,}")
_HF_TOKEN = re.compile(r"\bhf_[A-Za-z0-9]{20,}\b")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace known secrets, token-like strings, e-mail addresses and phone numbers."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[secret]")
    text = _BOT_TOKEN.sub("[token]", text)
    text = _HF_TOKEN.sub("[token]", text)
    text = _BEARER.sub(r"\1\2[token]", text)
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


class RedactingFilter(logging.Filter):
    """Rewrites every record's message (with its arguments applied) through `redact`."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage(), self.secrets)
        record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), self.secrets
            )
        return True


class _JobbotHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Our stderr handler, told apart so a second set-up replaces it and nothing else."""


def setup_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """Configure the root logger (again, if called again, e.g. with the secrets known)."""
    handler = _JobbotHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    # Other handlers (a host application's, pytest's capture) are left in place.
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, _JobbotHandler)]
    root.addHandler(handler)
    root.setLevel(level)
    # Their request lines contain the bot token in the URL.
    for name in (
        "httpx",
        "httpx2",
        "httpcore",
        "telegram.ext.Updater",
        "apscheduler.executors.default",
    ):
        logging.getLogger(name).setLevel(logging.WARNING)
