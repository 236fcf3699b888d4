"""Read the pay a job board states: structured ranges and free text ("$40k - $50k a year")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.judging.currency import currency_code

_PERIOD_WORDS = {
    "hour": "hour", "hourly": "hour", "hr": "hour", "h": "hour",
    "day": "day", "daily": "day",
    "week": "week", "weekly": "week", "wk": "week",
    "month": "month", "monthly": "month", "mo": "month", "monatlich": "month",
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "annum": "year",
    "yr": "year", "salary": "year",
}  # fmt: skip
_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY"}
_CODES = "usd|eur|gbp|cad|aud|chf|inr|sek|nok|dkk|pln|jpy|nzd|sgd|brl|mxn|czk|huf|ron"
_CURRENCY = re.compile(rf"(?:(?:us|c|a|au|ca|nz|s)?\$|€|£|₹|¥|\b(?:{_CODES})\b)", re.I)
_AMOUNT = re.compile(r"(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kK]\b)?")
_PERIOD = re.compile(
    r"(?:/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(hour|hr|h|day|week|wk|month|mo|year|yr|annum)\b"
    r"|\b(hourly|daily|weekly|monthly|monatlich|yearly|annually|annual)\b",
    re.I,
)
# After the low end: an optional currency, a dash or "to", an optional currency, the high end.
_SECOND = re.compile(
    rf"\s*(?:{_CURRENCY.pattern})?\s*(?:-|–|—|\bto\b|\bbis\b)\s*(?:{_CURRENCY.pattern})?\s*"
    + _AMOUNT.pattern,
    re.I,
)


@dataclass(frozen=True)
class Pay:
    """A stated pay: low end, high end (None: one figure), ISO currency and period."""

    low: float
    high: float | None = None
    currency: str | None = None
    period: str | None = None  # hour, day, week, month, year


def period_of(text: str | None) -> str | None:
    """A period from a board's interval word ("per-year-salary", "1 YEAR", "HOURLY")."""
    if not text:
        return None
    for word in re.split(r"[^a-z]+", text.lower()):
        if word in _PERIOD_WORDS and word != "salary":
            return _PERIOD_WORDS[word]
    return "year" if "salary" in text.lower() else None


def _number(raw: str, thousands: str | None) -> float | None:
    digits = re.sub(r"[,.\s](?=\d{3}\b)", "", raw)
    try:
        value = float(digits.replace(",", "."))
    except ValueError:
        return None
    return value * 1000 if thousands else value


def _currency(text: str) -> str | None:
    found = _CURRENCY.search(text)
    if found is None:
        return None
    token = found.group(0).lower()
    if token.endswith("$") and token != "$":
        return {"us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD"}.get(
            token, {"nz$": "NZD", "s$": "SGD"}.get(token, "USD")
        )
    return _SYMBOL.get(token) or currency_code(token)


def parse_pay(text: str | None) -> Pay | None:
    """The first amount (or range) in `text`, with its currency and period where written."""
    if not text or not text.strip():
        return None
    text = text[:300]
    first = _AMOUNT.search(text)
    if first is None:
        return None
    low = _number(first.group(1), first.group(2))
    if low is None or low <= 0:
        return None
    high: float | None = None
    second = _SECOND.match(text, first.end())
    if second is not None:
        # "60-80k": the k of the high end applies to both.
        high = _number(second.group(1), second.group(2))
        if first.group(2) is None and second.group(2) and low < 1000:
            low *= 1000
    found = _PERIOD.search(text)
    period = None
    if found is not None:
        period = _PERIOD_WORDS.get((found.group(1) or found.group(2)).lower())
    if high is not None and high < low:
        high = None
    currency = _currency(text)
    if currency is None and period is None and not first.group(2):
        return None  # a bare number ("2024 bonus") is not a stated pay
    return Pay(low=low, high=high, currency=currency, period=period)


def range_pay(low: object, high: object, currency: object, interval: object) -> Pay | None:
    """A Pay from a board's structured range (min, max, currency code, interval word)."""
    if not isinstance(low, int | float) or isinstance(low, bool) or low <= 0:
        return None
    top = float(high) if isinstance(high, int | float) and not isinstance(high, bool) else None
    return Pay(
        low=float(low),
        high=top if top is not None and top >= low else None,
        currency=currency.strip().upper()[:3] or None if isinstance(currency, str) else None,
        period=period_of(interval) if isinstance(interval, str) else None,
    )
