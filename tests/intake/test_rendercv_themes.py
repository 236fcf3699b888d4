"""Structures RenderCV's themes print (read in the "rendercv" group): an entry's dates and how
long it lasted in a right-hand column beside its bullets, a degree in the school's cell."""

from __future__ import annotations

from core.resume.parser import parse_profile
from core.resume.side_dates import side_dates

# RenderCV's classic theme: title and place on the first row, the dates on the first bullet's
# row, the length of the job on the next row (a wrapped line or the next bullet) or alone
CLASSIC = """Ines Duarte
ines.duarte@example.org | +351 912 000 222
Experience
Portline, Port Planner | Sines
• Planned berth windows for container ships calling at the terminal each | Mar 2020 – present
week. | 5 years 10 months
• Kept the yard plan in Navis N4 with the shift supervisors.
Transinsular, Shipping Clerk | Lisbon
• Issued bills of lading for the island services. | Feb 2016 – Feb 2020
4 years
Education
University of Porto, BSc Maritime Transport | Porto
2012 – 2015
ENIDH, Marine Engineering Officer Vocational Course | Oeiras
2010 – 2012
"""


def test_dates_beside_the_first_bullet_are_the_jobs_dates() -> None:
    profile = parse_profile(CLASSIC)
    first, second = profile.experience
    assert (first.company, first.role, first.start, first.end) == (
        "Portline",
        "Port Planner",
        "Mar 2020",
        "Present",
    )
    assert first.responsibilities[0] == (
        "Planned berth windows for container ships calling at the terminal each week."
    )
    assert (second.start, second.end) == ("Feb 2016", "Feb 2020")
    assert second.responsibilities == ["Issued bills of lading for the island services."]


def test_a_length_of_time_in_the_date_column_is_no_job() -> None:
    lines = ["Clerk | Lisbon", "• Issued bills. | Feb 2016 – Feb 2020", "4 years", "Skills"]
    expected = ["Clerk | Lisbon | Feb 2016 – Feb 2020", "• Issued bills.", "Skills"]
    assert side_dates(lines) == expected
    assert [j.role for j in parse_profile(CLASSIC).experience] == ["Port Planner", "Shipping Clerk"]


def test_dates_go_back_only_to_a_title_line_without_dates() -> None:
    lines = ["Portline, Port Planner | 2019 – 2020", "• Planned berths. | Mar 2020 – present"]
    assert side_dates(lines) == lines


def test_a_degree_after_the_school_in_its_cell_is_the_degree() -> None:
    first, second = parse_profile(CLASSIC).education
    assert (first.institution, first.degree, first.location) == (
        "University of Porto",
        "BSc Maritime Transport",
        "Porto",
    )
    # a school by its acronym, a course by words and the town in a cell of its own
    assert (second.institution, second.degree, second.location) == (
        "ENIDH",
        "Marine Engineering Officer Vocational Course",
        "Oeiras",
    )
