"""Settings load from the environment with clear errors; logs never carry secrets."""

from __future__ import annotations

import logging

import pytest

from bot.logging_setup import RedactingFilter, redact
from bot.settings import Settings, SettingsError, get_settings

ENV_NAMES = (
    "DATABASE_URL",
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
    [("DATABASE_URL", "nonsense"), ("LLM_ENGINE", "gpt"), ("LOG_LEVEL", "LOUD")],
)
def test_bad_setting_gives_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        get_settings()
    assert name in str(info.value) and "\n" not in str(info.value)


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
