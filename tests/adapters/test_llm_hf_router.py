"""The `hf` engine (a model id, no base_url) over real HTTP to the local fake server.

huggingface_hub sends a model id to its router (https://router.huggingface.co); its public
`set_async_client_factory` hook lets us give it an httpx2 client whose transport carries
those requests to the fake server instead, so the library's own request building runs.
"""

from __future__ import annotations

import pytest

from core.adapters.llm_hf import HFLLM
from core.errors import LLMUnavailable
from tests.adapters.conftest import RecordingSleep, Scoring, ToLocal
from tests.fakes.openai_server import Reply

SCORE = {"score": 64, "reasons": ["Partial fit"], "matched": [], "missing": ["Counseling"]}


def router(sleep: RecordingSleep, token: str = "hf_test_token", **options: object) -> HFLLM:
    """The engine on a model id: huggingface_hub sends it to its router."""
    return HFLLM(model="org/some-model", token=token, sleep=sleep, **options)  # type: ignore[arg-type]


async def test_hf_engine_calls_the_router_with_model_and_token(
    scoring: Scoring, to_local: ToLocal
) -> None:
    llm_server, job = scoring.server, scoring.job
    llm_server.script(Reply.json(SCORE))
    llm = router(scoring.sleep)
    result = await scoring.score(llm)

    assert llm.name == "hf" and result.score == 64
    assert to_local.hosts == ["router.huggingface.co"]
    [req] = llm_server.requests
    assert req.path == "/v1/chat/completions"
    assert req.headers["Authorization"] == "Bearer hf_test_token"
    assert req.body["model"] == "org/some-model"
    assert req.body["temperature"] == 0 and req.body["max_tokens"] == 600
    # the router gets the OpenAI json_schema format unchanged
    assert req.body["response_format"]["type"] == "json_schema"
    assert req.body["response_format"]["json_schema"]["schema"]["title"] == "ScoreAnswer"
    assert job.description not in req.content_of("system")


@pytest.mark.usefixtures("to_local")
async def test_hf_engine_retries_429_and_repairs(scoring: Scoring) -> None:
    scoring.server.script(
        Reply.error(429, retry_after=2), Reply.text("```json\n{oops```"), Reply.json(SCORE)
    )
    assert (await scoring.score(router(scoring.sleep))).score == 64
    assert scoring.server.calls == 3 and scoring.sleep.waits == [2.0]


@pytest.mark.usefixtures("to_local")
async def test_hf_engine_persistent_outage_fails_closed(scoring: Scoring) -> None:
    scoring.server.handler = lambda _req: Reply.error(502)
    with pytest.raises(LLMUnavailable, match="scoring unavailable"):
        await scoring.score(router(scoring.sleep, max_attempts=3))
    assert scoring.server.calls == 3


@pytest.mark.usefixtures("to_local")
async def test_hf_engine_with_a_non_hf_token_fails_closed_without_calling(
    scoring: Scoring,
) -> None:
    # huggingface_hub refuses to route a model id with a non-HF key (a set-up error)
    with pytest.raises(LLMUnavailable, match="scoring unavailable"):
        await scoring.score(router(scoring.sleep, token="sk-not-a-hf-token"))
    assert scoring.server.calls == 0 and scoring.sleep.waits == []
