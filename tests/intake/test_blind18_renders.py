"""blind18: each new layout shows what its family is known for (no parser)."""

from __future__ import annotations

import io

from tests.intake.resume_set.generate import cases, of_layout, render, rendered_text
from tests.intake.resume_set.personas13 import FAMILY_NAMES, PEOPLE18, split_name

NEW = [c for c in cases(blind18=True) if c.group == "blind18"]


def test_eight_new_people_each_in_two_layouts() -> None:
    assert len(NEW) == 16 and {c.person for c in NEW} == set(PEOPLE18)
    assert all(sum(c.person == p for c in NEW) == 2 for p in PEOPLE18)
    assert set(FAMILY_NAMES) == {p.name for p in PEOPLE18}
    assert split_name("Annelies de Vries-Bakker") == ("de Vries-Bakker", "Annelies")
    assert split_name("Đỗ Hoàng Nam") == ("Đỗ", "Hoàng Nam")


def test_the_rirekisho_writes_the_history_as_dated_events_oldest_first() -> None:
    for c in of_layout(NEW, "rirekisho"):
        text = rendered_text(c)
        assert "RIREKISHO" in text and "Furigana" in text and "Education and Work History" in text
        assert "Licences and Qualifications" in text and text.count("End") >= 2
        joined = [text.index(f"Joined {j.employer} ({j.city}) as {j.role}") for j in c.person.jobs]
        assert joined == sorted(joined, reverse=True)  # the current job last
        assert text.index("Currently employed") > max(joined)
        for s in c.person.schools:
            assert f"Entered {s.school}" in text and f"Graduated from {s.school}" in text
        ended = [j for j in c.person.jobs if j.end != "Present"]
        assert all(f"Resigned from {j.employer} for personal reasons" in text for j in ended)


def test_the_rirekisho_gives_the_duties_by_employer_on_a_second_page() -> None:
    from pypdf import PdfReader

    for c in of_layout(NEW, "rirekisho"):
        data, _ = render(c.person, c.layout)
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
        assert len(pages) == 2 and "Details of Duties by Employer" in pages[1]
        assert all(j.employer in pages[1] for j in c.person.jobs)


def test_the_spanish_cv_has_a_personal_block_and_every_heading_in_spanish() -> None:
    for c in of_layout(NEW, "cv_espanol"):
        text = rendered_text(c)
        for heading in (
            "CURRICULUM VITAE",
            "DATOS PERSONALES",
            "PERFIL PROFESIONAL",
            "EXPERIENCIA PROFESIONAL",
            "FORMACIÓN ACADÉMICA",
            "IDIOMAS",
            "CERTIFICACIONES Y CURSOS",
        ):
            assert heading in text
        assert "Nombre y apellidos:" in text and "Correo electrónico:" in text and "FOTO" in text
        assert "Actualidad" in text and "Experience" not in text and "Education" not in text
        for j in c.person.jobs:
            assert f"{j.role}. {j.employer} ({j.city})." in text


def test_the_tender_cv_asks_family_and_first_names_apart_and_tables_the_history() -> None:
    from docx import Document

    for c in of_layout(NEW, "docx_tender_cv"):
        data, _ = render(c.person, c.layout)
        doc = Document(io.BytesIO(data))
        family, given = split_name(c.person.name)
        paragraphs = [p.text for p in doc.paragraphs]
        assert f"1.\tFamily name:\t{family.upper()}" in paragraphs
        assert f"2.\tFirst names:\t{given}" in paragraphs
        education, languages, _, experience = doc.tables
        assert [r.cells[1].text for r in education.rows[1:]] == [s.degree for s in c.person.schools]
        assert [r.cells[0].text for r in languages.rows[1:]] == [n for n, _ in c.person.languages]
        assert all(r.cells[1].text in "12345" for r in languages.rows[1:])
        header = [cell.text for cell in experience.rows[0].cells]
        assert header == [
            "Date from – Date to",
            "Location",
            "Company & reference person",
            "Position",
            "Description",
        ]
        rows = experience.rows[1:]
        assert [r.cells[3].text for r in rows] == [j.role for j in c.person.jobs]
        assert [r.cells[2].paragraphs[0].text for r in rows] == [j.employer for j in c.person.jobs]
        assert c.person.name not in rendered_text(c)  # the name only as its two fields


def test_the_layout_text_keeps_both_columns_side_by_side_on_one_line() -> None:
    for c in of_layout(NEW, "txt_pdftotext_layout"):
        data, _ = render(c.person, c.layout)
        raw = data.decode()
        assert raw.endswith("\n\f")
        lines = raw.splitlines()
        assert lines[1].strip() == c.person.name.upper() and lines[1].startswith("     ")
        assert any(
            line.startswith("CONTACT") and line.rstrip().endswith("PROFILE") for line in lines
        )
        for j in c.person.jobs:
            dated = [line for line in lines if line.rstrip().endswith(f"{j.start} - {j.end}")]
            assert len(dated) == 1 and f" {j.role}  " in dated[0]  # right-aligned on its line
            assert any(line.rstrip().endswith(f"{j.employer} | {j.city}") for line in lines)
        skills_side = sum(1 for line in lines for s in c.person.skills if line.startswith(s + "  "))
        assert skills_side >= 3  # skills share their lines with the main column
        text = rendered_text(c)
        assert all(j.employer in text for j in c.person.jobs)
