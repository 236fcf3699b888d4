"""DOCX intake: page headers, tables (nested too) and body in reading order, then the profile."""

from __future__ import annotations

import io

from docx import Document

from core.intake import extract_text, extract_text_sync
from core.resume.parser import parse_profile
from tests.intake.checks import invented


def teacher_docx() -> bytes:
    """A two-column resume: contact line in the page header, columns in a table."""
    doc = Document()
    doc.sections[0].header.paragraphs[
        0
    ].text = "sarah.oconnor@example.com | 07700 900123 | Manchester, United Kingdom"
    doc.add_paragraph("Sarah O'Connor")
    doc.add_paragraph("Early Years Teacher")
    doc.add_paragraph("Profile")
    doc.add_paragraph("Warm early years teacher with six years in nursery and reception classes.")
    left, right = doc.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Key Skills"
    for skill in ("Lesson planning", "Safeguarding", "Phonics teaching", "First Aid"):
        left.add_paragraph(skill)
    left.add_paragraph("Languages")
    left.add_paragraph("English, Irish")
    right.paragraphs[0].text = "Employment History"
    right.add_paragraph("Reception Teacher, Oakfield Primary School, Manchester")
    right.add_paragraph("September 2019 – Present")
    right.add_paragraph("Planned play-based lessons for 30 children.")
    right.add_paragraph("Led parent communication through weekly learning journals.")
    inner = right.add_table(rows=1, cols=2)  # a table inside a cell
    inner.rows[0].cells[0].text = "Nursery Practitioner, Little Acorns Nursery, Salford"
    inner.rows[0].cells[1].text = "June 2016 – August 2019"
    doc.add_paragraph("Education")
    doc.add_paragraph("PGCE Early Years, University of Manchester")
    doc.add_paragraph("2017 – 2018")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


async def test_header_tables_and_body_are_all_read() -> None:
    text = await extract_text(teacher_docx(), "sarah.docx")
    lines = text.split("\n")
    assert lines[0].startswith("sarah.oconnor@example.com")  # the page header comes first
    order = [
        "Sarah O'Connor",
        "Key Skills",
        "Phonics teaching",
        "Employment History",
        "Reception Teacher, Oakfield Primary School, Manchester",
        # a row of one-line cells reads as one line of fields, as the PDF reader joins them
        "Nursery Practitioner, Little Acorns Nursery, Salford | June 2016 – August 2019",
        "PGCE Early Years, University of Manchester",
    ]
    positions = [lines.index(line) for line in order]
    assert positions == sorted(positions)


def test_docx_profile() -> None:
    text = extract_text_sync(teacher_docx(), "sarah.docx")
    p = parse_profile(text)
    assert (p.full_name, p.email, p.phone) == (
        "Sarah O'Connor",
        "sarah.oconnor@example.com",
        "07700 900123",
    )
    assert p.location == "Manchester, United Kingdom"
    assert p.summary.startswith("Warm early years teacher")
    assert p.skill_names()[:4] == [
        "Lesson Planning",
        "Safeguarding",
        "Phonics teaching",
        "First Aid",
    ]
    assert p.languages == ["English", "Irish"]
    assert [(e.role, e.company, e.location, e.start, e.end) for e in p.experience] == [
        ("Reception Teacher", "Oakfield Primary School", "Manchester", "September 2019", "Present"),
        ("Nursery Practitioner", "Little Acorns Nursery", "Salford", "June 2016", "August 2019"),
    ]
    assert p.experience[0].responsibilities == [
        "Planned play-based lessons for 30 children.",
        "Led parent communication through weekly learning journals.",
    ]
    assert [(e.degree, e.institution) for e in p.education] == [
        ("PGCE Early Years", "University of Manchester")
    ]
    assert invented(p, text) == []


def test_text_boxes_are_read_once() -> None:
    """Designed templates put a column in a text box, which Word writes twice (+ a fallback)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    box = (
        "<w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Phlebotomy</w:t></w:r></w:p></w:txbxContent>"
    )
    run = parse_xml(
        f"<w:r {nsdecls('w')} "
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing>'
        f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r>"
    )
    doc = Document()
    doc.add_paragraph("Lena Berg")
    doc.add_paragraph("lena@example.com")
    doc.add_paragraph()._p.append(run)
    buffer = io.BytesIO()
    doc.save(buffer)
    text = extract_text_sync(buffer.getvalue(), "lena.docx")
    assert text.split("\n") == ["Lena Berg", "lena@example.com", "", "Skills", "Phlebotomy"]
    assert parse_profile(text).skill_names() == ["Phlebotomy"]


def test_a_tab_separated_employment_history_reads_as_entries() -> None:
    """A functional resume's short history: one 'Role<tab>Employer, City<tab>dates' line a job."""
    doc = Document()
    doc.add_paragraph("Liam Walsh")
    doc.add_paragraph("Sales Associate")
    doc.add_paragraph("Employment History")
    doc.add_paragraph("Sales Associate\tJB Hi-Fi, Melbourne\tMar 2021 – Present")
    doc.add_paragraph("Customer Assistant\tWoolworths, Geelong\tJan 2019 – Feb 2021")
    doc.add_paragraph("Education")
    doc.add_paragraph("Certificate III in Retail\tBox Hill Institute, Melbourne\t2017 – 2018")
    doc.add_paragraph("\tindented line")
    out = io.BytesIO()
    doc.save(out)
    text = extract_text_sync(out.getvalue(), "liam.docx")
    assert "indented line" in text.splitlines()  # a leading tab is only an indent
    profile = parse_profile(text)
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Sales Associate", "JB Hi-Fi", "Melbourne"),
        ("Customer Assistant", "Woolworths", "Geelong"),
    ]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("Certificate III in Retail", "Box Hill Institute")
    ]
    assert invented(profile, text) == []


def _in_content_controls() -> bytes:
    """Word's own templates: each field in a content control, block-level and inline."""
    from docx.oxml import parse_xml

    doc = Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = doc.element.body
    name = parse_xml(
        f"<w:sdt {w}><w:sdtPr><w:alias w:val='Name'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Ana Lima</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    role = parse_xml(
        f"<w:p {w}><w:sdt><w:sdtContent><w:r><w:t>Nurse</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:tab/></w:r><w:sdt><w:sdtContent><w:r><w:t>2019 - 2022</w:t></w:r>"
        "</w:sdtContent></w:sdt></w:p>"
    )
    body.insert(0, name)
    body.insert(1, role)
    doc.add_paragraph("Cared for patients on a busy surgical ward and trained new staff.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_text_inside_content_controls_is_read_in_order() -> None:
    text = extract_text_sync(_in_content_controls(), "template.docx")
    assert text.split("\n")[:2] == ["Ana Lima", "Nurse | 2019 - 2022"]
