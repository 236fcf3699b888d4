"""Webhook mode: Telegram POSTs updates to a load balancer that forwards to any front.

python-telegram-bot's own server (tornado) receives them: it answers 403 to a request
without the `X-Telegram-Bot-Api-Secret-Token` header or with a wrong one, and queues the
rest for the same handlers polling feeds. Every front calls setWebhook with the same URL,
secret and update types at start: the call is idempotent, so no front has to be the one
that registers, and a front that restarts with a new secret re-registers it. Stopping a
front never deletes the webhook (the others still serve it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram.error import BadRequest
from telegram.ext import Updater

from bot.settings import Settings
from bot.startup_errors import StartupError


@dataclass(frozen=True)
class Webhook:
    """Where Telegram sends updates (`url`), the secret it sends along, and where we listen."""

    url: str
    secret: str
    listen: str = "0.0.0.0"
    port: int = 8443

    @classmethod
    def of(cls, settings: Settings) -> Webhook | None:
        """The webhook the settings ask for; None when TELEGRAM_WEBHOOK_URL is unset (polling)."""
        if not settings.telegram_webhook_url or settings.telegram_webhook_secret is None:
            return None
        return cls(
            url=settings.telegram_webhook_url,
            secret=settings.telegram_webhook_secret.get_secret_value(),
            listen=settings.telegram_webhook_listen,
            port=settings.telegram_webhook_port,
        )

    @property
    def path(self) -> str:
        """The local path: the public URL's, as a load balancer forwards it unchanged."""
        return urlsplit(self.url).path or "/"

    @property
    def where(self) -> str:
        return f"{self.listen}:{self.port}{self.path}"

    def __repr__(self) -> str:  # the secret never reaches a log line or a traceback
        return f"Webhook(url={self.url!r}, listen={self.listen!r}, port={self.port})"


async def start_webhook(updater: Updater, webhook: Webhook, allowed_updates: Sequence[str]) -> None:
    """Listen on `webhook.listen:port` and register the webhook with Telegram."""
    try:
        await updater.start_webhook(
            listen=webhook.listen,
            port=webhook.port,
            url_path=webhook.path,
            webhook_url=webhook.url,
            secret_token=webhook.secret,
            allowed_updates=allowed_updates,
            drop_pending_updates=False,  # what arrived while no front ran is still handled
        )
    except OSError as err:
        raise StartupError(
            f"cannot listen for Telegram's webhook on {webhook.listen}:{webhook.port} "
            f"(settings TELEGRAM_WEBHOOK_LISTEN, TELEGRAM_WEBHOOK_PORT): {err.strerror or err}"
        ) from None
    except BadRequest as err:
        raise StartupError(
            f"Telegram refused the webhook {webhook.url} (setting TELEGRAM_WEBHOOK_URL): "
            f"{err.message}"
        ) from None
