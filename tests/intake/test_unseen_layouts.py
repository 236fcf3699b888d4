"""General rules for layouts the parser was not written for: heading families, contact found
anywhere, "Employer — Role" lines, wrapped single-word tails, lists of credentials."""

from __future__ import annotations

import pytest

from core.resume.contact import Contact, fill_missing, name_of
from core.resume.entries import RawEntry
from core.resume.experience_fields import to_experience
from core.resume.parser import parse_profile
from core.resume.schooling import join_wrapped_tails, to_education
from core.resume.sections import heading_of


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Schooling", "education"),
        ("Degrees", "education"),
        ("Get in Touch", "contact"),
        ("Languages Spoken", "languages"),
        ("Credentials", "certifications"),
        ("EXPERTISE", "skills"),
        ("■ Positions Held", "experience"),
        ("Other Relevant Training", "certifications"),
    ],
)
def test_an_uncommon_heading_names_its_section_by_its_head_word(line: str, section: str) -> None:
    heading = heading_of(line)
    assert heading is not None and heading.section == section


@pytest.mark.parametrize(
    "line",
    ["Education Assistant", "Training Coordinator", "Patient Care", "Work Placement", "work"],
)
def test_a_head_word_beside_any_other_word_is_no_heading(line: str) -> None:
    assert heading_of(line) is None


def test_contact_missing_from_the_header_is_found_on_a_line_anywhere() -> None:
    contact = Contact(full_name="Ana Lima")
    fill_missing(contact, ["Led a team of 12 in 2019", "ana@example.org / +353 87 555 0199"])
    assert contact.email == "ana@example.org"
    assert contact.phone == "+353 87 555 0199"


def test_a_number_in_a_long_sentence_is_no_phone() -> None:
    contact = Contact()
    fill_missing(
        contact,
        ["Handled 1 200 300 45 orders for customers across the whole region in every season"],
    )
    fill_missing(contact, ["• Shipped order 4471 2290 0345 on time"])
    assert contact.phone is None


def test_a_resume_with_contact_under_an_unknown_closing_heading() -> None:
    text = "\n".join(
        [
            "James O'Connor",
            "Primary School Teacher",
            "Experience History",
            "St. Patrick's National School — Class Teacher",
            "Dublin",
            "Sep 2018 – Present",
            "• Taught a class of 28 pupils.",
            "Schooling",
            "Marino Institute of Education — Bachelor of Education",
            "Dublin",
            "2012 – 2016",
            "Get in Touch",
            "james@schoolmail.ie / +353 87 555 0199 / Dublin, Ireland",
        ]
    )
    profile = parse_profile(text)
    assert profile.email == "james@schoolmail.ie"
    assert profile.phone == "+353 87 555 0199"
    [job] = profile.experience
    assert (job.company, job.role, job.location) == (
        "St. Patrick's National School",
        "Class Teacher",
        "Dublin",
    )
    [school] = profile.education
    assert (school.institution, school.degree) == (
        "Marino Institute of Education",
        "Bachelor of Education",
    )
    assert profile.certifications == []


@pytest.mark.parametrize(
    ("header", "role", "company"),
    [
        (["Harbour Foods — Sous Chef", "Leeds"], "Sous Chef", "Harbour Foods"),
        (["Sous Chef — Harbour Foods", "Leeds"], "Sous Chef", "Harbour Foods"),
        (["Sous Chef | Harbour Foods", "Leeds, UK"], "Sous Chef", "Harbour Foods"),
    ],
)
def test_a_role_and_an_employer_joined_by_a_dash_over_a_town(
    header: list[str], role: str, company: str
) -> None:
    job = to_experience(RawEntry(header=header, start="2019", end="2021"))
    assert (job.role, job.company) == (role, company)
    assert job.location in ("Leeds", "Leeds, UK")


def test_a_role_with_its_team_stays_one_role() -> None:
    job = to_experience(RawEntry(header=["Manager — Customer Success", "Acme Ltd"]))
    assert job.company == "Acme Ltd"


def test_a_wrapped_word_joins_the_line_it_ends_but_a_town_stays_apart() -> None:
    lines = ["Bachelor of Arts in Business", "Administration", "University of Cologne"]
    assert join_wrapped_tails(lines) == [
        "Bachelor of Arts in Business Administration",
        "University of Cologne",
    ]
    assert join_wrapped_tails(["BSc Computer Science", "Oxford"]) == [
        "BSc Computer Science",
        "Oxford",
    ]
    assert join_wrapped_tails(["CPR", "BLS", "ACLS"]) == ["CPR", "BLS", "ACLS"]
    entry = RawEntry(header=lines, start="2011", end="2014")
    school = to_education(entry)
    assert school.degree == "Bachelor of Arts in Business Administration"
    assert school.institution == "University of Cologne"


def test_credentials_on_one_line_are_listed_apart_and_a_wrapped_one_is_whole() -> None:
    text = "\n".join(
        [
            "Carlos Mendes",
            "Truck Driver",
            "carlos@example.com",
            "Credentials",
            "CDL Class A · Hazmat Endorsement",
            "ACCA Chartered Certified",
            "Accountant",
            "BLS Certification, American Heart Association",
        ]
    )
    assert parse_profile(text).certifications == [
        "CDL Class A",
        "Hazmat Endorsement",
        "ACCA Chartered Certified Accountant",
        "BLS Certification, American Heart Association",
    ]


def test_a_credential_is_never_a_persons_name() -> None:
    assert name_of("ACCA Chartered Certified") is None
    assert name_of("Priya Raman") == "Priya Raman"


def test_a_job_title_in_prose_is_no_skill_but_a_listed_one_is() -> None:
    text = "\n".join(
        [
            "Noah Williams",
            "noah@example.com",
            "Summary",
            "Barista and shift lead in busy specialty coffee shops.",
            "Skills",
            "Latte Art, Customer Service",
        ]
    )
    names = parse_profile(text).skill_names()
    assert "Barista" not in names
    assert "Latte Art" in names
    listed = parse_profile(text.replace("Latte Art,", "Barista, Latte Art,")).skill_names()
    assert "Barista" in listed
