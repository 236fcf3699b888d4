"""DOCX bullets kept in numbering.xml: a bulleted item that reads as a sentence gets its
bullet back; entries written as list items, and numbered lists, stay as written."""

from __future__ import annotations

import io

from docx import Document

from core.adapters.resume_extract import extract_docx
from core.resume.parser import parse_profile


def _resume() -> bytes:
    doc = Document()
    doc.add_paragraph("Nomvula Dlamini")
    doc.add_paragraph("nomvula@example.org | +27 82 555 0101")
    doc.add_paragraph("Experience", style="Heading 1")
    doc.add_paragraph("Child Welfare South Africa | Johannesburg | Mar 2020 – Present")
    doc.add_paragraph().add_run("A national non-profit for children at risk").italic = True
    doc.add_paragraph(
        "Carry a caseload of 45 families and write court reports.", style="List Bullet"
    )
    doc.add_paragraph("Lead risk assessment visits with school staff.", style="List Bullet 2")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("BSW, University of Pretoria, 2012 – 2015", style="List Bullet")
    doc.add_paragraph("Planned the first step of a numbered procedure.", style="List Number")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_bulleted_sentence_reads_with_its_bullet_and_an_entry_as_written() -> None:
    lines = extract_docx(_resume())[0].split("\n")
    assert "• Carry a caseload of 45 families and write court reports." in lines
    assert "• Lead risk assessment visits with school staff." in lines
    assert "BSW, University of Pretoria, 2012 – 2015" in lines  # an entry, no bullet
    assert "Planned the first step of a numbered procedure." in lines  # a number, not a bullet
    assert "A national non-profit for children at risk" in lines


def test_the_first_bullet_no_longer_runs_into_the_line_above_it() -> None:
    profile = parse_profile(extract_docx(_resume())[0])
    duties = profile.experience[0].responsibilities
    assert "Carry a caseload of 45 families and write court reports." in duties
