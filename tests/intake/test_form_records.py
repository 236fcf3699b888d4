"""Ninth-round shapes: labelled form records, signed-off CVs, awards that are credentials,
accented language names, brand names in lower case, long headers of short parts."""

from __future__ import annotations

from core.resume.entries import RawEntry
from core.resume.experience_fields import to_experience
from core.resume.parser import parse_profile
from core.resume.schooling import to_education

_FEDERAL = """Kirsty Moore
Address: Glasgow, UK
Primary Phone: 0141 496 0732
Email: kirsty@example.co.uk
WORK EXPERIENCE
Employer: Teleperformance UK Ltd
Location: Glasgow
Title: Team Leader
Dates: 11/2020 - Present
Hours per week: 40
Supervisor: Robert Smith, (555) 555-0120, may contact
Duties:
Lead 16 advisers on a utilities account.
Key accomplishment: Raised first-contact resolution from 68% to 79%.
Employer: Sky UK Limited
Location: Livingston
Title: Customer Service Adviser
Dates: 02/2017 - 10/2020
Duties:
Answered 70 inbound calls a shift.
EDUCATION
Degree: NVQ Level 3 in Customer Service
School: Glasgow Clyde College
Location: Glasgow
Graduated: 05/2019
"""


def test_a_form_of_labelled_records_reads_as_entries_without_the_supervisor() -> None:
    profile = parse_profile(_FEDERAL)
    jobs = [(e.role, e.company, e.location, e.start, e.end) for e in profile.experience]
    assert jobs == [
        ("Team Leader", "Teleperformance UK Ltd", "Glasgow", "11/2020", "Present"),
        ("Customer Service Adviser", "Sky UK Limited", "Livingston", "02/2017", "10/2020"),
    ]
    assert profile.experience[0].responsibilities == [
        "Lead 16 advisers on a utilities account.",
        "Raised first-contact resolution from 68% to 79%.",
    ]
    assert profile.phone == "0141 496 0732"  # never the supervisor's
    assert "Robert Smith" not in str(profile.model_dump())
    schools = [(e.degree, e.institution, e.location) for e in profile.education]
    assert schools == [("NVQ Level 3 in Customer Service", "Glasgow Clyde College", "Glasgow")]


def test_a_signed_cv_and_a_mail_sign_off_add_nothing() -> None:
    text = """Curriculum Vitae
Personal Data
Name: | Luis Ramírez
Phone: | (312) 555-0187
Certificates: | CDL Class B with Passenger Endorsement
CPR and First Aid
Chicago, 1 March 2026
Luis Ramírez
Sent from my phone
"""
    profile = parse_profile(text)
    assert profile.full_name == "Luis Ramírez"
    assert profile.certifications == ["CDL Class B with Passenger Endorsement", "CPR and First Aid"]


def test_credentials_under_awards_are_credentials_and_awards_stay_awards() -> None:
    text = """Dana Reyes
dana@example.com
Awards
NATE Certified Technician
EPA Section 608 Universal Certification
Employee of the Year 2022
"""
    profile = parse_profile(text)
    assert profile.certifications == [
        "NATE Certified Technician",
        "EPA Section 608 Universal Certification",
    ]
    assert profile.achievements == ["Employee of the Year 2022"]


def test_a_language_keeps_its_accent_and_auslan_is_a_language() -> None:
    text = (
        "Aroha Ngata\naroha@example.nz\nLanguages\nEnglish – native\nMāori – intermediate\nAuslan"
    )
    assert parse_profile(text).languages == ["English (native)", "Māori (intermediate)", "Auslan"]


def test_an_employer_in_lower_case_and_a_long_header_of_short_parts() -> None:
    text = """Experience
Laboratory Technician
bioMérieux SA, Marcy-l'Étoile
2021 - Present
Run microbial limit testing on 40 batches a week.
Education
Ho Chi Minh City University of Architecture, Ho Chi Minh City — Bachelor of Fine Arts in Design
2013 - 2017
"""
    profile = parse_profile(text)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Laboratory Technician", "bioMérieux SA")
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("Bachelor of Fine Arts in Design", "Ho Chi Minh City University of Architecture")
    ]


def test_a_country_after_a_town_does_not_hide_the_degree_and_new_job_words_count() -> None:
    school = to_education(
        RawEntry(header=["Trinity College Dublin, Dublin, Ireland — Diploma in Dental Hygiene"])
    )
    assert (school.degree, school.institution) == (
        "Diploma in Dental Hygiene",
        "Trinity College Dublin",
    )
    job = to_experience(RawEntry(header=["Smiles Dental Ltd., Cork — Dental Hygienist"]))
    assert (job.role, job.company, job.location) == (
        "Dental Hygienist",
        "Smiles Dental Ltd.",
        "Cork",
    )


def test_duties_the_form_already_bulleted_get_no_second_bullet() -> None:
    text = "\n".join(
        [
            "WORK EXPERIENCE",
            "Dates | Jun 2017 – Present",
            "Occupation or position held | Signaller, Grade 7",
            "Name and address of employer | Network Rail, Inverness",
            "Main activities and responsibilities | • Signal the Far North lines.",
            "• Grant and cancel possessions for track teams.",
        ]
    )
    [job] = parse_profile(text).experience
    assert job.responsibilities == [
        "Signal the Far North lines.",
        "Grant and cancel possessions for track teams.",
    ]
