"""Structures the second half of the LaTeX CV classes prints (the seventeenth round's latex2:
curve, europecv, moderncv casual and fancy, tucv)."""

from __future__ import annotations

from core.resume.languages import without_level_grid
from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from core.resume.text import normalise_text
from tests.intake.test_latex_classes import box


def tall(text: str, x0: float, x1: float, bottom: float, size: float = 14.0) -> list[Word]:
    """`box` in a larger size: a heading."""
    return [
        Word(w.text, w.x0, w.x1, bottom - size, bottom, f"head/{size}")
        for w in box(text, x0, x1, bottom)
    ]


def read(*pages: list[Word]) -> str:
    return normalise_text(document_text(list(pages)), soft_wraps=True)


def test_contact_lines_beside_the_name_leave_a_margin_of_headings() -> None:
    # moderncv fancy: contact lines in the margin beside the name, headings set larger in
    # the margin beside their sections; read section by section, not margin first
    words = [
        *box("Cork, Ireland", 150, 201, 104),
        *box("087 214 6638", 140, 201, 117),
        *box("ann@example.ie", 110, 201, 129),
        *tall("Ann", 220, 290, 108, 34),
        *tall("Walsh", 302, 420, 108, 34),
        *box("Fishmonger", 220, 298, 139),
        *tall("Profile", 163, 201, 198),
        *box("Fishmonger of fourteen years on the market, skilled in filleting", 220, 535, 197),
        *box("round and flat fish to order.", 220, 380, 210),
        *tall("Experience", 138, 201, 240),
        *box("Head Fishmonger, Cork Fish Ltd", 220, 380, 240),
        *box("May 2017 – Present", 434, 535, 240),
        *box("• Ran the counter and a team of four.", 220, 480, 254),
        *box("• Bought fish on the quay each morning.", 220, 490, 267),
        *box("Fishmonger, Ballycotton Seafood Ltd,", 220, 411, 342),
        *box("Mar 2011 – Apr 2017", 428, 535, 342),
        *box("Midleton.", 220, 263, 356),
        *box("• Smoked salmon in the kiln.", 220, 420, 370),
        *tall("Education", 142, 201, 420),
        *box("Certificate in Food Science, Cork College", 220, 420, 419),
        *box("2015 – 2016", 474, 535, 419),
        *tall("Skills", 171, 201, 460),
        *box("Fish Filleting, Knife Skills, Customer Service", 220, 480, 459),
        *box("Seafood Buying, Stock Control", 220, 380, 472),
    ]
    text = read(words)
    assert text.index("Experience") < text.index("Head Fishmonger") < text.index("Education")
    assert text.index("Education") < text.index("Certificate") < text.index("Skills")
    # with no dates in the margin a section is read whole: the wrapped employer joins its row
    assert "Fishmonger, Ballycotton Seafood Ltd, Midleton." in text
    assert parse_profile(text).full_name == "Ann Walsh"


def test_a_tex_line_end_hyphen_joins_its_word_and_a_real_one_stays() -> None:
    from core.resume.layout_text import soft_hyphens
    from core.resume.word_gaps import tex_hyphen, typeset_by_tex

    assert typeset_by_tex({"Producer": "pdfTeX-1.40.24", "Creator": "TeX"})
    assert not typeset_by_tex({"Producer": "Skia/PDF m120", "Creator": "Chromium"})
    assert tex_hyphen("Fishmon-") == "Fishmon\u00ad" and tex_hyphen("2019-") == "2019-"
    assert soft_hyphens("data ana\u00ad\nlytics.") == "data analytics."
    assert soft_hyphens("Saint\u00ad\nHyacinthe") == "Saint-\nHyacinthe"
    assert soft_hyphens("pre\u00ad\nand post-operative") == "pre-\nand post-operative"
    # a browser breaks only at a real hyphen: "large-" over "scale" stays two halves
    assert "large-" in normalise_text("installations and large- \nscale arches", soft_wraps=True)


def test_a_title_hyphenated_beside_its_date_reads_whole() -> None:
    words = [
        *box("Experience", 62, 130, 100),
        *box("Head Fishmonger, K. O'Connell Fishmon\u00ad", 62, 260, 120),
        *box("May 2017 – Present", 272, 378, 120, "bold"),  # a narrow gap: the font parts
        *box("gers, Cork.", 62, 111, 134),
        *box("• Ran the counter and a team of four.", 62, 300, 148),
    ]
    assert "K. O'Connell Fishmongers, Cork. | May 2017 – Present" in read(words)


def test_a_cell_of_places_and_dates_beside_entries_is_read_row_by_row() -> None:
    # tucv: the place over the dates in a narrow left-aligned cell right of each entry; a
    # range too wide for it wraps ("Apr 2019 –" over "Present")
    words = [
        *box("Experience", 57, 122, 184),
        *box("La Barberie", 54, 119, 199),
        *box("Québec", 453, 489, 197),
        *box("Head Brewer", 64, 136, 213),
        *box("Apr 2019 –", 453, 506, 211),
        *box("Present", 453, 489, 224),
        *box("• Ran brewing and cellar for some 4,500 hL a year.", 77, 409, 252),
        *box("• Designed seasonal recipes.", 77, 300, 288),
        *box("Unibroue", 54, 105, 359),
        *box("Chambly", 453, 496, 357),
        *box("Brewer", 64, 103, 372),
        *box("Jun 2014 –", 453, 505, 370),
        *box("Mar 2019", 453, 498, 384),
        *box("• Brewed Belgian-style ales.", 77, 300, 411),
    ]
    text = read(words)
    assert "La Barberie | Québec" in text
    assert "Head Brewer | Apr 2019 – Present" in text
    assert "Brewer | Jun 2014 – Mar 2019" in text


CURVE = [
    *box("Jan 2019 – Present", 88, 214, 230),
    *box("• Court Interpreter, Ciudad de la Justicia, Valencia.", 260, 510, 230),
    *box("• Interpreted hearings and witness statements.", 310, 530, 252),
    *box("Education", 262, 333, 500),
    *box("2014 – 2015", 62, 117, 520),
    *box("•", 136, 140, 520),  # a hanging indent: the wrapped line starts under the text
    *box("MEng Naval Architecture and Marine Engineering, National Technical", 145, 533, 520),
    *box("University of Athens, Athens.", 145, 300, 533),
    *box("Skills", 280, 315, 560),
    *box("Skills", 62, 92, 580),
    *box("• Legal Terminology, Court Procedure, Terminology Man\u00ad", 136, 533, 580),
    *box("agement.", 145, 190, 593),
    *box("Languages", 62, 112, 605),
    *box("• Spanish (native), English (C2), French (C1).", 136, 400, 605),
    *box("Certificates", 62, 114, 617),
    *box("• Traductora-Intérprete Jurada de Inglés (MAEC).", 136, 420, 617),
]


def test_short_labels_and_dates_each_beside_a_value_are_one_table() -> None:
    # curve: years and labels in a left column, each on the row of its value
    text = read(CURVE)
    assert "2014 – 2015 | • MEng Naval Architecture and Marine Engineering, National " in text
    assert "Engineering, National Technical University of Athens, Athens." in text
    assert "Skills | • Legal Terminology, Court Procedure, Terminology Management." in text
    assert "Languages | • Spanish (native)" in text
    assert "Certificates | • Traductora" in text


def test_a_title_case_list_ending_in_a_full_stop_is_a_list() -> None:
    text = "Jane Doe\njane@example.org\nSkills\n"
    text += "• Fuel Oil Systems, Hydraulics, Engine Room Watchkeeping.\n"
    skills = parse_profile(text).skill_names()
    assert "Fuel Oil Systems" in skills and "Engine Room Watchkeeping" in skills


def test_a_wrapped_label_and_its_running_footer() -> None:
    # europecv: labels right-aligned in their column wrap over two or three lines; each page
    # ends "Page N - Curriculum vitae of" over the name
    page1 = [
        *box("Dates", 145, 170, 291),
        *box("Oct 2019 – Present", 194, 278, 291),
        *box("Occupation or position held", 48, 170, 305),
        *box("Staff Chaplain", 194, 257, 305),
        *box("Main activities and", 86, 170, 319),
        *box("responsibilities", 106, 170, 331),
        *box("– Visit patients on the wards.", 208, 400, 339),
        *box("Name and address of employer", 36, 170, 423),
        *box("Sunnybrook Health Sciences Centre, Toronto", 194, 390, 423),
        *box("Education and training", 48, 170, 460),
        *box("Dates", 145, 170, 480),
        *box("2015 – 2017", 194, 250, 480),
        *box("Title of qualification awarded", 40, 170, 494),
        *box("Master of Pastoral Studies", 194, 330, 494),
        *box("Page 1 - Curriculum vitae of", 90, 170, 800),
        *box("Grace Njeri Ndungu", 105, 170, 810),
    ]
    page2 = [
        *box("Name and type of organisation", 40, 170, 60),
        *box("Emmanuel College, Toronto", 194, 330, 60),
        *box("providing education and", 60, 170, 72),
        *box("training", 130, 170, 84),
        *box("Page 2 - Curriculum vitae of", 90, 170, 800),
        *box("Grace Njeri Ndungu", 105, 170, 810),
    ]
    text = read(page1, page2)
    assert "Main activities and responsibilities" in text
    assert "Name and type of organisation providing education and training | Emmanuel" in text
    assert "Page 1" not in text and "Page 2" not in text and "Ndungu" not in text
    profile = parse_profile("Grace Ndungu\ngrace@example.org\nWork experience\n" + text)
    assert profile.experience[0].company.startswith("Sunnybrook")
    assert profile.experience[0].responsibilities == ["Visit patients on the wards."]
    assert profile.education[0].institution.startswith("Emmanuel College")


def test_a_europecv_level_grid_leaves_no_skills() -> None:
    lines = [
        "Self-assessment | Understanding | Speaking | Writing",
        "European level | Spoken | Spoken",
        "Listening | Reading",
        "interaction | production",
        "English | C1 | C1 | C1 | C1 | C1",
        "Common European Framework of Reference (CEF) level",
    ]
    assert without_level_grid(lines) == ["English (C1)"]


def test_a_line_opening_with_a_year_range_is_no_wrapped_line() -> None:
    # moderncv casual: "2009 – 2013" in the hints column, a word space from the degree
    words = [
        *box("Education", 131, 190, 417),
        *box("2017 – 2018", 66, 122, 436, "regular"),
        *box("Certificate IV in Pharmacy Support, TAFE NSW, Sydney", 131, 535, 436, "bold"),
        *box("2009 – 2013", 66, 122, 452, "regular"),
        *box("Bachelor of Science in Pharmacy, University of Santo Tomas", 131, 460, 452, "bold"),
    ]
    text = read(words)
    # the first line runs to the edge, but the next starts with its own years: no wrap
    assert "Sydney\n2009 – 2013 Bachelor of Science" in text
