"""Idempotency-Key replays, 409 on a repeat application, and the original's behaviour."""

from __future__ import annotations

import httpx
import pytest

from mock_portal.config import PortalConfig
from tests.mock_portal.conftest import ClientFactory, application


async def count_pairs(client: httpx.AsyncClient) -> dict[tuple[str, str], int]:
    admin = (await client.get("/admin/applications")).json()
    return {(c["user_id"], c["job_id"]): c["count"] for c in admin["counts"]}


async def test_same_key_returns_same_application_and_stores_nothing_new(
    client: httpx.AsyncClient,
) -> None:
    headers = {"Idempotency-Key": "k-123"}
    first = await client.post("/apply", json=application(), headers=headers)
    again = await client.post("/apply", json=application(), headers=headers)
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert await count_pairs(client) == {("u1", "j1"): 1}
    stored = (await client.get("/admin/applications")).json()["applications"]
    assert stored[0]["idempotency_key"] == "k-123"


async def test_repeat_without_key_is_409_naming_the_stored_application(
    client: httpx.AsyncClient,
) -> None:
    first = (await client.post("/apply", json=application())).json()
    r = await client.post("/apply", json=application())
    assert r.status_code == 409
    assert r.json()["application_id"] == first["application_id"]
    assert isinstance(r.json()["detail"], str)
    assert await count_pairs(client) == {("u1", "j1"): 1}


async def test_repeat_with_a_different_key_is_409(client: httpx.AsyncClient) -> None:
    first = await client.post("/apply", json=application(), headers={"Idempotency-Key": "a"})
    r = await client.post("/apply", json=application(), headers={"Idempotency-Key": "b"})
    assert r.status_code == 409
    assert r.json()["application_id"] == first.json()["application_id"]


async def test_key_reused_for_another_job_is_422(client: httpx.AsyncClient) -> None:
    await client.post("/apply", json=application(job_id="j1"), headers={"Idempotency-Key": "a"})
    r = await client.post("/apply", json=application(job_id="j2"), headers={"Idempotency-Key": "a"})
    assert r.status_code == 422
    assert "Idempotency-Key" in r.json()["detail"]
    assert await count_pairs(client) == {("u1", "j1"): 1}


async def test_other_users_and_jobs_are_independent(client: httpx.AsyncClient) -> None:
    for user, job in [("u1", "j1"), ("u1", "j2"), ("u2", "j1")]:
        r = await client.post("/apply", json=application(job_id=job, user_id=user))
        assert r.status_code == 200
    assert len(await count_pairs(client)) == 3


@pytest.mark.parametrize("key", ["", "k" * 256])
async def test_empty_or_overlong_key_is_rejected(client: httpx.AsyncClient, key: str) -> None:
    r = await client.post("/apply", json=application(), headers={"Idempotency-Key": key})
    assert r.status_code == 422
    assert (await client.get("/health")).json()["applications"] == 0


async def test_ignore_idempotency_behaves_like_the_original(make_client: ClientFactory) -> None:
    client = await make_client(PortalConfig(ignore_idempotency=True))
    headers = {"Idempotency-Key": "same"}
    a = await client.post("/apply", json=application(), headers=headers)
    b = await client.post("/apply", json=application(), headers=headers)
    c = await client.post("/apply", json=application())
    assert [r.status_code for r in (a, b, c)] == [200, 200, 200]
    ids = {r.json()["application_id"] for r in (a, b, c)}
    assert len(ids) == 3  # every call is a new record
    admin = (await client.get("/admin/applications")).json()
    assert admin["duplicates"] == [{"user_id": "u1", "job_id": "j1", "count": 3}]
    assert all(app["idempotency_key"] is None for app in admin["applications"])
    status = (await client.get("/status", params={"user_id": "u1"})).json()
    assert len(status["on_process"]) == 3
