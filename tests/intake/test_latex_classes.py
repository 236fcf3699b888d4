"""Structures the LaTeX CV classes on CTAN print (the sixteenth round's LaTeX part)."""

from __future__ import annotations

from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile

BANKING_HEADER = """Ana Ribeiro Costa | Marine
Biologist | Fisheries
Porto, Portugal
+351 912 000 111 | ana.costa@example.org
Profile
Marine biologist who surveys coastal fish stocks.
Experience
Instituto do Mar | Porto
Research Assistant | Jan 2020 – Present
"""


def test_a_name_beside_its_title_on_one_line_is_the_name() -> None:
    # moderncv's banking style sets "Name | Title" on the first line, the title wrapping on
    assert parse_profile(BANKING_HEADER).full_name == "Ana Ribeiro Costa"


def box(text: str, x0: float, x1: float, bottom: float, font: str = "regular") -> list[Word]:
    """The words of `text` spread over x0..x1 on one line (a size of 10, word spaces of 3)."""
    words = text.split()
    space = 3.0
    width = (x1 - x0 - space * (len(words) - 1)) / len(words)
    lefts = [x0 + n * (width + space) for n in range(len(words))]
    return [
        Word(w, x, x + width, bottom - 10, bottom, font) for w, x in zip(words, lefts, strict=True)
    ]


def test_a_wrapped_bullet_just_past_a_date_column_opens_no_gutter() -> None:
    # simplecv: the name block left, contact lines right, then a full-width body whose dates
    # stand in a left column; a bullet's second line starts just past the widest date, inside
    # what would be the gutter: the header row is no pair of page columns
    words = [
        *box("Ada Okafor Eze", 62, 169, 74),
        *box("Phone: +234 803 000 0000", 385, 512, 74),
        *box("Theatre Nurse", 62, 145, 88),
        *box("E-mail: ada@example.org", 385, 533, 88),
        *box("Lagos, Nigeria", 62, 127, 101),
        *box("Curriculum Vitae", 240, 355, 140),
        *box("Profile", 62, 90, 190),
        *box("Registered nurse with nine years in eye theatres and outreach work in", 62, 533, 212),
        *box("the city and the states around it.", 62, 337, 226),
        *box("Professional Experience", 62, 164, 258),
        *box("Jun 2019 – Present", 76, 164, 282),
        *box("Senior Nurse, Lagos Teaching Hospital, Lagos", 156, 506, 295),
        *box("• Scrub and circulate for cataract and glaucoma lists, about", 166, 533, 315),
        *box("forty cases a week.", 180.5, 269, 329),
        *box("• Run the pre-operative clinic: pressure checks, biometry", 166, 533, 346),
        *box("and consent.", 180.5, 240, 360),
        *box("Mar 2015 – May 2019", 76, 177.1, 400),
        *box("Staff Nurse, Eye Hospital, Ikeja", 156, 374, 414),
        *box("• Nursed patients after eye surgery.", 166, 489, 434),
        *box("Education", 62, 105, 483),
        *box("2009 – 2014", 76, 132, 507),
        *box("Bachelor of Nursing Science, University of Lagos, Lagos", 156, 524, 507),
        *box("Skills", 62, 90, 560),
        *box("Theatre Nursing, Patient Education, Infection Control", 156, 450, 580),
    ]
    text = document_text([words]).split("\n")
    assert text.index("Curriculum Vitae") < text.index("Profile") < text.index("Jun 2019 – Present")
    bullet = next(n for n, t in enumerate(text) if t.startswith("• Scrub"))
    assert text[bullet + 1].startswith("forty cases")


def test_a_label_column_beside_its_content_is_two_fields() -> None:
    # europasscv: labels right-aligned against one edge, the content column an em further on;
    # a label and the first item of its list share a row, in one font, about an em apart
    words = [
        *box("PERSONAL SKILLS", 95, 177, 534),
        *box("Mother tongue", 119, 177, 552),
        *box("German", 187, 220, 552),
        *box("Common European Framework of Reference", 187, 398, 644),
        # the label ends where the other labels end, the item starts where the content does
        *box("Job-related skills", 110, 177, 671),
        *box("– Plaster Casting", 187, 258, 671),
        *box("– Thermoforming", 187, 258, 682),
        *box("– Patient Assessment", 187, 276, 693),
    ]
    text = document_text([words]).split("\n")
    assert "Job-related skills | – Plaster Casting" in text
    assert "Mother tongue | German" in text


def test_words_of_one_line_away_from_column_edges_stay_one_field() -> None:
    words = [
        *box("Skills", 62, 90, 100),
        *box("Planning and scheduling of crews", 62, 240, 120),
        *box("Planning and costing of works", 62, 230, 140),
    ]
    assert document_text([words]).split("\n")[1] == "Planning and scheduling of crews"


def test_a_value_that_wraps_beside_its_label_reads_on() -> None:
    # currvita: a label column, then the value's lines at the content column's left edge
    words = [
        *box("Skills", 62, 88, 544),
        *box("Conflict Detection, Flight Data Processing, Sector Coordination,", 155, 533, 544),
        *box("Emergency Handling", 155, 255, 558),
        *box("Certificates", 62, 116, 598),
        *box("Controller Licence (ACS, APS ratings); English Language", 155, 533, 598),
        *box("Proficiency Level 6", 155, 245, 612),
    ]
    text = document_text([words]).split("\n")
    assert (
        "Certificates | Controller Licence (ACS, APS ratings); English Language Proficiency"
        " Level 6" in text
    )


FORM_TAIL = """Hana Novak
hana@example.org
Experience
Apr 2018 – Present | Orthotist
Clinic Aktuell AG, Brno
Personal skills
Mother tongue | German
Job-related skills | – Plaster Casting
– Thermoforming
Additional information
Certificates | Air Traffic Controller Licence (ACS, APS ratings); ICAO English Level 6
January 3, 2026 | © European Union, 2002 – 2026 | https://europass.example.org | Page 1/1
"""


def test_europass_labels_dates_and_footers_are_no_items() -> None:
    profile = parse_profile(FORM_TAIL)
    assert [s.name for s in profile.skills] == ["Plaster Casting", "Thermoforming"]
    assert "German" in profile.languages
    # semicolons part credentials that hold commas; the footer's dates are none of theirs
    assert profile.certifications == [
        "Air Traffic Controller Licence (ACS, APS ratings)",
        "ICAO English Level 6",
    ]


def test_a_date_line_as_latex_prints_today_ends_no_list() -> None:
    text = FORM_TAIL.replace(
        "January 3, 2026 | © European Union, 2002 – 2026 | https://europass.example.org | Page 1/1",
        "January 3, 2026",
    )
    assert parse_profile(text).certifications == [
        "Air Traffic Controller Licence (ACS, APS ratings)",
        "ICAO English Level 6",
    ]


def styled(runs: list[tuple[str, str]], x: float, bottom: float) -> list[Word]:
    """Words of one line in runs of type styles, a size of 10, word spaces of 3."""
    words = []
    for text, font in runs:
        for word in text.split():
            width = 5.0 * len(word)
            words.append(Word(word, x, x + width, bottom - 10, bottom, font))
            x += width + 3.0
    return words


def test_type_styles_part_the_fields_of_a_line_whose_fields_hold_commas() -> None:
    # simplecv: "{degree}, \\textit{school}, city", the degree holding a comma of its own
    line = styled(
        [
            ("2016 – 2018", "sans-oblique/10.9"),
            ("Master Chimie, Formulation et Analyse,", "roman/10.9"),
            ("IPAC", "roman-italic/10.9"),
            (", Lyon", "roman/10.9"),
        ],
        76,
        500,
    )
    text = document_text([line])
    assert text == "2016 – 2018 | Master Chimie, Formulation et Analyse | IPAC | Lyon"


def test_type_styles_leave_a_line_without_commas_inside_its_fields() -> None:
    runs = [("Senior Developer,", "bold/10"), ("Acme Works,", "italic/10"), ("Leeds", "regular/10")]
    line = styled(runs, 60, 500)
    assert document_text([line]) == "Senior Developer, Acme Works, Leeds"


SCHOOL_CELLS = """Ana Lima
ana@example.org
Education
2016 – 2018 | Master Chimie, Formulation et Analyse | IPAC | Lyon
2009 – 2014 | Bachelor of Science (B.Sc.) | University of Ghana, Legon | Accra
"""


def test_a_cell_of_its_own_keeps_the_commas_of_a_degree_and_a_school() -> None:
    education = parse_profile(SCHOOL_CELLS).education
    assert [(e.degree, e.institution, e.location) for e in education] == [
        ("Master Chimie, Formulation et Analyse", "IPAC", "Lyon"),
        ("Bachelor of Science (B.Sc.)", "University of Ghana, Legon", "Accra"),
    ]


def test_a_date_range_wrapped_in_its_hints_column_is_one_range() -> None:
    # moderncv classic: "Jan 2020 –" over "Present", right-aligned in the narrow hints column;
    # the end stands on the row of the first bullet
    words = [
        *box("Experience", 131, 194, 250),
        *box("Jan 2020 –", 73, 123.4, 273),
        *box("Curator, City Museum, Leeds", 131, 330, 273, "bold"),
        *box("Present", 88, 123.4, 286),
        *box("Catalogue the prints and drawings of the collection.", 142, 420, 286),
        *box("Feb 2016 –", 72, 123.4, 310),
        *box("Archivist, County Record Office, York", 131, 360, 310, "bold"),
        *box("Dec 2019", 79, 123.4, 323),
        *box("Moved paper records to an electronic system.", 142, 400, 323),
    ]
    assert document_text([words]).split("\n") == [
        "Experience",
        "Jan 2020 – Present | Curator, City Museum, Leeds",
        "Catalogue the prints and drawings of the collection.",
        "Feb 2016 – Dec 2019 | Archivist, County Record Office, York",
        "Moved paper records to an electronic system.",
    ]
