"""What is not a skill in prose or in a list item: headings, bodies of people and places,
letters of an abbreviation, a name's head inside a longer item. Shapes from the trades
groups of the labelled set (blind8 to blind15)."""

from __future__ import annotations

import pytest

from core.resume.parser import parse_profile
from core.resume.phrases import claimed_skills
from core.resume.skills import skill_spans


def _names(text: str) -> list[str]:
    return [s.name for s in claimed_skills(text)]


def _skills(body: str) -> list[str]:
    text = f"Sam Carter\nsam@example.com\nExperience\nAnalyst | Acme Ltd | 2019 - 2024\n{body}\n"
    return parse_profile(text).skill_names()


def test_a_heading_in_capitals_run_into_a_bullet_is_no_skill() -> None:
    line = "Supported women with breastfeeding support on the ward. LEADERSHIP & ACTIVITIES"
    assert "Leadership" not in _names(line)
    assert _names("Filed returns and drafted HMRC correspondence.") == ["HMRC correspondence"]


@pytest.mark.parametrize(
    ("bullet", "not_skill"),
    [
        ("- Prepared monthly management accounts for the retail banking division.", "Banking"),
        ("- Present rate changes to the underwriting committee each quarter.", "Underwriting"),
        ("- Drove and rigged all-terrain cranes on construction sites.", "Construction"),
        ("- Vice-President, FTU Logistics Club", "Logistics"),
        # a wrong or a fault dealt with: the name only says which
        ("- Answered 70 inbound calls a shift on billing and broadband faults.", "Billing"),
        ("- Investigate procurement fraud and corruption.", "Procurement"),
    ],
)
def test_a_name_that_only_says_which_body_or_place_is_no_skill(bullet: str, not_skill: str) -> None:
    assert not any(not_skill in name for name in _skills(bullet))


_PHRASES = [
    # a two-word name takes one word more; a frequency word is no adverb before it
    ("Moved paper records to an electronic records management system.", "electronic records"),
    ("Skilled in ship-to-shore crane operation and load charts.", "ship-to-shore crane"),
    ("Lead a weekly upper limb rehabilitation group.", "upper limb rehabilitation"),
    # a name inside a law's or a standard's name is that name
    ("Enforce the Public Procurement and Asset Disposal Act on every award.", "Act"),
    ("Assessed homes under the Housing Health and Safety Rating System.", "Housing Health"),
]


@pytest.mark.parametrize(("text", "start"), _PHRASES)
def test_the_phrase_the_person_wrote(text: str, start: str) -> None:
    # the whole phrase as written, from the word given or up to it
    phrases = [n for n in _names(text) if n in text]
    assert any(start in n and len(n.split()) >= 3 for n in phrases), phrases


_STOPS = [
    ("Negotiated annual contract management terms.", "Contract Management"),  # how often
    ("Handled documents, pre-paid inventory management.", "Inventory Management"),
    ("Tested batches under GMP and ISO 17025.", "Good Manufacturing Practice"),  # two names
    ("Python Wrote SQL queries over sales records.", "SQL"),  # a capital opens a sentence
]


@pytest.mark.parametrize(("text", "name"), _STOPS)
def test_the_phrase_stops_at_frequency_participles_and_acronyms(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_letters_of_a_dotted_abbreviation_open_no_name() -> None:
    assert [n for _, _, n in skill_spans("GlobalG.A.P. Compliance")] == ["Compliance"]
    assert [n for _, _, n in skill_spans("A/P and payroll")][:1] == ["Accounts Payable"]


def test_a_name_that_ends_an_item_kept_whole_is_no_second_skill() -> None:
    text = "Mateo Cruz\nm@example.com\nSkills\nAgronomy, Soil Sampling, GlobalG.A.P. Compliance\n"
    names = parse_profile(text).skill_names()
    assert names == ["Agronomy", "Soil Sampling", "GlobalG.A.P. Compliance"]
    # a name that opens an item still names a skill of its own
    text = "Dana Lee\ndana@example.com\nSkills\nEpic EHR, Triage\n"
    assert "Epic" in parse_profile(text).skill_names()


def test_a_capital_opening_the_line_starts_no_proper_name() -> None:
    assert _names("Python Wrote SQL queries over sales records.") == ["Python", "SQL"]


@pytest.mark.parametrize(
    ("bullet", "not_skill"),
    [
        ("- Coordinate AV, catering and security teams on the event day.", "Catering"),
        ("- Manage a reception, concierge and night-audit team of 18.", "Concierge"),
        ("- I am writing to apply for the lead MRI post in your department.", "MRI"),
    ],
)
def test_a_list_of_words_before_a_body_or_a_job_says_which(bullet: str, not_skill: str) -> None:
    assert not any(not_skill in name for name in _skills(bullet))


def test_and_after_a_name_joins_a_second_name_not_a_second_verb() -> None:
    text = "Ten years of exhibition curation and provenance research."
    assert "provenance research" in _names(text)
    names = _names("Chart depths and record periodontal charting.")
    assert [n.casefold() for n in names] == ["periodontal charting"]


def test_a_list_item_wrapped_alone_onto_the_last_line_is_one_item() -> None:
    from core.resume.listed import listed_skills

    lines = ["Customer Service, Fare Collection, Vehicle Maintenance, Radio", "Communication", ""]
    skills, _, _, _ = listed_skills(lines)
    assert [s.name for s in skills][-1] == "Radio Communication"
    # a line of its own under a list that ends in a separator stays an item
    skills, _, _, _ = listed_skills(["Excel, Word, Outlook,", "Teamwork", ""])
    assert [s.name for s in skills][-1] == "Teamwork"


def test_the_field_after_years_in_is_where_the_person_worked() -> None:
    text = "Laboratory technician with seven years in microbiology quality control under GMP."
    names = _skills(f"- {text}")
    assert not {"Microbiology", "Quality Control"} & set(names)
    text = "Radiographer with eight years in CT and MRI, careful with every scan."
    assert "MRI Scanning" not in _skills(f"- {text}")  # one word that ends the list
    # what follows "and" may be a skill of its own
    text = "Paralegal with seven years in commercial property and litigation support."
    assert "Litigation Support" in _skills(f"- {text}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Look after purifier maintenance and boiler water treatment.", "boiler water treatment"),
        ("An accountant who investigates procurement fraud.", "Procurement"),
    ],
)
def test_and_after_a_noun_of_work_joins_and_a_relative_pronoun_opens_a_verb(
    text: str, name: str
) -> None:
    assert name in _names(text)


def test_a_name_inside_a_hyphenated_adjective_is_no_skill() -> None:
    assert "Radiography" not in _names("Work alongside vets on X-ray-guided therapeutic shoeing.")
    assert "Radiography" in _names("Took X-rays of the lower limb.")
    assert "Customer Service" in _names("A customer service-oriented travel agent.")


def test_a_plural_noun_of_things_names_the_work_only_in_a_skills_list() -> None:
    assert _names("Edit reporters covering procurement fraud and health budgets.") == [
        "Procurement"
    ]
    assert "Reservations" not in _names("Handle beard work for walk-ins and bookings.")
    assert "Vital Signs" in _names("Monitored vitals every hour.")  # a spelling of the name
    assert _names("Train animals for voluntary blood draws.") == []  # things, not the work
    assert "Phlebotomy" in _names("Performed phlebotomy on the ward.")
    text = "Sam Carter\nsam@example.com\nSkills\nBudgets, Dashboards\n"
    assert parse_profile(text).skill_names() == ["Budgeting", "Data Visualization"]


def test_a_hyphenated_name_before_a_noun_is_a_compound_modifier() -> None:
    assert "Quality Control" not in _names("Kept dose records and quality-control logs.")
    assert "Quality Control" in _names("Ran quality control on every batch.")
    assert "run-of-show scheduling" in _names("Kept the run-of-show scheduling for launches.")


def test_an_ing_word_with_an_object_is_a_verb() -> None:
    assert _names("Trained store staff on counselling new hearing aid users.") == []
    assert "Counseling" in _names("Offered counselling to new users.")


def test_a_name_of_work_glued_to_the_next_row_is_two_items() -> None:
    from core.resume.listed import listed_skills

    lines = ["Crew Resource Management Instrument Flight Rules", "Flight Planning"]
    skills, _, _, _ = listed_skills(lines)
    names = [s.name for s in skills]
    assert names == ["Crew Resource Management", "Instrument Flight Rules", "Flight Planning"]
    # a product's name goes on with its feature: one item
    skills, _, _, _ = listed_skills(["Microsoft Word Track Changes", "Style Sheets"])
    assert skills[0].name == "Microsoft Word Track Changes"


def test_a_pair_before_an_event_names_one_skill() -> None:
    text = "Raised first-contact resolution through coaching and feedback sessions."
    assert "coaching and feedback" in _names(text)
    # before a thing, not an event, the pair stays apart
    assert "Billing" in _names("Handled billing and broadband queries.")


def test_the_new_walks_stay_linear_on_hostile_lines() -> None:
    import time

    from core.resume.claims import without_titles

    started = time.perf_counter()
    without_titles([" ".join(["years in project management budgeting"] * 4000)])
    claimed_skills("Run the " + " ".join(["Health And Safety Rating System Of"] * 3000))
    assert time.perf_counter() - started < 5  # quadratic walks took 25 s on the first line


def test_an_ing_word_after_a_length_of_time_is_a_verb() -> None:
    # "eight years teaching adults": what filled the years, the job described, no skill
    text = "Sign language teacher with eight years teaching deaf adults."
    assert not any("eaching" in name for name in _names(text))
