"""Label rows, table-cell headings, conversational headings and heading rows (fourth round)."""

from __future__ import annotations

import pytest

from core.resume.entry_parts import parts_of
from core.resume.labelled import join_wrapped_headings, split_heading_rows, unlabel
from core.resume.languages import language_of
from core.resume.layout import document_text
from core.resume.parser import parse_profile
from core.resume.sections import heading_of
from tests.intake.test_layout import SIZE, line


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Where I Have Worked", "experience"),
        ("Languages I Speak", "languages"),
        ("Certified In", "certifications"),
        ("In Brief", "summary"),
        ("Job-related skills", "skills"),
        ("Experience Summary", "experience"),
        ("Reach Me", "contact"),
        ("Toolbox", "skills"),
        ("What I Do Well", "skills"),
        ("Study", "education"),
    ],
)
def test_conversational_headings_name_their_section(text: str, section: str) -> None:
    found = heading_of(text)
    assert found is not None and found.section == section


@pytest.mark.parametrize(
    "text",
    ["Where I Have Worked Before Joining Acme", "I have worked in retail", "Study Group Lead"],
)
def test_a_line_with_other_words_is_no_heading(text: str) -> None:
    assert heading_of(text) is None


def test_a_section_name_in_a_table_cell_opens_its_section() -> None:
    found = heading_of("PROFESSIONAL BACKGROUND | Class Teacher")
    assert found is not None
    assert (found.section, found.rest, found.cell) == ("experience", "Class Teacher", True)
    assert heading_of("Brasserie Georges | Sous Chef | Sep 2020 – Present") is None


def test_a_cell_heading_inside_skills_opens_languages() -> None:
    text = "Ana Lima\nana@example.com\nSKILLS | Triage / Wound Care\nLANGUAGES | English – native"
    profile = parse_profile(text)
    assert profile.languages == ["English (native)"]
    assert "LANGUAGES" not in profile.skill_names()


EUROPASS = """Europass Curriculum Vitae
PERSONAL INFORMATION
First name(s) / Surname(s) | Ana Lima
Telephone | +1 (617) 555-0142
E-mail | ana.lima@example.org
WORK EXPERIENCE
Dates | Mar 2019 – Present
Occupation or position held | Charge Nurse
Main activities and responsibilities | Led a team of twelve nurses on a surgical ward and
planned daily staffing.
Trained new graduates in infection control.
Name and address of employer | Mercy Hospital, Boston, MA
Dates | Jun 2015 – Feb 2019
Occupation or position held | Staff Nurse
Name and address of employer | Tufts Medical Center, Boston, MA
EDUCATION AND
TRAINING
Dates | 2011 – 2015
Title of qualification awarded | Bachelor of Science in Nursing
Name and type of organisation | University of Massachusetts Boston, Boston, MA
providing education and training
LANGUAGE SKILLS
Mother tongue(s) | English
Other language(s) | Spanish (fluent)"""


def test_label_rows_become_entries() -> None:
    profile = parse_profile(EUROPASS)
    assert profile.full_name == "Ana Lima"
    assert profile.phone == "+1 (617) 555-0142"
    jobs = [(e.role, e.company, e.start) for e in profile.experience]
    assert jobs == [
        ("Charge Nurse", "Mercy Hospital", "Mar 2019"),
        ("Staff Nurse", "Tufts Medical Center", "Jun 2015"),
    ]
    assert profile.experience[0].responsibilities == [
        "Led a team of twelve nurses on a surgical ward and planned daily staffing.",
        "Trained new graduates in infection control.",
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("Bachelor of Science in Nursing", "University of Massachusetts Boston")
    ]
    assert profile.languages == ["English", "Spanish (fluent)"]


def test_text_without_label_rows_is_left_alone() -> None:
    lines = ["Experience", "Dates: 2019 - 2022", "Nurse, Mercy Hospital"]
    assert unlabel(lines) == lines  # one label row is no form


def test_a_wrapped_heading_is_joined() -> None:
    assert join_wrapped_headings(["EDUCATION AND", "TRAINING", "BSc"]) == [
        "EDUCATION AND TRAINING",
        "BSc",
    ]
    assert join_wrapped_headings(["ADDITIONAL", "INFORMATION"]) == ["ADDITIONAL INFORMATION"]
    assert join_wrapped_headings(["Sales and", "Marketing"]) == ["Sales and", "Marketing"]


def test_headings_side_by_side_become_sections_one_after_the_other() -> None:
    lines = [
        "SKILLS|LANGUAGES|CERTIFICATIONS",
        "Forklift Operation | English / fluent | OSHA 10",
        "Teamwork | Yoruba / native",
    ]
    assert split_heading_rows(lines) == [
        "SKILLS",
        "Forklift Operation",
        "Teamwork",
        "LANGUAGES",
        "English / fluent",
        "Yoruba / native",
        "CERTIFICATIONS",
        "OSHA 10",
    ]


def test_a_level_after_a_slash() -> None:
    assert language_of("English / fluent") == "English (fluent)"


def test_a_place_in_brackets_with_a_comma_is_its_own_part() -> None:
    assert parts_of(["Starbucks (Salem, OR)"]) == ["Starbucks", "Salem", "OR"]


def test_right_aligned_labels_beside_their_values_are_one_table_not_a_sidebar() -> None:
    rows = [("Dates", "2019 - 2022"), ("Position held", "Charge Nurse"), ("Employer", "Mercy")]
    rows += [("Dates", "2015 - 2019"), ("Position held", "Staff Nurse"), ("Employer", "Tufts")]
    words = []
    for i, (label, value) in enumerate(rows):
        y = 100 + 2 * SIZE * i
        words += line(label, 150 - 5 * len(label) - 3 * label.count(" "), y)
        words += line(value, 200, y)
    text = document_text([words]).split("\n")
    assert text[:2] == ["Dates | 2019 - 2022", "Position held | Charge Nurse"]


def test_a_full_width_line_above_a_grid_of_lists_keeps_its_place() -> None:
    column = ["PROFILE", "EXPERIENCE", "Kwik Fit | Bradford | Sep 2015 to Dec 2018"]
    wide = "— Fitted tyres brakes and exhausts under supervision for five years running"
    grid = [("SKILLS", "LANGUAGES"), ("Repair", "English"), ("Welding", "Polish")]
    grid += [("Tyres", "German"), ("Brakes", "Czech"), ("Engines", "")]
    words = []
    y = 100.0
    for text in column:
        words += line(text, 20, y)
        y += 2 * SIZE
    words += line(wide, 20, y)
    for left, right in grid:
        y += 2 * SIZE
        words += line(left, 20, y)
        if right:
            words += line(right, 260, y)
    text = document_text([words]).split("\n")
    assert text[:4] == [*column, wide]
    assert text[4:] == [
        *("SKILLS", "Repair", "Welding", "Tyres", "Brakes", "Engines"),
        *("LANGUAGES", "English", "Polish", "German", "Czech"),
    ]


def test_a_second_qualifications_heading_after_education_lists_credentials() -> None:
    from core.resume.sections import split_sections

    names = [s.name for s in split_sections(["Learning", "BSc", "Qualifications", "ACCA"])]
    assert names == ["header", "education", "certifications"]
    alone = [s.name for s in split_sections(["Qualifications", "BSc Nursing, 2015"])]
    assert alone == ["header", "education"]
