"""Download current reference exchange rates: the ECB daily XML, or a JSON RateTable."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import httpx
from pydantic import ValidationError

from core.errors import JobBotError
from core.judging.currency import RateTable

ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
_MAX_BYTES = 1_000_000
_TIMEOUT_S = 15.0
# Entity declarations are how XML bombs work; a rates feed never needs them.
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


def parse_rates(body: bytes, source: str) -> RateTable:
    """A RateTable from an ECB-style XML feed or our JSON format; JobBotError when neither."""
    text = body.lstrip()
    try:
        if text.startswith(b"{"):
            return RateTable.model_validate({"source": source, **json.loads(text)})
        return _parse_ecb(text, source)
    except (ValueError, ValidationError, ElementTree.ParseError) as err:
        reason = str(err).splitlines()[0][:120]
        raise JobBotError(f"rates feed {source}: not a rates table ({reason})") from None


def _parse_ecb(body: bytes, source: str) -> RateTable:
    if _DECLARATIONS.search(body):
        raise ValueError("declarations are not accepted")
    root = ElementTree.fromstring(body)
    day = ""
    rates = {"EUR": 1.0}
    for cube in root.iter():
        if not cube.tag.endswith("Cube"):
            continue
        day = cube.attrib.get("time", day)
        currency, rate = cube.attrib.get("currency"), cube.attrib.get("rate")
        if currency and rate:
            rates[currency.upper()] = float(rate)
    if len(rates) < 2:
        raise ValueError("no rates in the feed")
    return RateTable(date=day, base="EUR", source=source, rates=rates)


async def fetch_rates(
    url: str = ECB_DAILY_URL,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> RateTable:
    """Download and check the rates at `url`; one-line JobBotError on any failure."""
    try:
        async with httpx.AsyncClient(transport=transport, timeout=_TIMEOUT_S) as client:
            response = await client.get(url, follow_redirects=True)
    except httpx.HTTPError as err:
        raise JobBotError(f"rates feed {url}: {type(err).__name__}") from None
    if response.status_code != 200:
        raise JobBotError(f"rates feed {url}: HTTP {response.status_code}")
    if len(response.content) > _MAX_BYTES:
        raise JobBotError(f"rates feed {url}: answer too large")
    return parse_rates(response.content, url)
