"""Twelfth-round shapes: a resume without section headings, a degree with its field after a
comma, schools whose names hold commas, credentials with their provider after a dash."""

from __future__ import annotations

from core.resume.dates import join_split_ranges
from core.resume.entries import RawEntry, split_entries
from core.resume.entry_parts import parts_of
from core.resume.experience_fields import to_experience
from core.resume.layout import segments
from core.resume.layout_words import Word
from core.resume.parser import parse_profile, without_provider
from core.resume.schooling import to_education
from core.resume.unheaded import unheaded_entries

_NO_HEADINGS = """Funmi Adeyemi
funmi@example.com · +234 805 318 2276 · Lagos, Nigeria
Investigative journalist with twelve years in print and broadcast newsrooms and more.
Investigations Editor | Premium Times Services Ltd, Abuja · Sep 2021 – Present
–Edit a desk of six reporters covering procurement fraud.
Reporter | The Punch Nigeria Limited, Lagos · Jan 2012 – Dec 2016
–Filed five news stories a week on city government.
BA Mass Communication | University of Lagos, Lagos · 2007 – 2011
Skills — News Writing, Interviewing
Languages — English (fluent), Yoruba (native)
"""


def test_a_resume_without_headings_reads_its_jobs_and_schools_by_content() -> None:
    profile = parse_profile(_NO_HEADINGS)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Investigations Editor", "Premium Times Services Ltd"),
        ("Reporter", "The Punch Nigeria Limited"),
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("BA Mass Communication", "University of Lagos")
    ]


def test_blocks_without_a_heading_are_told_apart_by_several_signals() -> None:
    found = unheaded_entries(
        [
            "Head of the parents' board, 2019",  # a lone year, no duties: neither
            "Ingeniero Agrónomo | Universidad Nacional Agraria, Lima · 2009 – 2014",
            "Lab Technician | University of Leeds · 2015 – 2018",
            "–Ran the soil lab.",
            "BA English | Jomo Kenyatta University",
            "of Agriculture and Technology · 2008 – 2012",
        ]
    )
    assert found["education"] == [
        "",
        "Ingeniero Agrónomo | Universidad Nacional Agraria, Lima · 2009 – 2014",
        "",
        "BA English | Jomo Kenyatta University of Agriculture and Technology",
        "2008 – 2012",
    ]
    assert found["experience"] == [
        "",
        "Lab Technician | University of Leeds · 2015 – 2018",
        "–Ran the soil lab.",
    ]


def test_a_bold_title_set_apart_from_its_grey_employer_is_two_fields() -> None:
    words = [
        Word("Reporter", 20, 60, 90, 100.5, "Bold"),
        Word("Channels", 68, 110, 90, 100.5, "Regular"),  # 8pt on: 0.76 em
        Word("TV", 113.5, 125, 90, 100.5, "Regular"),  # a word space stays inside
    ]
    assert [s.text for s in segments(words)] == ["Reporter", "Channels TV"]


def test_a_present_wrapped_under_its_start_joins_it() -> None:
    lines = ["Officer | Kenya Power, Nairobi · Jan 2021 –", "Present", "–Ran tenders."]
    assert join_split_ranges(lines) == [
        "Officer | Kenya Power, Nairobi · Jan 2021 – Present",
        "–Ran tenders.",
    ]


def _education(*header: str) -> tuple[str, str, str | None]:
    item = to_education(RawEntry(header=list(header)))
    return item.degree, item.institution, item.location


def test_a_field_of_study_after_the_degree_and_a_comma_is_the_degree_s() -> None:
    assert _education("Bachelor of Commerce, Purchasing and Supplies Management", "Moi University")[
        :2
    ] == ("Bachelor of Commerce, Purchasing and Supplies Management", "Moi University")
    # a town after the comma is the place; so is the school's own town
    assert _education("BSc Nursing, Leeds", "Leeds Beckett University")[:2] == (
        "BSc Nursing",
        "Leeds Beckett University",
    )
    assert _education("University of Cologne", "Bachelor of Arts, Cologne") == (
        "Bachelor of Arts",
        "University of Cologne",
        "Cologne",
    )


def test_a_college_in_the_degree_s_name_is_no_school() -> None:
    assert _education("Ontario College Diploma, Fire Prevention | 2011 – 2013", "Humber College")[
        :2
    ] == ("Ontario College Diploma, Fire Prevention", "Humber College")


def test_schools_whose_names_hold_commas() -> None:
    school = "Bayes Business School, City, University of London, London"
    assert _education(school, "MSc Finance") == (
        "MSc Finance",
        "Bayes Business School, City, University of London",
        "London",
    )
    assert _education("University of Nigeria, Nsukka, Nsukka", "BSc Accounting") == (
        "BSc Accounting",
        "University of Nigeria, Nsukka",
        "Nsukka",
    )


def test_a_town_is_not_read_as_the_degree() -> None:
    assert _education("Université Laval, Québec", "Baccalauréat en sciences biomédicales") == (
        "Baccalauréat en sciences biomédicales",
        "Université Laval",
        "Québec",
    )


def test_a_credential_s_provider_after_a_dash_is_dropped() -> None:
    assert without_provider("Certified Protection Professional (CPP) — ASIS International") == (
        "Certified Protection Professional (CPP)"
    )
    assert without_provider("MCIPS Chartered Procurement Professional — CIPS") == (
        "MCIPS Chartered Procurement Professional"
    )
    # a course names no credential: it is kept whole
    assert without_provider("Open Source Investigation — Bellingcat") == (
        "Open Source Investigation — Bellingcat"
    )


def test_professional_development_keeps_credentials_not_courses() -> None:
    text = """Ama Owusu
ama@example.com
Professional Development
Certified Crop Adviser (CCA) — American Society of Agronomy, 2018
Negotiation Skills Workshop — Strathmore Business School, 2020
ServSafe Manager, 2019
"""
    names = parse_profile(text).certifications
    assert names == ["Certified Crop Adviser (CCA)", "ServSafe Manager"]


def test_names_that_hold_a_middle_dot_an_at_or_a_legal_form_stay_whole() -> None:
    assert parts_of(["Sagrada Ink Col·lectiu, Barcelona"]) == [
        "Sagrada Ink Col·lectiu",
        "Barcelona",
    ]
    assert parts_of(["Wild at Heart Flowers Ltd · London"]) == [
        "Wild at Heart Flowers Ltd",
        "London",
    ]
    assert parts_of(["Nurse at City Hospital"]) == ["Nurse", "City Hospital"]
    assert parts_of(["Restaurante Mirador del Port, S.L."]) == [
        "Restaurante Mirador del Port, S.L."
    ]
    assert parts_of(["MBO Machinist Grond-, Water- en Wegenbouw – Albeda College"]) == [
        "MBO Machinist Grond-, Water- en Wegenbouw",
        "Albeda College",
    ]


def test_a_job_noun_in_the_plural_names_the_business_not_the_role() -> None:
    job = to_experience(RawEntry(header=["Florist", "Bloom & Wild Florists · Croydon"]))
    assert (job.role, job.company, job.location) == ("Florist", "Bloom & Wild Florists", "Croydon")
    lines = ["Florist", "Bloom & Wild Florists · Croydon", "Jun 2015 - Apr 2019", "–Made sprays."]
    assert split_entries(lines)[0].header == ["Florist", "Bloom & Wild Florists · Croydon"]


def test_a_rank_with_its_pay_grade_is_no_part_of_the_job() -> None:
    lines = [
        "Military Police Squad Leader, Staff Sergeant (E-6) | Jun 2008 – Aug 2016",
        "United States Army | Fort Bragg, NC",
        "•Led a squad of 12 soldiers.",
    ]
    job = to_experience(split_entries(lines)[0])
    assert (job.role, job.company) == ("Military Police Squad Leader", "United States Army")


def test_a_team_after_the_role_s_comma_stays_in_the_role() -> None:
    line = "Occupational Therapist, Home Care | CLSC de Rosemont, Montréal · Aug 2015 – Mar 2019"
    job = to_experience(split_entries([line])[0])
    assert (job.role, job.company, job.location) == (
        "Occupational Therapist, Home Care",
        "CLSC de Rosemont",
        "Montréal",
    )
    # a town after the comma is no team: "Sous Chef, Lyon | Brasserie Georges"
    job = to_experience(split_entries(["Sous Chef, Lyon | Brasserie Georges | 2019 – 2021"])[0])
    assert job.role == "Sous Chef"


def test_an_issuer_wrapped_above_its_diploma_is_one_credential() -> None:
    text = (
        "Ana Ruiz\nana@example.com\nLicences\nChartered Insurance Institute\nDiploma in Insurance\n"
    )
    assert parse_profile(text).certifications == [
        "Chartered Insurance Institute Diploma in Insurance"
    ]


def test_a_real_city_on_a_role_s_line_is_the_place_not_the_company() -> None:
    line = "Jun 2016 – Aug 2020 | Chef de Partie, Marseille | Le Bistrot du Port"
    job = to_experience(split_entries([line])[0])
    assert (job.role, job.company, job.location) == (
        "Chef de Partie",
        "Le Bistrot du Port",
        "Marseille",
    )


def test_kikuyu_and_pidgin_are_languages() -> None:
    text = (
        "Wanjiku N\nw@example.com\nLanguages\nEnglish (fluent), Kikuyu (native), Pidgin (fluent)\n"
    )
    assert parse_profile(text).languages == [
        "English (fluent)",
        "Kikuyu (native)",
        "Pidgin (fluent)",
    ]


def test_without_headings_a_title_alone_above_its_dated_line_is_read_with_it() -> None:
    text = """Mateo Herrera
Field Agronomist
m@example.com · +51 987 654 312 · Arequipa, Peru
Senior Agronomist
Camposol S.A., Trujillo · May 2020 – Present
–Plan fertigation for 2,800 hectares.
MSc Soil Science
Wageningen University, Wageningen · 2014 – 2016
Skills — Agronomy, Plant Nutrition
"""
    profile = parse_profile(text)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Senior Agronomist", "Camposol S.A.")
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("MSc Soil Science", "Wageningen University")
    ]


def test_a_part_after_the_degree_is_the_school_when_no_other_names_one() -> None:
    assert _education("High School Diploma, Lincoln High")[:2] == (
        "High School Diploma",
        "Lincoln High",
    )


def test_without_headings_a_role_glued_to_its_employer_is_cut_apart() -> None:
    text = """Funmi Adeyemi
funmi@example.com · +234 805 318 2276 · Lagos, Nigeria
Reporter The Punch Nigeria Limited, Lagos · Jan 2012 – Dec 2016
–Filed five news stories a week on city government.
MSc Soil Science Wageningen University & Research, Wageningen · 2014 – 2016
Ingeniero Agrónomo Universidad Nacional Agraria, Lima · 2009 – 2014
"""
    profile = parse_profile(text)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Reporter", "The Punch Nigeria Limited")
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("MSc Soil Science", "Wageningen University & Research"),
        ("Ingeniero Agrónomo", "Universidad Nacional Agraria"),
    ]
