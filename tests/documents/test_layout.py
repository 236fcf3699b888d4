"""Reading the writer's Markdown and letter into the structure the renderers lay out."""

from __future__ import annotations

from datetime import date

from core.documents.layout import letter_layout, paper_for, resume_layout
from core.models import Documents, Job, Profile

PROFILE = Profile(
    full_name="Julie Monroe",
    email="julie@example.com",
    phone="+353 1 555 0100",
    location="Cork, Ireland",
    links=["linkedin.com/in/juliemonroe"],
)
JOB = Job(id="J1", title="Community Dietitian", company="Balanced Bite Co.")
RESUME = """# Julie Monroe
Cork · attacker@evil.example · https://evil.example

## Summary
Dietitian with **six years** of [clinical](https://x.example) practice.

## Key skills
**Clinical:** Meal planning, Nutrition counselling

## Experience

### Nutrition Consultant — WIC Port Washington
Jan 2021 – Present, Port Washington
- Counselled 40 families a week.
* Ran the *weekly* clinic.

### Volunteer
2019
- Cooked for the shelter.

## Education
- MSc Dietetics, University College Cork (2016 – 2018)
- Food Hygiene Certificate, Safefood
"""


def test_sections_entries_dates_places_and_bullets() -> None:
    layout = resume_layout(Documents(resume_md=RESUME, cover_letter=""), PROFILE, JOB)
    assert [s.heading for s in layout.sections] == [
        "Summary",
        "Key skills",
        "Experience",
        "Education",
    ]
    summary, skills, experience, education = layout.sections
    # Emphasis loses its syntax; a link keeps its address visible, as it was submitted.
    assert summary.entries[0].lines[0].text == (
        "Dietitian with six years of clinical (https://x.example) practice."
    )
    [skill_line] = skills.entries[0].lines
    assert (skill_line.label, skill_line.text) == (
        "Clinical",
        "Meal planning, Nutrition counselling",
    )
    wic, volunteer = experience.entries
    assert (wic.title, wic.org, wic.date, wic.place) == (
        "Nutrition Consultant",
        "WIC Port Washington",
        "Jan 2021 – Present",
        "Port Washington",
    )
    assert [(ln.text, ln.bullet) for ln in wic.lines] == [
        ("Counselled 40 families a week.", True),
        ("Ran the weekly clinic.", True),
    ]
    assert (volunteer.title, volunteer.org, volunteer.date) == ("Volunteer", "", "2019")
    # Listed schools become entries (dates on the right), as an ATS expects to find them.
    assert [(e.title, e.org, e.date) for e in education.entries] == [
        ("MSc Dietetics", "University College Cork", "2016 – 2018"),
        ("Food Hygiene Certificate", "Safefood", ""),
    ]


def test_the_name_and_contact_come_from_the_profile_never_the_generated_text() -> None:
    layout = resume_layout(Documents(resume_md=RESUME, cover_letter=""), PROFILE, JOB)
    assert layout.name == "Julie Monroe"
    assert layout.contact == [
        "Cork, Ireland",
        "julie@example.com",
        "+353 1 555 0100",
        "linkedin.com/in/juliemonroe",
    ]
    everything = layout.model_dump_json()
    assert "evil.example" not in everything
    assert layout.subject == "Community Dietitian at Balanced Bite Co."
    # Without a profile the heading still names the candidate, and no contact is made up.
    bare = resume_layout(Documents(resume_md=RESUME, cover_letter=""), None, JOB)
    assert (bare.name, bare.contact) == ("Julie Monroe", [])


def test_control_characters_and_oversized_text_are_bounded() -> None:
    md = "# Julie\x00 Monroe\n\n## Skills\n- Bell\x07 ringing\x1b[31m\n" + "- x\n" * 40_000
    layout = resume_layout(Documents(resume_md=md, cover_letter=""), None, JOB)
    assert layout.name == "Julie Monroe"
    lines = layout.sections[0].entries[0].lines
    assert lines[0].text == "Bell ringing[31m"
    assert len(lines) < 20_000


LETTER = """Dear Ms. Byrne,

I am applying for the Community Dietitian role at Balanced Bite Co.

- Counselled 40 families a week.
- Ran the weekly clinic.

Thank you for your time.

Kind regards,
Julie Monroe
call me on 555-EVIL"""


def test_a_letter_has_its_salutation_body_closing_and_the_profiles_signature() -> None:
    layout = letter_layout(
        Documents(resume_md="", cover_letter=LETTER), PROFILE, JOB, date(2026, 12, 5)
    )
    assert layout.salutation == "Dear Ms. Byrne,"
    assert [(ln.text, ln.bullet) for ln in layout.body] == [
        ("I am applying for the Community Dietitian role at Balanced Bite Co.", False),
        ("Counselled 40 families a week.", True),
        ("Ran the weekly clinic.", True),
        ("Thank you for your time.", False),  # a sentence, not the closing
    ]
    assert (layout.closing, layout.signature) == ("Kind regards,", ["Julie Monroe"])
    assert "555-EVIL" not in layout.model_dump_json()
    assert (layout.date, layout.company, layout.job_title) == (
        "5 December 2026",
        "Balanced Bite Co.",
        "Community Dietitian",
    )


def test_a_salutation_and_closing_without_blank_lines_are_still_found() -> None:
    text = "Dear Hiring Team,\nI cook well.\n\nI like people.\nBest regards,\nJulie Monroe"
    us = Profile(full_name="Julie Monroe", location="Austin, TX")
    layout = letter_layout(Documents(resume_md="", cover_letter=text), us, JOB, date(2026, 1, 2))
    assert layout.salutation == "Dear Hiring Team,"
    assert [ln.text for ln in layout.body] == ["I cook well.", "I like people."]
    assert (layout.closing, layout.signature) == ("Best regards,", ["Julie Monroe"])
    assert layout.date == "January 2, 2026"  # the US way, for a US candidate


def test_a_summary_straight_under_the_name_is_not_taken_for_a_contact_line() -> None:
    md = "# Julie Monroe\nDietitian with six years of practice.\n\n## Skills\n- Cooking\n"
    layout = resume_layout(Documents(resume_md=md, cover_letter=""), PROFILE, JOB)
    assert layout.sections[0].entries[0].lines[0].text == "Dietitian with six years of practice."


def test_a_bare_letter_gets_a_salutation_and_a_closing() -> None:
    layout = letter_layout(
        Documents(resume_md="", cover_letter="I would like the job.\nI cook well."),
        PROFILE,
        JOB,
        date(2026, 1, 2),
    )
    assert layout.salutation == "Dear Hiring Manager,"
    assert [ln.text for ln in layout.body] == ["I would like the job. I cook well."]
    assert (layout.closing, layout.signature) == ("Kind regards,", ["Julie Monroe"])


def test_paper_follows_where_the_candidate_lives() -> None:
    assert paper_for(PROFILE) == "a4"
    assert paper_for(Profile(location="Austin, TX")) == "us-letter"
    assert paper_for(Profile(location="Toronto, ON, Canada")) == "us-letter"
    assert paper_for(Profile(location="Los Angeles, CA, United States")) == "us-letter"
    assert paper_for(Profile(location="Berlin, Germany")) == "a4"
    assert paper_for(None) == "a4"
