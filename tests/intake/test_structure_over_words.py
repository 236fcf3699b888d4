"""Fourteenth-round shapes (blind16's real failing shapes, made small): read by structure,
not by knowing the trade's or the layout's words.

A job board's form printout with labels worded its own way, a "Career Summary" table whose
header row names the columns, an unknown "Employment Detail" heading, a name with an
accented capital, school entries whose names carry commas, a run-in credentials list, a
trade title no role list has, and a page-foot grid of headings side by side.
"""

from __future__ import annotations

from core.resume.entries import RawEntry
from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from core.resume.schooling import to_education

_WEB_FORM = """CANDIDATE PROFILE
Full name: Camila Soto Vergara
Desired job title: GIS Cartographer

CONTACT DETAILS
Email address: camila@example.com
Phone number: +56 9 6421 8830
Location: Santiago, Chile
Willing to relocate: No

WORK EXPERIENCE
Position 1 of 2
Position held: Cartographer
Company name: Instituto Geográfico Militar
Location: Santiago
From: Apr 2019
To: Present
I currently work here: Yes
Description:
- Compile topographic sheets from aerial imagery.

Position 2 of 2
Position held: GIS Analyst
Company name: Codelco
Location: Calama
From: Jan 2016
To: Mar 2019
I currently work here: No
Description:
- Mapped tailings dams for the environmental team.

EDUCATION
Education 1 of 1
School or university: Universidad de Santiago de Chile
Qualification: Ingeniería en Geomensura
Location: Santiago
From: 2010
To: 2015

LANGUAGES
Language: Spanish   Proficiency: native
Language: English   Proficiency: B2

CERTIFICATIONS AND LICENCES
Certification name: Esri Technical Certification: ArcGIS Pro Associate

Profile last updated: 03/12/2026
"""


def test_a_web_form_printout_reads_by_what_its_labels_name() -> None:
    profile = parse_profile(_WEB_FORM)
    jobs = [(e.role, e.company, e.location, e.start, e.end) for e in profile.experience]
    assert jobs == [
        ("Cartographer", "Instituto Geográfico Militar", "Santiago", "Apr 2019", "Present"),
        ("GIS Analyst", "Codelco", "Calama", "Jan 2016", "Mar 2019"),
    ]
    assert profile.experience[0].responsibilities == [
        "Compile topographic sheets from aerial imagery."
    ]
    school = profile.education[0]
    assert (school.institution, school.degree) == (
        "Universidad de Santiago de Chile",
        "Ingeniería en Geomensura",
    )
    assert (school.start, school.end) == ("2010", "2015")
    assert profile.languages == ["Spanish (native)", "English (B2)"]
    # the label goes, the form's own dated stamp is no credential
    assert profile.certifications == ["Esri Technical Certification: ArcGIS Pro Associate"]


_CAREER_SUMMARY = """Élodie Marchand
Junior Perfumer
Grasse, France | +33 6 72 18 44 09 | elodie@example.fr
PROFILE
Perfumer trained in Grasse and Versailles.
CAREER SUMMARY
Period | Employer | Position | Location
Sep 2021 – Present | Mane | Junior Perfumer | Le Bar-sur-Loup
Jul 2018 – Aug 2021 | Robertet | Perfumery Assistant | Grasse
EMPLOYMENT DETAIL
Junior Perfumer — Mane | Sep 2021 – Present
Le Bar-sur-Loup
Compose accords and full formulas for fine fragrance briefs.
Perfumery Assistant — Robertet | Jul 2018 – Aug 2021
Grasse
Weighed trials and ran stability testing in candles.
"""


def test_a_table_of_jobs_and_its_detail_read_each_job_once() -> None:
    profile = parse_profile(_CAREER_SUMMARY)
    assert profile.full_name == "Élodie Marchand"  # an accented capital opens a name
    jobs = [(e.role, e.company, e.start, e.end) for e in profile.experience]
    assert jobs == [
        ("Junior Perfumer", "Mane", "Sep 2021", "Present"),
        ("Perfumery Assistant", "Robertet", "Jul 2018", "Aug 2021"),
    ]
    assert profile.experience[1].responsibilities == [
        "Weighed trials and ran stability testing in candles."
    ]
    assert "Period" not in profile.summary


def test_a_table_of_jobs_alone_gives_the_jobs() -> None:
    text = """Ana Lima
ana@example.com
SUMMARY
Brewer of ten years.
Period | Employer | Position | Location
Apr 2019 – Present | La Barberie | Head Brewer | Québec
Jun 2014 – Mar 2019 | Unibroue | Brewer | Chambly
SKILLS
Fermentation
"""
    jobs = [(e.role, e.company, e.location) for e in parse_profile(text).experience]
    assert jobs == [("Head Brewer", "La Barberie", "Québec"), ("Brewer", "Unibroue", "Chambly")]


def test_a_trade_title_nobody_listed_still_heads_its_entry() -> None:
    text = """Ana Lima
ana@example.com
EXPERIENCE
Sep 2021 – Present
Junior Perfumer
Mane | Le Bar-sur-Loup

Jul 2018 – Aug 2021
Perfumery Assistant
Robertet | Grasse
"""
    jobs = [(e.role, e.company, e.location) for e in parse_profile(text).experience]
    assert jobs == [
        ("Junior Perfumer", "Mane", "Le Bar-sur-Loup"),
        ("Perfumery Assistant", "Robertet", "Grasse"),
    ]


def _school(*header: str) -> tuple[str, str, str | None]:
    found = to_education(RawEntry(header=list(header), start="2009", end="2014"))
    return found.institution, found.degree, found.location


def test_a_school_and_a_degree_keep_their_own_commas() -> None:
    # the place in a field of its own: the school's comma is the school's
    assert _school("University of Nigeria, Nsukka", "Bachelor of Nursing Science | Enugu") == (
        "University of Nigeria, Nsukka",
        "Bachelor of Nursing Science",
        "Enugu",
    )
    # "School, City" under the degree: only the last piece is the place
    assert _school(
        "Post-Basic Diploma in Ophthalmic Nursing",
        "School of Post Basic Ophthalmic Nursing, LUTH, Lagos",
    ) == (
        "School of Post Basic Ophthalmic Nursing, LUTH",
        "Post-Basic Diploma in Ophthalmic Nursing",
        "Lagos",
    )
    # a qualification with no degree word, beside a line that names a school
    assert _school(
        "Qualified Worker, Stone Masonry and Restoration",
        "Lviv Higher Vocational School of Construction · Lviv",
    ) == (
        "Lviv Higher Vocational School of Construction",
        "Qualified Worker, Stone Masonry and Restoration",
        "Lviv",
    )
    # a degree's field after its comma, beside a school named by its acronym
    assert _school("Master Parfums, Cosmétiques et Arômes", "ISIPCA, Versailles") == (
        "ISIPCA",
        "Master Parfums, Cosmétiques et Arômes",
        "Versailles",
    )
    # "university" in Indonesian
    assert (
        _school(
            "Universitas Negeri Yogyakarta", "Sarjana Pendidikan (S.Pd.), Pendidikan Luar Biasa"
        )[0]
        == "Universitas Negeri Yogyakarta"
    )


def test_a_run_in_credentials_list_is_cut_at_its_commas_but_a_line_alone_is_not() -> None:
    text = """Chinonso Eze
chinonso@example.com
Skills
Skills: Theatre Nursing, Patient Education
Languages: English (fluent), Igbo (native)
Certifications: Registered Nurse/Midwife (NMCN), Basic Life Support (BLS)
"""
    assert parse_profile(text).certifications == [
        "Registered Nurse/Midwife (NMCN)",
        "Basic Life Support (BLS)",
    ]
    alone = """Kenji Watanabe
kenji@example.com
EDUCATION
Diploma in Piano Technology | 2006 – 2008
Yamaha Piano Technical Academy, Hamamatsu
QUALIFICATIONS
Piano Tuning Technician, National Skills Test Grade 1
"""
    assert parse_profile(alone).certifications == [
        "Piano Tuning Technician, National Skills Test Grade 1"
    ]


SIZE = 10.0


def _line(text: str, x: float, y: float) -> list[Word]:
    words = []
    for word in text.split():
        words.append(Word(word, x, x + 5 * len(word), y - SIZE, y, "regular"))
        x += 5 * len(word) + 3
    return words


def test_headings_side_by_side_read_their_columns_one_after_the_other() -> None:
    # an entry above with its dates far right and a full-width bullet: no page-wide gutter
    words = _line("Head Fishmonger", 40, 40) + _line("May 2017 – Present", 440, 40)
    words += _line(
        "Run the counter and a team of four from the delivery to the clean-down.", 40, 60
    )
    words += _line("Skills", 40, 100) + _line("Languages", 340, 100)
    words += _line("Fish Filleting", 46, 120) + _line("Knife Skills", 136, 120)
    words += _line("Stock Rotation", 212, 120)
    words += _line("English · native", 340, 118)
    words += _line("Irish · intermediate", 340, 131) + _line("Seafood Buying", 46, 138)
    lines = document_text([words]).split("\n")
    assert lines[2:] == [
        "Skills",
        "Fish Filleting | Knife Skills | Stock Rotation",
        "Seafood Buying",
        "Languages",
        "English · native",
        "Irish · intermediate",
    ]


def test_an_acronym_after_to_is_no_verb() -> None:
    from core.resume.phrases import claimed_skills

    text = "Adjust formulas to IFRA compliance and cost targets with the regulatory team."
    assert [s.name for s in claimed_skills(text, frozenset())] == ["IFRA compliance"]
    # a verb after "to" still ends the phrase
    assert [s.name for s in claimed_skills("Trained staff to improve safety.", frozenset())] == []


def test_a_heading_in_capitals_whose_words_are_unknown_opens_the_section_its_block_shows() -> None:
    # no table above: the detail alone gives the jobs
    table = _CAREER_SUMMARY.index("CAREER SUMMARY")
    detail = _CAREER_SUMMARY.index("EMPLOYMENT DETAIL")
    text = _CAREER_SUMMARY[:table] + _CAREER_SUMMARY[detail:]
    text = text.replace("EMPLOYMENT DETAIL", "EMPLOYMENT RECORD") + "SKILLS\nPerfumery\n"
    profile = parse_profile(text)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Junior Perfumer", "Mane"),
        ("Perfumery Assistant", "Robertet"),
    ]
    # inside the experience a line in capitals names an employer, never a section
    inside = """ANA LIMA
ana@example.com
PROFILE
Baker of ten years.
EXPERIENCE
BREAD AND CO
Head Baker | Jan 2020 – Present
• Ran the ovens.
SKILLS
Baking
"""
    profile = parse_profile(inside)
    assert profile.full_name == "Ana Lima"
    assert [(e.role, e.company) for e in profile.experience] == [("Head Baker", "BREAD AND CO")]
