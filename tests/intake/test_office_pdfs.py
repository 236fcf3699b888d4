"""What an office suite's PDF export does to a resume (the "office" group: DOCX layouts
exported by LibreOffice): tables laid out row by row, cells that wrap, tabs drawn as gaps."""

from __future__ import annotations

from dataclasses import replace

from core.resume.layout import document_text
from core.resume.layout_cell_wraps import join_wrapped_cells
from core.resume.layout_words import Segment, Word
from core.resume.layout_wraps import merge_wrapped_fields
from core.resume.word_gaps import word_cuts
from tests.intake.resume_set.office import compare
from tests.intake.resume_set.run import Run
from tests.intake.test_latex_classes import box
from tests.intake.test_word_gaps import _run

MAX_DROP = 0.01  # mean F1 an office PDF may read under its DOCX (all 20 read as their DOCX
# once wrapped lines in blocks of spaced paragraphs joined; docx_table read 10 points under)


def heading(text: str, x0: float, x1: float, bottom: float) -> list[Word]:
    """A section heading set 13 pt over 10 pt body text, in a font of its own."""
    return [replace(w, top=bottom - 13, font="heading") for w in box(text, x0, x1, bottom)]


def test_dates_in_a_table_under_headings_across_the_page_stay_with_their_rows() -> None:
    # an office table: dates in the left cell, the entry in the right one; the section
    # headings stand across the page between its rows, so the sides are no sidebar
    words = [
        *box("Daniel Okafor", 90, 200, 80),
        *box("d.okafor@postbox.net • (312) 555-0188 • Chicago, IL", 90, 365, 110),
        *heading("Work Experience", 90, 170, 150),
        *box("04/2021 –", 90, 135, 170),
        *box("Warehouse Associate | Midwest", 337, 530, 170),
        *box("present", 90, 125, 183),
        *box("Distribution Co. | Joliet, IL", 337, 460, 183),
        *box("• Ran weekly 5S audits that cut time lost searching for tools.", 337, 556, 200),
        *box("01/2018 –", 90, 135, 230),
        *box("Order Picker | Lakeside Foods | Chicago, IL", 337, 550, 230),
        *box("03/2021", 90, 125, 243),
        *box("• Picked chilled and frozen orders using RF scanners.", 337, 550, 260),
        *heading("Education & Training", 90, 200, 300),
        *box("2013", 90, 112, 320),
        *box("High School Diploma | Lincoln Park High School", 337, 556, 320),
        *box("2017", 90, 112, 333),
        *box("Skills", 90, 120, 370),
        *box("Forklift Operation • Order Fulfillment • Shipping and Receiving", 90, 430, 385),
    ]
    text = document_text([words]).split("\n")
    assert "04/2021 – present | Warehouse Associate | Midwest Distribution Co. | Joliet, IL" in text
    assert "01/2018 – 03/2021 | Order Picker | Lakeside Foods | Chicago, IL" in text
    assert text.index("Education & Training") > text.index(
        "01/2018 – 03/2021 | Order Picker | Lakeside Foods | Chicago, IL"
    )


def test_a_cell_that_wrapped_in_a_row_of_cells_joins_its_cell() -> None:
    # a career summary table: the employer's and the position's cells are too narrow and
    # wrap under themselves, beside empty cells
    def row(*cells: tuple[str, float, float, float]) -> list[Segment]:
        return [Segment(box(text, x0, x1, bottom)) for text, x0, x1, bottom in cells]

    rows = [
        row(("Feb 2020 – Present", 60, 150, 115), ("Pusat Layanan Juru", 175, 272, 115))
        + row(("Sign Language Teacher", 300, 420, 115), ("Yogyakarta", 450, 505, 115)),
        row(("Bahasa Isyarat", 175, 248, 127)),
        row(("Jul 2016 – Jan 2020", 60, 152, 142), ("SLB Negeri 1 Bantul", 175, 270, 142))
        + row(("Special Education", 300, 405, 142), ("Bantul", 450, 480, 142)),
        row(("Teacher", 300, 340, 154)),
        # a list of sentences beside a label: the next item, not a wrap
        row(("Duties", 60, 90, 180), ("Taught sign language to groups of twelve.", 175, 540, 180)),
        row(("Ran short courses for staff.", 175, 300, 192)),
    ]
    text = [" | ".join(s.text for s in r) for r in join_wrapped_cells(rows, 540)]
    assert text[:2] == [
        "Feb 2020 – Present | Pusat Layanan Juru Bahasa Isyarat | Sign Language Teacher"
        " | Yogyakarta",
        "Jul 2016 – Jan 2020 | SLB Negeri 1 Bantul | Special Education Teacher | Bantul",
    ]
    assert text[3] == "Ran short courses for staff."


def test_a_left_line_ending_inside_the_gutter_stays_in_its_column() -> None:
    # two columns, the right one short: a left line below it ends past where the left side's
    # other lines end, yet well before the right side starts; it is read in its place
    words = [
        *box("María José Fernández López", 51, 352, 70),
        *box("Profile", 51, 88, 164),
        *box("Certificates", 312, 373, 164),
        *box("Bank teller with five years at the counter, accurate", 51, 277, 192),
        *box("MiFID II Financial Adviser Certificate", 312, 498, 192),
        *box("in cash reconciliation and friendly in customer", 51, 261, 207),
        *box("Languages", 312, 369, 217),
        *box("onboarding.", 51, 105, 221),
        *box("Spanish – native", 312, 386, 245),
        *box("Experience", 51, 111, 246),
        *box("Catalan – fluent", 312, 383, 269),
        *box("Bank Teller", 51, 109, 274),
        *box("English – B2", 312, 367, 294),
        *box("CaixaBank, S.A., Valencia", 51, 163, 298),
        *box("2021 - Present", 51, 112, 323),
        *box("Education", 51, 105, 556),
        *box("Técnico Superior en Administración y Finanzas", 51, 283, 584),
        *box("IES Lluís Vives, Valencia, Spain", 51, 189, 609),
    ]
    text = document_text([words]).split("\n")
    assert text.index("CaixaBank, S.A., Valencia") + 1 == text.index("2021 - Present")
    assert text.index("Bank Teller") < text.index("Certificates")


def test_a_tab_drawn_as_a_narrow_gap_parts_words_where_spaces_are_written() -> None:
    # "Dublin<tab>Sep": the tab reached its stop 1.5 pt past the text (0.14 em at 11 pt); a
    # page that writes its spaces as characters has no other reason for such a gap
    lefts, rights = _run([5.5] * 9, [0.0, 0.05, -0.04, 0.07, 0.0, 1.51, 0.0, -0.05])
    assert word_cuts(lefts, rights, 11.0, spaced=True) == [6]
    assert word_cuts(lefts, rights, 11.0) == []  # pdfLaTeX's spaces are wider gaps
    tracked = _run([6.0] * 8, [2.5] * 7)  # letter-spaced text stays one word
    assert word_cuts(*tracked, 10.0, spaced=True) == []


def test_a_section_heading_right_under_a_row_of_a_table_opens_its_section() -> None:
    # a table of one row a language, then the next section's heading in the next row, set as
    # tight as the table's rows and in the labels' bold: no wrapped end of "Yoruba"
    bold = "Caladea-Bold/11.0"
    rows = [
        [Segment(box("Yoruba", 57, 93, 557, bold)), Segment(box("Fluent", 298, 327, 557))],
        [Segment(box("Certifications", 57, 123, 570, bold))],
    ]
    merged = merge_wrapped_fields(rows, 540)
    assert [[s.text for s in row] for row in merged] == [["Yoruba", "Fluent"], ["Certifications"]]


def test_every_office_pdf_reads_about_as_its_docx(resume_set_run: Run) -> None:
    # the "office" group's PDFs beside the DOCX each was exported from (the same labels)
    pairs = compare.pairs(resume_set_run)
    assert len(pairs) == 20
    drops = {p.layout: round(p.drop, 3) for p in pairs if p.drop > MAX_DROP}
    assert drops == {}
