"""`jobbot rates refresh` downloads rates from a configurable URL, saves them and uses them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.rates_cmd import rates_path, refresh_rates, use_saved_rates
from bot.settings import Settings
from core.adapters.rates_feed import parse_rates
from core.errors import JobBotError
from core.judging.currency import active_rates, bundled_rates, use_rates
from core.judging.screening import screen
from core.models import Job, Preferences

ECB_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube><Cube time="2026-12-04">
    <Cube currency="USD" rate="1.1000"/><Cube currency="INR" rate="20.0"/>
    <Cube currency="GBP" rate="0.8500"/>
  </Cube></Cube>
</gesmes:Envelope>"""


class FakeRatesServer:
    """A local HTTP server answering GET /rates with a scripted status and body."""

    def __init__(self, body: bytes, status: int = 200) -> None:
        self.body, self.status, self.hits = body, status, 0
        self.url = ""

    async def _handle(self, request: web.Request) -> web.Response:
        self.hits += 1
        return web.Response(body=self.body, status=self.status, content_type="application/xml")

    async def __aenter__(self) -> FakeRatesServer:
        app = web.Application()
        app.router.add_get("/rates", self._handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/rates"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


@pytest.fixture(autouse=True)
async def bundled_after() -> AsyncIterator[None]:
    yield
    use_rates(None)


def settings_for(url: str, tmp_path: Path) -> Settings:
    return Settings(RATES_URL=url, DATA_DIR=tmp_path)


async def test_refresh_downloads_saves_and_uses_the_rates(tmp_path: Path) -> None:
    async with FakeRatesServer(ECB_XML) as server:
        table, path = await refresh_rates(settings_for(server.url, tmp_path))
    assert server.hits == 1
    assert (table.date, table.rates["USD"], table.rates["EUR"]) == ("2026-12-04", 1.1, 1.0)
    assert path == rates_path(settings_for(server.url, tmp_path)) and path.is_file()
    assert active_rates().date == "2026-12-04"
    # 900,000 INR is 45,000 EUR at the refreshed rate (was about 8,950 at the bundled one)
    prefs = Preferences(min_salary=45000, salary_currency="EUR")
    assert screen(Job(id="1", title="x", salary_offered=900000, currency="INR"), prefs) == []
    use_rates(None)
    assert use_saved_rates(settings_for(server.url, tmp_path)) == table
    assert active_rates() == table


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"<html>maintenance</html>", 200, "not a rates table"),
        (b"gone", 404, "HTTP 404"),
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', 200, "declarations"),
        (b'{"date": "2026-12-04", "base": "EUR", "rates": {"USD": -1}}', 200, "not a rates"),
    ],
)
async def test_a_bad_feed_is_one_clear_error_and_keeps_the_old_rates(
    tmp_path: Path, body: bytes, status: int, message: str
) -> None:
    async with FakeRatesServer(body, status) as server:
        with pytest.raises(JobBotError) as err:
            await refresh_rates(settings_for(server.url, tmp_path))
    assert message in str(err.value) and "\n" not in str(err.value)
    assert active_rates() == bundled_rates()
    assert not rates_path(settings_for(server.url, tmp_path)).exists()


async def test_an_unreachable_feed_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JobBotError) as err:
        await refresh_rates(settings_for("http://127.0.0.1:9/rates", tmp_path))
    assert "ConnectError" in str(err.value)


def test_a_damaged_saved_file_keeps_the_bundled_rates(tmp_path: Path) -> None:
    settings = settings_for("http://unused", tmp_path)
    rates_path(settings).write_text("{not json", encoding="utf-8")
    assert use_saved_rates(settings) is None
    assert active_rates() == bundled_rates()


def test_our_own_json_format_is_accepted() -> None:
    table = parse_rates(b'{"date": "2026-12-01", "base": "EUR", "rates": {"USD": 1.2}}', "x")
    assert table.rates == {"USD": 1.2} and table.source == "x"


def test_the_command_reports_a_failure_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bot.cli import app
    from bot.settings import get_settings

    get_settings.cache_clear()
    env = {"RATES_URL": "http://127.0.0.1:9/rates", "DATA_DIR": str(tmp_path)}
    try:
        result = CliRunner().invoke(app, ["rates", "refresh"], env=env)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "error: rates feed http://127.0.0.1:9/rates: ConnectError" in result.output
    assert "Traceback" not in result.output
