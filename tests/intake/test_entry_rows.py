"""Entries laid out in rows of two cells (title left, highlights right), a label over each
job's list, a bullet glyph with no character on a list's last page, and a university named
with its campus town."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.intake import extract_text_sync
from core.models import Education
from core.resume.entries import responsibilities
from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from tests.intake.test_latex_classes import box

EXTERNAL3 = Path(__file__).parent / "resume_set" / "external3"


def _header() -> list[Word]:
    """The name and summary left, a contact box right: two columns above the rows."""
    return [
        *box("Chidi Okeke", 80, 200, 80),
        *box("Senior Financial Analyst", 80, 220, 100),
        *box("Analyst with eight years in FMCG and banking.", 80, 300, 125),
        *box("CONTACT", 330, 380, 125),
        *box("Email | c.okeke@outlook.com", 330, 500, 140),
        *box("Phone | +234 803 555 0100", 330, 490, 155),
    ]


def _rows() -> list[Word]:
    """Employer, dates and title left; the job's highlights right, on the employer's row."""
    return [
        *box("EXPERIENCE", 80, 150, 190),
        *box("Dangote Industries Limited", 90, 230, 215),
        *box("Highlights", 330, 380, 215),
        *box("2021-01 - Present", 90, 180, 230),
        *box("Own the group's rolling cash flow", 345, 520, 232),
        *box("Senior Financial Analyst", 90, 220, 245),
        *box("forecasting model.", 345, 430, 247),
        *box("Stanbic IBTC Holdings PLC", 90, 230, 300),
        *box("Highlights", 330, 380, 300),
        *box("2017-08 - 2020-12", 90, 180, 315),
        *box("Automated loan-book reports with", 345, 520, 317),
        *box("Financial Analyst", 90, 180, 330),
        *box("Excel VBA.", 345, 400, 332),
        *box("EDUCATION", 80, 150, 385),
        *box("University of Lagos", 80, 200, 410),
        *box("Lagos Business School", 330, 450, 410),
        *box("BSc Accounting", 80, 170, 425),
        *box("MSc Finance", 330, 400, 425),
    ]


def test_highlights_beside_each_entry_are_read_with_that_entry() -> None:
    text = [ln.strip() for ln in document_text([_header() + _rows()]).split("\n")]
    first = text.index("Dangote Industries Limited")
    second = text.index("Stanbic IBTC Holdings PLC")
    assert first < text.index("Own the group's rolling cash flow") < second
    assert second < text.index("Automated loan-book reports with") < text.index("EDUCATION")
    # the right-hand school is the second entry of its section, not text after the columns
    assert text.index("BSc Accounting") < text.index("Lagos Business School")
    # above the rows the page still reads as columns: the summary, then the contact box
    assert text.index("Analyst with eight years in FMCG and banking.") < text.index("CONTACT")
    assert text.index("CONTACT") < text.index("EXPERIENCE")


def test_a_sidebar_whose_sections_are_headed_larger_stays_a_column() -> None:
    # the same rows, but the right side's blocks open with headings set larger: a sidebar of
    # its own sections ("Toolbox", "Languages"), read after the main column
    def heading(text: str, x0: float, x1: float, bottom: float) -> list[Word]:
        return [replace(w, top=bottom - 13) for w in box(text, x0, x1, bottom)]

    words = [
        w
        for w in _rows()
        if w.x0 < 330 or w.text in ("Lagos", "Business", "School", "MSc", "Finance")
    ]
    words += [
        *heading("Toolbox", 330, 380, 215),
        *box("Budgeting", 330, 390, 232),
        *box("Forecasting", 330, 400, 247),
        *heading("Languages", 330, 390, 300),
        *box("English", 330, 370, 317),
        *box("Yoruba", 330, 370, 332),
    ]
    text = document_text([words]).split("\n")
    assert text.index("Financial Analyst") < text.index("Toolbox")
    assert text.index("EDUCATION") < text.index("Toolbox")


def test_a_published_theme_with_highlights_beside_each_job_reads_whole() -> None:
    data = (EXTERNAL3 / "simple-chukwuemeka.pdf").read_bytes()
    profile = parse_profile(extract_text_sync(data, "cv.pdf"))
    duties = {job.company: job.responsibilities for job in profile.experience}
    assert duties["Dangote Industries Limited"][0] == (
        "Own the group's rolling 18-month cash flow forecasting model."
    )
    assert duties["KPMG Professional Services"] == [
        "Tested controls for oil and gas clients under IFRS."
    ]
    assert [(e.institution, e.degree) for e in profile.education] == [
        ("University of Nigeria, Nsukka", "BSc Accounting"),
        ("Lagos Business School", "MSc Finance"),
    ]


def test_a_one_word_label_over_a_list_is_no_part_of_its_first_item() -> None:
    body = ["Highlights", "Own the group's rolling cash", "flow forecasting model.", "Ran audits."]
    # the label is an item of its own (the job then drops it), not glued to the sentence
    assert responsibilities(body) == [
        "Highlights",
        "Own the group's rolling cash flow forecasting model.",
        "Ran audits.",
    ]
    # a wrapped sentence whose first line is one word still joins
    assert responsibilities(["Managed", "the store's stock counts."]) == [
        "Managed the store's stock counts."
    ]
    # later in the list a one-word line is a functional resume's skill over its example:
    # it stays with it, as before
    body = ["Ran audits.", "Python", "Wrote SQL queries over sales records."]
    assert responsibilities(body) == ["Ran audits.", "Python Wrote SQL queries over sales records."]


def test_a_list_label_is_dropped_from_the_job() -> None:
    text = """Ada Obi
ada.obi@mail.com
Experience
Stanbic IBTC Holdings PLC | 2017-08 - 2020-12
Financial Analyst
Highlights
Prepared monthly management accounts for the retail
banking division.
Automated loan-book reports with Excel VBA.
"""
    assert parse_profile(text).experience[0].responsibilities == [
        "Prepared monthly management accounts for the retail banking division.",
        "Automated loan-book reports with Excel VBA.",
    ]


def test_an_unmapped_bullet_alone_on_the_last_page_of_a_list_is_a_bullet() -> None:
    def item(text: str, bottom: float) -> list[Word]:
        glyph = Word("(cid:0)", 65, 70, bottom - 10, bottom, "symbols")
        return [glyph, *box(text, 80, 400, bottom)]

    first = [
        *box("Experience", 65, 140, 80),
        *box("Framer Inc. | 2019-01 - 2022-03", 65, 260, 100),
        *item("Built interactive prototyping kits for the marketplace.", 120),
        *item("Ran experiments on the pricing page with growth.", 135),
    ]
    second = [
        *box("Studio Noord | 2017-08 - 2018-12", 65, 260, 60),
        *box("Highlights", 65, 130, 75),
        *item("Produced wireframing and clickable mock-ups for museums.", 90),
    ]
    text = document_text([first, second]).split("\n")
    assert "• Produced wireframing and clickable mock-ups for museums." in text


def test_a_university_named_for_its_country_keeps_its_campus_town() -> None:
    text = """Ngozi Eze
ngozi@mail.com
Education
University of Nigeria, Nsukka
BSc Accounting
2010 - 2014
University of Manchester, Manchester
MSc Finance
2015 - 2016
"""
    assert parse_profile(text).education[:2] == [
        Education(
            institution="University of Nigeria, Nsukka",
            degree="BSc Accounting",
            start="2010",
            end="2014",
        ),
        Education(
            institution="University of Manchester",
            degree="MSc Finance",
            start="2015",
            end="2016",
            location="Manchester",
        ),
    ]
