"""The `jobbot` command line: every tool gives output or one clear error line, never a trace."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from tests.conftest import REPO, RESUMES

runner = CliRunner()
CORPUS = REPO / "mock_portal" / "data" / "jobs.json"
SAMPLE = REPO / "bot" / "samples"


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "LLM_ENGINE", "HF_TOKEN", "LLM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level  # every command sets logging up
    yield
    root.handlers[:], root.level = handlers, level


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("jobbot ")


def test_db_upgrade_creates_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The default data folder is the user's data directory, whatever the current folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "xdg" / "jobbot" / "jobbot.db").exists()
    assert not (tmp_path / "data").exists()


def test_where_prints_the_data_folder_without_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    result = runner.invoke(app, ["where"])
    assert result.exit_code == 0, result.output
    assert f"data folder: {tmp_path / 'xdg' / 'jobbot'}" in result.stdout
    assert "chat log:" in result.stdout
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://bot:s3cret@db.example:5432/jobs")
    get_settings.cache_clear()
    result = runner.invoke(app, ["where"])
    assert "db.example" in result.stdout and "s3cret" not in result.stdout


@pytest.mark.parametrize("name", ["PORTAL_URL", "TELEGRAM_API_BASE_URL", "LLM_BASE_URL"])
def test_a_malformed_web_address_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "notaurl")
    result = runner.invoke(app, ["where"])
    assert result.exit_code == 2
    assert f"setting {name}: not a web address" in result.output
    assert "Traceback" not in result.output and "notaurl" not in result.output


def test_bad_database_url_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://x@y/z")
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 2
    assert "DATABASE_URL" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("name", sorted(p.name for p in RESUMES.glob("*.pdf")))
def test_parse_resume_json_on_the_shared_resumes(name: str) -> None:
    result = runner.invoke(app, ["parse-resume", str(RESUMES / name), "--json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    assert profile["full_name"] and profile["email"] and len(profile["skills"]) >= 5


def test_parse_resume_of_a_wrong_file_is_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "cv.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    result = runner.invoke(app, ["parse-resume", str(fake)])
    assert result.exit_code == 2 and "error:" in result.output and "Traceback" not in result.output


def test_evaluate_prints_one_json_object_per_job(tmp_path: Path) -> None:
    jobs = json.loads(CORPUS.read_text(encoding="utf-8"))[:30]
    jobs_file = tmp_path / "jobs.json"
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--resume",
            str(SAMPLE / "sample_resume.md"),
            "--prefs",
            str(SAMPLE / "sample_prefs.json"),
            "--jobs",
            str(jobs_file),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["job_id"] for r in rows] == [j["id"] for j in jobs]
    assert all(set(r) == {"job_id", "decision", "score", "reasons"} for r in rows)
    by_id = {r["job_id"]: r for r in rows}
    # Hard rules: a job outside Ireland and the UK is rejected whatever its fit.
    abroad = [
        j
        for j in jobs
        if not j["is_remote"] and not {"Ireland", "United Kingdom"} & set(j["countries"])
    ]
    assert abroad and all(by_id[j["id"]]["decision"] == "reject" for j in abroad)


def test_evaluate_refuses_unknown_preference_fields(tmp_path: Path) -> None:
    prefs = tmp_path / "prefs.json"
    prefs.write_text('{"roles": ["Chef"], "favourite_colour": "red"}', encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--resume",
            str(SAMPLE / "sample_resume.md"),
            "--prefs",
            str(prefs),
            "--jobs",
            str(CORPUS),
        ],
    )
    assert result.exit_code == 2
    assert "favourite_colour" in result.output and "Traceback" not in result.output


def test_invite_create_prints_a_code_that_works_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import asyncio
    from datetime import UTC, datetime

    from storage.sql_store import SqlStore

    monkeypatch.setenv("ACCESS", "invite")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    result = runner.invoke(app, ["invite", "create"])
    assert result.exit_code == 0, result.output
    code = result.stdout.strip()

    async def redeem_twice() -> list[bool]:
        store = SqlStore.from_url(f"sqlite:///{tmp_path / 'data' / 'jobbot.db'}")
        try:
            now = datetime.now(UTC)
            return [await store.redeem_invite(code, now) for _ in range(2)]
        finally:
            store.close()

    assert asyncio.run(redeem_twice()) == [True, False]


CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.mark.parametrize(
    ("command", "env", "says"),
    [
        (
            ["run"],
            {"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_BASE_URL": CLOSED},
            f"cannot reach Telegram at {CLOSED} (setting TELEGRAM_API_BASE_URL)",
        ),
        (
            ["chat"],
            {"DATABASE_URL": "postgresql+psycopg://bot:s3cret@127.0.0.1:9/jobs"},
            "cannot open the database at postgresql+psycopg://bot:***@127.0.0.1:9/jobs "
            "(setting DATABASE_URL)",
        ),
    ],
    ids=["telegram", "postgresql"],
)
def test_an_unreachable_service_at_start_is_one_line_and_exit_3(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: list[str],
    env: dict[str, str],
    says: str,
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = runner.invoke(app, command, input="")
    assert result.exit_code == 3, result.output
    assert says in result.output
    assert "Traceback" not in result.output and "s3cret" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("error:")]) == 1


def test_a_worker_on_sqlite_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    result = runner.invoke(app, ["worker"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: jobbot worker needs a PostgreSQL DATABASE_URL (workers share it)"
    ]
    assert not (tmp_path / "bot.db").exists()  # refused before anything was opened
