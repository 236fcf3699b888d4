"""Entry headers with fields apart: table rows, a place after the role, a state after a city."""

from __future__ import annotations

import io

import pytest
from docx import Document

from core.intake import extract_text_sync
from core.resume.entries import RawEntry
from core.resume.experience_fields import to_experience
from core.resume.parser import parse_profile
from core.resume.schooling import to_education


def _jobs_in_rows() -> bytes:
    """Each job a table row: dates | role and bullets | employer; a contact row of cells."""
    doc = Document()
    doc.add_paragraph("Sophie Laurent")
    contact = doc.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(
        contact, ("sophie@example.fr", "+33 6 12 34 56 78", "Lyon, France"), strict=True
    ):
        cell.text = text
    doc.add_paragraph("Experience")
    table = doc.add_table(rows=0, cols=3)
    for dates, role, bullet, employer in (
        ("Sep 2020 – Present", "Sous Chef, Lyon", "• Ran the brigade.", "Brasserie Georges"),
        ("Jun 2016 – Aug 2020", "Commis Chef, Lyon", "• Prepared sauces.", "Le Bistrot"),
    ):
        dates_cell, what, where = table.add_row().cells
        dates_cell.text, what.text, where.text = dates, role, employer
        what.add_paragraph(bullet)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_table_row_reads_as_one_line_of_fields_and_every_row_is_read() -> None:
    text = extract_text_sync(_jobs_in_rows(), "chef.docx")
    assert "sophie@example.fr | +33 6 12 34 56 78 | Lyon, France" in text
    assert "Sep 2020 – Present | Sous Chef, Lyon | Brasserie Georges" in text
    assert "Jun 2016 – Aug 2020 | Commis Chef, Lyon | Le Bistrot" in text
    profile = parse_profile(text)
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Sous Chef", "Brasserie Georges", "Lyon"),
        ("Commis Chef", "Le Bistrot", "Lyon"),
    ]
    assert profile.experience[0].responsibilities == ["Ran the brigade."]


def test_a_place_after_the_role_is_the_place_when_the_company_has_its_own_line() -> None:
    job = to_experience(RawEntry(header=["Tufts Medical Center", "Staff Nurse, Boston, MA"]))
    assert (job.role, job.company, job.location) == (
        "Staff Nurse",
        "Tufts Medical Center",
        "Boston, MA",
    )
    job = to_experience(RawEntry(header=["Harbour Logistics Ltd", "Senior Accountant, London"]))
    assert (job.role, job.company, job.location) == (
        "Senior Accountant",
        "Harbour Logistics Ltd",
        "London",
    )


def test_a_team_after_the_role_stays_in_the_role() -> None:
    job = to_experience(RawEntry(header=["Monzo Bank", "Manager, Customer Success"]))
    assert (job.role, job.company) == ("Manager, Customer Success", "Monzo Bank")


def test_on_one_line_the_last_field_is_the_city() -> None:
    job = to_experience(RawEntry(header=["Nutritional Consultant, DaVita | Delmas"]))
    assert (job.role, job.company, job.location) == ("Nutritional Consultant", "DaVita", "Delmas")


def test_a_state_code_after_a_city_is_not_a_masters_degree() -> None:
    entry = RawEntry(
        header=["University of Massachusetts Boston, Boston, MA", "Bachelor of Science in Nursing"]
    )
    school = to_education(entry)
    assert school.degree == "Bachelor of Science in Nursing"
    assert school.institution == "University of Massachusetts Boston"
    assert to_education(RawEntry(header=["MA History, University of York"])).degree == "MA History"


def test_doctor_of_names_a_degree() -> None:
    entry = RawEntry(header=["American University of Beirut, Beirut", "Doctor of Pharmacy"])
    assert to_education(entry).degree == "Doctor of Pharmacy"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("–Ran the kitchen brigade.", "Ran the kitchen brigade."),  # a flush dash bullet
        ("— Wrote menus.", "Wrote menus."),
        ("–Present", "–Present"),  # the end of a date range wrapped onto its own line
        ("–2019", "–2019"),
        ("-based in Lyon", "-based in Lyon"),
    ],
)
def test_a_dash_flush_against_a_sentence_is_a_bullet(line: str, expected: str) -> None:
    from core.resume.entry_parts import BULLET

    assert BULLET.sub("", line) == expected
