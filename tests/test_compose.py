"""compose.yaml as docker compose reads it: the services, their commands and valid settings.

Only `docker compose config` runs (no engine is needed); the stack itself is not started here.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def _compose() -> list[str]:
    if shutil.which("docker") is None:
        pytest.skip("no docker binary: compose.yaml not checked")
    plugin = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    if plugin.returncode == 0:
        return ["docker", "compose"]
    legacy = shutil.which("docker-compose")
    if legacy is None:  # a docker CLI without the compose plugin cannot read the file
        pytest.skip("docker is installed without `docker compose` or docker-compose")
    return [legacy]


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    command = [*_compose(), "-p", "jobbot", "-f", str(REPO / "compose.yaml"), "config"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    parsed: dict[str, Any] = yaml.safe_load(done.stdout)
    return parsed


def test_the_stack_has_postgres_one_front_two_workers_and_the_portal(
    config: dict[str, Any],
) -> None:
    services = config["services"]
    assert set(services) == {"postgres", "portal", "front", "worker-1", "worker-2"}
    assert services["front"]["command"] == ["jobbot", "run", "--role", "front"]
    for name in ("worker-1", "worker-2"):
        assert services[name]["command"] == ["jobbot", "worker"]
    assert services["portal"]["command"][:2] == ["jobbot", "portal"]
    names = {services[n]["environment"]["INSTANCE_NAME"] for n in ("front", "worker-1", "worker-2")}
    assert len(names) == 3  # a shared name would let one process take another's live rows


@pytest.mark.parametrize("name", ["front", "worker-1", "worker-2"])
def test_each_bot_service_has_valid_settings_health_and_a_drain(
    config: dict[str, Any], name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = config["services"][name]
    env = {k: str(v) for k, v in service["environment"].items()}
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    settings = Settings(**env)  # refuses an empty or malformed value, as the container would
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.metrics_host == "0.0.0.0" and settings.metrics_port == 9100
    assert "9100/healthz" in " ".join(service["healthcheck"]["test"])
    assert set(service["depends_on"]) == {"postgres", "portal"}
    # Docker's SIGKILL comes only after the grace the process asks for on SIGTERM.
    grace = service["stop_grace_period"]
    assert float(str(grace).rstrip("s")) > settings.shutdown_grace_seconds
