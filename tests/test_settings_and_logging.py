"""Settings load from the environment with clear errors; logs never carry secrets."""

from __future__ import annotations

import logging

import pytest

from bot.logging_setup import RedactingFilter, redact
from bot.settings import Settings, SettingsError, get_settings

ENV_NAMES = (
    "DATABASE_URL",
    "ACCESS",
    "ALLOWED_USERS",
    "ADMIN_USERS",
    "LLM_DAILY_BUDGET",
    "PORTAL_URL",
    "API_BASE_URL",
    "LLM_ENGINE",
    "HF_TOKEN",
    "HUGGINGFACEHUB_API_TOKEN",
    "LLM_BASE_URL",
    "TELEGRAM_BOT_TOKEN",
    "DATA_DIR",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env
    get_settings.cache_clear()


def test_defaults_run_offline_on_sqlite() -> None:
    s = Settings()
    assert s.llm_engine == "offline"
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("jobbot.db")
    assert s.portal_url == "http://127.0.0.1:5000"


def test_original_names_and_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("API_BASE_URL", "http://portal:9000")
    monkeypatch.setenv("HUGGINGFACEHUB_API_TOKEN", "hf_abcdefghijklmnopqrstuvwxyz")
    s = Settings()
    assert s.portal_url == "http://portal:9000"
    assert s.llm_engine == "hf"
    assert "hf_abc" not in repr(s) and "hf_abc" not in str(s.model_dump())


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "nonsense"),
        ("LLM_ENGINE", "gpt"),
        ("LOG_LEVEL", "LOUD"),
        ("ACCESS", "closed"),
        ("ALLOWED_USERS", "alice"),
        ("LLM_DAILY_BUDGET", "-1"),
    ],
)
def test_bad_setting_gives_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        get_settings()
    assert name in str(info.value) and "\n" not in str(info.value)


def test_access_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCESS", "Allowlist")
    monkeypatch.setenv("ALLOWED_USERS", "telegram:1, discord:2")
    monkeypatch.setenv("ADMIN_USERS", "telegram:9")
    policy = Settings().access_policy()
    assert policy.mode == "allowlist" and policy.allowed == {"telegram:1", "discord:2"}
    assert policy.admins == {"telegram:9"}


def test_redaction_of_tokens_emails_and_phones(caplog: pytest.LogCaptureFixture) -> None:
    token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    line = f"GET https://api.telegram.org/bot{token}/getMe from ana@example.com +1 (555) 123-4567"
    assert redact(line) == ("GET https://api.telegram.org/bot[token]/getMe from [email] [phone]")
    logger = logging.getLogger("test.redaction")
    logger.addFilter(RedactingFilter(["s3cret-value-xyz"]))
    with caplog.at_level(logging.INFO):
        logger.info("key %s user %s", "s3cret-value-xyz", "ana@example.com")
    assert caplog.messages == ["key [secret] user [email]"]


def test_setup_twice_keeps_one_redacting_handler_and_foreign_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.logging_setup import setup_logging

    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    foreign = logging.NullHandler()
    root.addHandler(foreign)
    try:
        setup_logging("INFO")
        setup_logging("INFO", ["tok-123456789abc"])
        ours = [h for h in root.handlers if type(h).__name__ == "_JobbotHandler"]
        assert len(ours) == 1 and foreign in root.handlers
        logging.getLogger("test.setup").info("token tok-123456789abc for bo@example.com")
        err = capsys.readouterr().err
        assert "[secret]" in err and "[email]" in err and "tok-123456789abc" not in err
    finally:
        root.handlers[:], root.level = saved, level


# --- issue 14: redaction that keeps ids, dates and addresses; libraries capped at INFO


@pytest.mark.parametrize(
    "line",
    [
        "2026-03-10 12:00:00,123 INFO core.apply: application 123456 applied (portal A-000123)",
        "2026-03-10T12:00:00+00:00 user 5551234 chat 1234567890 discord 1098765432123456789",
        "connecting to 127.0.0.1:5432 and 10.0.0.12 took 1234567.89 ms",
        "idempotency key jobbot-15834b8c-0123456789abcdef0123456789abcdef01234567",
        "cycle for user 12: 12 new jobs: 3 applied, 3 need you, 3 skipped, 3 waiting",
    ],
)
def test_redaction_leaves_ids_timestamps_and_addresses_alone(line: str) -> None:
    assert redact(line) == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("call 555-123-4567 now", "call [phone] now"),
        ("or +44 20 7946 0958.", "or [phone]."),
        ("mobile 07700900123", "mobile [phone]"),
        ("(555) 123 4567 and 555.123.4567", "[phone] and [phone]"),
        (
            "POST https://discord.com/api/v10/interactions/1234567890123/"
            "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEy/callback",
            "POST https://discord.com/api/v10/interactions/1234567890123/[token]/callback",
        ),
        (
            "https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz-_01",
            "https://discord.com/api/webhooks/123456789012345678/[token]",
        ),
        ('{"token": "aW50ZXJhY3Rpb246MTIz", "id": "1"}', '{"token": "[token]", "id": "1"}'),
        (
            "MTA5ODc2NTQzMjEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789ABCD",
            "[token]",
        ),
    ],
)
def test_redaction_masks_phones_and_every_kind_of_token(line: str, expected: str) -> None:
    assert redact(line) == expected


def test_libraries_stay_at_info_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.logging_setup import setup_logging

    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    names = ("telegram.ext.ExtBot", "discord.http", "sqlalchemy.engine.Engine", "core.apply")
    levels = {n: logging.getLogger(n).level for n in (*names, "telegram", "discord")}
    try:
        setup_logging("DEBUG", library_debug=False)
        logging.getLogger("telegram.ext.ExtBot").debug("sendMessage text=Ana's resume")
        logging.getLogger("discord.http").debug("POST with {'content': 'Ana'}")
        logging.getLogger("sqlalchemy.engine.Engine").info("INSERT ... ('Ana Lopez',)")
        logging.getLogger("core.apply").debug("application 7 attempt 1")
        err = capsys.readouterr().err
        assert "Ana" not in err and "application 7 attempt 1" in err
        setup_logging("DEBUG", library_debug=True)
        logging.getLogger("discord.http").debug("POST with {'content': 'Ana'}")
        assert "Ana" in capsys.readouterr().err  # the operator asked for it
    finally:
        root.handlers[:], root.level = saved, level
        for name, old in levels.items():
            logging.getLogger(name).setLevel(old)


def test_a_traceback_is_logged_without_its_message(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.logging_setup import setup_logging

    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    try:
        setup_logging("INFO")
        said = "Ana Lopez, 12 " + "Quince Lane"  # as a user would type it, not in the code
        try:
            raise ValueError(f"could not parse: {said}")
        except ValueError:
            logging.getLogger("bot.test").exception("parsing failed")
        err = capsys.readouterr().err
        assert "parsing failed" in err and "builtins.ValueError" in err and "Quince" not in err
        assert "test_a_traceback_is_logged_without_its_message" in err  # the frames stay
    finally:
        root.handlers[:], root.level = saved, level
