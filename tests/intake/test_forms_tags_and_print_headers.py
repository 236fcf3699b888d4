"""Europass grids and bare names, legal forms and grades in entry headers, skill tags set a
narrow gap apart, and an editor's print header: short samples of each rule."""

from __future__ import annotations

from core.resume.languages import without_level_grid
from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile
from core.resume.text import normalise_text

SIZE = 10.0


def _row(tags: list[str], x: float, y: float, tag_gap: float = 9.0) -> list[Word]:
    """Tags on one baseline: words of a tag a word space (2.5 pt) apart, tags `tag_gap`."""
    words = []
    for tag in tags:
        for word in tag.split():
            words.append(Word(word, x, x + 5 * len(word), y - SIZE, y))
            x += 5 * len(word) + 2.5
        x += tag_gap - 2.5
    return words


def test_a_europass_language_grid_is_no_skills_and_its_rows_are_languages() -> None:
    grid = [
        "UNDERSTANDING | SPEAKING | WRITING",
        "Listening | Reading | Spoken interaction | Spoken production | Writing",
        "French | B2 | C1 | B2 | B2 | B1",
        "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
        "Common European Framework of Reference for Languages",
        "• Rule Book",
    ]
    assert without_level_grid(grid) == ["French (B2/C1/B1)", "• Rule Book"]
    text = "\n".join(
        [
            "Europass",
            "PERSONAL INFORMATION",
            "Fiona MacLeod",
            "E-mail | fiona@example.com",
            "WORK EXPERIENCE",
            "Dates | Jun 2017 – Present",
            "Occupation or position held | Signaller",
            "Name and address of employer | Network Rail, Inverness",
            "PERSONAL SKILLS",
            "Mother tongue(s) | English",
            "Other language(s) | UNDERSTANDING | SPEAKING | WRITING",
            *grid[1:5],
            "Job-related skills | • Rule Book",
            "• Train Regulation",
        ]
    )
    profile = parse_profile(text)
    assert profile.full_name == "Fiona MacLeod"  # bare under "Personal information"
    assert [s.name for s in profile.skills] == ["Rule Book", "Train Regulation"]
    assert [lang.split(" (")[0] for lang in profile.languages] == ["English", "French"]


def test_an_employer_ending_in_a_legal_form_with_full_stops_stays_in_the_header() -> None:
    text = "\n".join(
        [
            "Ana Lima",
            "ana@example.com",
            "Experience",
            "UAV Survey Lead — Geoaerea Levantamentos Ltda.",
            "Curitiba · Jul 2020 – Present",
            "• Plan and fly drone surveys.",
            "Surveyor — Vale S.A.",
            "Itabira · Mar 2016 – Jun 2020",
            "• Ran total station surveys.",
        ]
    )
    jobs = [(e.role, e.company, e.location) for e in parse_profile(text).experience]
    assert jobs == [
        ("UAV Survey Lead", "Geoaerea Levantamentos Ltda.", "Curitiba"),
        ("Surveyor", "Vale S.A.", "Itabira"),
    ]


def test_a_grade_after_the_role_is_part_of_the_role_not_the_employer() -> None:
    text = "\n".join(
        [
            "Fiona MacLeod",
            "fiona@example.com",
            "Work experience",
            "Jun 2017 – Present",
            "Signaller, Grade 7",
            "Network Rail, Inverness",
            "• Signal the Far North line.",
        ]
    )
    job = parse_profile(text).experience[0]
    assert (job.role, job.company) == ("Signaller, Grade 7", "Network Rail")


def test_an_editors_print_header_is_dropped() -> None:
    text = "cv.md | 11/12/2026\nJonas Lindqvist\n14/09/2026, 10:32 AM · resume.docx\nbruno.md"
    assert normalise_text(text) == "Jonas Lindqvist\n\nbruno.md"  # a file name alone stays


def test_skill_tags_a_narrow_gap_apart_are_separate_fields() -> None:
    words = _row(["Pix4D", "Agisoft Metashape", "QGIS"], 20, 100)
    words += _row(["GNSS RTK"], 20, 114)
    assert document_text([words]).split("\n") == ["Pix4D | Agisoft Metashape | QGIS", "GNSS RTK"]


def test_evenly_spaced_words_and_letter_spaced_names_stay_whole() -> None:
    justified = _row(["Planned", "the", "works"], 20, 100, tag_gap=5.0)  # one stretched space
    spaced = [Word(c, 20 + 9 * i, 25 + 9 * i, 110, 120) for i, c in enumerate("ANA")]
    spaced += [Word(c, 55 + 9 * i, 60 + 9 * i, 110, 120) for i, c in enumerate("LIMA")]
    assert document_text([justified + spaced]).split("\n") == ["Planned the works", "A N A L I M A"]


def test_tpn_names_the_feed_not_the_skill_written_out() -> None:
    from core.resume.phrases import claimed_skills

    assert not claimed_skills("Compound chemotherapy and TPN in the cleanroom.")
    written = claimed_skills("Managed parenteral nutrition for ICU patients.")
    assert [s.name for s in written] == ["Parenteral Nutrition"]


def test_a_bullet_in_a_duties_cell_is_not_doubled() -> None:
    from core.resume.labelled import unlabel

    rows = [
        "Dates | Jun 2017 – Present",
        "Occupation or position held | Signaller",
        "Main activities and responsibilities | • Signal the line.",
        "• Grant possessions.",
    ]
    assert unlabel(rows) == [
        "Jun 2017 – Present",
        "Signaller",
        "• Signal the line.",
        "• Grant possessions.",
    ]


def test_a_level_grid_a_word_processor_broke_into_lines_goes_too() -> None:
    """LibreOffice sets a Europass grid too wide for the page one cell a line: its heads and
    levels go, a language name wrapped in its narrow cell is whole again, and a lone
    "Writing" far from any grid stays (it may be a skill)."""
    grid = [
        "PERSONAL SKILLS",
        "Mother tongue(s) | English",
        "Other language(s)",
        "Scottish",
        "UNDERSTANDING",
        "Listening | Reading",
        "B1 | B1",
        "SPEAKING",
        "Spoken",
        "interaction",
        "Spoken production",
        "B1",
        "Gaelic",
        "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2:",
        "Proficient user",
        "Job-related skills | • Rule Book",
        "Certificates | PTS",
        "",
        "",
        "",
        "Writing",
    ]
    assert without_level_grid(grid) == [
        "PERSONAL SKILLS",
        "Mother tongue(s) | English",
        "Other language(s)",
        "Scottish Gaelic",
        "Job-related skills | • Rule Book",
        "Certificates | PTS",
        "",
        "",
        "",
        "Writing",
    ]
