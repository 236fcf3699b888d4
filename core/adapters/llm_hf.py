"""LLM engines over huggingface_hub: `hf` (Hugging Face inference) and `openai` (any
OpenAI-compatible server: llama.cpp, vLLM, Ollama, TGI)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any, TypeVar

import httpx2
from huggingface_hub import (
    AsyncInferenceClient,
    ChatCompletionInputJSONSchema,
    ChatCompletionInputResponseFormatJSONSchema,
    InferenceTimeoutError,
)
from huggingface_hub.errors import HfHubHTTPError
from pydantic import BaseModel
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from core.adapters.portal import parse_retry_after
from core.adapters.prompts import Task, extract_profile_task, score_job_task, write_documents_task
from core.errors import LLMUnavailable
from core.llm_json import AnswerInvalid, Message, parse_answer, repair_messages
from core.models import Documents, Job, Preferences, Profile
from core.ports import JobScore

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
Sleep = Callable[[float], Awaitable[None]]

# Sent as the API key to an OpenAI-compatible server when none is configured, so that
# huggingface_hub does not fall back to the machine's Hugging Face token and send it to a
# third-party server.
NO_API_KEY = "no-key"


class _Transient(Exception):
    """A failure worth another attempt (timeout, 429, 5xx, dropped connection)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class HFLLM:
    """The `hf` engine (a model id on Hugging Face) or, given `base_url`, the `openai` engine."""

    def __init__(
        self,
        *,
        model: str | None = None,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_attempts: int = 3,
        concurrency: int = 8,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if base_url:
            self.name = "openai"
            self._client = AsyncInferenceClient(
                base_url=base_url, token=token or NO_API_KEY, timeout=timeout
            )
            # The URL routes the call; the server's model name travels in the body.
            self._payload_model = model
        elif model:
            self.name = "hf"
            self._client = AsyncInferenceClient(model=model, token=token, timeout=timeout)
            self._payload_model = None
        else:
            raise ValueError("an LLM engine needs a model id (hf) or a base_url (openai)")
        self._max_attempts = max(1, max_attempts)
        self._backoff_max = backoff_max
        # Exponential with jitter: base, 2*base, 4*base... plus up to `base` at random.
        self._backoff = wait_exponential(multiplier=backoff_base, max=backoff_max) + wait_random(
            0, backoff_base
        )
        self._sleep = sleep
        self._limit = asyncio.Semaphore(concurrency)

    async def extract_profile(self, resume_text: str) -> Profile:
        return await self._run(extract_profile_task(resume_text))

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        return await self._run(score_job_task(profile, prefs, job))

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        return await self._run(write_documents_task(profile, job))

    async def aclose(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]

    async def _run(self, task: Task[T]) -> T:
        """Ask, validate, repair once, and fail closed: never a default answer."""
        answer = await self._complete(task, task.messages)
        try:
            return parse_answer(answer, task.output)
        except AnswerInvalid as err:
            log.warning(
                "%s engine, %s: invalid answer (%s); asking once for a repair",
                self.name,
                task.kind,
                err,
            )
            retry = repair_messages(task.messages, answer, str(err))
        answer = await self._complete(task, retry)
        try:
            return parse_answer(answer, task.output)
        except AnswerInvalid as err:
            log.warning("%s engine, %s: repair failed too (%s)", self.name, task.kind, err)
            raise LLMUnavailable(task.unavailable) from None

    async def _complete(self, task: Task[T], messages: list[Message]) -> str | None:
        """One chat completion, retried on transient failures; LLMUnavailable after that."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._max_attempts),
            wait=self._wait,
            retry=retry_if_exception(self._worth_retrying),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._call(task, messages)
        except _Transient as err:
            log.warning("%s engine, %s: giving up (%s)", self.name, task.kind, err)
            raise LLMUnavailable(task.unavailable) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    def _worth_retrying(self, err: BaseException) -> bool:
        if not isinstance(err, _Transient):
            return False
        # A server asking for a longer pause than we would wait: stop now, try next cycle.
        return err.retry_after is None or err.retry_after <= self._backoff_max

    def _wait(self, state: RetryCallState) -> float:
        err = state.outcome.exception() if state.outcome else None
        if isinstance(err, _Transient) and err.retry_after is not None:
            return err.retry_after
        return min(float(self._backoff(state)), self._backoff_max)

    async def _call(self, task: Task[T], messages: list[Message]) -> str | None:
        response_format = _response_format(task.output)
        async with self._limit:
            try:
                output = await self._client.chat_completion(
                    list(messages),
                    model=self._payload_model,
                    max_tokens=task.max_tokens,
                    temperature=0.0,
                    response_format=response_format,
                )
                content = output.choices[0].message.content if output.choices else None
            except InferenceTimeoutError:
                log.info("%s engine, %s: timed out", self.name, task.kind)
                raise _Transient("timeout") from None
            except HfHubHTTPError as err:
                raise _classify_status(err, self.name, task) from None
            except httpx2.TransportError as err:
                log.info("%s engine, %s: %s", self.name, task.kind, type(err).__name__)
                raise _Transient(type(err).__name__) from None
            except (ValueError, TypeError, AttributeError, KeyError, IndexError) as err:
                # A body that is not a chat completion, or a client set-up problem (no token).
                log.warning("%s engine, %s: unusable: %s", self.name, task.kind, type(err).__name__)
                raise LLMUnavailable(task.unavailable) from None
        return content if isinstance(content, str) else None


@lru_cache(maxsize=16)
def _response_format(model: type[BaseModel]) -> ChatCompletionInputResponseFormatJSONSchema:
    """The answer's JSON schema, asked for where the server enforces it (cached: it is
    computed from the model and costs more than the rest of building a request)."""
    return ChatCompletionInputResponseFormatJSONSchema(
        type="json_schema",
        json_schema=ChatCompletionInputJSONSchema(
            name=model.__name__, schema=model.model_json_schema()
        ),
    )


def _classify_status(err: HfHubHTTPError, engine: str, task: Task[Any]) -> Exception:
    status = err.response.status_code
    if status == 429 or status >= 500:
        retry_after = parse_retry_after(err.response.headers.get("retry-after"))
        log.info("%s engine, %s: HTTP %d", engine, task.kind, status)
        return _Transient(f"HTTP {status}", retry_after)
    log.warning("%s engine, %s: HTTP %d, not retried", engine, task.kind, status)
    return LLMUnavailable(task.unavailable)
