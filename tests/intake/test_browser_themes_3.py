"""Resumes printed from published HTML themes (the 'external_blind' set's shapes, tuned on
in the sixteenth round): section headings in a margin beside their sections, small
capitals, and entries whose role line stands over sentences without bullets."""

from __future__ import annotations

from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile


def _line(text: str, x0: float, top: float, size: float = 9.1, font: str = "Serif") -> list[Word]:
    """Words of one line, 5 points a letter, a space of a third of the size."""
    words: list[Word] = []
    x = x0
    for part in text.split():
        width = 5.0 * len(part) * size / 9.1
        words.append(Word(part, x, x + width, top, top + size, f"{font}/{size}"))
        x += width + size / 3
    return words


def _margin_page() -> list[Word]:
    """Headings (12.6 high) in a left margin, centred on or set below their section's first
    line; the job's dates in the same margin under the heading; contact rows beside them."""
    words = _line("Amira Haddad", 230, 40, 16.9)
    words += _line("Email", 218, 114) + _line("amira@mail.example", 368, 114)
    words += _line("CONTACT", 62, 120.6, 12.6)
    words += _line("Phone", 218, 131.6) + _line("+44 7700 900123", 368, 131.6)
    words += _line("Forklift Driving:", 217, 204.4, font="Bold")
    words += _line("SKILLS", 62, 218.1, 12.6)
    words += _line("Stock Control:", 217, 220.1, font="Bold")
    words += _line("Picking:", 217, 235.1, font="Bold")
    words += _line("EXPERIENCE", 62, 285.6, 12.6)
    words += _line("Warehouse Supervisor at Dunmore Logistics Ltd", 217, 289.1, font="Bold")
    words += _line("Loaded and checked 40 pallets a shift for the", 241, 302.6)
    words += _line("2019-03 TO PRESENT", 62, 307.6, 7.6, "Bold")
    words += _line("night trunking fleet.", 228, 313.9)
    words += _line("Trained six new starters on the scanners.", 241, 329.6)
    words += _line("EDUCATION", 62, 469.3, 12.6)
    words += _line("Leeds City College", 217, 469.1, font="Bold")
    words += _line("2016 TO 2018", 62, 491.3, 7.6, "Bold")
    return words


def test_headings_in_a_margin_open_their_own_sections() -> None:
    lines = document_text([_margin_page()]).split("\n")
    assert lines[:4] == [
        "Amira Haddad",
        "CONTACT",
        "Email | amira@mail.example",
        "Phone | +44 7700 900123",
    ]
    assert lines.index("SKILLS") == lines.index("Forklift Driving:") - 1
    job = lines.index("Warehouse Supervisor at Dunmore Logistics Ltd")
    assert lines[job - 1] == "EXPERIENCE"
    assert lines[job + 1] == "2019-03 TO PRESENT"  # the margin's date under the entry's title
    assert lines[-3:] == ["EDUCATION", "Leeds City College", "2016 TO 2018"]
    profile = parse_profile("\n".join(lines))
    assert [(e.role, e.company, e.start) for e in profile.experience] == [
        ("Warehouse Supervisor", "Dunmore Logistics Ltd", "2019-03")
    ]
    assert [e.institution for e in profile.education] == ["Leeds City College"]


def test_a_sidebar_of_body_text_is_still_read_as_a_column() -> None:
    """A left column of lists in the body's size is a sidebar: read before the main column."""
    words = _margin_page()
    words += _line("Fluent in Polish", 62, 400.0)
    lines = document_text([words]).split("\n")
    assert lines.index("EDUCATION") < lines.index("Warehouse Supervisor at Dunmore Logistics Ltd")


def test_a_word_in_small_capitals_is_one_word() -> None:
    """ "P" then "RESENT" set smaller, 0.7 points apart: one word, not "P RESENT"."""
    words = [
        Word("2021-07", 62.1, 91.9, 307.6, 315.1),
        Word("TO", 95.3, 103.5, 309.4, 314.6),
        Word("P", 106.9, 111.6, 307.6, 315.1),
        Word("RESENT", 112.3, 137.1, 309.4, 314.6),
    ]
    assert document_text([words]) == "2021-07 TO PRESENT"


UNTOLD_ROLE = """Dafydd Morgan
Experience
Morgan Farriery Services
May 2018 - Present
Farrier (self-employed)
Shoe and trim around 35 horses a week on a round of yards and livery stables.
Make surgical shoes at the forge for laminitis cases.
Tom Bevan Farriers Ltd
September 2014 - April 2018
Approved Training Farrier's Apprentice
Forged and fitted shoes under an approved training farrier.
"""


def test_a_title_over_unbulleted_sentences_is_the_role_in_the_sections_order() -> None:
    """A trade the vocabulary does not know stands where the section's other entry (whose
    legal form names its employer first) puts the role: under the dates, over sentences."""
    profile = parse_profile(UNTOLD_ROLE)
    assert [(e.company, e.role) for e in profile.experience] == [
        ("Morgan Farriery Services", "Farrier (self-employed)"),
        ("Tom Bevan Farriers Ltd", "Approved Training Farrier's Apprentice"),
    ]
    assert profile.experience[0].responsibilities[0].startswith("Shoe and trim")


def test_a_degree_whose_field_was_left_empty_loses_its_joiner() -> None:
    """ "{degree} in {field}" printed with no field: "B.Eng. Civil Engineering in"."""
    text = (
        "Felix Wagner\nEducation\nTechnical University of Munich | Jan 2015\n"
        "M.Sc. Civil Engineering in\nAugsburg University of Applied Sciences | Jan 2013\n"
        "B.Eng. Civil Engineering in\n"
    )
    degrees = [e.degree for e in parse_profile(text).education]
    assert degrees == ["M.Sc. Civil Engineering", "B.Eng. Civil Engineering"]


def test_a_degree_under_its_schools_dates_stays_with_that_school() -> None:
    text = (
        "Eline Verbruggen\nEducation\nUniversity of Amsterdam\n2012 - 2015\n"
        "MA Conservation and Restoration of Cultural Heritage\nRadboud University\n"
        "2009 - 2012\nBA Art History\n"
    )
    assert [(e.institution, e.degree) for e in parse_profile(text).education] == [
        ("University of Amsterdam", "MA Conservation and Restoration of Cultural Heritage"),
        ("Radboud University", "BA Art History"),
    ]


def test_degrees_over_their_schools_over_dates_keep_their_order() -> None:
    """Titles above the dates, degree first: the line under a date opens the next entry."""
    text = (
        "Eline Verbruggen\nEducation\nMA Conservation\nUniversity of Amsterdam\n2012 - 2015\n"
        "BA Art History\nRadboud University\n2009 - 2012\n"
    )
    assert [(e.institution, e.degree) for e in parse_profile(text).education] == [
        ("University of Amsterdam", "MA Conservation"),
        ("Radboud University", "BA Art History"),
    ]


def _cells(year: str, text: str, top: float, font: str = "Sans") -> list[Word]:
    return _line(year, 380, top, 7.1, "Bold") + _line(text, 415, top, 7.1, font)


def test_a_start_year_over_its_end_year_is_one_range() -> None:
    """Two years stacked in a date cell beside an entry's two lines: one range."""
    words = _cells("2011", "University of Lyon", 250.9, "Bold")
    words += _cells("2014", "Licence Sciences pour la Santé", 260.6)
    words += _cells("2014", "University of Paris-Saclay", 315.4, "Bold")
    words += _cells("2016", "Master Sciences de la Vision", 325.9)
    assert document_text([words]).split("\n") == [
        "2011 – 2014 | University of Lyon",
        "Licence Sciences pour la Santé",
        "2014 – 2016 | University of Paris-Saclay",
        "Master Sciences de la Vision",
    ]


def test_three_stacked_years_are_three_entries() -> None:
    words = _cells("2011", "GCSEs", 250.9) + _cells("2013", "A-levels", 260.6)
    words += _cells("2016", "BSc Physics", 270.3)
    assert document_text([words]).split("\n") == [
        "2011 | GCSEs",
        "2013 | A-levels",
        "2016 | BSc Physics",
    ]


def test_the_wrapped_end_of_a_rows_last_cell_joins_it() -> None:
    """ "Optique" under "2014 | Licence ..., parcours" at the text cell's left edge, in its
    font, at the paragraph's leading: the wrapped end of that cell."""
    words = _cells("2011", "Université Claude Bernard Lyon 1", 250.9, "Bold")
    words += _cells("2014", "Licence Sciences pour la Santé, parcours", 260.6)
    words += _line("Optique", 415, 270.2, 7.1, "Sans")
    words += _cells("2014", "Université Paris-Saclay", 315.4, "Bold")
    words += _cells("2016", "Master Sciences de la Vision", 325.9)
    lines = document_text([words]).split("\n")
    assert lines[1] == "Licence Sciences pour la Santé, parcours Optique"
    profile = parse_profile("Marie Dubois\nEducation\n" + "\n".join(lines))
    assert [(e.institution, e.degree, e.start, e.end) for e in profile.education] == [
        ("Université Claude Bernard Lyon 1", lines[1], "2011", "2014"),
        ("Université Paris-Saclay", "Master Sciences de la Vision", "2014", "2016"),
    ]


def test_a_grid_of_chips_under_headings_is_read_row_by_row() -> None:
    """Chips in three columns under "Skills", languages in four under "Languages": the
    gaps between cells run from the first row to the last, but the headings stand between
    those rows, so the page is one column of grids, not two columns."""
    words = _line("Skills", 40, 158.5, 12.0)
    words += _line("Inpainting", 40, 182.8, 9.7) + _line(
        "Structural Consolidation", 191, 182.8, 9.7
    )
    words += _line("Preventive Conservation", 342, 182.8, 9.7)
    words += _line("Gilding", 40, 206.1, 9.7)
    words += _line("Languages", 40, 242.5, 12.0)
    for x, name, level in ((40, "Dutch", "Native"), (77, "English", "C1"), (119, "German", "B2")):
        words += _line(name, x, 267.6, 6.0) + _line(level, x, 282.6, 6.0)
    words += _line("Italian", 164, 267.6, 6.0) + _line("A2", 164, 282.6, 6.0)
    lines = document_text([words]).split("\n")
    assert lines[:3] == [
        "Skills",
        "Inpainting | Structural Consolidation | Preventive Conservation",
        "Gilding",
    ]
    assert lines[3:5] == ["Languages", "Dutch | English | German | Italian"]


def test_a_range_in_a_left_cell_is_no_form_label() -> None:
    """ "2017-08 TO 2020-02 | Adviser at ...": the "TO" of a range names no form's "To:"
    field, so the rows stay entries instead of one record swallowing the rest."""
    text = (
        "Ann Lee\nExperience\nMortgage Adviser at Haworth Lane Financial Services LLP\n"
        "2020-03 TO PRESENT\nAdvise around 25 clients a month on purchases.\n"
        "2017-08 TO 2020-02 | Mortgage Adviser at Nationwide Building Society\n"
        "Held branch appointments with existing members.\n"
        "2015-07 TO 2017-07 | Customer Service Adviser at Santander UK plc\n"
        "Opened accounts and referred home-buyers to the branch mortgage team.\n"
    )
    jobs = parse_profile(text).experience
    assert [(j.company, j.start, j.end) for j in jobs] == [
        ("Haworth Lane Financial Services LLP", "2020-03", "Present"),
        ("Nationwide Building Society", "2017-08", "2020-02"),
        ("Santander UK plc", "2015-07", "2017-07"),
    ]


def test_a_wrapped_chip_in_the_grids_last_row_over_a_heading() -> None:
    """ "Bereavement" over "Support" in the last row of a grid of chips, a heading in a font
    of its own set close under it: one chip, as in the rows above."""
    words: list[Word] = []
    for top, cells in (
        (598.5, (("Psychosocial", "Support"), ("Clinical", "Genetics"), ("Genomic", "Testing"))),
        (660.0, (("Bereavement", "Support"),)),
    ):
        for x, (first, second) in zip((90, 220, 350), cells, strict=False):
            words += _line(first, x, top, 18.2, "Bold") + _line(second, x, top + 21, 18.2, "Bold")
    words += _line("Experience", 90, 706.5, 18.2, "BoldItalic")
    lines = document_text([words]).split("\n")
    assert "Bereavement Support" in lines
    assert lines[-1] == "Experience"
