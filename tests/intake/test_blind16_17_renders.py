"""blind16 and blind17: each new layout shows what its family is known for (no parser)."""

from __future__ import annotations

import io

from tests.intake.resume_set.generate import cases, of_layout, render, rendered_text

NEW = [c for c in cases(blind16=True, blind17=True) if c.group in ("blind16", "blind17")]


def test_the_contractor_cv_gives_every_job_in_the_summary_table_and_again_in_detail() -> None:
    from docx import Document

    for c in of_layout(NEW, "docx_career_summary"):
        data, _ = render(c.person, c.layout)
        table = Document(io.BytesIO(data)).tables[0]
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        assert rows[0] == ["Period", "Employer", "Position", "Location"]
        assert [r[1:] for r in rows[1:]] == [[j.employer, j.role, j.city] for j in c.person.jobs]
        text = rendered_text(c)
        assert all(text.count(j.employer) >= 2 for j in c.person.jobs)


def test_the_four_corner_resume_puts_education_first() -> None:
    for c in of_layout(NEW, "jakes_corners"):
        text = rendered_text(c)
        last_school = max(text.index(s.school) for s in c.person.schools)
        assert last_school < min(text.index(j.employer) for j in c.person.jobs)
        assert all(j.city in text for j in c.person.jobs)


def test_every_card_names_its_employer_and_city_under_the_strip() -> None:
    for c in of_layout(NEW, "cards"):
        text = rendered_text(c)
        for j in c.person.jobs:
            assert f"{j.employer} · {j.city}" in text and text.index(j.role) < text.index(
                f"{j.employer} · {j.city}"
            )


def test_the_web_form_printout_gives_one_labelled_field_a_line() -> None:
    for c in of_layout(NEW, "txt_web_form"):
        data, _ = render(c.person, c.layout)
        lines = data.decode().splitlines()
        total = len(c.person.jobs)
        for n, j in enumerate(c.person.jobs, 1):
            at = lines.index(f"Position {n} of {total}")
            assert lines[at + 1 : at + 6] == [
                f"Position held: {j.role}",
                f"Company name: {j.employer}",
                f"Location: {j.city}",
                f"From: {j.start}",
                f"To: {j.end}",
            ]


def test_the_indian_resume_has_a_qualifications_table_and_a_declaration() -> None:
    for c in of_layout(NEW, "indian_declaration"):
        text = rendered_text(c)
        assert text.lstrip().startswith("RESUME") and "Year of" in text and "Passing" in text
        assert text.count("Organisation:") == len(c.person.jobs)
        assert "I hereby declare" in text and f"Place: {c.person.city.split(',')[0]}" in text


def test_the_west_african_cv_puts_schools_and_degrees_in_sections_apart() -> None:
    for c in of_layout(NEW, "docx_west_african"):
        text = rendered_text(c)
        apart = text.index("EDUCATIONAL QUALIFICATIONS WITH DATES")
        assert text.index("INSTITUTIONS ATTENDED WITH DATES") < apart
        assert all(text.index(s.school) < apart < text.index(s.degree) for s in c.person.schools)
        assert "Position:" in text and "REFEREES" in text


def test_the_cover_sheet_is_a_page_of_its_own_before_the_cv() -> None:
    from pypdf import PdfReader

    for c in of_layout(NEW, "cover_sheet"):
        data, _ = render(c.person, c.layout)
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
        assert len(pages) == 2 and "for the position of" in pages[0]
        assert c.person.email in pages[0] and "Curriculum Vitae" in pages[1]
        assert not [j for j in c.person.jobs if j.employer in pages[0]]


def test_each_job_with_more_than_one_bullet_has_a_key_achievements_block() -> None:
    for c in of_layout(NEW, "achievement_blocks"):
        text = rendered_text(c)
        assert text.count("Key achievements:") == sum(len(j.bullets) > 1 for j in c.person.jobs)
