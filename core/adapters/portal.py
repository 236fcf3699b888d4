"""HTTP client for a job portal speaking the original protocol (plus optional extensions)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from core.errors import OutcomeUnknown, PortalProtocolError, PortalRejected, PortalUnavailable
from core.models import Job
from core.ports import ApplyReceipt, ApplyRequest, PortalStatusReport
from core.runtime.sanitize import clean_tree

log = logging.getLogger(__name__)

M = TypeVar("M", ApplyReceipt, PortalStatusReport)

_MAX_DETAIL = 200
_ID_FIELDS = ("application_id", "job_id", "user_id")
# Errors raised before a byte of the request reached the portal: safe to send again.
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class HttpPortal:
    """`core.ports.Portal` over httpx: one long-lived client, a concurrency limit, and every
    failure mapped to the error the apply routine needs to decide what to do."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        concurrency: int = 16,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            transport=transport,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            headers={"accept": "application/json"},
        )
        self._limit = asyncio.Semaphore(concurrency)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def search(self, query: str, top_k: int = 20) -> list[Job]:
        response = await self._send("POST", "/search", json={"query": query, "top_k": top_k})
        # Fifty job texts parsed, cleaned and validated: tens of milliseconds, off the loop.
        return await asyncio.to_thread(_search_jobs, response)

    async def list_jobs(self, *, page: int = 1, limit: int = 50, q: str | None = None) -> list[Job]:
        params: dict[str, str | int] = {"page": page, "limit": limit}
        if q:
            params["q"] = q
        response = await self._send("GET", "/jobs", params=params, absent_ok=True)
        if response.status_code in (404, 405):
            return []  # the original portal has no /jobs
        return await asyncio.to_thread(_listed_jobs, response)

    async def apply(self, request: ApplyRequest, idempotency_key: str) -> ApplyReceipt:
        response = await self._send(
            "POST",
            "/apply",
            json=request.model_dump(mode="json"),
            headers={"Idempotency-Key": idempotency_key},
            conflict_ok=True,
        )
        body = _json(response)
        if response.status_code == 409:
            if not isinstance(body, dict) or body.get("application_id") in (None, ""):
                raise PortalProtocolError("409 without an application_id")
            body = {"status": "pending", **body}
        receipt = _model(ApplyReceipt, body, "apply answer")
        log.info("applied to job %s: portal application %s", request.job_id, receipt.application_id)
        return receipt

    async def status(self, user_id: str) -> PortalStatusReport:
        response = await self._send("GET", "/status", params={"user_id": user_id})
        body = _json(response)
        if isinstance(body, dict):
            for records in body.values():
                if isinstance(records, list):
                    for record in records:
                        _ids_as_text(record)
        return _model(PortalStatusReport, body, "status answer")

    async def job_open(self, job_id: str) -> bool | None:
        response = await self._send("GET", f"/jobs/{quote(job_id, safe='')}", absent_ok=True)
        if response.status_code < 300:
            return True
        # A 404 that names the job is the portal's answer; a bare one is a missing route.
        detail = _json_or_none(response)
        said = str(detail.get("detail", "")) if isinstance(detail, dict) else ""
        return False if response.status_code == 404 and "job" in said.lower() else None

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str | int] | None = None,
        headers: dict[str, str] | None = None,
        absent_ok: bool = False,
        conflict_ok: bool = False,
    ) -> httpx.Response:
        """One request; return a response to parse or raise the mapped portal error."""
        async with self._limit:
            try:
                response = await self._client.request(
                    method, path, json=json, params=params, headers=headers
                )
            except _NOT_SENT as err:
                log.warning("portal %s %s: not sent (%s)", method, path, type(err).__name__)
                raise PortalUnavailable("portal unreachable") from None
            except httpx.TransportError as err:
                # Read timeout, dropped connection, protocol error: the portal may have acted.
                log.warning("portal %s %s: no answer (%s)", method, path, type(err).__name__)
                raise OutcomeUnknown("no answer from the portal") from None
        status = response.status_code
        if status < 300 or (conflict_ok and status == 409) or (absent_ok and status in (404, 405)):
            return response
        log.warning("portal %s %s: HTTP %d", method, path, status)
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if status == 429:
            raise PortalUnavailable("portal rate limit", retry_after=retry_after)
        if status == 504 and method == "POST":
            # A gateway gave up waiting: the portal behind it may have done the work.
            raise OutcomeUnknown("portal gateway timeout", retry_after=retry_after)
        if status >= 500 or status == 408:
            raise PortalUnavailable(f"portal error {status}", retry_after=retry_after)
        raise PortalRejected(_detail(response))


def _json(response: httpx.Response) -> Any:
    try:  # cleaned here, at the boundary: a NUL in a job text must never reach the database
        return clean_tree(response.json())
    except ValueError:
        raise PortalProtocolError(
            f"portal answer is not JSON (HTTP {response.status_code})"
        ) from None


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _search_jobs(response: httpx.Response) -> list[Job]:
    body = _json(response)
    results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(results, list):
        raise PortalProtocolError("search answer has no results list")
    return _jobs(results)


def _listed_jobs(response: httpx.Response) -> list[Job]:
    body = _json(response)
    if isinstance(body, dict):
        body = next((body[k] for k in ("jobs", "results", "items") if k in body), None)
    if not isinstance(body, list):
        raise PortalProtocolError("jobs answer has no job list")
    return _jobs(body)


def _model(model: type[M], body: Any, what: str) -> M:
    if isinstance(body, dict):
        _ids_as_text(body)
    try:
        return model.model_validate(body)
    except ValidationError:
        raise PortalProtocolError(f"{what} has the wrong shape") from None


def _ids_as_text(record: Any) -> None:
    """Accept numeric ids from portals that send them as numbers."""
    if isinstance(record, dict):
        for key in _ID_FIELDS:
            if isinstance(record.get(key), int):
                record[key] = str(record[key])


def _jobs(items: list[Any]) -> list[Job]:
    """Parse each job; one malformed job is skipped (logged by id only), not fatal."""
    jobs = []
    for item in items:
        try:
            jobs.append(Job.model_validate(item))
        except ValidationError:
            job_id = item.get("id") if isinstance(item, dict) else None
            log.warning("skipping malformed job %.64s", str(job_id) if job_id is not None else "?")
    return jobs


def _detail(response: httpx.Response) -> str:
    """The portal's refusal reason, short, without echoing what we sent (it holds the resume)."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, list):
        # FastAPI-style validation errors: keep field and message, drop the echoed input.
        parts = [
            f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg', '')}"
            for d in detail
            if isinstance(d, dict)
        ]
        detail = "; ".join(parts)
    if not isinstance(detail, str) or not detail.strip():
        return f"portal refused the request (HTTP {response.status_code})"
    return detail[:_MAX_DETAIL]
