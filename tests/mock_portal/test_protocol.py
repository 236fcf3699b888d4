"""The original protocol, field for field: GET /, POST /search, POST /apply, GET /status."""

from __future__ import annotations

import json

import httpx

from mock_portal.routes import ROOT_MESSAGE
from tests.mock_portal.conftest import JOBS, FakeClock, application

JOB_KEYS = [
    "id",
    "title",
    "company",
    "cities",
    "countries",
    "is_remote",
    "is_hybride",
    "is_onsite",
    "salary_offered",
    "visa_sponsorship_offered",
    "start_date",
    "required_skills",
    "description",
]


async def test_root_returns_a_message(client: httpx.AsyncClient) -> None:
    r = await client.get("/")
    assert r.status_code == 200
    assert r.json() == {"message": ROOT_MESSAGE}


async def test_search_shape_and_job_fields_in_original_order(client: httpx.AsyncClient) -> None:
    r = await client.post("/search", json={"query": "travel agent amadeus", "top_k": 5})
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["query", "results"]
    assert body["query"] == "travel agent amadeus"
    job = body["results"][0]
    assert job["id"] == "j2"
    # Original field order first, extras (here none) after; never the `is_hybrid` spelling.
    assert list(job)[: len(JOB_KEYS)] == JOB_KEYS
    assert "is_hybrid" not in job


async def test_search_byte_for_byte_job_serialisation(client: httpx.AsyncClient) -> None:
    r = await client.post("/search", json={"query": "personal trainer", "top_k": 1})
    expected = {"query": "personal trainer", "results": [JOBS[0]]}
    assert r.content == json.dumps(expected, separators=(",", ":"), ensure_ascii=False).encode()


async def test_search_normalises_loaded_jobs(client: httpx.AsyncClient) -> None:
    r = await client.post("/search", json={"query": "nutrition meal planning"})
    job = r.json()["results"][0]
    assert job["id"] == "3"  # integer ids are served as strings
    assert job["is_hybride"] is True  # `is_hybrid` in the file -> `is_hybride` out
    assert job["salary_offered"] == 61000.5
    assert job["company"] == "Zoë Müller GmbH"


async def test_search_top_k_defaults_to_20_and_is_honoured(client: httpx.AsyncClient) -> None:
    everything = (await client.post("/search", json={"query": ""})).json()["results"]
    assert [j["id"] for j in everything] == ["j1", "j2", "3"]
    one = (await client.post("/search", json={"query": "", "top_k": 1})).json()["results"]
    assert [j["id"] for j in one] == ["j1"]
    none = (await client.post("/search", json={"query": "trainer", "top_k": 0})).json()
    assert none["results"] == []


async def test_search_without_matching_words_is_empty(client: httpx.AsyncClient) -> None:
    r = await client.post("/search", json={"query": "astronaut"})
    assert r.json() == {"query": "astronaut", "results": []}


async def test_apply_returns_pending_application(client: httpx.AsyncClient) -> None:
    r = await client.post("/apply", json=application())
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["application_id", "status"]
    assert body["status"] == "pending"
    assert isinstance(body["application_id"], str) and body["application_id"]


async def test_apply_optional_fields_may_be_null_or_absent(client: httpx.AsyncClient) -> None:
    minimal = {"user_id": "u9", "name": "N", "job_id": "j1", "resume": "r"}
    assert (await client.post("/apply", json=minimal)).status_code == 200
    nulls = {**minimal, "job_id": "j2", "phone": None, "cover_letter": None}
    nulls["evidence_points"] = None
    assert (await client.post("/apply", json=nulls)).status_code == 200


async def test_apply_unknown_job_is_400_with_detail(client: httpx.AsyncClient) -> None:
    r = await client.post("/apply", json=application(job_id="nope"))
    assert r.status_code == 400
    assert list(r.json()) == ["detail"]
    assert "nope" in r.json()["detail"]
    admin = (await client.get("/admin/applications")).json()
    assert admin["total"] == 0


async def test_apply_malformed_body_is_422(client: httpx.AsyncClient) -> None:
    r = await client.post("/apply", json={"user_id": "u1"})
    assert r.status_code == 422
    missing = {tuple(e["loc"]) for e in r.json()["detail"]}
    assert {("body", "name"), ("body", "job_id"), ("body", "resume")} <= missing


async def test_status_shape_and_record_fields(client: httpx.AsyncClient, clock: FakeClock) -> None:
    app_id = (await client.post("/apply", json=application())).json()["application_id"]
    r = await client.get("/status", params={"user_id": "u1"})
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["accepted", "rejected", "on_process"]
    assert body["accepted"] == [] and body["rejected"] == []
    assert body["on_process"] == [
        {
            "application_id": app_id,
            "job_id": "j1",
            "user_id": "u1",
            "decision_at": None,
            "decision": "on_process",
        }
    ]


async def test_status_of_unknown_user_is_empty(client: httpx.AsyncClient) -> None:
    r = await client.get("/status", params={"user_id": "nobody"})
    assert r.json() == {"accepted": [], "rejected": [], "on_process": []}


async def test_status_only_shows_that_users_applications(client: httpx.AsyncClient) -> None:
    await client.post("/apply", json=application(user_id="alice"))
    await client.post("/apply", json=application(user_id="bob"))
    on = (await client.get("/status", params={"user_id": "alice"})).json()["on_process"]
    assert [rec["user_id"] for rec in on] == ["alice"]
