"""Entries written as numbered lists; a city on the dates line told from the employer."""

from __future__ import annotations

from core.resume.entries import RawEntry
from core.resume.experience_fields import to_experience
from core.resume.parser import parse_profile

_NUMBERED = """Dana Whitfield
dana@example.org / (312) 555-0100 / Chicago, IL
Experience
1. Warehouse Associate, Midwest Distribution Co.
Joliet, IL | Apr 2021 – Present
› Picked and packed up to 300 orders per shift.
2. Order Picker, Lakeside Foods
Chicago, IL | Jan 2018 – Mar 2021
› Picked chilled orders using RF scanners.
Education
1.
High School Diploma, Lincoln Park High School
Chicago, IL | 2013 – 2017
Certifications
1.OSHA 10-Hour General Industry
2) Forklift Operator Licence
"""


def test_numbered_jobs_schools_and_credentials_lose_their_numbers() -> None:
    profile = parse_profile(_NUMBERED)
    jobs = [(e.role, e.company, e.location, e.start) for e in profile.experience]
    assert jobs == [
        ("Warehouse Associate", "Midwest Distribution Co.", "Joliet, IL", "Apr 2021"),
        ("Order Picker", "Lakeside Foods", "Chicago, IL", "Jan 2018"),
    ]
    assert profile.experience[1].responsibilities == ["Picked chilled orders using RF scanners."]
    schools = [(e.degree, e.institution) for e in profile.education]
    assert schools == [("High School Diploma", "Lincoln Park High School")]
    assert profile.certifications == ["OSHA 10-Hour General Industry", "Forklift Operator Licence"]


def test_numbered_duties_under_a_job_stay_its_duties() -> None:
    text = """Experience
Sous Chef, Brasserie Georges
2019 – 2022
1. Ran a brigade of eight cooks.
2. Cut food waste by a fifth.
"""
    job = parse_profile(text).experience
    assert [(e.role, e.company) for e in job] == [("Sous Chef", "Brasserie Georges")]
    duties = ["Ran a brigade of eight cooks.", "Cut food waste by a fifth."]
    assert job[0].responsibilities == duties


def test_a_real_city_on_the_dates_line_is_the_place_not_the_employer() -> None:
    job = to_experience(RawEntry(header=["Apprentice Electrician, BudMont", "Tarnow"]))
    assert (job.role, job.company, job.location) == ("Apprentice Electrician", "BudMont", "Tarnow")
    # the resume's own town counts as a city too
    job = to_experience(
        RawEntry(header=["Electrician, Elektro-Serwis", "Krakow"]), frozenset({"krakow"})
    )
    assert (job.company, job.location) == ("Elektro-Serwis", "Krakow")


def test_an_employer_named_like_no_city_above_a_company_line_keeps_its_place() -> None:
    # "Sous Chef, Lyon" over "Brasserie Georges": the city is on the role line
    job = to_experience(RawEntry(header=["Sous Chef, Lyon", "Brasserie Georges"]))
    assert (job.role, job.company, job.location) == ("Sous Chef", "Brasserie Georges", "Lyon")
