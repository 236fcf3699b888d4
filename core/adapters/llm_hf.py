"""LLM engines: `hf` (Hugging Face inference, via huggingface_hub) and `openai` (any
OpenAI-compatible server: llama.cpp, vLLM, Ollama, TGI, via httpx); every answer is checked
against a strict schema that the request also asks the server to enforce."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from pydantic import BaseModel
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from core.adapters.llm_wire import (
    Chat,
    HttpChat,
    HubChat,
    Refused,
    SchemaFormat,
    Transient,
    resolve_format,
    response_format,
)
from core.adapters.prompts import Task, extract_profile_task, score_job_task, write_documents_task
from core.errors import LLMUnavailable
from core.llm_json import AnswerInvalid, Message, parse_answer, repair_messages
from core.models import Documents, Job, Preferences, Profile
from core.ports import JobScore
from core.runtime.breaker import BreakerOpen, CircuitBreaker

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
Sleep = Callable[[float], Awaitable[None]]

# Sent as the API key to an OpenAI-compatible server when none is configured, so that no
# machine-wide token (HF_TOKEN) is ever sent to a third-party server.
NO_API_KEY = "no-key"
SERVER_DOWN = "the LLM server is not answering"


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
        schema_format: SchemaFormat = "auto",
        breaker: CircuitBreaker | None = None,
        sleep: Sleep = asyncio.sleep,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._chat: Chat
        if base_url:
            self.name = "openai"
            self._chat = HttpChat(
                base_url,
                model=model,
                api_key=token or NO_API_KEY,
                timeout=timeout,
                transport=transport,
            )
        elif model:
            self.name = "hf"
            self._chat = HubChat(model, token, timeout)
        else:
            raise ValueError("an LLM engine needs a model id (hf) or a base_url (openai)")
        self.schema_format = resolve_format(schema_format)
        self._max_attempts = max(1, max_attempts)
        self._backoff_max = backoff_max
        # Exponential with jitter: base, 2*base, 4*base... plus up to `base` at random.
        self._backoff = wait_exponential(multiplier=backoff_base, max=backoff_max) + wait_random(
            0, backoff_base
        )
        self._sleep = sleep
        self._limit = asyncio.Semaphore(concurrency)
        self.breaker = breaker or CircuitBreaker()

    async def extract_profile(self, resume_text: str) -> Profile:
        return (await self._run(extract_profile_task(resume_text))).to_profile()

    async def score_job(self, profile: Profile, prefs: Preferences, job: Job) -> JobScore:
        return (await self._run(score_job_task(profile, prefs, job))).to_score()

    async def write_documents(self, profile: Profile, job: Job) -> Documents:
        return await self._run(write_documents_task(profile, job))

    async def aclose(self) -> None:
        await self._chat.aclose()

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
            raise LLMUnavailable(f"{task.unavailable}: the answer was not valid") from None

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
        except Transient as err:
            log.warning("%s engine, %s: giving up (%s)", self.name, task.kind, err)
            if self.breaker.is_open:
                raise LLMUnavailable(f"{task.unavailable}: {SERVER_DOWN}") from None
            raise LLMUnavailable(task.unavailable) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    def _worth_retrying(self, err: BaseException) -> bool:
        if not isinstance(err, Transient) or self.breaker.is_open:
            return False
        # A server asking for a longer pause than we would wait: stop now, try next cycle.
        return err.retry_after is None or err.retry_after <= self._backoff_max

    def _wait(self, state: RetryCallState) -> float:
        err = state.outcome.exception() if state.outcome else None
        if isinstance(err, Transient) and err.retry_after is not None:
            return err.retry_after
        return min(float(self._backoff(state)), self._backoff_max)

    async def _call(self, task: Task[T], messages: list[Message]) -> str | None:
        fmt = response_format(task.output, self.schema_format)
        async with self._limit:
            try:
                trial = self.breaker.before_call()
                call = asyncio.ensure_future(self._chat.complete(messages, task.max_tokens, fmt))
                content = await self.breaker.call(call)
            except BreakerOpen:
                log.info("%s engine, %s: %s", self.name, task.kind, SERVER_DOWN)
                raise LLMUnavailable(f"{task.unavailable}: {SERVER_DOWN}") from None
            except Transient as err:
                log.info("%s engine, %s: %s", self.name, task.kind, err)
                if err.down:
                    self.breaker.failure()
                raise
            except Refused as err:
                self.breaker.success()  # it answered: up, but not usable for this call
                log.warning("%s engine, %s: not retried: %s", self.name, task.kind, err)
                raise LLMUnavailable(task.unavailable) from None
            except asyncio.CancelledError:
                if trial:  # cancelled from outside (a deadline): the trial decided nothing
                    self.breaker.release()
                raise
        self.breaker.success()
        return content if isinstance(content, str) else None
