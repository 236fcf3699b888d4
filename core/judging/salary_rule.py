"""The pay rule: a year's pay in the user's currency against their minimum, or a doubt."""

from __future__ import annotations

from collections.abc import Mapping

from core.judging.currency import active_rates, currency_code
from core.judging.pay_period import annual_pay
from core.judging.rule_check import RuleCheck
from core.models import Job, Preferences

# Without a stated period, a figure this small next to the user's minimum is likely hourly or
# monthly: the rule cannot tell, so it asks instead of rejecting.
_PERIOD_UNCLEAR_SHARE = 0.15
# Largest unlabelled figures (in USD) that could still be monthly or hourly pay, and the
# longest week such an hourly figure could stand for.
_MAX_MONTHLY_USD = 25_000.0
_MAX_HOURLY_USD = 300.0
_LONG_WEEK_HOURS = 50.0
# Reference rates are dated: a converted figure this close under the minimum is the user's call.
_RATE_MARGIN = 0.03


def salary_comparison(
    job: Job, prefs: Preferences, rates: Mapping[str, float] | None = None
) -> tuple[float, str] | None:
    """The job's yearly pay in the user's currency, or None when it cannot be compared."""
    pay = annual_pay(job)
    if pay is None or pay.amount is None:
        return None
    mine = currency_code(prefs.salary_currency) or "USD"
    theirs = currency_code(job.currency) or mine
    if theirs == mine:
        return pay.amount, mine
    if rates is not None:
        rate = rates.get(theirs)
        return (pay.amount * rate, mine) if rate is not None else None
    converted = active_rates().convert(pay.amount, theirs, mine)
    return (converted, mine) if converted is not None else None


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def _best_reading(figure: float, currency: str, as_year: float) -> float:
    """The highest yearly pay an unlabelled figure could mean (monthly, hourly), as converted."""
    in_usd = active_rates().convert(figure, currency, "USD")
    if in_usd is None:
        return as_year
    best = as_year
    if in_usd <= _MAX_MONTHLY_USD:
        best = max(best, as_year * 12)
    if in_usd <= _MAX_HOURLY_USD:
        best = max(best, as_year * _LONG_WEEK_HOURS * 52)
    return best


def salary_rule(
    job: Job, prefs: Preferences, rates: Mapping[str, float] | None, out: RuleCheck
) -> None:
    if prefs.min_salary is None or job.salary_offered is None:
        return
    mine = currency_code(prefs.salary_currency) or "USD"
    minimum = _money(prefs.min_salary, mine)
    pay = annual_pay(job)
    if pay is not None and pay.doubt:
        out.doubts.append(
            f"Salary {job.salary_offered:,.0f} is {pay.doubt}; "
            f"compare it with your minimum of {minimum}."
        )
        out.flags.append("pay_unclear: yearly pay cannot be worked out")
        return
    compared = salary_comparison(job, prefs, rates)
    theirs = currency_code(job.currency) or mine
    if compared is None:
        out.doubts.append(
            f"Salary {_money(job.salary_offered, theirs)}: no exchange rate for {theirs}, "
            f"so it was not compared with your minimum of {minimum}."
        )
        out.flags.append(f"pay_unclear: unknown currency {theirs}")
        return
    amount = compared[0]
    unlabelled = pay is not None and not pay.stated
    tiny = unlabelled and amount < _PERIOD_UNCLEAR_SHARE * prefs.min_salary
    if tiny and _best_reading(job.salary_offered, theirs, amount) >= prefs.min_salary:
        out.doubts.append(
            f"Salary {_money(job.salary_offered, theirs)} with no period stated looks "
            f"hourly or monthly; compare it with your minimum of {minimum}."
        )
        out.flags.append("pay_unclear: pay period not stated")
        return
    if amount >= prefs.min_salary:
        return
    if theirs != mine and amount >= (1 - _RATE_MARGIN) * prefs.min_salary:
        out.doubts.append(
            f"Salary about {_money(amount, mine)} at reference rates of {active_rates().date}, "
            f"just under your minimum of {minimum}: rates move, so you decide."
        )
        out.flags.append("pay_unclear: close to your minimum after conversion")
        return
    stated = _money(amount, mine)
    how = []
    if pay is not None and pay.how:
        how.append(pay.how)
    if tiny:
        how.append("no period stated, and below even as monthly or hourly pay")
    if theirs != mine:
        table = active_rates()
        how.append(
            f"{theirs} converted at reference rates of {table.date}"
            if rates is None
            else f"{theirs} converted"
        )
    detail = f" ({'; '.join(how)})" if how else ""
    out.rejects.append(f"Salary {stated} a year{detail} is below your minimum of {minimum}.")
    out.flags.append(f"low_pay: about {stated} a year, under your minimum of {minimum}")
