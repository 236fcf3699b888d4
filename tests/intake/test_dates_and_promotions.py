"""Eleventh-round shapes: dates written short or with their dash lost, glyphs a PDF gives no
character for, one employer above the roles held there, a city run into a title."""

from __future__ import annotations

from core.resume.dates import find_dates, join_split_ranges
from core.resume.parser import parse_profile
from core.resume.text import normalise_text


def test_short_years_arrows_and_a_lost_dash_are_still_ranges() -> None:
    assert find_dates("Owner – Whelan Locks Ltd. (Cork) | Mar '19 – present") == (
        "Mar '19",
        "Present",
        "Owner – Whelan Locks Ltd. (Cork)",
    )
    assert find_dates("’12–’13")[:2] == ("’12", "’13")
    assert find_dates("Sept. ’16 – pres.")[:2] == ("Sept. ’16", "Pres.")
    assert find_dates("Apr 2021 Present")[:2] == ("Apr 2021", "Present")
    assert find_dates("O'Brien's Bar") == (None, None, "O'Brien's Bar")
    assert normalise_text("Mar 2019 → Present") == "Mar 2019 – Present"


def test_a_glyph_without_a_character_leaves_no_trace() -> None:
    assert normalise_text("(cid:0) Experience\n(cid:12)(cid:3) Skills") == "Experience\nSkills"


def test_an_end_date_in_a_margin_row_below_joins_its_start() -> None:
    assert join_split_ranges(["Wellington City Council | 2021 –", "Officer | Present"]) == [
        "Wellington City Council | 2021 – Present",
        "Officer",
    ]


def test_roles_under_one_employer_each_get_the_employer() -> None:
    text = """Harpreet Sandhu
harpreet@example.co.uk
Career History
Hollins & Pryce LLP, Birmingham | Sep 2019 – Present
Tax Manager | Jul 2022 – Present
• Manage a portfolio of 120 private clients.
Tax Senior | Sep 2019 – Jun 2022
• Prepared returns and computations.
Grant Thornton UK LLP, Birmingham | Sep 2016 – Aug 2019
Tax Trainee | Sep 2016 – Aug 2019
• Prepared corporation tax computations.
"""
    jobs = [(e.role, e.company, e.location, e.start) for e in parse_profile(text).experience]
    assert jobs == [
        ("Tax Manager", "Hollins & Pryce LLP", "Birmingham", "Jul 2022"),
        ("Tax Senior", "Hollins & Pryce LLP", "Birmingham", "Sep 2019"),
        ("Tax Trainee", "Grant Thornton UK LLP", "Birmingham", "Sep 2016"),
    ]


def test_a_city_run_into_a_title_or_a_degree_is_the_place() -> None:
    text = """Deepika Rao
deepika@example.nz
Employment
Wellington City Council | 2021 –
Environmental Health Officer Wellington | Present
› Verify food control plans for 140 premises a year.
Education
Birmingham City University | 2013 –
BSc (Hons) Environmental Health Birmingham | 2016
"""
    profile = parse_profile(text)
    job = profile.experience[0]
    assert (job.role, job.company, job.location, job.end) == (
        "Environmental Health Officer",
        "Wellington City Council",
        "Wellington",
        "Present",
    )
    school = profile.education[0]
    assert (school.degree, school.institution) == (
        "BSc (Hons) Environmental Health",
        "Birmingham City University",
    )
