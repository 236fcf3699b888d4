"""The skill vocabulary: breadth across professions, aliases, and finding skills in prose."""

from __future__ import annotations

import pytest

from core.models import Skill
from core.resume.skills import ALIASES, VOCABULARY, canonical_skill, skill_key, skills_in_text


def test_vocabulary_spans_professions() -> None:
    assert len(VOCABULARY) >= 500
    categories = set(VOCABULARY.values())
    wanted = {
        "software", "data", "design", "nutrition", "hospitality", "travel", "sales", "fitness",
        "childcare", "health", "finance", "education", "logistics", "trades", "service",
        "marketing", "office", "language", "soft",
    }  # fmt: skip
    assert wanted <= categories
    assert all(sum(c == cat for c in VOCABULARY.values()) >= 10 for cat in wanted)
    for name in ("Amadeus", "Sabre", "Galileo", "GDS", "Itinerary Planning", "Booking Systems"):
        assert VOCABULARY[name] == "travel"
    assert all(canonical in VOCABULARY for canonical in ALIASES.values())


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("React.js", "React"),
        ("reactjs", "React"),
        ("MS Excel", "Excel"),
        ("Microsoft Excel", "Excel"),
        ("CPR", "CPR Certification"),
        ("k8s", "Kubernetes"),
        ("Itineraries", "Itinerary Planning"),
        ("Nutrition Assessments", "Nutrition Assessment"),
        ("Global Distribution Systems", "GDS"),
        ("customer care", "Customer Service"),
        ("Self-motivated", "Self-Motivation"),
        ("  Knife   skills ", "Knife skills"),  # unknown: tidied, kept
    ],
)
def test_canonical_names(spelling: str, canonical: str) -> None:
    assert canonical_skill(spelling) == canonical


def test_skill_key_makes_equivalents_equal() -> None:
    assert skill_key("React.js") == skill_key("react") == skill_key("REACT JS")
    assert skill_key("MS Excel") == skill_key("Excel")
    assert skill_key("Python") != skill_key("Java")


def test_skills_in_text_in_order_of_appearance() -> None:
    text = (
        "Booked flights on Amadeus and Sabre, did itinerary planning, "
        "then moved to React.js with TypeScript; did nutrition assessments."
    )
    assert skills_in_text(text) == [
        Skill(name="Amadeus", category="travel"),
        Skill(name="Sabre", category="travel"),
        Skill(name="Itinerary Planning", category="travel"),
        Skill(name="React", category="software"),
        Skill(name="TypeScript", category="software"),
        Skill(name="Nutrition Assessment", category="nutrition"),
        Skill(name="Nutrition", category="nutrition"),  # named inside the longer skill
    ]


def test_ordinary_words_are_not_skills_in_prose() -> None:
    names = [s.name for s in skills_in_text("I go home, drink vitamin C, excel at work and rust.")]
    assert names == []
    names = [s.name for s in skills_in_text("Wrote services in Go and R; reports in Excel.")]
    assert names == ["Go", "R", "Excel"]
    assert [s.name for s in skills_in_text("R&D lead at Woodacre Nursing Home")] == []


def test_a_listed_skill_is_one_skill_not_also_its_last_words() -> None:
    from core.resume.parser import parse_profile

    text = "Liam Walsh\nliam@example.com\nSkills\nVisual Merchandising, Market Research\n"
    assert parse_profile(text).skill_names() == ["Visual Merchandising", "Market Research"]
    # extra words beside a listed skill are still read: "(IFRS, GAAP)" names two more
    text = "Dana Lee\ndana@example.com\nSkills\n- Financial Reporting (IFRS, GAAP)\n"
    assert {"Financial Reporting", "IFRS", "GAAP"} <= set(parse_profile(text).skill_names())


def test_a_label_column_left_of_a_skills_list_is_no_part_of_a_skill() -> None:
    from core.resume.listed import listed_skills

    skills, _, _, _ = listed_skills(
        ["Main Forklift Operation, Order Fulfillment", "Other Shipping and Receiving, Teamwork"]
    )
    names = [s.name for s in skills]
    assert "Forklift Operation" in names and "Shipping and Receiving" in names
    assert not any(n.startswith(("Main", "Other")) for n in names)


def test_a_skill_that_only_starts_like_a_label_keeps_its_words() -> None:
    from core.resume.listed import listed_skills

    skills, _, _, _ = listed_skills(["Maintenance Planning, Otherwise Unlisted"])
    assert [s.name for s in skills][:1] == ["Maintenance Planning"]


# occupation families the vocabulary covers (after ISCO-08's sub-major groups), each with at
# least 15 names so a resume in that field has its skills read from its bullets too
_FAMILIES = (
    "engineering", "science", "legal", "social", "construction", "transport", "security",
    "agriculture", "manufacturing", "creative", "public", "beauty", "energy",
)  # fmt: skip


def test_every_occupation_family_has_a_working_vocabulary() -> None:
    for family in _FAMILIES:
        assert sum(c == family for c in VOCABULARY.values()) >= 15, family


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Performed gait analysis and manual therapy after knee surgery.",
            ["Gait Analysis", "Manual Therapy"],
        ),
        (
            "Led document review and e-discovery for two civil litigation matters.",
            ["Document Review", "E-Discovery", "Civil Litigation", "Litigation"],
        ),
        (
            "Ran daily site safety checks and quantity takeoffs.",
            ["Site Safety", "Quantity Takeoff"],
        ),
        ("Ran qPCR, ELISA and cell culture under GLP.", ["qPCR", "ELISA", "Cell Culture", "GLP"]),
        (
            "Delivered in-flight service and pre-flight checks on long-haul routes.",
            ["In-Flight Service", "Pre-Flight Checks"],
        ),
        (
            "Used motivational interviewing and crisis intervention with families.",
            ["Motivational Interviewing", "Interviewing", "Crisis Intervention"],
        ),
    ],
)
def test_a_new_familys_skills_are_read_from_prose(sentence: str, expected: list[str]) -> None:
    names = [s.name for s in skills_in_text(sentence)]
    assert names == [canonical_skill(e) for e in expected]


def test_the_families_common_words_are_no_skills_alone() -> None:
    text = (
        "Gave care and support to residents; reviewed safety plans and planning documents; "
        "put the service first. Scaffolding each lesson, surveying customers and commissioning "
        "new work for the gallery; the clio in the corner; fit out the van."
    )
    assert [s.name for s in skills_in_text(text)] == []
    # a verb, a salary, a first name and a company suffix that spell a skill's short form
    text = "Send Elisa the offer: CAD 85,000 at Harbour Foods PLC; waxing the floors."
    assert [s.name for s in skills_in_text(text)] == []
    assert [s.name for s in skills_in_text("Ran ELISA assays; produced CAD drawings.")] == [
        "ELISA",
        "CAD",
    ]


def test_an_acronym_in_capitals_with_an_s_is_its_own_name_not_a_plural() -> None:
    # "SAPS" (the South African Police Service) is no plural of SAP; "SAPs" would be
    assert skills_in_text("Lead risk visits together with SAPS and school staff.") == []
    assert [s.name for s in skills_in_text("Ran month-end in two SAPs.")] == ["SAP"]


def test_a_functional_skill_group_is_no_skill_list() -> None:
    from core.resume.listed import listed_skills

    lines = [
        "Workshop Joinery",
        "• Set out and make sash windows, doors and panelling for listed buildings.",
        "• Program the CNC router for repeat mouldings.",
        "Roof Framing, Kitchen Fitting, Wood Machining",
    ]
    skills, prose, _, _ = listed_skills(lines)
    # the group heading and the bullet sentences are no skills; the sentences are prose
    assert [s.name for s in skills] == ["Roof Framing", "Kitchen Fitting", "Wood Machining"]
    assert "Set out and make sash windows, doors and panelling for listed buildings." in prose


def test_two_known_skills_glued_in_one_item_are_two() -> None:
    from core.resume.listed import listed_skills

    line = "Order Fulfillment Shipping and Receiving, Budgeting & accounting, Phonics teaching"
    skills, _, _, _ = listed_skills([line])
    # two names of two words tile the first item end to end; the person joined the second
    # with "&"; a one-word name before a noun ("Phonics teaching") is one skill
    assert [s.name for s in skills] == [
        "Order Fulfillment",
        "Shipping and Receiving",
        "Budgeting & accounting",
        "Phonics teaching",
    ]


def test_adobe_premiere_is_premiere_pro() -> None:
    from core.resume.skills import canonical_skill

    assert canonical_skill("Adobe Premiere") == "Adobe Premiere Pro"
