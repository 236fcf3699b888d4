"""Resumes printed from published HTML themes (the 'external3' set's shapes): headings in
French, a job whose empty end date leaves a range open at the line's end, and education lines
built from fields some of which are empty ("{degree} in {field} at {school}", "{school},
{degree}") or wrapped in a narrow column."""

from __future__ import annotations

from core.resume.dates import find_dates
from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from core.resume.school_lines import tidy_school_lines

FRENCH = """Grace Kim
HR Recruiter
Contact
Email
grace.kim@talentmail.com
Téléphone
+82 10 5555 0172
A propos
Recruiter for engineering and sales teams in fast-growing companies.
Expérience
Coupang | 2020-03 —
Talent Acquisition Partner
Highlights
| Hired 45 engineers a year from sourcing to offer.
Samsung SDS | 2017-01 — 2020-02
HR Coordinator
Education
Yonsei University | 2012 — 2016
Bachelor of Business Administration
Talents
Recruitment
Employee Relations
Workday
Langues
Korean
Native
English
Fluent
"""


def test_french_headings_open_their_sections() -> None:
    profile = parse_profile(FRENCH)
    assert [(e.company, e.role) for e in profile.experience] == [
        ("Coupang", "Talent Acquisition Partner"),
        ("Samsung SDS", "HR Coordinator"),
    ]
    names = [s.name for s in profile.skills]
    assert {"Recruitment", "Employee Relations", "Workday"} <= set(names)
    assert profile.languages == ["Korean", "English"]


def test_a_range_left_open_at_the_line_end_runs_to_present() -> None:
    assert find_dates("Mollie B.V. | 2022-04 —") == ("2022-04", None, "Mollie B.V.")
    text = FRENCH.replace("Coupang", "Mollie B.V.")
    assert parse_profile(text).experience[0].company == "Mollie B.V."


def test_degree_in_field_at_school_with_empty_or_wrapped_fields() -> None:
    lines = [
        "",
        "MSc Actuarial Science in",
        "at Bayes Business School, City, University of London",
        "Jan 2015 - Jan 2016",
        "BSc Mathematics (First Class) in at Kwame Nkrumah University of",
        "Science and Technology",
        "Jan 2010 - Jan 2014",
        "Associate of Applied Science in",
        "Criminal Justice in",
        "at Fayetteville Technical",
        "Community College",
        "Jan 2008 - Jan 2010",
    ]
    assert tidy_school_lines(lines) == [
        "",
        "MSc Actuarial Science",
        "Bayes Business School, City, University of London",
        "Jan 2015 - Jan 2016",
        "BSc Mathematics (First Class)",
        "Kwame Nkrumah University of Science and Technology",
        "Jan 2010 - Jan 2014",
        "Associate of Applied Science in Criminal Justice",
        "Fayetteville Technical Community College",
        "Jan 2008 - Jan 2010",
    ]


def test_school_then_comma_led_degree_without_dates() -> None:
    text = """Kayode Balogun
kayode.balogun@outlook.com
Education
North East Scotland College
, NVQ Level 3 in Fabrication and Welding Engineering
Monash University
, BSc (Hons) Genetics
Kayode Balogun — kayode.balogun@outlook.com — +44 7700 900412
"""
    got = [(e.institution, e.degree) for e in parse_profile(text).education]
    assert got == [
        ("North East Scotland College", "NVQ Level 3 in Fabrication and Welding Engineering"),
        ("Monash University", "BSc (Hons) Genetics"),
    ]


def test_degree_ending_in_a_joiner_over_its_school() -> None:
    text = """Ingrid Johansson
ingrid.johansson@fysio.se
EDUCATION
Bachelor of Science in Physiotherapy,
Lund University
Jan 2013 – Jan 2016
"""
    edu = parse_profile(text).education
    assert [(e.institution, e.degree) for e in edu] == [
        ("Lund University", "Bachelor of Science in Physiotherapy")
    ]


def test_an_employer_in_capitals_ending_in_an_abbreviated_legal_form() -> None:
    text = """CIARÁN WHELAN
Master Locksmith
ciaran@whelanlocks.ie
WORK EXPERIENCE
WHELAN LOCKS & SAFES LTD.
Owner and Locksmith | Mar 2019 - Current
Answer 24-hour call-outs across Cork city and county.
CHUBB FIRE & SECURITY IRELAND LIMITED
Locksmith | Apr 2014 - Feb 2019
"""
    jobs = parse_profile(text).experience
    assert [(e.company, e.role) for e in jobs] == [
        ("WHELAN LOCKS & SAFES LTD.", "Owner and Locksmith"),
        ("CHUBB FIRE & SECURITY IRELAND LIMITED", "Locksmith"),
    ]


def test_a_themes_full_stop_after_a_name_ending_in_one() -> None:
    text = """Eleanor Brooks-Tanaka
Chicago, IL / (312) 555-0178 / ellie.brookstanaka@gmail.com
Senior Copy Editor - Hawthorne & Pike Publishers, Inc.. | Chicago, IL, 2019-08 - Present
Copy Editor - Lakeshore Magazine. | Evanston, IL, 2015-06 - 2019-07
"""
    jobs = parse_profile(text).experience
    assert jobs[0].company == "Hawthorne & Pike Publishers, Inc."


def test_a_degree_set_below_its_schools_dates_with_an_empty_fields_joiner() -> None:
    text = """Sarah Jane Whitfield
Email sarahjane.whitfield@bigpond.com
Education | La Trobe University
2014 - 2015
Master of Speech Pathology -
Monash University
2011 - 2013
Bachelor of Health Sciences -
Skills | Voice Therapy | Telehealth
"""
    got = [(e.institution, e.degree) for e in parse_profile(text).education]
    assert got == [
        ("La Trobe University", "Master of Speech Pathology"),
        ("Monash University", "Bachelor of Health Sciences"),
    ]


def _word(text: str, x0: float, x1: float, top: float, font: str = "Bold") -> Word:
    return Word(text, x0, x1, top, top + 18.2, font)


def test_chips_a_bold_size_apart_wrap_in_cells_of_one_pitch() -> None:
    """srt's skills: three cells a row, each chip's second word wrapped under its first; the
    gap between cells (0.6 em) is no word space, for the next row's cells start where these
    do, and the row's last cell is as wide as the others though nothing stands right of it."""
    words = [
        _word("Skills", 93.7, 135.3, 546.7, "Italic"),
        _word("Psychosocial", 93.7, 192.0, 598.5),
        _word("Clinical", 202.7, 263.5, 598.5),
        _word("Genomic", 311.6, 381.5, 598.5),
        _word("Support", 93.7, 157.6, 619.5),
        _word("Genetics", 202.7, 269.5, 619.5),
        _word("Testing", 311.6, 367.7, 619.5),
        _word("Experience", 93.7, 178.8, 670.0, "Italic"),
        _word("Peter", 93.7, 140.0, 700.0),
        _word("MacCallum", 145.0, 240.0, 700.0),
        _word("Cancer", 245.0, 300.0, 700.0),
        _word("Centre", 305.0, 520.0, 700.0),
    ]
    lines = document_text([words]).split("\n")
    assert lines[:4] == ["Skills", "Psychosocial Support", "Clinical Genetics", "Genomic Testing"]
