"""Start-up failures as one line: which setting, which address, what to check, and an exit code.

A bot or console that cannot reach Telegram, Discord, the database or the job portal at start
says so in one sentence instead of a library's traceback. Secrets never appear: addresses are
shown without passwords and tokens are named, not printed.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from bot.settings import Settings
from core.errors import JobBotError, PortalError

UNREACHABLE = 3  # a service could not be reached or refused us (settings errors exit with 2)


class StartupError(JobBotError):
    """One line to print, and the process's exit code."""

    def __init__(self, message: str, code: int = UNREACHABLE) -> None:
        super().__init__(message)
        self.code = code


def database_address(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unreadable URL)"


def explain(err: BaseException, settings: Settings) -> StartupError | None:
    """The one-line account of a start-up failure we recognise, else None (a real bug)."""
    if isinstance(err, StartupError):
        return err
    if isinstance(err, OperationalError | DBAPIError):
        return StartupError(
            f"cannot open the database at {database_address(settings.database_url)} "
            "(setting DATABASE_URL): check that the server runs and the host, port, user "
            "and password are right"
        )
    if isinstance(err, PortalError):
        return StartupError(
            f"cannot reach the job portal at {settings.portal_url} (setting PORTAL_URL): "
            "check that it runs (`jobbot portal` starts the mock one) and the address is right"
        )
    telegram = _telegram(err, settings)
    if telegram is not None:
        return telegram
    if type(err).__name__ == "DiscordStartError":
        return StartupError(f"{err} (setting DISCORD_BOT_TOKEN; check the token and the network)")
    return None


def _telegram(err: BaseException, settings: Settings) -> StartupError | None:
    try:
        from telegram import error as tg
    except ImportError:  # pragma: no cover - the dependency is always installed
        return None
    if isinstance(err, tg.InvalidToken):
        return StartupError(
            "Telegram refused the bot token (setting TELEGRAM_BOT_TOKEN): copy it again "
            "from @BotFather"
        )
    if isinstance(err, tg.NetworkError):  # TimedOut is one too
        return StartupError(
            f"cannot reach Telegram at {settings.telegram_api_base_url} "
            "(setting TELEGRAM_API_BASE_URL): check the network, a proxy or the address"
        )
    return None
