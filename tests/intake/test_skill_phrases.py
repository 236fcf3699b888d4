"""Skills claimed in prose are reported as the noun phrase the person wrote."""

from __future__ import annotations

import pytest

from core.resume.phrases import claimed_skills


def _names(text: str, listed: frozenset[str] = frozenset(), items: bool = False) -> list[str]:
    return [s.name for s in claimed_skills(text, listed, items)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Perform electrical troubleshooting on control boards.", "electrical troubleshooting"),
        ("Teller, accurate in cash reconciliation.", "cash reconciliation"),
        ("Carry out KYC checks on new accounts.", "KYC checks"),
        ("Built models in R programming, mostly.", "R programming"),
        ("Lead the design of a flyover in AutoCAD Civil 3D.", "AutoCAD Civil 3D"),
        ("Install access control systems for offices.", "access control systems"),
        ("Automated loan-book reports with Excel VBA.", "Excel VBA"),
        ("Screen patients and run MRI safety checks before entry.", "MRI safety checks"),
        ("Prepared returns and drafted HMRC correspondence.", "HMRC correspondence"),
        ("Kept the run-of-show scheduling for launches.", "run-of-show scheduling"),
    ],
)
def test_a_name_inside_a_noun_phrase_is_the_phrase(text: str, phrase: str) -> None:
    assert _names(text) == [phrase]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Managed onboarding for new hires.", "Onboarding"),  # the bullet's verb
        ("Planned and ran email marketing campaigns.", "Email Marketing"),  # two verbs
        ("Chart depths and record periodontal charting.", "periodontal charting"),
        ("Turns data into clear data visualisation.", "Data Visualization"),  # grading
        ("Trained staff in infection control procedures.", "Infection Control"),  # lower case
        ("Certified instructor with CPR training.", "CPR Certification"),  # learned it
        ("Helps clients safely achieve weight loss.", "Weight Loss Coaching"),  # after an adverb
        # a job title is no kind (and after the person a summary opens with, "teaching" is
        # their verb: test_skill_verbs.py)
        ("Worked weekends as a fitness instructor teaching at two gyms.", "Teaching"),
    ],
)
def test_the_phrase_stops_at_verbs_and_grading_words(text: str, name: str) -> None:
    assert [n.casefold() for n in _names(text)] == [name.casefold()]


def test_two_names_side_by_side_stay_two() -> None:
    # a lost comma between two multi-word skills glues no phrase
    assert _names("Order Fulfillment Shipping and Receiving") == [
        "Order Fulfillment",
        "Shipping and Receiving",
    ]


def test_a_name_is_no_modifier_of_a_common_noun() -> None:
    # "dashboards" in prose are what was built: a skills list's "Dashboards" names the work
    assert _names("Built Power BI dashboards weekly.") == ["Power BI"]


def test_a_listed_name_stays_as_listed() -> None:
    listed = frozenset({"troubleshooting"})
    assert _names("Perform electrical troubleshooting on boards.", listed) == ["Troubleshooting"]


def test_a_heading_glued_to_a_bullet_is_no_modifier() -> None:
    assert _names("Python Wrote SQL queries over sales records.") == ["Python", "SQL"]


def test_a_list_item_is_a_noun_phrase_from_its_first_word() -> None:
    # an item of a skills list has no verb: its first words qualify the name inside it
    assert _names("Team Leadership", items=True) == ["Team Leadership"]
    assert _names("Commercial Property Underwriting", items=True) == [
        "Commercial Property Underwriting"
    ]
    # two names in one item are two items whose separator was lost
    assert _names("Stick Welding Flux-Cored Arc Welding Blueprint Reading", items=True) == [
        "Stick Welding",
        "Flux-Cored Arc Welding",
        "Blueprint Reading",
    ]


def test_a_list_item_of_a_name_and_a_noun_is_the_item() -> None:
    # the name inside names nothing the item does not: "Refrigeration Plants" is one skill
    assert _names("Refrigeration Plants", items=True) == ["Refrigeration Plants"]
    assert _names("Microsoft Word Track Changes", items=True) == ["Microsoft Word Track Changes"]
    assert _names("ACLS Certified", items=True) == ["ACLS"]  # holding it claims the name


def test_a_line_stuffed_with_names_gives_the_names_without_phrases() -> None:
    # untrusted text: the phrase pass compares names pairwise, so a stuffed line skips it
    assert _names(" ".join(["electrical troubleshooting"] * 150)) == ["Troubleshooting"]
