"""How profile items read aloud in a letter, and letters that read as a hiring manager expects."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.documents.content import strip_frame
from core.documents.phrasing import credential, echoes, is_degree, same_case, spoken
from core.documents.writer import write_documents
from core.models import Documents, Education, Experience, Job, Profile, Skill

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("raw", "prose"),
    [
        ("English (fluent)", "fluent English"),
        ("Portuguese (native)", "native Portuguese"),
        ("German (C1)", "German at C1 level"),
        ("French - b2", "French at B2 level"),
        ("Tamil", "Tamil"),
        ("Polish (mother tongue of my parents)", "Polish"),
    ],
)
def test_languages_read_with_their_level_in_words(raw: str, prose: str) -> None:
    assert spoken(raw) == prose


def test_programmes_are_completed_and_degrees_earned() -> None:
    assert not is_degree("Commercial Driver License Program")
    assert not is_degree("Barista Training Course")
    assert is_degree("BSc Computer Science") and is_degree("Master of Arts in Marketing")
    assert is_degree("High School Diploma")


def test_a_bullet_whose_verb_returns_in_its_object_echoes() -> None:
    assert echoes("Planned daily route planning for 18 restaurant stops.")
    assert echoes("Managed the management accounts.")
    assert not echoes("Delivered dry freight across 22 states on schedule.")


def test_a_list_keeps_one_case_and_a_credential_loses_its_issuer() -> None:
    assert same_case(["recruitment", "talent acquisition"], ["Recruitment", "Talent Acquisition"])
    mixed = same_case(["Recruitment", "talent acquisition"], ["Recruitment", "Talent Acquisition"])
    assert mixed == ["recruitment", "talent acquisition"]
    named = same_case(["Workday", "talent acquisition"], ["Workday", "Talent Acquisition"])
    assert named == ["Workday", "Talent Acquisition"]  # a name we cannot tell: as written
    assert same_case(["SEO", "email marketing"], ["SEO", "Email Marketing"]) == [
        "SEO",
        "email marketing",
    ]
    assert same_case(["wiring", "Troubleshooting"], ["wiring", "Troubleshooting"]) == [
        "wiring",
        "troubleshooting",
    ]
    assert same_case(["wiring", "Excel"], ["wiring", "Excel"]) == ["wiring", "Excel"]
    assert credential("Registered Nurse, Illinois Board of Nursing") == "Registered Nurse"


DRIVER = Profile(
    full_name="Carlos Mendes",
    email="carlos@example.com",
    location="Dallas, TX",
    summary="Class A driver with a clean record and 600,000 safe miles.",
    skills=[Skill(name=s) for s in ("Freight", "Route Planning", "Fleet Management")],
    experience=[
        Experience(
            company="Werner Enterprises",
            role="Long Haul Driver",
            start="Aug 2018",
            end="Present",
            responsibilities=[
                "Delivered dry and refrigerated freight across 22 states on schedule.",
                "Completed pre-trip and post-trip inspections and kept electronic logs.",
            ],
        ),
        Experience(
            company="Sysco",
            role="Delivery Driver",
            start="Mar 2015",
            end="Jul 2018",
            responsibilities=["Planned daily route planning for 18 restaurant stops."],
        ),
    ],
    education=[Education(institution="Dallas College", degree="Commercial Driver License Program")],
    languages=["English (fluent)", "Portuguese (native)"],
    certifications=["CDL Class A", "HazMat Endorsement"],
)


def _job(n: int, title: str) -> Job:
    return Job(
        id=f"d-{n}",
        title=title,
        company="Northside Haulage",
        cities=["Dallas"],
        is_onsite=True,
        required_skills=["route planning", "freight"],
        description="Plan routes and move freight across Texas.",
    )


def _body(title: str, n: int = 1) -> str:
    letter = write_documents(DRIVER, _job(n, title), TODAY).cover_letter
    return strip_frame(Documents(resume_md="", cover_letter=letter)).cover_letter


def test_the_letter_reads_as_a_person_writes() -> None:
    body = _body("Dispatcher")
    assert "I planned daily route planning" not in body  # quoted, never said after "I"
    assert "earned a Commercial Driver License Program" not in body
    assert "completed a Commercial Driver License Program" in body
    assert "fluent English and native Portuguese" in body
    assert "(fluent)" not in body and "asks for freight" not in body
    assert "CDL Class A" in body  # the certifications fill a thin letter with true facts


def test_letters_for_different_jobs_of_one_profile_share_under_half_their_sentences() -> None:
    titles = ["Dispatcher", "Delivery Driver", "Route Planner", "Fleet Coordinator"]
    bodies = [_body(t, n) for n, t in enumerate(titles)]
    for i, a in enumerate(bodies):
        for b in bodies[i + 1 :]:
            sa, sb = (set(x.replace("\n\n", " ").split(". ")) for x in (a, b))
            assert len(sa & sb) / min(len(sa), len(sb)) < 0.5, (a, b)


@pytest.mark.parametrize("n", range(8))
def test_a_letter_names_the_job_title_in_its_opening_and_rarely_after(n: int) -> None:
    """Read aloud, "the Dispatcher role" in every paragraph sounds like a form letter: the
    opening names the job, then the body once and the close once at most."""
    title = ("Dispatcher", "Route Planner", "Fleet Coordinator", "Transport Planner")[n % 4]
    paragraphs = _body(title, n).split("\n\n")
    assert title in paragraphs[0].split(". ")[0]
    assert sum(p.count(title) for p in paragraphs) <= 3
    assert paragraphs[-1].count(title) <= 1


@pytest.mark.parametrize("n", range(8))
def test_the_close_names_the_company_once_at_most(n: int) -> None:
    close = _body("Dispatcher", n).split("\n\n")[-1]
    assert close.count("Northside Haulage") <= 1


def test_a_country_that_takes_the_reads_with_it() -> None:
    from core.documents.phrasing import place_name

    assert place_name("United Kingdom") == "the United Kingdom"
    assert place_name("Netherlands") == "the Netherlands"
    assert place_name("Leeds, United Kingdom") == "Leeds, United Kingdom"
    assert place_name("Canada") == "Canada"


def test_an_ing_phrase_that_names_a_thing_is_never_read_as_what_i_did() -> None:
    """ "Planting plans for housing schemes" is a kind of drawing, not something planted: a
    letter quotes an -ing fact only where a thing reads too ("my work has also included")."""
    from core.documents import phrasing as P

    for template in (*P.GERUND, *P.WITH_GERUND):
        text = template.format(ev="planting plans for housing schemes", req="planting design")
        assert re.search(r"\b(?:included|meant|covers|includes) planting plans\b", text), text
