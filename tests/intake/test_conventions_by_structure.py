"""Common resume conventions read by structure (fourteenth round): a sub-label in every job,
a qualifications table with a result column, schools and degrees in sections apart, two
entries' years on consecutive lines, a town after a school's comma."""

from __future__ import annotations

from core.resume.dates import join_split_ranges
from core.resume.parser import parse_profile
from core.resume.sections import heading_of


def test_a_label_repeated_in_every_job_is_no_section() -> None:
    text = """Ana Lima
ana@example.com
EXPERIENCE
Head Baker, Bread & Co, Leeds | Jan 2020 – Present
Run the ovens and a team of four.
Key achievements:
• Cut waste by 20%.
Baker, Flour Ltd, York | Mar 2015 – Dec 2019
Baked bread.
Key achievements:
• Won a county prize.
EDUCATION
BSc Food Science, University of Leeds | 2011 – 2014
"""
    profile = parse_profile(text)
    jobs = [(e.role, e.company, e.responsibilities) for e in profile.experience]
    assert jobs == [
        ("Head Baker", "Bread & Co", ["Run the ovens and a team of four.", "Cut waste by 20%."]),
        ("Baker", "Flour Ltd", ["Baked bread.", "Won a county prize."]),
    ]
    assert profile.achievements == []


def test_a_qualifications_table_reads_its_rows_and_skips_the_result_column() -> None:
    text = """Ravi Kumar
ravi@example.com
EDUCATIONAL QUALIFICATIONS
Qualification | Institution | Board/University | Year | Percentage
B.Tech Mechanical Engineering | PSG College of Technology | Anna University | 2016 | 78%
Higher Secondary (XII) | Kendriya Vidyalaya | CBSE | 2012 | 88%
"""
    schools = [(e.degree, e.institution, e.end) for e in parse_profile(text).education]
    assert schools == [
        ("B.Tech Mechanical Engineering", "PSG College of Technology", "2016"),
        ("Higher Secondary (XII)", "Kendriya Vidyalaya", "2012"),
    ]


def test_headings_that_say_with_dates_or_attended_name_their_section() -> None:
    for line in (
        "EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES",
        "ACADEMIC QUALIFICATIONS OBTAINED WITH DATES",
        "Employment Details",
    ):
        found = heading_of(line)
        assert found is not None, line
        assert found.section in ("education", "experience"), line
    personal = heading_of("Personal Details")
    assert personal is not None and personal.section == "contact"


def test_two_entries_years_are_no_range_broken_over_two_lines() -> None:
    lines = ["B.Sc. Agricultural Economics | 2010", "Senior School Certificate | 2006"]
    assert join_split_ranges(lines) == lines
    # a range a narrow cell broke still joins
    assert join_split_ranges(["Employer | 2019", "Role | 2022"]) == [
        "Employer | 2019 – 2022",
        "Role",
    ]


def test_a_town_after_a_school_is_never_its_degree() -> None:
    text = """Adebayo Ogunleye
adebayo@example.com
EDUCATION
University of Ibadan, Ibadan | 2006 – 2010
"""
    [school] = parse_profile(text).education
    assert (school.institution, school.degree, school.location) == (
        "University of Ibadan",
        "",
        "Ibadan",
    )
