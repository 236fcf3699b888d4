"""Read what period a stated pay covers ("$22/hour", "per month") and turn it into a year's pay."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.models import Job
from core.offline.text import fold, words

_PERIODS = {
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "hourly": "hour",
    "day": "day",
    "daily": "day",
    "shift": "day",
    "week": "week",
    "wk": "week",
    "weekly": "week",
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "year": "year",
    "yr": "year",
    "annum": "year",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
}
_CURRENCY = r"(?:[$€£₹¥]|\b(?:us\$|c\$|a\$|usd|eur|gbp|cad|aud|chf|inr|sek|nok|dkk|pln|jpy|nzd)\s?)"
_AMOUNT = r"(\d[\d,.\s]*\d|\d)\s*(k\b)?"
_PER = r"\s*(?:/|per|an|a|each)\s*(hour|hr|h|day|shift|week|wk|month|mo|year|yr|annum)\b"
# "$22/hour", "EUR 4,500 per month", "22 USD an hour", "$27 hourly".
_MONEY_PERIOD = re.compile(
    rf"(?:{_CURRENCY}\s*{_AMOUNT}|{_AMOUNT}\s*{_CURRENCY})(?:{_PER}|\s+(hourly|daily|weekly|monthly|annually|yearly)\b)"
)
_RATE_WORD = re.compile(
    r"\b(hourly|daily|weekly|monthly|annual|yearly)\s+(?:rate|pay|salary|wage)\b"
)
_HOURS = re.compile(r"\b(\d{1,2})\s*(?:hours|hrs|h)\s*(?:a|per|/|each)\s*week\b")
_DAYS = re.compile(r"\b([1-7])\s*days?\s*(?:a|per|/|each)\s*week\b")
_IRREGULAR = re.compile(
    r"\b(?:ad[- ]hoc|few days a month|days a month|days per month|occasional|as needed"
    r"|on call basis|zero[- ]hours?)\b"
)
_PART_TIME = re.compile(r"\bpart[- ]time\b")
_WORK_WEEK = {"hour": 40.0, "day": 5.0}


@dataclass(frozen=True)
class AnnualPay:
    """A job's pay over a year in the job's currency, how it was worked out, or why it cannot be."""

    amount: float | None
    period: str
    how: str = ""
    doubt: str = ""
    stated: bool = True  # False when no period was given and a year is assumed


def _number(raw: str, thousands: str | None) -> float | None:
    digits = re.sub(r"[\s,]", "", raw)
    if digits.count(".") == 1 and len(digits.split(".")[1]) == 3:
        digits = digits.replace(".", "")  # "1.400" is a thousands separator in much of Europe
    try:
        value = float(digits)
    except ValueError:
        return None
    return value * 1000 if thousands else value


# Cheap test that a text names a pay period at all, before the costly money patterns.
_PERIOD_WORDS = frozenset(_PERIODS)


def stated_period(job: Job) -> str | None:
    """The period the posting gives for its pay ('hour', 'day', 'week', 'month', 'year')."""
    return _stated_period(job.description, job.salary_offered)


@lru_cache(maxsize=4096)
def _stated_period(description: str, salary: float | None) -> str | None:
    if _PERIOD_WORDS.isdisjoint(words(description)):
        return None
    text = fold(description)
    found: list[tuple[float | None, str]] = []
    for m in _MONEY_PERIOD.finditer(text):
        raw, k = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        word = m.group(5) or m.group(6)
        found.append((_number(raw, k), _PERIODS[word]))
    if salary is not None:
        for value, period in found:
            if value is not None and abs(value - salary) < 0.01 * max(salary, 1):
                return period
    periods = {p for _, p in found}
    if len(periods) == 1:
        return periods.pop()
    named = {_PERIODS[m.group(1)] for m in _RATE_WORD.finditer(text)}
    return named.pop() if len(named) == 1 else None


def annual_pay(job: Job) -> AnnualPay | None:
    """The job's pay over a year (None when no pay is stated)."""
    if job.salary_offered is None:
        return None
    return _annual_pay(job.description, job.salary_offered)


@lru_cache(maxsize=4096)
def _annual_pay(description: str, amount: float) -> AnnualPay:
    period = _stated_period(description, amount)
    if period is None:
        return AnnualPay(amount, "year", stated=False)
    if period == "year":
        return AnnualPay(amount, "year")
    text = fold(description)
    if period == "week":
        return AnnualPay(amount * 52, period, f"{amount:,.0f} a week × 52")
    if period == "month":
        return AnnualPay(amount * 12, period, f"{amount:,.0f} a month × 12")
    if _IRREGULAR.search(text):
        return AnnualPay(None, period, doubt=f"paid per {period} for irregular work")
    units = _HOURS if period == "hour" else _DAYS
    m = units.search(text)
    if m:
        per_week = float(m.group(1))
    elif _PART_TIME.search(text):
        return AnnualPay(None, period, doubt=f"paid per {period}, part-time hours not stated")
    else:
        per_week = _WORK_WEEK[period]
    unit = "h" if period == "hour" else "days"
    how = f"{amount:,.2f} an {period} × {per_week:g} {unit} × 52 weeks".replace(".00 ", " ")
    if period == "day":
        how = how.replace(" an day", " a day")
    return AnnualPay(amount * per_week * 52, period, how)
