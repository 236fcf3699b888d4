"""`jobbot rates refresh`: download current exchange rates and keep them in the data folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import httpx
from pydantic import ValidationError

from bot.settings import Settings
from core.adapters.rates_feed import fetch_rates
from core.judging.currency import RateTable, use_rates

log = logging.getLogger(__name__)


def rates_path(settings: Settings) -> Path:
    """Where refreshed rates are kept (next to the database)."""
    return settings.data_dir / "rates.json"


async def refresh_rates(
    settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None
) -> tuple[RateTable, Path]:
    """Download the rates at RATES_URL, save them, and judge with them from now on."""
    table = await fetch_rates(settings.rates_url, transport=transport)
    path = rates_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".json.partial")
    partial.write_text(table.model_dump_json(indent=1), encoding="utf-8")
    os.replace(partial, path)  # a crash mid-write never leaves a half file behind
    use_rates(table)
    return table, path


def use_saved_rates(settings: Settings) -> RateTable | None:
    """Judge with the last refreshed rates, if any; a damaged file keeps the bundled ones."""
    path = rates_path(settings)
    if not path.is_file():
        return None
    try:
        table = RateTable.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        log.warning("refreshed rates in %s are unreadable; using the bundled rates", path)
        return None
    use_rates(table)
    return table
