"""Hard rules: each rejection has a human reason, and only real breaches reject."""

from __future__ import annotations

from typing import Any

import pytest

from core.judging.screening import screen
from core.models import Job, Preferences, WorkMode


def job(**kw: Any) -> Job:
    base: dict[str, Any] = {"id": "j1", "title": "Nutrition Consultant", "company": "Good Food"}
    base.update(kw)
    return Job.model_validate(base)


def test_a_plain_job_passes_default_preferences() -> None:
    assert screen(job(cities=["Paris"], is_onsite=True, salary_offered=1), Preferences()) == []


def test_salary_below_minimum_in_same_currency_rejects_with_amounts() -> None:
    reasons = screen(job(salary_offered=42000, currency="usd"), Preferences(min_salary=55000))
    assert len(reasons) == 1
    assert "42,000 USD" in reasons[0] and "55,000 USD" in reasons[0]


def test_salary_at_minimum_passes() -> None:
    assert screen(job(salary_offered=55000, currency="USD"), Preferences(min_salary=55000)) == []


def test_salary_in_another_currency_is_compared_at_the_bundled_reference_rates() -> None:
    # Issue 12: "not compared" let a job at a quarter of the minimum through.
    prefs = Preferences(min_salary=55000, salary_currency="USD")
    low = screen(job(salary_offered=40000, currency="EUR"), prefs)
    assert len(low) == 1 and "EUR converted at reference rates of 2025-06-30" in low[0]
    assert screen(job(salary_offered=60000, currency="EUR"), prefs) == []


def test_salary_in_an_unknown_currency_is_not_rejected() -> None:
    prefs = Preferences(min_salary=55000, salary_currency="USD")
    assert screen(job(salary_offered=1000, currency="XCV"), prefs) == []


def test_salary_in_another_currency_is_compared_with_a_rate() -> None:
    prefs = Preferences(min_salary=55000, salary_currency="USD")
    low = job(salary_offered=40000, currency="EUR")
    assert screen(low, prefs, rates={"EUR": 1.1})  # 44,000 USD
    assert screen(job(salary_offered=60000, currency="EUR"), prefs, rates={"EUR": 1.1}) == []


def test_salary_without_currency_is_taken_in_the_users_currency() -> None:
    prefs = Preferences(min_salary=50000, salary_currency="GBP")
    assert screen(job(salary_offered=30000), prefs)


def test_work_mode_not_accepted() -> None:
    prefs = Preferences(work_modes=[WorkMode.REMOTE, WorkMode.HYBRID])
    reasons = screen(job(is_onsite=True), prefs)
    assert reasons and "onsite" in reasons[0]
    assert screen(job(is_onsite=True, is_hybrid=True), prefs) == []
    assert screen(job(), prefs) == []  # the posting says nothing: not a breach


def test_place_not_accepted_unless_remote_or_open_to_relocation() -> None:
    prefs = Preferences(cities=["Los Angeles"])
    seattle = job(cities=["Seattle"], countries=["USA"], is_onsite=True)
    assert "Seattle" in screen(seattle, prefs)[0]
    assert screen(job(cities=["Seattle"], is_remote=True), prefs) == []
    moving = Preferences(cities=["Los Angeles"], open_to_relocation=True)
    assert screen(seattle, moving) == []


def test_remote_job_is_not_a_place_exemption_for_someone_who_refuses_remote() -> None:
    prefs = Preferences(cities=["Lyon"], work_modes=[WorkMode.ONSITE])
    both = job(cities=["Paris"], is_remote=True, is_onsite=True)
    assert any("Paris" in r for r in screen(both, prefs))


def test_places_compare_without_case_accents_or_country_aliases() -> None:
    assert screen(job(cities=["ZÜRICH"]), Preferences(cities=["Zurich"])) == []
    assert screen(job(countries=["USA"]), Preferences(countries=["United States"])) == []
    assert screen(job(countries=["UK"]), Preferences(countries=["Germany"]))


def test_visa_needed_but_not_offered() -> None:
    prefs = Preferences(needs_visa_sponsorship=True)
    assert "visa" in screen(job(), prefs)[0].lower()
    assert screen(job(visa_sponsorship_offered=True), prefs) == []


@pytest.mark.parametrize(
    ("blocked", "company", "hit"),
    [
        ("Acme", "ACME Inc.", True),
        ("Acme", "The Acme Group", True),
        ("acme inc", "Acme Corporation", True),
        ("Nestlé", "NESTLE S.A.", True),
        ("Acme", "Acmeville Ltd", False),
        ("Crunch Fitness", "Crunch", False),
    ],
)
def test_blocked_company(blocked: str, company: str, hit: bool) -> None:
    reasons = screen(job(company=company), Preferences(blocked_companies=[blocked]))
    assert bool(reasons) is hit
    if hit:
        assert company in reasons[0]


@pytest.mark.parametrize(
    ("word", "title", "hit"),
    [
        ("senior", "Senior Nurse", True),
        ("intern", "Nutrition Intern", True),
        ("intern", "Marketing Internship", True),
        ("intern", "International Sales Agent", False),
        ("night shift", "ICU Nurse, Night Shift", True),
        ("Assistant", "assistant manager", True),
    ],
)
def test_excluded_title_word(word: str, title: str, hit: bool) -> None:
    assert bool(screen(job(title=title), Preferences(excluded_title_words=[word]))) is hit


def test_every_breach_is_reported() -> None:
    prefs = Preferences(
        min_salary=100,
        needs_visa_sponsorship=True,
        blocked_companies=["Good Food"],
        excluded_title_words=["consultant"],
        work_modes=[WorkMode.REMOTE],
        cities=["Oslo"],
    )
    bad = job(salary_offered=50, is_onsite=True, cities=["Rome"])
    assert len(screen(bad, prefs)) == 6
