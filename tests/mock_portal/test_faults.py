"""Fault injection in-process: 5xx, 429, latency, commit-then-drop, scope and seeding."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from mock_portal.__main__ import build_parser, main
from mock_portal.config import PortalConfig
from mock_portal.faults import FAULT_HEADER, ConnectionDropped, FaultConfig
from tests.mock_portal.conftest import ClientFactory, application


async def stored(client: httpx.AsyncClient) -> int:
    return int((await client.get("/health")).json()["applications"])


async def apply_codes(client: httpx.AsyncClient, n: int) -> list[int]:
    codes = []
    for i in range(n):
        r = await client.post("/apply", json=application(user_id=f"user{i}"))
        codes.append(r.status_code)
    return codes


async def test_fail_rate_answers_500_or_503_and_stores_nothing(
    make_client: ClientFactory,
) -> None:
    client = await make_client(PortalConfig(faults=FaultConfig(fail_rate=1.0, retry_after=4)))
    responses = [await client.post("/apply", json=application()) for _ in range(30)]
    assert {r.status_code for r in responses} == {500, 503}
    for r in responses:
        assert r.headers[FAULT_HEADER] == str(r.status_code)
        assert r.json()["detail"] == "injected server error"
        if r.status_code == 503:
            assert r.headers["retry-after"] == "4"
    assert await stored(client) == 0


async def test_rate_limit_answers_429_with_retry_after(make_client: ClientFactory) -> None:
    faults = FaultConfig(rate_limit_rate=1.0, retry_after=7)
    client = await make_client(PortalConfig(faults=faults))
    r = await client.post("/apply", json=application())
    assert r.status_code == 429
    assert r.headers["retry-after"] == "7"
    assert await stored(client) == 0


async def test_latency_delays_apply_only(make_client: ClientFactory) -> None:
    client = await make_client(PortalConfig(faults=FaultConfig(latency_ms=200)))
    start = time.perf_counter()
    assert (await client.post("/apply", json=application())).status_code == 200
    assert time.perf_counter() - start >= 0.2
    start = time.perf_counter()
    await client.post("/search", json={"query": "trainer"})
    assert time.perf_counter() - start < 0.2


async def test_commit_then_drop_in_process_raises_after_storing(
    make_client: ClientFactory,
) -> None:
    client = await make_client(PortalConfig(faults=FaultConfig(drop_rate=1.0)))
    with pytest.raises(ConnectionDropped):
        await client.post("/apply", json=application(), headers={"Idempotency-Key": "k"})
    admin = (await client.get("/admin/applications")).json()
    assert admin["total"] == 1 and admin["applications"][0]["idempotency_key"] == "k"
    assert (await client.get("/health")).json()["faults_injected"]["drop"] == 1


async def test_drop_answers_normally_when_nothing_was_committed(
    make_client: ClientFactory,
) -> None:
    client = await make_client(PortalConfig(faults=FaultConfig(drop_rate=1.0)))
    r = await client.post("/apply", json=application(job_id="unknown"))
    assert r.status_code == 400
    r = await client.post("/apply", json={"user_id": "u1"})
    assert r.status_code == 422


async def test_faults_spare_other_endpoints_unless_asked(make_client: ClientFactory) -> None:
    client = await make_client(PortalConfig(faults=FaultConfig(fail_rate=1.0)))
    assert (await client.post("/search", json={"query": "x"})).status_code == 200
    assert (await client.get("/status", params={"user_id": "u"})).status_code == 200
    everywhere = FaultConfig(fail_rate=1.0, all_endpoints=True)
    client = await make_client(PortalConfig(faults=everywhere))
    assert (await client.post("/search", json={"query": "x"})).status_code in (500, 503)
    assert (await client.get("/status", params={"user_id": "u"})).status_code in (500, 503)
    # Health and the test-only endpoint stay reliable so tests can always inspect the portal.
    assert (await client.get("/health")).status_code == 200
    assert (await client.get("/admin/applications")).status_code == 200


async def test_faults_are_seeded_and_match_the_rates(make_client: ClientFactory) -> None:
    faults = FaultConfig(fail_rate=0.2, rate_limit_rate=0.2)
    client_a = await make_client(PortalConfig(seed=11, faults=faults))
    first = await apply_codes(client_a, 300)
    again = await apply_codes(await make_client(PortalConfig(seed=11, faults=faults)), 300)
    other = await apply_codes(await make_client(PortalConfig(seed=12, faults=faults)), 300)
    assert first == again
    assert first != other
    counts = Counter(first)
    assert 35 <= counts[429] <= 85
    assert 35 <= counts[500] + counts[503] <= 85
    assert 140 <= counts[200] <= 220
    health = (await client_a.get("/health")).json()
    assert health["faults_injected"] == {
        "error": counts[500] + counts[503],
        "rate_limit": counts[429],
        "drop": 0,
    }


async def test_fault_seed_overrides_portal_seed(make_client: ClientFactory) -> None:
    a = FaultConfig(fail_rate=0.5, seed=99)
    x = await apply_codes(await make_client(PortalConfig(seed=1, faults=a)), 50)
    y = await apply_codes(await make_client(PortalConfig(seed=2, faults=a)), 50)
    assert x == y


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fail_rate": 1.5},
        {"drop_rate": -0.1},
        {"fail_rate": 0.6, "rate_limit_rate": 0.3, "drop_rate": 0.2},
        {"latency_ms": -1},
    ],
)
def test_fault_config_rejects_impossible_settings(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        FaultConfig(**kwargs)  # type: ignore[arg-type]


def test_fault_config_from_env() -> None:
    env = {
        "MOCK_PORTAL_FAIL_RATE": "0.1",
        "MOCK_PORTAL_RATE_LIMIT_RATE": "0.2",
        "MOCK_PORTAL_RETRY_AFTER": "3",
        "MOCK_PORTAL_LATENCY_MS": "15",
        "MOCK_PORTAL_DROP_RATE": "0.05",
        "MOCK_PORTAL_FAULT_ALL_ENDPOINTS": "yes",
        "MOCK_PORTAL_FAULT_SEED": "5",
    }
    assert FaultConfig.from_env(env) == FaultConfig(0.1, 0.2, 3, 15, 0.05, True, 5)
    assert FaultConfig.from_env({}) == FaultConfig()
    assert not FaultConfig().active


def test_cli_flags_default_from_env_and_flags_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_PORTAL_DROP_RATE", "0.3")
    monkeypatch.setenv("MOCK_PORTAL_DECISION_DELAY", "0")
    monkeypatch.setenv("MOCK_PORTAL_IGNORE_IDEMPOTENCY", "1")
    args = build_parser().parse_args(["--fail-rate", "0.1"])
    assert (args.drop_rate, args.fail_rate, args.decision_delay) == (0.3, 0.1, 0.0)
    assert args.ignore_idempotency is True
    defaults = build_parser().parse_args([])
    assert (defaults.host, defaults.port) == ("127.0.0.1", 5000)
    monkeypatch.delenv("MOCK_PORTAL_DROP_RATE")
    monkeypatch.delenv("MOCK_PORTAL_DECISION_DELAY")
    assert build_parser().parse_args([]).decision_delay == 30.0


def test_cli_refuses_bad_settings_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    assert main(["--port", "0", "--db", db, "--fail-rate", "2"]) == 2
    assert "fail_rate must be between 0 and 1" in capsys.readouterr().err
    assert main(["--port", "0", "--db", db, "--jobs", str(tmp_path / "missing.json")]) == 2
    assert "cannot read jobs file" in capsys.readouterr().err
