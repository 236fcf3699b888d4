"""Settings from the environment and `.env`, validated once, with secrets kept secret."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from core.adapters.sources.registry import ADAPTERS, COMPANY_BOARDS, KNOWN
from core.errors import JobBotError
from core.runtime.access import AccessMode, AccessPolicy, parse_identities
from core.sources.boards import parse_board

KNOWN_SOURCES = KNOWN
# Telegram's rule for a webhook's secret token; an address is an IP or a host name.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_HOST = re.compile(r"[A-Za-z0-9.:_-]{1,253}")
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _split(value: str) -> list[str]:
    return list(dict.fromkeys(p.strip() for p in value.split(",") if p.strip()))


class SettingsError(JobBotError):
    """A missing or malformed setting; the message names it."""


def webhook_url(value: str) -> str:
    """The webhook URL if Telegram can call it: https with a host (http only on loopback, for
    a local Bot API server or a test)."""
    parts = urlsplit(value.strip())
    local = parts.hostname in _LOOPBACK
    if parts.scheme != "https" and not (parts.scheme == "http" and local):
        raise ValueError("Telegram calls only https:// addresses (e.g. https://bot.example/tg)")
    if not parts.hostname or parts.query or parts.fragment:
        raise ValueError("not a webhook address (expected https://host[:port]/path)")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise ValueError("the port in the address is not a number from 1 to 65535") from None
    return value.strip()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    # Per user, not per working directory: the data is found from any folder.
    data_dir: Path = Field(
        default_factory=lambda: platformdirs.user_data_path("jobbot"), validation_alias="DATA_DIR"
    )
    database_url: str = Field(default="", validation_alias="DATABASE_URL")
    portal_url: str = Field(
        default="http://127.0.0.1:5000",
        validation_alias=AliasChoices("PORTAL_URL", "API_BASE_URL"),
    )
    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias="TELEGRAM_BOT_TOKEN"
    )
    telegram_api_base_url: str = Field(
        default="https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL"
    )
    # Webhook mode (README "Many users"): Telegram POSTs updates to this public https URL
    # (a load balancer in front of several fronts) instead of one process polling.
    telegram_webhook_url: str | None = Field(default=None, validation_alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: SecretStr | None = Field(
        default=None, validation_alias="TELEGRAM_WEBHOOK_SECRET"
    )
    # Where this front's webhook server listens (the load balancer forwards to it).
    telegram_webhook_listen: str = Field(
        default="0.0.0.0", validation_alias="TELEGRAM_WEBHOOK_LISTEN"
    )
    telegram_webhook_port: int = Field(
        default=8443, ge=1, le=65535, validation_alias="TELEGRAM_WEBHOOK_PORT"
    )
    discord_bot_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_BOT_TOKEN")
    discord_guild_id: int | None = Field(default=None, validation_alias="DISCORD_GUILD_ID")
    llm_engine: Literal["offline", "hf", "openai"] | None = Field(
        default=None, validation_alias="LLM_ENGINE"
    )
    hf_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN")
    )
    hf_model: str = Field(default="meta-llama/Llama-3.1-8B-Instruct", validation_alias="HF_MODEL")
    llm_base_url: str | None = Field(default=None, validation_alias="LLM_BASE_URL")
    llm_api_key: SecretStr | None = Field(default=None, validation_alias="LLM_API_KEY")
    llm_concurrency: int = Field(default=8, ge=1, le=256, validation_alias="LLM_CONCURRENCY")
    # How the answer's JSON schema is sent: auto (OpenAI json_schema), llamacpp, tgi or none.
    llm_schema_format: Literal["auto", "json_schema", "llamacpp", "tgi", "none"] = Field(
        default="auto", validation_alias="LLM_SCHEMA_FORMAT"
    )
    llm_timeout_seconds: float = Field(
        default=60.0, gt=0, le=600, validation_alias="LLM_TIMEOUT_SECONDS"
    )
    # Consecutive timeouts or server errors after which LLM calls stop for a cool-down.
    llm_breaker_failures: int = Field(
        default=5, ge=1, le=100, validation_alias="LLM_BREAKER_FAILURES"
    )
    llm_breaker_cooldown_seconds: float = Field(
        default=60.0, ge=0, validation_alias="LLM_BREAKER_COOLDOWN_SECONDS"
    )
    cycle_deadline_minutes: float = Field(
        default=10.0, gt=0, le=24 * 60, validation_alias="CYCLE_DEADLINE_MINUTES"
    )
    portal_concurrency: int = Field(default=16, ge=1, le=256, validation_alias="PORTAL_CONCURRENCY")
    apply_max_attempts: int = Field(default=3, ge=1, le=10, validation_alias="APPLY_MAX_ATTEMPTS")
    autoapply_interval_hours: float = Field(
        default=4.0, gt=0, validation_alias="AUTOAPPLY_INTERVAL_HOURS"
    )
    status_poll_minutes: float = Field(default=15.0, gt=0, validation_alias="STATUS_POLL_MINUTES")
    # Operations (README "Running for many users"): how long an applying row stays this
    # process's without a heartbeat, this process's stable name (its earlier incarnation's
    # rows are taken over at start), the grace for in-flight work on SIGTERM, and where
    # /healthz and /metrics listen (0 = off).
    lease_seconds: float = Field(default=60.0, ge=1, le=3600, validation_alias="LEASE_SECONDS")
    instance_name: str = Field(
        default="", max_length=64, pattern=r"^[A-Za-z0-9_.-]*$", validation_alias="INSTANCE_NAME"
    )
    shutdown_grace_seconds: float = Field(
        default=20.0, ge=0, le=600, validation_alias="SHUTDOWN_GRACE_SECONDS"
    )
    metrics_port: int = Field(default=0, ge=0, le=65535, validation_alias="METRICS_PORT")
    metrics_host: str = Field(default="127.0.0.1", validation_alias="METRICS_HOST")
    rates_url: str = Field(
        default="https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
        validation_alias="RATES_URL",
    )
    # Who may use the bot (README "Access and budget"): open | allowlist | invite.
    access: AccessMode = Field(default=AccessMode.OPEN, validation_alias="ACCESS")
    # `platform:id` lists, kept as text (pydantic-settings would read a set as JSON)
    allowed_users: str = Field(default="", validation_alias="ALLOWED_USERS")
    admin_users: str = Field(default="", validation_alias="ADMIN_USERS")
    llm_daily_budget: int = Field(default=0, ge=0, validation_alias="LLM_DAILY_BUDGET")
    resume_uploads_per_hour: int = Field(
        default=10, ge=0, le=1000, validation_alias="RESUME_UPLOADS_PER_HOUR"
    )
    # Where jobs come from, comma-separated: "portal" (applies by API) and job boards that
    # only list jobs (greenhouse, lever, ashby, smartrecruiters, remotive, arbeitnow), whose
    # jobs get the assisted apply. The default keeps the demo and the tests offline.
    job_sources: str = Field(default="portal", validation_alias="JOB_SOURCES")
    # Company boards every user watches, "<system>:<slug>" comma-separated (users add theirs
    # with /sources): e.g. "greenhouse:acme,lever:example".
    job_source_boards: str = Field(default="", validation_alias="JOB_SOURCE_BOARDS")
    # Each board's API base URL, for a mirror, a proxy or a test server.
    greenhouse_api_base_url: str = Field(
        default="https://boards-api.greenhouse.io", validation_alias="GREENHOUSE_API_BASE_URL"
    )
    lever_api_base_url: str = Field(
        default="https://api.lever.co", validation_alias="LEVER_API_BASE_URL"
    )
    ashby_api_base_url: str = Field(
        default="https://api.ashbyhq.com", validation_alias="ASHBY_API_BASE_URL"
    )
    smartrecruiters_api_base_url: str = Field(
        default="https://api.smartrecruiters.com", validation_alias="SMARTRECRUITERS_API_BASE_URL"
    )
    remotive_api_base_url: str = Field(
        default="https://remotive.com", validation_alias="REMOTIVE_API_BASE_URL"
    )
    arbeitnow_api_base_url: str = Field(
        default="https://www.arbeitnow.com", validation_alias="ARBEITNOW_API_BASE_URL"
    )
    # Deployment roles (README "Many users"): `embedded` is one process with everything;
    # `front` serves the chats and defers the work to `jobbot worker` processes (PostgreSQL).
    role: Literal["embedded", "front"] = Field(default="embedded", validation_alias="ROLE")
    # Jobs (cycles, applies, status polls) one worker process runs at once.
    worker_concurrency: int = Field(default=8, ge=1, le=256, validation_alias="WORKER_CONCURRENCY")
    # A worker that has not written its heartbeat for this long is dead: its jobs run again.
    worker_stalled_seconds: float = Field(
        default=30.0, ge=1, le=3600, validation_alias="WORKER_STALLED_SECONDS"
    )
    worker_heartbeat_seconds: float = Field(
        default=10.0, gt=0, le=600, validation_alias="WORKER_HEARTBEAT_SECONDS"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", validation_alias="LOG_LEVEL"
    )
    # Libraries (Telegram, Discord, HTTP, scheduler) log message bodies at DEBUG: they stay at
    # INFO even with LOG_LEVEL=DEBUG unless this is set, for a debugging session only.
    log_library_debug: bool = Field(default=False, validation_alias="LOG_LIBRARY_DEBUG")

    @field_validator("log_level", "llm_schema_format", "role", mode="before")
    @classmethod
    def _case(cls, v: object, info: ValidationInfo) -> object:
        if not isinstance(v, str):
            return v
        return v.upper() if info.field_name == "log_level" else v.strip().lower()

    @field_validator("access", mode="before")
    @classmethod
    def _access(cls, v: object) -> object:
        return v.strip().lower() if isinstance(v, str) else v

    @field_validator("allowed_users", "admin_users", mode="before")
    @classmethod
    def _identities(cls, v: object) -> object:
        if isinstance(v, str):
            parse_identities(v)  # a wrong entry stops the start with a line naming the setting
        return v

    def access_policy(self) -> AccessPolicy:
        allowed, admins = parse_identities(self.allowed_users), parse_identities(self.admin_users)
        return AccessPolicy(self.access, allowed, admins)

    @field_validator("portal_url", "telegram_api_base_url", "llm_base_url")
    @classmethod
    def _web_address(cls, v: str | None) -> str | None:
        """Refuse 'notaurl' at start rather than at the first request."""
        if v is None:
            return v
        parts = urlsplit(v.strip())
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError("not a web address (expected http://host:port or https://host)")
        return v.strip()

    @field_validator("telegram_webhook_url", "telegram_webhook_secret", mode="before")
    @classmethod
    def _unset_when_empty(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("telegram_webhook_url")
    @classmethod
    def _webhook_url(cls, v: str | None) -> str | None:
        return None if v is None else webhook_url(v)

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _webhook_secret(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not _WEBHOOK_SECRET.fullmatch(v.get_secret_value()):
            raise ValueError("use 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return v

    @field_validator("telegram_webhook_listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        if not _HOST.fullmatch(v.strip()):
            raise ValueError("not an address to listen on (e.g. 0.0.0.0, :: or 127.0.0.1)")
        return v.strip()

    @field_validator("job_sources")
    @classmethod
    def _known_sources(cls, v: str) -> str:
        names = _split(v)
        unknown = [n for n in names if n not in KNOWN_SOURCES]
        if unknown:
            raise ValueError(
                f"unknown source {unknown[0]!r} (known: {', '.join(sorted(KNOWN_SOURCES))})"
            )
        if not names:
            raise ValueError("name at least one source (portal is the default)")
        return ",".join(names)

    @field_validator("job_source_boards")
    @classmethod
    def _boards(cls, v: str) -> str:
        boards = []
        for entry in _split(v):
            parsed = parse_board(entry, COMPANY_BOARDS)
            if parsed is None:
                raise ValueError(f"{entry!r} is not <system>:<company slug> (e.g. greenhouse:acme)")
            boards.append(":".join(parsed))
        return ",".join(boards)

    def source_names(self) -> list[str]:
        return _split(self.job_sources)

    def source_boards(self) -> list[str]:
        return _split(self.job_source_boards)

    def source_base_urls(self) -> dict[str, str]:
        """Each job board's API base URL by source name."""
        return {name: str(getattr(self, f"{name}_api_base_url")) for name in ADAPTERS}

    @field_validator("database_url")
    @classmethod
    def _valid_url(cls, v: str) -> str:
        if not v:
            return v
        try:
            url = make_url(v)
        except (ArgumentError, ValueError):
            raise ValueError("not a database URL (try sqlite:///data/jobbot.db)") from None
        if url.get_backend_name() not in {"sqlite", "postgresql"}:
            raise ValueError("only sqlite:// and postgresql+psycopg:// URLs are supported")
        return v

    @model_validator(mode="after")
    def _defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'jobbot.db'}"
        if self.llm_engine is None:
            if self.llm_base_url:
                self.llm_engine = "openai"
            elif self.hf_token:
                self.llm_engine = "hf"
            else:
                self.llm_engine = "offline"
        if self.llm_engine == "openai" and not self.llm_base_url:
            raise ValueError("LLM_ENGINE=openai needs LLM_BASE_URL")
        if self.llm_engine == "hf" and not self.hf_token:
            raise ValueError("LLM_ENGINE=hf needs HF_TOKEN")
        if self.telegram_webhook_url and self.telegram_webhook_secret is None:
            raise ValueError("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET")
        if self.role == "front" and not self.on_postgres():
            raise ValueError("ROLE=front needs a PostgreSQL DATABASE_URL (workers share it)")
        return self

    def on_postgres(self) -> bool:
        """True when DATABASE_URL names PostgreSQL (the deployment roles need it)."""
        return make_url(self.database_url).get_backend_name() == "postgresql"

    def secrets(self) -> list[str]:
        """Every secret value, for the log redaction filter."""
        values = (
            self.telegram_bot_token,
            self.telegram_webhook_secret,
            self.discord_bot_token,
            self.hf_token,
            self.llm_api_key,
        )
        return [s.get_secret_value() for s in values if s and s.get_secret_value()]


def describe_error(err: ValidationError) -> str:
    """One line naming the first bad setting, without echoing its value."""
    first = err.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    if not first["loc"]:
        return f"settings: {message}"
    return f"setting {str(first['loc'][0]).upper()}: {message}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Load settings once; a bad one raises SettingsError with a one-line message."""
    try:
        return Settings()
    except ValidationError as err:
        raise SettingsError(describe_error(err)) from None
