"""Reading order from word boxes: columns, sidebars, right-aligned fields, wraps, ligatures."""

from __future__ import annotations

from core.intake import extract_text_sync
from core.resume.layout import document_text
from core.resume.layout_words import Word
from tests.intake.resume_set.generate import LAYOUTS, render
from tests.intake.resume_set.personas import PEOPLE

SIZE = 10.0


def line(text: str, x: float, y: float, font: str = "regular") -> list[Word]:
    """Words of one line starting at x, on the baseline y, 5 points per character."""
    words = []
    for word in text.split():
        words.append(Word(word, x, x + 5 * len(word), y - SIZE, y, font))
        x += 5 * len(word) + 3
    return words


def test_a_sidebar_is_read_before_the_main_column_not_interleaved() -> None:
    side = ["CONTACT", "ana@example.com", "SKILLS", "Forklift", "Picking", "Packing"]
    main = ["Ana Lima", "Warehouse Associate", "EXPERIENCE", "Picker at Acme", "2020 - 2023"]
    words = []
    for i in range(max(len(side), len(main))):
        y = 100 + 14 * i
        if i < len(side):
            words += line(side[i], 20, y)
        if i < len(main):
            words += line(main[i], 200, y)
    assert document_text([words]).split("\n") == side + main


def test_right_aligned_dates_stay_on_their_line() -> None:
    words = []
    titles = ["Nurse, City Hospital", "Staff Nurse, Mercy", "Aide, Care Home", "Intern, Clinic"]
    for i, title in enumerate(titles):
        y = 100 + 40 * i
        words += line(title, 20, y, "bold")
        date = f"Jan 201{i} - Mar 201{i + 1}"
        words += line(date, 500 - 5 * len(date), y)
        words += line("Cared for patients on a busy ward every single day", 20, y + 14)
    text = document_text([words]).split("\n")
    assert text[0] == "Nurse, City Hospital | Jan 2010 - Mar 2011"
    assert len(text) == 8


def test_a_column_of_dates_left_of_the_titles_is_not_a_sidebar() -> None:
    words = []
    for i in range(4):
        y = 100 + 30 * i
        words += line(f"201{i} - 201{i + 1}", 20, y)
        words += line(f"Cook at Bistro {i}", 150, y)
        words += line("Prepared sauces", 150, y + 12)
    text = document_text([words]).split("\n")
    assert text[0] == "2010 - 2011 | Cook at Bistro 0"


def test_a_header_above_the_columns_comes_first_and_a_sidebar_runs_over_pages() -> None:
    page1 = line("JULIE MONROE", 50, 40, "big")  # over both columns
    side = ["DETAILS", "Phone", "3868683442", "LANGUAGES", "English"]
    for i, text in enumerate(side):
        page1 += line(text, 20, 100 + 14 * i)
        page1 += line(f"Main column line {i}", 200, 100 + 14 * i)
    page2 = line("French", 20, 40) + line("Main column line 5", 200, 40)
    page2 += line("Main column line 6", 200, 54) + line("Main column line 7", 200, 68)
    text = document_text([page1, page2]).split("\n")
    assert text[0] == "JULIE MONROE"
    assert text[1:7] == [*side, "French"]
    assert text[7:] == [f"Main column line {i}" for i in range(8)]


def test_ligature_boxes_join_their_word() -> None:
    words = [
        Word("Certi", 20, 44, 90, 100),
        Word("ﬁ", 43.5, 49, 90, 100),
        Word("ed", 49, 60, 90, 100),
        Word("Nurse", 64, 90, 90, 100),
    ]
    assert document_text([words]) == "Certiﬁed Nurse"


def test_a_wrapped_line_keeps_its_trailing_space_a_list_item_does_not() -> None:
    words = line("Handled picking packing and shipping of orders", 20, 100)
    words += line("with high accuracy.", 20, 113)
    words += line("Forklift Operation", 20, 140) + line("Teamwork", 20, 153)
    assert document_text([words]).split("\n") == [
        "Handled picking packing and shipping of orders ",
        "with high accuracy.",
        "Forklift Operation",
        "Teamwork",
    ]


def test_a_full_line_of_a_narrow_column_wraps_but_the_longest_list_item_does_not() -> None:
    # "maria.gonzalez1@mailbox.org" sets the edge; the certificate ends just short of it
    words = line("maria.gonzalez1@mailbox.org", 20, 100)
    words += line("BLS Certification, American", 20, 113)  # 4 points short of the edge
    words += line("Heart Association", 20, 126)
    words += line("Financial Reporting", 20, 150)
    words += line("Accounts Payable Ledger", 20, 163)
    words += line("Excel", 20, 176)
    assert document_text([words]).split("\n") == [
        "maria.gonzalez1@mailbox.org",
        "BLS Certification, American ",
        "Heart Association",
        "Financial Reporting",
        "Accounts Payable Ledger",
        "Excel",
    ]


def test_the_sandboxed_child_reads_a_sidebar_resume_in_order() -> None:
    layout = next(x for x in LAYOUTS if x.name == "sidebar_left")
    data, name = render(PEOPLE[0], layout)
    text = extract_text_sync(data, name)
    lines = text.split("\n")
    # the sidebar's lists end before the name, the work history comes after it
    assert lines.index("Patient Education") < lines.index("Maria Gonzalez")
    assert lines.index("Maria Gonzalez") < lines.index("Work Experience")
    assert "Charge Nurse at Massachusetts General Hospital" in lines


def test_full_width_lines_above_a_bottom_grid_stay_in_order() -> None:
    # a centred title starts just past the grid's gutter: it must not start the right side
    words = line("Hemi Tautahi", 60, 20) + line("Commercial Beekeeper", 105, 34)
    body = [
        ("Profile", 20),
        ("Beekeeper with nine seasons running commercial apiaries for honey", 20),
        ("Experience", 20),
        ("Apiary Manager", 30),
        ("Kaituna Honey Ltd", 20),
        ("Run 1,400 hives over 60 sites and a crew of five through spring", 30),
    ]
    for i, (text, x) in enumerate(body):
        words += line(text, x, 60 + 14 * i)
    grid = [("Skills", "Languages"), ("Hive Inspections", "English"), ("Swarm Control", "Maori")]
    grid += [("Forklift", "Certifications")]
    for i, (left, right) in enumerate(grid):
        words += line(left, 20, 160 + 14 * i) + line(right, 200, 160 + 14 * i)
    text = [t.strip() for t in document_text([words]).split("\n")]
    assert text[:2] == ["Hemi Tautahi", "Commercial Beekeeper"]
    assert text[2:8] == [t for t, _ in body]
