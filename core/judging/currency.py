"""Convert pay between currencies with dated reference rates (bundled; refreshable when online)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, Field, field_validator

# Common ways a posting writes a currency, folded to the ISO code.
_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "₹": "INR",
    "rs": "INR",
    "¥": "JPY",
    "fr": "CHF",
}


class RateTable(BaseModel):
    """Units of each currency per one unit of `base`, as published on `date`."""

    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    base: str
    source: str = ""
    rates: dict[str, float]

    @field_validator("rates")
    @classmethod
    def _positive(cls, v: dict[str, float]) -> dict[str, float]:
        if not v or any(r <= 0 for r in v.values()):
            raise ValueError("rates must be positive")
        return {k.upper(): r for k, r in v.items()}

    def convert(self, amount: float, frm: str, to: str) -> float | None:
        """`amount` of `frm` in `to`, or None when either currency is unknown."""
        a, b = self.rates.get(frm.upper()), self.rates.get(to.upper())
        if a is None or b is None:
            return None
        return amount / a * b


@dataclass
class _Active:
    table: RateTable | None = None


_ACTIVE = _Active()


@lru_cache(maxsize=1)
def bundled_rates() -> RateTable:
    """The reference rates shipped with the package."""
    text = resources.files("core.judging").joinpath("data/rates.json").read_text("utf-8")
    return RateTable.model_validate(json.loads(text))


def use_rates(table: RateTable | None) -> None:
    """Judge with `table` from now on (a refreshed download); None goes back to the bundled one."""
    _ACTIVE.table = table


def active_rates() -> RateTable:
    """The rates judging uses now."""
    return _ACTIVE.table or bundled_rates()


def currency_code(text: str | None) -> str | None:
    """An ISO code from what a posting wrote ("usd", "€", "Euros"), or None when empty."""
    if text is None or not text.strip():
        return None
    key = text.strip().lower()
    return _SYMBOLS.get(key, key.upper())
