"""Extension endpoints: /jobs with filters and pages, /jobs/{id}, /health, admin, OpenAPI."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.mock_portal.conftest import ClientFactory, application


async def ids(client: httpx.AsyncClient, **params: Any) -> list[str]:
    r = await client.get("/jobs", params=params)
    assert r.status_code == 200, r.text
    return [j["id"] for j in r.json()["results"]]


async def test_jobs_lists_everything_in_order_with_total(client: httpx.AsyncClient) -> None:
    body = (await client.get("/jobs")).json()
    assert {k: body[k] for k in ("total", "page", "limit")} == {"total": 3, "page": 1, "limit": 20}
    assert [j["id"] for j in body["results"]] == ["j1", "j2", "3"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"remote": "true"}, ["j2"]),
        ({"remote": "false"}, ["j1", "3"]),
        ({"city": "new york"}, ["j1"]),
        ({"country": "GERMANY"}, ["3"]),
        ({"min_salary": 55000}, ["3"]),  # null salaries never match a minimum
        ({"skill": "Customer Service"}, ["j2", "3"]),
        ({"skill": ["customer service", "amadeus"]}, ["j2"]),  # repeated: all must match
        ({"q": "trainer strength"}, ["j1"]),
        ({"q": "customer service", "remote": "false"}, ["3"]),
    ],
)
async def test_jobs_filters(
    client: httpx.AsyncClient, params: dict[str, Any], expected: list[str]
) -> None:
    assert await ids(client, **params) == expected


async def test_jobs_pagination_keeps_total(client: httpx.AsyncClient) -> None:
    pages = [(await client.get("/jobs", params={"limit": 2, "page": p})).json() for p in (1, 2, 3)]
    assert [p["total"] for p in pages] == [3, 3, 3]
    assert [[j["id"] for j in p["results"]] for p in pages] == [["j1", "j2"], ["3"], []]


async def test_jobs_on_the_shipped_corpus_paginates(make_client: ClientFactory) -> None:
    client = await make_client(jobs=None)
    body = (await client.get("/jobs", params={"limit": 100, "page": 2})).json()
    assert body["total"] >= 300 and len(body["results"]) == 100
    remote = (await client.get("/jobs", params={"remote": "true", "limit": 100})).json()
    assert remote["total"] > 20 and all(j["is_remote"] for j in remote["results"])


async def test_job_by_id_and_404(client: httpx.AsyncClient) -> None:
    r = await client.get("/jobs/j2")
    assert r.status_code == 200 and r.json()["title"] == "Travel Agent"
    assert r.json()["is_hybride"] is False and "is_hybrid" not in r.json()
    missing = await client.get("/jobs/nope")
    assert missing.status_code == 404
    assert "nope" in missing.json()["detail"]


async def test_health(client: httpx.AsyncClient) -> None:
    await client.post("/apply", json=application())
    assert (await client.get("/health")).json() == {
        "status": "ok",
        "jobs": 3,
        "applications": 1,
        "faults_injected": {"error": 0, "rate_limit": 0, "drop": 0},
    }


async def test_admin_applications_lists_everything_with_counts(client: httpx.AsyncClient) -> None:
    await client.post("/apply", json=application(job_id="j1"))
    await client.post("/apply", json=application(job_id="j2", user_id="u2"))
    admin = (await client.get("/admin/applications")).json()
    assert admin["total"] == 2 and admin["duplicates"] == []
    assert admin["counts"] == [
        {"user_id": "u1", "job_id": "j1", "count": 1},
        {"user_id": "u2", "job_id": "j2", "count": 1},
    ]
    stored = admin["applications"][0]
    assert stored["resume"] == application()["resume"]
    assert stored["cover_letter"] == application()["cover_letter"]
    assert stored["evidence_points"] == application()["evidence_points"]
    assert stored["decision"] == "on_process"
    only_u2 = (await client.get("/admin/applications", params={"user_id": "u2"})).json()
    assert only_u2["total"] == 1 and only_u2["applications"][0]["job_id"] == "j2"


async def test_openapi_documents_extensions_and_test_only_endpoint(
    client: httpx.AsyncClient,
) -> None:
    spec = (await client.get("/openapi.json")).json()
    paths = spec["paths"]
    for path in ("/", "/search", "/apply", "/status", "/jobs", "/jobs/{job_id}", "/health"):
        assert path in paths
    assert paths["/admin/applications"]["get"]["tags"] == ["test-only"]
    assert "TEST ONLY" in paths["/admin/applications"]["get"]["summary"]
    apply = paths["/apply"]["post"]
    assert {"400", "409", "413", "422", "429", "500", "503"} <= set(apply["responses"])
    headers = [p["name"] for p in apply["parameters"] if p["in"] == "header"]
    assert headers == ["Idempotency-Key"]
    assert paths["/jobs"]["get"]["tags"] == ["extensions"]
