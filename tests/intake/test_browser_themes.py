"""Resumes printed from HTML themes by a browser (the 'external' set's shapes): a right-aligned
sidebar with headings, a header row of contact boxes over a full-width body, chips that wrap
in their grid cells, a duty set on the row of its title, and the text shapes those pages give."""

from __future__ import annotations

import json
from pathlib import Path

from core.resume.layout import document_text
from core.resume.layout_words import Word
from core.resume.parser import parse_profile

SIZE = 10.0
# word geometry, not a resume: kept apart from the resume files the documents bench reads
FIXTURE = Path(__file__).parent / "fixtures" / "geometry" / "browser_theme_words.json"


def line(text: str, x: float, y: float, size: float = SIZE, font: str = "regular") -> list[Word]:
    """Words of one line starting at x, bottom at y, half a size per character."""
    words = []
    for word in text.split():
        width = 0.5 * size * len(word)
        words.append(Word(word, x, x + width, y - size, y, f"{font}/{size}"))
        x += width + 0.3 * size
    return words


def _page(name: str) -> str:
    """The text of a fixture page: the word boxes pdfplumber gave for a tuned theme's PDF."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))[name]
    fonts = data["fonts"]
    words = [Word(t, x0, x1, top, bottom, fonts[f]) for t, x0, x1, top, bottom, f in data["words"]]
    return document_text([words])


def test_a_right_aligned_sidebar_with_headings_is_a_column_of_its_own() -> None:
    # "actual": the main column on the left; right-aligned contact lines, then "Skills",
    # "Education", ... set larger over right-aligned items, beside the entries
    text = _page("actual-maria").split("\n")
    assert "Charge Nurse | Mar 2019 - Present" in text
    assert text.index("Tufts Medical Center · Boston, MA") < text.index("Skills")
    sidebar = text[text.index("Skills") :]
    assert sidebar[sidebar.index("Education") :][:3] == [
        "Education",
        "Bachelor of Science in Nursing",
        "University of Massachusetts Boston",
    ]
    assert "BLS Certification, American Heart Association" in sidebar
    assert "Patient Education" in sidebar  # a chip wrapped in its cell, not a heading


def test_chips_that_wrap_in_their_grid_cells_are_read_whole() -> None:
    # two right-aligned columns of chips, a row of two one-word chips has no word space
    text = _page("actual-james").split("\n")
    sidebar = text[text.index("Skills") :]
    assert sidebar[1:5] == [
        "Lesson Planning",
        "Differentiated Instruction",
        "Classroom Management",
        "Special Education",
    ]
    # the two columns of bullets inside an entry keep its dates on the title row
    assert "Class Teacher | Sep 2018 - Present" in text
    assert "Substitute Teacher | Sep 2016 - Jun 2018" in text


def test_a_grid_of_chips_split_into_columns_joins_each_wrapped_chip() -> None:
    text = _page("class-fatima").split("\n")
    skills = text[text.index("Skills") + 1 :]
    assert skills == [
        "Pharmacology",
        "Clinical Documentation",
        "Medication Administration",
        "Compliance",
    ]


def test_the_header_row_of_contact_boxes_does_not_split_the_body_below_it() -> None:
    # "elegant": a photo's alt text, the name and contact boxes side by side, then a body
    # whose lines run across where the header's boxes stood apart
    text = _page("elegant-siobhan").replace("(cid:0)", "").split("\n")
    body = [ln for ln in text[text.index("Background") :] if ln.strip(" |")]
    assert body[:4] == [
        "Background",
        "About",
        "Dental hygienist with six years in busy general practices, known for gentle periodontal ",
        "therapy and patient oral health education.",
    ]
    assert body[body.index("Dental Hygienist, Smiles Dental Cork Ltd.") + 1] == (
        "Sep, 2021 - Present"
    )


def test_a_title_a_margin_below_its_employer_is_no_wrapped_tail() -> None:
    # "flat": employer and dates on a row, the role under it after a margin
    text = _page("flat-katharina").split("\n")
    at = text.index("Staatliche Museen zu Berlin | 2019-11 —")
    assert text[at + 1] == "Associate Curator"


def test_a_left_aligned_list_at_one_leading_is_not_joined() -> None:
    words = line("Skills", 30, 100, 14)
    for i, skill in enumerate(["Python", "SQL", "Excel", "Tableau"]):
        words += line(skill, 30, 120 + 11 * i)
    assert document_text([words]).split("\n") == ["Skills", "Python", "SQL", "Excel", "Tableau"]


def test_undated_degree_over_its_school_is_one_entry() -> None:
    for lines in (
        ["Bachelor of Science in Nursing", "University of Massachusetts Boston"],
        ["Marino Institute of Education", "Bachelor of Education"],
    ):
        text = "\n".join(["Maria Gonzalez", "maria@example.org", "Education", *lines])
        (item,) = parse_profile(text + "\nLanguages\nEnglish").education
        assert {item.degree, item.institution} == set(lines)


def test_contact_from_a_sidebar_read_after_the_main_column() -> None:
    text = (
        "Maria Gonzalez\nRegistered Nurse\nExperience\nCharge Nurse | Mar 2019 - Present\n"
        "Massachusetts General Hospital\n+1 (617) 555-0142\nmaria@mailbox.org\nSkills\nTriage"
    )
    profile = parse_profile(text)
    assert profile.phone == "+1 (617) 555-0142"


def test_a_title_after_the_name_on_its_line_is_no_part_of_the_name() -> None:
    text = (
        "Maeve O'Driscoll, Official Court Reporter\n"
        "maeve@courtreporting.us | (215) 555-0139 | Philadelphia, PA\n"
        "EXPERIENCE | Court of Common Pleas, Official Court Reporter | 2017-10 - Present\n"
    )
    assert parse_profile(text).full_name == "Maeve O'Driscoll"


def test_skills_printed_as_labels_with_empty_keywords_are_skills() -> None:
    text = (
        "Maeve O'Driscoll\nmaeve@courtreporting.us\n"
        "SKILLS | Case CATalyst:\nLegal Terminology:\nProofreading Transcripts:\n"
        "LANGUAGES | English (Native)"
    )
    names = {s.name.casefold() for s in parse_profile(text).skills}
    assert {"case catalyst", "legal terminology", "proofreading transcripts"} <= names


def test_a_label_over_its_items_is_no_skill() -> None:
    text = "Ana Lima\nana@example.org\nSkills\nTools:\nExcel, Word\nLanguages\nEnglish"
    names = {s.name.casefold() for s in parse_profile(text).skills}
    assert "tools" not in names
    assert {"excel", "word"} <= names or "microsoft excel" in names or "excel" in names


def test_a_school_glued_to_its_dates() -> None:
    text = "Fatima Haddad\nfatima@example.ae\nEducation\nAmerican University of Beirut2009 - 2015"
    (item,) = parse_profile(text).education
    assert item.institution == "American University of Beirut"
    assert (item.start, item.end) == ("2009", "2015")


def test_a_duty_on_the_row_of_the_title_is_no_employer() -> None:
    text = (
        "Fatima Haddad\nfatima@example.ae\nWork\nRashid Hospital\n"
        "Clinical Pharmacist | 2018-02 - Present | Reviewed prescriptions for 60 inpatients\n"
        "a day and advised doctors on dosing.\nAster Pharmacy\n"
        "Pharmacist | 2015-07 - 2018-01 | Dispensed prescriptions and ran the\n"
        "diabetes management clinic.\nEducation\nAmerican University of Beirut | 2009 - 2015"
    )
    jobs = parse_profile(text).experience
    assert [(j.role, j.company) for j in jobs] == [
        ("Clinical Pharmacist", "Rashid Hospital"),
        ("Pharmacist", "Aster Pharmacy"),
    ]
    assert jobs[1].responsibilities[0].startswith("Dispensed prescriptions")


def test_languages_listed_in_the_header_without_a_heading() -> None:
    text = (
        "Siobhan Sullivan\nCork, Ireland | +353 87 412 6690\nEnglish, Irish, Polish\n"
        "siobhan@eircom.net\nWork Experience\nDental Hygienist, Smiles Dental | 2021 - Present"
    )
    assert parse_profile(text).languages == ["English", "Irish", "Polish"]


def test_an_issued_on_label_left_empty_is_no_credential() -> None:
    text = (
        "Siobhan Sullivan\nsiobhan@eircom.net\nCertificates\n"
        "Dental Council of Ireland Registration,\nIssued on:\nLocal Anaesthesia Permit,\nIssued on:"
    )
    assert parse_profile(text).certifications == [
        "Dental Council of Ireland Registration",
        "Local Anaesthesia Permit",
    ]


def test_an_email_address_broken_inside_a_narrow_sidebar() -> None:
    # the layout reader joins the address the box broke; the text then holds it whole
    for first, second, email in (
        ("funmi.adeyemi@proton", "mail.com", "funmi.adeyemi@protonmail.com"),
        ("me.gagnon@videotron.c", "a", "me.gagnon@videotron.ca"),
        ("k.papadakis@marine-", "eng.gr", "k.papadakis@marine-eng.gr"),
    ):
        words = line("About", 50, 100, 12) + line("Lagos, Nigeria", 50, 120)
        words += line(first, 50, 134) + line(second, 50, 145) + line("+234 805 318 2276", 50, 160)
        text = document_text([words])
        assert email in text.split("\n")
        assert parse_profile(f"Funmilayo Adeyemi\n{text}").email == email


def test_a_degree_at_its_school_and_a_school_name_cut_before_its_end() -> None:
    text = (
        "Ananya Krishnamurthy\nananya@example.com\nEDUCATION\n"
        "M.Sc. Audiology at All India Institute of Speech and Hearing | Jan 2014 - Jan 2016\n"
        "Bachelor in Audiology and Speech Language Pathology at Manipal College of Jan 2010 - "
        "Jan 2014\nHealth Professions\nLANGUAGES\nEnglish"
    )
    assert [(e.degree, e.institution) for e in parse_profile(text).education] == [
        ("M.Sc. Audiology", "All India Institute of Speech and Hearing"),
        (
            "Bachelor in Audiology and Speech Language Pathology",
            "Manipal College of Health Professions",
        ),
    ]


def test_the_line_under_the_last_schools_dates_is_its_degree() -> None:
    text = (
        "Hemi Tautahi\nhemi@xtra.co.nz\nEDUCATION\nToi Ohomai Institute of Technology\n"
        "Jan 2015 - Jan 2016\nNew Zealand Certificate in Apiculture (Level 4)\nLANGUAGES\nEnglish"
    )
    (item,) = parse_profile(text).education
    assert item.institution == "Toi Ohomai Institute of Technology"
    assert item.degree == "New Zealand Certificate in Apiculture (Level 4)"


def test_skills_set_as_headings_of_their_own_under_the_contact_data() -> None:
    text = (
        "Marie-Eve Gagnon\nOccupational Therapist\nAbout\nMontreal, QC\nme@videotron.ca\n"
        "+1 514-555-0187\nActivities of Daily Living\nSplinting\nCognitive Rehabilitation\n"
        "Ergonomic Assessment\nLanguages\nFrench (Native)\nSummary\n"
        "Bilingual occupational therapist with nine years in rehabilitation."
    )
    names = {s.name.casefold() for s in parse_profile(text).skills}
    assert {"splinting", "cognitive rehabilitation", "ergonomic assessment"} <= names


def test_a_school_named_by_its_acronym_over_a_trade_course() -> None:
    text = (
        "Rasmus Kjaergaard\nrasmus@outlook.dk\nEDUCATION\nEUC Vest\nJan 2008 - Jan 2012\n"
        "Electrician (Elektriker) Vocational Education\nLANGUAGES\nDanish"
    )
    (item,) = parse_profile(text).education
    assert (item.institution, item.degree) == (
        "EUC Vest",
        "Electrician (Elektriker) Vocational Education",
    )
