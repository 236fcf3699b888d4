"""Hard rules read the job as a person does: remote limits, relocation, pay periods, currencies."""

from __future__ import annotations

from typing import Any

import pytest

from core.judging.currency import RateTable, active_rates, bundled_rates, use_rates
from core.judging.pay_period import annual_pay
from core.judging.place_limits import remote_limit
from core.judging.ranking import to_verdict
from core.judging.screening import check_rules, screen
from core.models import Decision, Job, Preferences
from core.ports import JobScore


def job(**kw: Any) -> Job:
    base: dict[str, Any] = {"id": "j1", "title": "Nutritionist", "company": "Good Food"}
    base.update(kw)
    return Job.model_validate(base)


DUBLIN = Preferences(
    cities=["Dublin"], countries=["Ireland"], min_salary=45000, salary_currency="EUR"
)
TOP = JobScore(score=100)


@pytest.mark.parametrize(
    ("text", "countries", "allowed"),  # allowed None: a region
    [
        ("Candidates must be based in India.", [], {"india"}),
        ("This role is open only to candidates in India.", [], {"india"}),
        ("You must live in Ireland or the UK.", [], {"ireland", "united kingdom"}),
        ("You must have the right to work in the United States.", [], {"united states"}),
        ("Remote. US residents only due to payroll.", [], {"united states"}),
        ("Remote (Canada or United States).", [], {"canada", "united states"}),
        ("Remote from Ireland or Northern Ireland.", [], {"ireland", "united kingdom"}),
        ("Join us.", ["Canada"], {"canada"}),
        ("Applicants must be residents of Australia or NZ.", [], {"australia", "new zealand"}),
        ("Location: Remote - UK. Design the rider app.", [], {"united kingdom"}),
        ("Remote, EMEA-based candidates only.", [], None),
    ],
)
def test_remote_limits_are_read_from_countries_and_text(
    text: str, countries: list[str], allowed: set[str] | None
) -> None:
    limit = remote_limit(job(description=text, countries=countries, is_remote=True))
    if allowed is None:  # a region: check one member in, one out
        assert limit.countries is not None and "ireland" in limit.countries
        assert "united states" not in limit.countries
    else:
        assert limit.countries == allowed and not limit.unclear


def test_a_limit_in_the_title_counts() -> None:
    title = "Account Executive (Remote - Canada)"
    assert remote_limit(job(title=title, is_remote=True)).countries == {"canada"}


def test_regions_and_anywhere() -> None:
    eu = remote_limit(job(description="Candidates must live in the EU.", is_remote=True))
    assert eu.countries is not None and {"germany", "ireland"} <= eu.countries
    assert "united kingdom" not in eu.countries
    assert remote_limit(job(description="Remote from anywhere.", is_remote=True)).countries is None
    assert (
        remote_limit(job(description="We are a Berlin startup.", is_remote=True)).countries is None
    )


def test_a_remote_job_limited_to_another_country_is_rejected() -> None:
    india = job(is_remote=True, description="This role is open only to candidates in India.")
    reasons = screen(india, DUBLIN)
    assert reasons == ["Remote, but only for people in India; you chose Ireland."]
    assert "wrong_country: remote only from India" in check_rules(india, DUBLIN).flags
    in_eu = job(is_remote=True, description="Open to candidates based in the European Union.")
    assert screen(in_eu, DUBLIN) == []


def test_a_remote_limit_that_cannot_be_read_goes_to_the_user() -> None:
    vague = job(is_remote=True, description="Remote within our hiring countries (see our site).")
    rules = check_rules(vague, DUBLIN)
    assert rules.rejects == [] and rules.doubts
    assert to_verdict(TOP, DUBLIN, job=vague).decision is Decision.CLARIFY


def test_the_users_country_comes_from_their_city_when_not_given() -> None:
    prefs = Preferences(cities=["Berlin"])
    us_only = job(is_remote=True, description="Remote, US residents only.")
    assert screen(us_only, prefs)
    assert screen(job(is_remote=True, description="Remote within Germany."), prefs) == []


def test_onsite_in_another_city_of_the_same_country_needs_relocation() -> None:
    cork = job(is_onsite=True, cities=["Cork"], countries=["Ireland"])
    assert "Cork" in screen(cork, DUBLIN)[0]
    moving = DUBLIN.model_copy(update={"open_to_relocation": True})
    rules = check_rules(cork, moving)
    assert rules.rejects == [] and "relocating" in rules.doubts[0]
    verdict = to_verdict(TOP, moving, job=cork)
    assert verdict.decision is Decision.CLARIFY
    assert verdict.red_flags == ["relocation: Cork, Ireland (onsite) means moving"]


def test_an_onsite_job_with_only_a_country_goes_to_the_user() -> None:
    somewhere = job(is_onsite=True, countries=["Ireland"])
    assert to_verdict(TOP, DUBLIN, job=somewhere).decision is Decision.CLARIFY
    only_countries = Preferences(countries=["Ireland"])
    assert to_verdict(TOP, only_countries, job=somewhere).decision is Decision.ACCEPT


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("Full-time, $22/hour.", 22, 45760),
        ("Pay: $21 per hour.", 21, 43680),
        ("$27 an hour, full time.", 27, 56160),
        ("Salary EUR 4,500 per month.", 4500, 54000),
        ("EUR 1.400 per month.", 1400, 16800),
        ("GBP 220 per day.", 220, 57200),
        ("$900 per week guaranteed.", 900, 46800),
        ("Part-time: 20 hours a week at EUR 12 per hour.", 12, 12480),
        ("Two 3 days a week shifts at GBP 150 a day.", 150, 23400),
        ("We pay 62,000 a year.", 62000, 62000),
        ("A great team. 2+ years of experience.", 62000, 62000),
    ],
)
def test_pay_is_annualised_from_the_number_and_the_text(
    text: str, amount: float, year: float
) -> None:
    pay = annual_pay(job(description=text, salary_offered=amount))
    assert pay is not None and pay.amount == pytest.approx(year)


@pytest.mark.parametrize(
    "text",
    [
        "Ad-hoc contracts at GBP 200 per day.",
        "Part-time, $18 per hour.",
        "A few days a month at $30/hr.",
    ],
)
def test_pay_that_cannot_be_annualised_goes_to_the_user(text: str) -> None:
    irregular = job(description=text, salary_offered=200 if "200" in text else 18)
    rules = check_rules(irregular, Preferences(min_salary=30000))
    assert rules.rejects == [] and "pay_unclear" in rules.flags[0]


def test_hourly_pay_is_compared_per_year() -> None:
    prefs = Preferences(min_salary=35000)
    assert screen(job(description="$22/hour", salary_offered=22), prefs) == []
    low = screen(job(description="$14 per hour", salary_offered=14), prefs)
    assert low and "29,120 USD a year (14 an hour × 40 h × 52 weeks)" in low[0]


def test_a_tiny_figure_without_a_period_is_not_read_as_a_year() -> None:
    rules = check_rules(job(salary_offered=24), Preferences(min_salary=50000))
    assert rules.rejects == [] and "looks hourly or monthly" in rules.doubts[0]


def test_other_currencies_are_converted_with_dated_rates() -> None:
    inr = job(salary_offered=900000, currency="INR")
    reasons = screen(inr, DUBLIN)
    date = bundled_rates().date
    assert reasons == [
        f"Salary 8,950 EUR a year (INR converted at reference rates of {date}) "
        "is below your minimum of 45,000 EUR."
    ]
    assert screen(job(salary_offered=48000, currency="GBP"), DUBLIN) == []


def test_a_converted_pay_just_under_the_minimum_goes_to_the_user() -> None:
    near = job(salary_offered=38000, currency="EUR")  # about 44,500 USD
    rules = check_rules(near, Preferences(min_salary=45000))
    assert rules.rejects == [] and "rates move" in rules.doubts[0]


def test_an_unknown_currency_goes_to_the_user_never_to_accept() -> None:
    odd = job(salary_offered=900000, currency="XCV")
    assert screen(odd, DUBLIN) == []
    verdict = to_verdict(TOP, DUBLIN, job=odd)
    assert verdict.decision is Decision.CLARIFY
    assert "no exchange rate for XCV" in verdict.reasons[0]


def test_refreshed_rates_replace_the_bundled_ones_until_reset() -> None:
    table = RateTable(date="2026-12-01", base="EUR", rates={"EUR": 1, "INR": 10})
    use_rates(table)
    try:
        assert active_rates().date == "2026-12-01"
        assert screen(job(salary_offered=900000, currency="INR"), DUBLIN) == []
    finally:
        use_rates(None)
    assert active_rates() == bundled_rates()


def test_rate_tables_refuse_bad_data() -> None:
    with pytest.raises(ValueError):
        RateTable(date="yesterday", base="EUR", rates={"EUR": 1})
    with pytest.raises(ValueError):
        RateTable(date="2026-01-01", base="EUR", rates={"EUR": 0})


def test_an_unlabelled_figure_below_the_minimum_under_every_reading_is_rejected() -> None:
    # 320,000 INR is under 50,000 USD a year whether it is paid yearly or monthly.
    low = screen(job(salary_offered=320000, currency="INR"), Preferences(min_salary=50000))
    assert low and "no period stated, and below even as monthly or hourly pay" in low[0]
