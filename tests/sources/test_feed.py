"""The one feed: duplicates across sources kept once (URL first, then company + title + place
within 30 days), each job keeping where it was seen; and the pure readers it relies on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.models import Job
from core.sources.feed import canonical_url, merge_feeds, normal_title
from core.sources.html_text import html_to_text
from core.sources.pay import Pay, parse_pay

DAY = datetime(2026, 11, 20, tzinfo=UTC)


def job(id: str, source: str, title: str = "Data Analyst", **kw: object) -> Job:
    fields = {"company": "Acme GmbH", "cities": ["Berlin"], "posted_at": DAY, **kw}
    return Job.model_validate({"id": id, "title": title, "source": source, **fields})


def test_same_url_across_sources_is_one_job_remembering_both() -> None:
    portal = [job("17", "portal", apply_url="https://acme.com/jobs/9?utm_source=x")]
    board = [
        job(
            "greenhouse:acme:9",
            "greenhouse",
            "Other words",
            apply_url="http://www.acme.com/jobs/9/",
        )
    ]
    merged = merge_feeds([portal, board])
    assert [j.id for j in merged] == ["17"]
    assert merged[0].seen_on == ["greenhouse"]


def test_company_title_and_place_match_within_30_days_only() -> None:
    feeds = [
        [job("a", "lever", "Data Analyst (m/w/d)")],
        [job("b", "arbeitnow", "data analyst", company="ACME", posted_at=DAY + timedelta(days=29))],
        [job("c", "remotive", "Data Analyst", posted_at=DAY + timedelta(days=45))],
        [job("d", "ashby", "Data Analyst", cities=["Munich"])],
    ]
    merged = merge_feeds(feeds)
    assert [j.id for j in merged] == ["a", "c", "d"]
    assert merged[0].seen_on == ["arbeitnow"]


def test_the_first_source_wins_and_inputs_are_not_changed() -> None:
    first = job("17", "portal")
    merged = merge_feeds([[first], [job("x", "lever")], [job("17", "portal")]])
    assert [j.source for j in merged] == ["portal"]
    assert first.seen_on == []  # the caller's job is not edited in place


def test_canonical_url_and_titles() -> None:
    assert canonical_url("HTTP://WWW.Example.com/a/?utm_medium=b&gh_jid=4#top") == (
        "https://example.com/a?gh_jid=4"
    )
    assert canonical_url("not a url") is None
    assert normal_title("Bäcker*in (m/w/d) – Frühschicht") == "backer in fruhschicht"


def test_html_to_text_keeps_words_and_drops_code() -> None:
    markup = (
        "<p>Hello&nbsp;<b>world</b></p><script>x()</script><ul><li>One</li></ul>"
        "<img src=x onerror=y>"
    )
    assert html_to_text(markup) == "Hello world\n- One"
    assert html_to_text("&lt;p&gt;Hi&lt;/p&gt;", escaped=True) == "Hi"
    assert html_to_text("<p>unclosed <div>tags") == "unclosed\ntags"


def test_only_web_links_reach_a_card() -> None:
    from core.sources.jobs import board_job

    hostile = board_job(
        "lever", "x:1", title="T", company="C",
        url="javascript:alert(1)", apply_url="data:text/html,hi",
    )  # fmt: skip
    assert hostile.apply_url is None and getattr(hostile, "url", None) is None
    fine = board_job("lever", "x:2", title="T", company="C", url="https://jobs.lever.co/c/2")
    assert fine.apply_url == "https://jobs.lever.co/c/2"


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("$40,000 - $50,000", Pay(40000, 50000, "USD", None)),
        ("€60k–80k per year", Pay(60000, 80000, "EUR", "year")),
        ("50-60 USD/hour", Pay(50, 60, "USD", "hour")),
        ("£30,000 a year", Pay(30000, None, "GBP", "year")),
        ("4.500 € monatlich", Pay(4500, None, "EUR", "month")),
        ("Competitive", None),
        ("2024 bonus", None),
        ("", None),
    ],
)
def test_pay_in_free_text(text: str, pay: Pay | None) -> None:
    assert parse_pay(text) == pay
