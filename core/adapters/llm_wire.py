"""How a chat completion travels: the answer's schema in the form the server understands, and
two transports (huggingface_hub for Hugging Face, plain httpx for OpenAI-compatible servers).

huggingface_hub rewrites an OpenAI `json_schema` response_format sent to a base_url into TGI's
`{"type": "json_object", "value": schema}`, which llama.cpp's server ignores and which cannot
carry OpenAI's form at all; so the `openai` engine posts the request itself with httpx.
"""

from __future__ import annotations

from collections.abc import Generator
from functools import lru_cache
from typing import Any, Literal, Protocol

import httpx
import httpx2
from huggingface_hub import AsyncInferenceClient, InferenceTimeoutError
from huggingface_hub.errors import HfHubHTTPError
from pydantic import BaseModel

from core.adapters.portal import parse_retry_after

SchemaFormat = Literal["auto", "json_schema", "llamacpp", "tgi", "none"]
SCHEMA_FORMATS: tuple[SchemaFormat, ...] = ("auto", "json_schema", "llamacpp", "tgi", "none")


class Transient(Exception):
    """A failure worth another attempt (timeout, 429, 5xx, dropped connection)."""

    def __init__(self, reason: str, retry_after: float | None = None, *, down: bool = True):
        super().__init__(reason)
        self.retry_after = retry_after
        self.down = down  # a sign the server is down (timeouts, 5xx), not just busy (429)


class Refused(Exception):
    """The server answered, but not with a usable completion (4xx, a body that is not one)."""


def resolve_format(form: SchemaFormat) -> SchemaFormat:
    """`auto` is OpenAI's json_schema: OpenAI, vLLM, Ollama, recent llama.cpp and the Hugging
    Face router all enforce it; older llama.cpp wants `llamacpp`, TGI wants `tgi`."""
    return "json_schema" if form == "auto" else form


@lru_cache(maxsize=32)
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


def response_format(model: type[BaseModel], form: SchemaFormat) -> dict[str, Any] | None:
    """The `response_format` that asks the server to enforce `model`'s JSON schema."""
    schema = _schema(model)
    kind = resolve_format(form)
    if kind == "json_schema":
        # No "strict": OpenAI's strict mode refuses schemas with length limits; the servers
        # this engine is for (vLLM, llama.cpp, Ollama) enforce the schema either way, and
        # every answer is validated here against the full model whatever the server did.
        return {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": schema}}
    if kind == "llamacpp":
        return {"type": "json_object", "schema": schema}
    if kind == "tgi":  # TGI's grammar on its chat route
        return {"type": "json_object", "value": schema}
    return None


class Chat(Protocol):
    """One chat completion: the answer's text, or Transient / Refused."""

    async def complete(
        self, messages: list[dict[str, str]], max_tokens: int, fmt: dict[str, Any] | None
    ) -> str | None: ...

    async def aclose(self) -> None: ...


def _status_error(status: int, retry_after: str | None) -> Exception:
    if status == 429:
        return Transient("HTTP 429", parse_retry_after(retry_after), down=False)
    if status >= 500:
        return Transient(f"HTTP {status}", parse_retry_after(retry_after))
    return Refused(f"HTTP {status}")


class HubChat:
    """huggingface_hub's client: the Hugging Face router, given a model id."""

    def __init__(self, model: str, token: str | None, timeout: float) -> None:
        self._client = AsyncInferenceClient(model=model, token=token, timeout=timeout)

    async def complete(
        self, messages: list[dict[str, str]], max_tokens: int, fmt: dict[str, Any] | None
    ) -> str | None:
        try:
            output = await self._client.chat_completion(
                list(messages),
                max_tokens=max_tokens,
                temperature=0.0,
                # extra_body, not response_format: sent exactly as built, whatever the form
                extra_body={"response_format": fmt} if fmt else None,
            )
            content = output.choices[0].message.content if output.choices else None
        except InferenceTimeoutError:
            raise Transient("timeout") from None
        except HfHubHTTPError as err:
            status = err.response.status_code
            raise _status_error(status, err.response.headers.get("retry-after")) from None
        except httpx2.TransportError as err:
            raise Transient(type(err).__name__) from None
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as err:
            # A body that is not a chat completion, or a set-up problem (a non-HF token).
            raise Refused(type(err).__name__) from None
        return content if isinstance(content, str) else None

    async def aclose(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]


class _Bearer(httpx.Auth):
    """The API key as a bearer token on every request."""

    def __init__(self, key: str) -> None:
        self._header = f"Bearer {key}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


def completions_url(base_url: str) -> str:
    """`<base>/v1/chat/completions`, whether or not `base_url` already ends in /v1."""
    base = base_url.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    return f"{base}/chat/completions" if base.endswith("/v1") else f"{base}/v1/chat/completions"


class HttpChat:
    """An OpenAI-compatible server over httpx (llama.cpp, vLLM, Ollama, TGI, OpenAI)."""

    def __init__(
        self,
        base_url: str,
        *,
        model: str | None,
        api_key: str,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._url = completions_url(base_url)
        self._model = model or "default"
        # An explicit auth, so proxies from the environment apply but .netrc never does.
        self._client = httpx.AsyncClient(
            timeout=timeout, auth=_Bearer(api_key), transport=transport
        )

    async def complete(
        self, messages: list[dict[str, str]], max_tokens: int, fmt: dict[str, Any] | None
    ) -> str | None:
        body: dict[str, Any] = {
            "model": self._model,
            "messages": list(messages),
            "max_tokens": max_tokens,
            "temperature": 0.0,
        }
        if fmt is not None:
            body["response_format"] = fmt
        try:
            response = await self._client.post(self._url, json=body)
        except httpx.TimeoutException:
            raise Transient("timeout") from None
        except httpx.TransportError as err:
            raise Transient(type(err).__name__) from None
        if response.status_code != 200:
            raise _status_error(response.status_code, response.headers.get("retry-after"))
        return _content(response)

    async def aclose(self) -> None:
        await self._client.aclose()


def _content(response: httpx.Response) -> str | None:
    try:
        data = response.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, TypeError, KeyError, IndexError):
        raise Refused("not a chat completion") from None
    return content if isinstance(content, str) else None
