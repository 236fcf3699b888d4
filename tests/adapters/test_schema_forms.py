"""The answer's schema travels in the form the server reads: each fake server here enforces
only one form (OpenAI json_schema, llama.cpp `schema`, TGI `value`) and otherwise answers like
an unconstrained model, so only the matching setting gets a valid answer."""

from __future__ import annotations

import pytest

from bot.container import build_llm
from bot.settings import SettingsError, get_settings
from core.adapters.llm_hf import HFLLM
from core.errors import LLMUnavailable
from tests.adapters.conftest import Scoring, ToLocal
from tests.adapters.test_llm_hf_router import router
from tests.fakes.openai_server import SCHEMA_FORMS, FakeOpenAIServer, Reply, enforcing, schema_sent

SCORE = {"score": 77, "reasons": ["Plans meals."], "matched": [], "missing": ["Counseling"]}


def openai_engine(server: FakeOpenAIServer, scoring: Scoring, form: str) -> HFLLM:
    return HFLLM(
        base_url=server.url,
        model="m",
        schema_format=form,  # type: ignore[arg-type]
        sleep=scoring.sleep,
        max_attempts=1,
    )


@pytest.mark.parametrize("server_form", SCHEMA_FORMS)
@pytest.mark.parametrize("setting", ["auto", *SCHEMA_FORMS, "none"])
async def test_only_the_form_the_server_reads_gets_a_constrained_answer(
    scoring: Scoring, server_form: str, setting: str
) -> None:
    scoring.server.handler = enforcing(server_form, lambda _req: SCORE)
    llm = openai_engine(scoring.server, scoring, setting)
    understood = server_form == ("json_schema" if setting == "auto" else setting)
    if understood:
        assert (await scoring.score(llm)).score == 77
        assert scoring.server.calls == 1
    else:
        # unconstrained prose, then again after the repair request: fail closed, no score
        with pytest.raises(LLMUnavailable, match="not valid"):
            await scoring.score(llm)
        assert scoring.server.calls == 2
    sent = schema_sent(scoring.server.requests[0].body, server_form)
    if understood:
        assert sent is not None and sent["title"] == "ScoreAnswer"
        assert sent["additionalProperties"] is False


async def test_none_sends_no_response_format(scoring: Scoring) -> None:
    scoring.server.handler = lambda _req: Reply.json(SCORE)
    await scoring.score(openai_engine(scoring.server, scoring, "none"))
    assert "response_format" not in scoring.server.requests[0].body


@pytest.mark.parametrize("form", SCHEMA_FORMS)
async def test_hf_engine_sends_the_chosen_form_unchanged(
    scoring: Scoring,
    to_local: ToLocal,
    form: str,
) -> None:
    scoring.server.handler = enforcing(form, lambda _req: SCORE)
    llm = router(scoring.sleep, schema_format=form)
    assert (await scoring.score(llm)).score == 77
    assert to_local.hosts == ["router.huggingface.co"]
    assert schema_sent(scoring.server.requests[0].body, form) is not None


async def test_the_setting_reaches_the_engine(
    scoring: Scoring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLM_ENGINE", "openai")
    monkeypatch.setenv("LLM_BASE_URL", scoring.server.url)
    monkeypatch.setenv("LLM_SCHEMA_FORMAT", " LlamaCpp ")
    get_settings.cache_clear()
    try:
        settings = get_settings()
    finally:
        get_settings.cache_clear()
    assert settings.llm_schema_format == "llamacpp"
    scoring.server.handler = enforcing("llamacpp", lambda _req: SCORE)
    llm = build_llm(settings)
    assert isinstance(llm, HFLLM)
    assert (await scoring.score(llm)).score == 77


def test_an_unknown_form_is_a_plain_settings_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLM_SCHEMA_FORMAT", "grammar-please")
    get_settings.cache_clear()
    try:
        with pytest.raises(SettingsError, match="LLM_SCHEMA_FORMAT"):
            get_settings()
    finally:
        get_settings.cache_clear()
