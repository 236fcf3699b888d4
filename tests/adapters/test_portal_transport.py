"""HttpPortal against httpx.MockTransport: every status mapping, garbage and transport fault."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from core.adapters.portal import HttpPortal, parse_retry_after
from core.errors import (
    OutcomeUnknown,
    PortalProtocolError,
    PortalRejected,
    PortalUnavailable,
)
from core.models import PortalStatus
from core.ports import ApplyRequest

RESUME = "# Julie Monroe\nNutrition consultant, 8 years of meal planning."
PHONE = "+1 555 0100"
REQUEST = ApplyRequest(
    user_id="u1",
    name="Julie Monroe",
    phone=PHONE,
    job_id="j-1",
    resume=RESUME,
    cover_letter="Dear team",
    evidence_points="- meal plans",
)
JOB = {
    "id": "j-1",
    "title": "Nutritionist",
    "company": "Green",
    "cities": ["Austin"],
    "countries": ["USA"],
    "is_remote": False,
    "is_hybride": True,
    "is_onsite": False,
    "salary_offered": 55000,
    "visa_sponsorship_offered": False,
    "start_date": None,
    "required_skills": ["Meal Planning"],
    "description": "Plan meals.",
    "posted_at": "2025-01-01",
}


class Recorder:
    """A MockTransport handler that records requests and answers with `answer(request)`."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def portal(answer: Callable[[httpx.Request], httpx.Response]) -> tuple[HttpPortal, Recorder]:
    recorder = Recorder(answer)
    return HttpPortal("http://portal.test", transport=httpx.MockTransport(recorder)), recorder


def raising(exc: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc("boom", request=request)

    return answer


# --- search and jobs ---------------------------------------------------------------------


async def test_search_posts_query_and_parses_jobs() -> None:
    client, rec = portal(lambda r: httpx.Response(200, json={"query": "x", "results": [JOB]}))
    jobs = await client.search("nutrition Austin", top_k=5)
    await client.aclose()
    [req] = rec.requests
    assert req.method == "POST" and req.url.path == "/search"
    assert json.loads(req.content) == {"query": "nutrition Austin", "top_k": 5}
    [job] = jobs
    assert job.id == "j-1" and job.is_hybrid and job.required_skills == ["Meal Planning"]


async def test_a_malformed_job_is_skipped_and_logged_by_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = {"id": "bad-7", "title": None, "description": "secret text " + PHONE}
    results = [JOB, broken, "not a job", {**JOB, "id": 99}]
    client, _ = portal(lambda r: httpx.Response(200, json={"query": "x", "results": results}))
    with caplog.at_level(logging.WARNING):
        jobs = await client.search("x")
    await client.aclose()
    assert [j.id for j in jobs] == ["j-1", "99"]
    assert "bad-7" in caplog.text
    assert PHONE not in caplog.text and "secret text" not in caplog.text


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="<html>not json</html>"),
        httpx.Response(200, json={"query": "x"}),
        httpx.Response(200, json=[JOB]),
        httpx.Response(200, json={"results": {"a": 1}}),
    ],
    ids=["html", "no-results", "bare-list", "results-not-list"],
)
async def test_search_garbage_is_a_protocol_error(answer: httpx.Response) -> None:
    client, _ = portal(lambda r: answer)
    with pytest.raises(PortalProtocolError) as caught:
        await client.search("x")
    await client.aclose()
    assert "html" not in str(caught.value)


async def test_list_jobs_sends_paging_and_accepts_known_shapes() -> None:
    shapes = iter([{"jobs": [JOB], "total": 1}, {"items": [JOB]}, [JOB]])
    client, rec = portal(lambda r: httpx.Response(200, json=next(shapes)))
    for _ in range(3):
        assert [j.id for j in await client.list_jobs(page=2, limit=10, q="chef")] == ["j-1"]
    await client.aclose()
    assert rec.requests[0].method == "GET" and rec.requests[0].url.path == "/jobs"
    assert dict(rec.requests[0].url.params) == {"page": "2", "limit": "10", "q": "chef"}


@pytest.mark.parametrize("status", [404, 405])
async def test_list_jobs_is_empty_when_the_portal_lacks_it(status: int) -> None:
    client, _ = portal(lambda r: httpx.Response(status, json={"detail": "Not Found"}))
    assert await client.list_jobs() == []
    await client.aclose()


async def test_list_jobs_other_errors_still_raise() -> None:
    client, _ = portal(lambda r: httpx.Response(503))
    with pytest.raises(PortalUnavailable):
        await client.list_jobs()
    await client.aclose()


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (200, JOB, True),
        (404, {"detail": "unknown job_id 'j-1'"}, False),  # the portal's own answer
        (404, {"detail": "Not Found"}, None),  # a portal without the route cannot say
        (405, {"detail": "Method Not Allowed"}, None),
    ],
)
async def test_job_open_reads_the_portals_answer(
    status: int, body: dict[str, object], said: bool | None
) -> None:
    client, rec = portal(lambda r: httpx.Response(status, json=body))
    assert await client.job_open("j 1/x") is said
    await client.aclose()
    assert rec.requests[0].url.raw_path == b"/jobs/j%201%2Fx"


# --- apply -------------------------------------------------------------------------------


async def test_apply_sends_body_and_idempotency_key_once() -> None:
    answer = httpx.Response(200, json={"application_id": "a-1", "status": "pending"})
    client, rec = portal(lambda r: answer)
    receipt = await client.apply(REQUEST, "key-u1-j-1")
    await client.aclose()
    assert receipt.application_id == "a-1" and receipt.status == "pending"
    [req] = rec.requests
    assert req.method == "POST" and req.url.path == "/apply"
    assert req.headers["Idempotency-Key"] == "key-u1-j-1"
    assert json.loads(req.content) == REQUEST.model_dump(mode="json")


async def test_apply_409_returns_the_existing_application() -> None:
    body = {"detail": "already applied", "application_id": 17}
    client, _ = portal(lambda r: httpx.Response(409, json=body))
    receipt = await client.apply(REQUEST, "k")
    await client.aclose()
    assert receipt.application_id == "17"


async def test_apply_409_without_an_id_is_a_protocol_error() -> None:
    client, _ = portal(lambda r: httpx.Response(409, json={"detail": "conflict"}))
    with pytest.raises(PortalProtocolError):
        await client.apply(REQUEST, "k")
    await client.aclose()


@pytest.mark.parametrize("status", [400, 422])
async def test_apply_refusal_carries_the_portal_detail(status: int) -> None:
    client, rec = portal(lambda r: httpx.Response(status, json={"detail": "unknown job_id j-1"}))
    with pytest.raises(PortalRejected, match="unknown job_id j-1"):
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert len(rec.requests) == 1


async def test_validation_detail_never_echoes_what_we_sent() -> None:
    detail = [{"loc": ["body", "phone"], "msg": "bad phone", "input": PHONE + " " + RESUME}]
    client, _ = portal(lambda r: httpx.Response(422, json={"detail": detail}))
    with pytest.raises(PortalRejected) as caught:
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert "body.phone: bad phone" in str(caught.value)
    assert PHONE not in str(caught.value) and "Julie" not in str(caught.value)


async def test_refusal_without_detail_still_says_something_short() -> None:
    client, _ = portal(lambda r: httpx.Response(400, text="x" * 5000))
    with pytest.raises(PortalRejected) as caught:
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert "400" in str(caught.value) and len(str(caught.value)) < 100


@pytest.mark.parametrize(("header", "expected"), [("12", 12.0), (None, None), ("soon", None)])
async def test_apply_429_is_unavailable_with_retry_after(
    header: str | None, expected: float | None
) -> None:
    headers = {"Retry-After": header} if header else {}
    client, _ = portal(lambda r: httpx.Response(429, headers=headers))
    with pytest.raises(PortalUnavailable) as caught:
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert not isinstance(caught.value, OutcomeUnknown)
    assert caught.value.retry_after == expected


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_apply_5xx_is_unavailable(status: int) -> None:
    client, _ = portal(lambda r: httpx.Response(status, headers={"Retry-After": "3"}))
    with pytest.raises(PortalUnavailable) as caught:
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert not isinstance(caught.value, OutcomeUnknown)
    assert caught.value.retry_after == 3.0


async def test_apply_gateway_timeout_is_an_unknown_outcome() -> None:
    client, _ = portal(lambda r: httpx.Response(504))
    with pytest.raises(OutcomeUnknown):
        await client.apply(REQUEST, "k")
    await client.aclose()


@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_apply_not_sent_is_unavailable_not_unknown(exc: type[httpx.TransportError]) -> None:
    client, _ = portal(raising(exc))
    with pytest.raises(PortalUnavailable) as caught:
        await client.apply(REQUEST, "k")
    await client.aclose()
    assert not isinstance(caught.value, OutcomeUnknown)


@pytest.mark.parametrize(
    "exc",
    [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError],
)
async def test_apply_sent_without_answer_is_unknown(exc: type[httpx.TransportError]) -> None:
    client, _ = portal(raising(exc))
    with pytest.raises(OutcomeUnknown):
        await client.apply(REQUEST, "k")
    await client.aclose()


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="OK!"),
        httpx.Response(200, json={"status": "pending"}),
        httpx.Response(201, json=["a-1"]),
    ],
    ids=["text", "no-id", "list"],
)
async def test_apply_garbage_is_a_protocol_error(answer: httpx.Response) -> None:
    client, _ = portal(lambda r: answer)
    with pytest.raises(PortalProtocolError):
        await client.apply(REQUEST, "k")
    await client.aclose()


async def test_apply_logs_neither_resume_nor_phone(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter(
        [
            httpx.Response(200, json={"application_id": "a-1"}),
            httpx.Response(422, json={"detail": [{"loc": ["body"], "input": RESUME}]}),
            httpx.Response(503),
        ]
    )
    client, _ = portal(lambda r: next(answers))
    with caplog.at_level(logging.DEBUG):
        await client.apply(REQUEST, "k")
        for _ in range(2):
            with pytest.raises((PortalRejected, PortalUnavailable)):
                await client.apply(REQUEST, "k")
    await client.aclose()
    assert caplog.text  # something was logged...
    assert PHONE not in caplog.text and "Nutrition consultant" not in caplog.text


# --- status ------------------------------------------------------------------------------


async def test_status_parses_the_report() -> None:
    record = {
        "application_id": "a-1",
        "job_id": "j-1",
        "user_id": "u1",
        "decision_at": None,
        "decision": None,
    }
    body = {"accepted": [], "rejected": [], "on_process": [record]}
    client, rec = portal(lambda r: httpx.Response(200, json=body))
    report = await client.status("u1")
    await client.aclose()
    assert rec.requests[0].url.path == "/status"
    assert rec.requests[0].url.params["user_id"] == "u1"
    found = report.find("j-1")
    assert found is not None and found[0] is PortalStatus.ON_PROCESS
    assert found[1].application_id == "a-1"


@pytest.mark.parametrize(
    "body",
    [{"accepted": [{"job_id": "j-1"}]}, ["a"], {"accepted": "none"}],
    ids=["record-missing-fields", "list", "wrong-type"],
)
async def test_malformed_status_is_a_protocol_error_not_an_empty_report(body: object) -> None:
    # an empty report could let a reconciler think nothing was applied, and apply twice
    client, _ = portal(lambda r: httpx.Response(200, json=body))
    with pytest.raises(PortalProtocolError):
        await client.status("u1")
    await client.aclose()


# --- limits and helpers --------------------------------------------------------------------


async def test_concurrency_limit_wraps_every_call() -> None:
    in_flight = 0
    peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        return httpx.Response(200, json={"query": "x", "results": []})

    client = HttpPortal("http://portal.test", transport=httpx.MockTransport(slow), concurrency=4)
    await asyncio.gather(*(client.search("x") for _ in range(20)))
    await client.aclose()
    assert peak == 4


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("0.5") == 0.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None and parse_retry_after("  ") is None
    assert parse_retry_after("whenever") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    seconds = parse_retry_after(later)
    assert seconds is not None and 100 < seconds <= 120
    past = format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)
    assert parse_retry_after(past) == 0.0
