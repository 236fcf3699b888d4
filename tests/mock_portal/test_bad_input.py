"""Client mistakes get a 4xx with a clear `detail`, never a 500, and store nothing."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mock_portal.limits import DEFAULT_MAX_BODY_BYTES, BodyLimitMiddleware
from tests.mock_portal.conftest import application

JSON = {"content-type": "application/json"}
GOOD = application()


def raw(body: bytes) -> dict[str, Any]:
    return {"content": body, "headers": JSON}


BAD_APPLY: list[tuple[str, dict[str, Any]]] = [
    ("malformed json", raw(b'{"user_id": "u1", ')),
    ("not an object", {"json": [GOOD]}),
    ("a bare string", raw(b'"apply"')),
    ("empty body", raw(b"")),
    ("invalid utf-8", raw(b'{"user_id": "\xff\xfe"}')),
    ("lone surrogate", raw(json.dumps({**GOOD, "resume": "cv \ud800"}).encode())),
    ("missing resume", {"json": {k: v for k, v in GOOD.items() if k != "resume"}}),
    ("user_id is a number", {"json": {**GOOD, "user_id": 5}}),
    ("resume is a list", {"json": {**GOOD, "resume": ["a", "b"]}}),
    ("phone is a number", {"json": {**GOOD, "phone": 123}}),
    ("name is null", {"json": {**GOOD, "name": None}}),
    ("empty user_id", {"json": {**GOOD, "user_id": ""}}),
    ("empty job_id", {"json": {**GOOD, "job_id": ""}}),
    ("huge user_id", {"json": {**GOOD, "user_id": "u" * 300}}),
    ("text/plain body", {"content": json.dumps(GOOD).encode(), "headers": {"content-type": "x"}}),
]


@pytest.mark.parametrize(("case", "kwargs"), BAD_APPLY, ids=[c for c, _ in BAD_APPLY])
async def test_bad_apply_bodies_are_422(
    client: httpx.AsyncClient, case: str, kwargs: dict[str, Any]
) -> None:
    r = await client.post("/apply", **kwargs)
    # FastAPI answers undecodable bytes with 400 "error parsing the body"; the rest is 422.
    assert r.status_code == (400 if case == "invalid utf-8" else 422), (case, r.text)
    assert r.json()["detail"]
    assert (await client.get("/health")).json()["applications"] == 0


BAD_SEARCH: list[tuple[str, dict[str, Any]]] = [
    ("malformed json", raw(b"{query:")),
    ("missing query", {"json": {"top_k": 3}}),
    ("query is a number", {"json": {"query": 7}}),
    ("top_k is text", {"json": {"query": "x", "top_k": "many"}}),
    ("negative top_k", {"json": {"query": "x", "top_k": -1}}),
    ("fractional top_k", {"json": {"query": "x", "top_k": 2.5}}),
    ("query too long", {"json": {"query": "x" * 2001}}),
    ("lone surrogate", raw(b'{"query": "\\ud800"}')),
]


@pytest.mark.parametrize(("case", "kwargs"), BAD_SEARCH, ids=[c for c, _ in BAD_SEARCH])
async def test_bad_search_bodies_are_422(
    client: httpx.AsyncClient, case: str, kwargs: dict[str, Any]
) -> None:
    r = await client.post("/search", **kwargs)
    assert r.status_code == 422, (case, r.text)
    assert r.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/status", {}),
        ("/status", {"user_id": ""}),
        ("/jobs", {"page": 0}),
        ("/jobs", {"limit": 1000}),
        ("/jobs", {"limit": "ten"}),
        ("/jobs", {"min_salary": -1}),
        ("/jobs", {"min_salary": "lots"}),
        ("/jobs", {"remote": "maybe"}),
        ("/jobs", {"q": "x" * 3000}),
        ("/jobs", {"skill": ["x"] * 21}),
        ("/admin/applications", {"user_id": ""}),
    ],
)
async def test_bad_query_parameters_are_422(
    client: httpx.AsyncClient, path: str, params: dict[str, Any]
) -> None:
    r = await client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


async def test_validation_errors_do_not_echo_the_input(client: httpx.AsyncClient) -> None:
    r = await client.post("/apply", json={**GOOD, "user_id": 12345678})
    assert "12345678" not in r.text
    assert r.json()["detail"][0]["loc"] == ["body", "user_id"]


async def test_unknown_route_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert (await client.get("/nowhere")).status_code == 404
    assert (await client.get("/apply")).status_code == 405
    assert (await client.get("/jobs/" + "x" * 300)).status_code == 422


async def test_body_over_one_megabyte_is_413(client: httpx.AsyncClient) -> None:
    big = application(resume="x" * (DEFAULT_MAX_BODY_BYTES + 10))
    r = await client.post("/apply", json=big)
    assert r.status_code == 413
    assert "bytes" in r.json()["detail"]
    assert (await client.get("/health")).json()["applications"] == 0


async def test_chunked_body_over_the_limit_is_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"user_id": "u1", "name": "N", "job_id": "j1", "resume": "'
        for _ in range(12):
            yield b"x" * 100_000
        yield b'"}'

    r = await client.post("/apply", content=chunks(), headers=JSON)
    assert r.status_code == 413
    assert (await client.get("/health")).json()["applications"] == 0


async def test_body_just_under_the_limit_is_accepted(client: httpx.AsyncClient) -> None:
    body = application(resume="")
    room = DEFAULT_MAX_BODY_BYTES - len(json.dumps(body).encode())
    r = await client.post("/apply", json=application(resume="x" * room))
    assert r.status_code == 200


async def test_invalid_content_length_header_is_400() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("must not be called")

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "path": "/apply", "headers": [(b"content-length", b"abc")]}
    await BodyLimitMiddleware(app)(scope, receive, send)
    assert sent[0]["status"] == 400
    assert b"Content-Length" in sent[1]["body"]
