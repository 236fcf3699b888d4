"""The offline parser on single-column TXT and Markdown resumes of other professions."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.intake import extract_text_sync
from core.models import Education, Experience, Profile, Skill
from core.profile_format import format_profile
from core.resume.parser import parse_profile, skill_from_item
from tests.intake.checks import invented

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read(name: str) -> tuple[str, Profile]:
    text = extract_text_sync((FIXTURES / name).read_bytes(), name)
    return text, parse_profile(text)


def test_nurse_plain_text() -> None:
    text, p = read("nurse.txt")
    assert (p.full_name, p.email, p.phone) == (
        "Maria Gonzalez",
        "maria.gonzalez@example.com",
        "(312) 555-0187",
    )
    assert p.location == "Chicago, IL"
    assert p.links == ["linkedin.com/in/mariagonzalez-rn"]
    assert {"Patient Care", "IV Therapy", "Wound Care", "Epic", "Triage", "ACLS"} <= set(
        p.skill_names()
    )
    # company line above the role line, the unit kept with the role
    assert p.experience[0] == Experience(
        company="Northwestern Memorial Hospital",
        role="Registered Nurse, Intensive Care Unit",
        start="March 2019",
        end="Present",
        location="Chicago, IL",
        responsibilities=[
            "Provide direct patient care for up to 3 critically ill patients per shift.",
            "Administer medications and IV therapy following hospital protocols.",
            "Educate patients and families on discharge plans.",
        ],
    )
    assert [e.company for e in p.experience] == [
        "Northwestern Memorial Hospital",
        "Mercy Hospital & Medical Center",
    ]
    assert p.education[0].institution == "University of Illinois Chicago"
    assert p.education[0].degree == "Bachelor of Science in Nursing (BSN)"
    # certificates and licences are their own list now (issue 11), languages keep their level
    assert p.certifications == [
        "Registered Nurse, Illinois Board of Nursing",
        "ACLS, American Heart Association",
    ]
    assert [e.institution for e in p.education] == ["University of Illinois Chicago"]
    assert p.languages == ["English (native)", "Spanish (fluent)"]
    assert invented(p, text) == []


def test_accountant_markdown() -> None:
    text, p = read("accountant.md")
    assert "#" not in text and "**" not in text
    assert (p.full_name, p.email, p.phone) == (
        "David Chen",
        "david.chen@example.org",
        "+1 416 555 0199",
    )
    assert p.location == "Toronto, ON, Canada"
    assert p.links == ["https://www.linkedin.com/in/davidchen-cpa"]
    assert p.summary.startswith("Detail-oriented accountant")
    names = p.skill_names()
    assert names[:8] == [
        "Financial Reporting",
        "Month-End Close",
        "Reconciliation",
        "QuickBooks",
        "Xero",
        "SAP",
        "Excel",
        "Payroll",
    ]
    assert {"IFRS", "GAAP", "Tax Preparation"} <= set(names)  # named in prose, in the vocabulary
    assert [(e.role, e.company, e.location) for e in p.experience] == [
        ("Senior Accountant", "Maple Foods Inc.", "Toronto, ON"),
        ("Staff Accountant", "Deloitte", "Toronto, ON"),
    ]
    assert p.education[0].institution == "University of Toronto"
    assert (p.education[0].start, p.education[0].end) == ("2011", "2015")
    assert p.certifications == ["Chartered Professional Accountant (CPA), CPA Ontario"]
    assert p.achievements == ["Reduced audit adjustments by 40% in 2021."]
    assert p.languages == ["English", "Mandarin"]
    assert invented(p, text) == []


def test_software_engineer_text() -> None:
    text, p = read("software_engineer.txt")
    assert (p.full_name, p.email, p.phone) == (
        "Priya Raman",
        "priya.raman@example.dev",
        "+44 20 7946 0958",
    )
    assert p.location == "London, United Kingdom"
    names = p.skill_names()
    # "Languages: Python, Go" under Technical Skills is a group of skills, not spoken languages
    assert names[:4] == ["Python", "Go", "TypeScript", "SQL"]
    assert "React" in names and "React.js" not in names
    assert {"ETL", "Airflow", "Linux"} <= set(names)
    assert [(e.role, e.company, e.location, e.start, e.end) for e in p.experience] == [
        ("Backend Engineer", "Monzo Bank", "London", "2021", "Present"),
        ("Junior Developer", "Acme Analytics Ltd", None, "2018", "2021"),
    ]
    assert p.education == [
        Education(
            institution="University of Manchester",
            degree="BSc Computer Science",
            start="2015",
            end="2018",
        )
    ]
    assert [(x.name, x.description) for x in p.projects] == [
        ("Job Bot", "a chat bot that applies for jobs, written in Python"),
        ("dotfiles", "my Linux setup"),
    ]
    assert p.languages == ["English", "Tamil", "German (B1)"]
    assert invented(p, text) == []


SYNONYMS_RESUME = """\
Tom Baker
tom.baker@example.net · 07700 900456 · Leeds, UK

About me
Friendly barista and server who loves busy mornings.

Core Competencies
Latte art, Cash handling, POS, Customer care

Employment History
The Bean Counter, Leeds
Head Barista
2020 - Present
- Trained six new baristas in espresso making and food safety.

Hobbies
Tennis, Photography of foobarware
"""


def test_heading_synonyms_and_sections() -> None:
    p = parse_profile(SYNONYMS_RESUME)
    assert p.summary == "Friendly barista and server who loves busy mornings."
    assert [s.name for s in p.skills[:4]] == [
        "Latte art",
        "Cash Handling",
        "POS Systems",
        "Customer Service",
    ]
    assert (p.experience[0].role, p.experience[0].company) == ("Head Barista", "The Bean Counter")
    # found in prose from the vocabulary only; hobbies are not skills, and neither is a job
    # title alone ("Friendly barista and server")
    assert "Food Safety" in p.skill_names() and "Barista" not in p.skill_names()
    assert "Tennis" not in p.skill_names() and "Photography" not in p.skill_names()
    assert p.location == "Leeds, UK"
    assert invented(p, SYNONYMS_RESUME) == []


def test_letter_spaced_headings_and_icons_in_raw_text() -> None:
    raw = (
        "\uf007 ANA LIMA\n"
        "\uf0e0 ana@example.com   \u260e +55 11 91234 5678\n"
        "S K I L L S\n"
        "Workﬂow automation\n"
        "W O R K  E X P E R I E N C E\n"
        "Operations Manager, Rio Logistics, São Paulo\n"
        "J A N U A R Y  2 0 2 0  —  P R E S E N T\n"
        "• Ran route planning and inventory management for 40 trucks.\n"
    )
    p = parse_profile(raw)
    assert (p.full_name, p.email, p.phone) == ("Ana Lima", "ana@example.com", "+55 11 91234 5678")
    assert p.skills[0].name == "Workflow automation"  # NFKC undoes the "fl" ligature
    assert {"Route Planning", "Inventory Management"} <= set(p.skill_names())
    job = p.experience[0]
    assert (job.role, job.company, job.location) == (
        "Operations Manager",
        "Rio Logistics",
        "São Paulo",
    )
    assert (job.start, job.end) == ("January 2020", "Present")


def test_ambiguous_words_are_not_skills_in_prose() -> None:
    p = parse_profile(
        "Jo Park\njo@example.com\n\nSummary\nPlanned menus rich in vitamin C and worked at "
        "Woodacre Nursing Home; organized a spring fair.\n\nSkills\nC, Nursing\n"
    )
    assert p.skill_names()[:2] == ["C", "Nursing"]  # listed: kept
    prose = parse_profile("Jo Park\n\nSummary\nPlanned menus rich in vitamin C at a Nursing Home.")
    assert "C" not in prose.skill_names() and "Nursing" not in prose.skill_names()


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Knowledge in Nutrition", Skill(name="Nutrition", category="nutrition")),
        ("Proficient at sales", Skill(name="Sales", category="sales")),
        ("MS Excel (advanced)", Skill(name="Excel", category="office")),
        ("Strong communication skills", Skill(name="Communication", category="soft")),
        ("CPR", Skill(name="CPR Certification", category="health")),
        ("kitchen equipment operation", Skill(name="Kitchen equipment operation")),
        ("Budgeting & accounting", Skill(name="Budgeting & accounting", category="finance")),
    ],
)
def test_skill_items_are_tidied(item: str, expected: Skill) -> None:
    assert skill_from_item(item) == expected


def test_empty_and_odd_text_give_an_empty_profile() -> None:
    assert parse_profile("") == Profile()
    assert parse_profile("\n\n   \n").full_name == ""


def test_format_profile_stays_short() -> None:
    _, p = read("nurse.txt")
    message = format_profile(p)
    assert message.splitlines()[0] == "Maria Gonzalez"
    assert "maria.gonzalez@example.com · (312) 555-0187 · Chicago, IL" in message
    assert "• Registered Nurse, Intensive Care Unit at Northwestern Memorial Hospital" in message
    huge = p.model_copy(
        update={
            "summary": "word " * 2000,
            "skills": [Skill(name=f"Skill number {i}") for i in range(300)],
            "experience": p.experience * 50,
            "education": p.education * 50,
            "links": [f"https://example.com/{'x' * 200}/{i}" for i in range(10)],
        }
    )
    assert len(format_profile(huge)) < 3500
    assert format_profile(Profile()).startswith("(name not found)")


def test_warehouse_supervisor_pipes_and_dashes() -> None:
    text, p = read("warehouse_supervisor.txt")
    assert (p.full_name, p.email, p.phone, p.location) == (
        "John A. Smith",
        "john.smith@mail.com",
        "555-201-8890",
        "Dallas, TX",
    )
    assert [(e.role, e.company, e.start, e.end) for e in p.experience] == [
        ("Warehouse Supervisor", "Amazon Fulfillment Center", "03/2019", "06/2023"),
        ("Forklift Operator", "Walmart Distribution", "2015", "2019"),
    ]
    # "High School Diploma" is the degree, "Lincoln High School" the school
    assert (p.education[0].degree, p.education[0].institution) == (
        "High School Diploma",
        "Lincoln High School",
    )
    assert {"Forklift Operation", "Inventory Management", "Warehouse Management"} <= set(
        p.skill_names()
    )
    assert p.languages == ["Spanish"]  # listed among the skills, still a spoken language
    assert invented(p, text) == []


def test_european_cv_with_labels_and_dates_first() -> None:
    text, p = read("hotel_manager_cv.txt")
    assert (p.full_name, p.email, p.phone) == (
        "Anna Kowalska",
        "anna.kowalska@example.pl",
        "+48 601 234 567",
    )
    assert p.location == "Warszawa, Poland"  # street, house number and postcode left out
    assert [(e.role, e.company, e.location, e.start, e.end) for e in p.experience] == [
        ("Front Office Manager", "Hotel Bristol", "Warsaw", "2018", "Present"),
        ("Receptionist", "Marriott Warsaw", None, "2014", "2018"),
    ]
    assert p.experience[1].responsibilities == ["Handled check-in and check-out for 500 rooms."]
    assert p.education[0].institution == "University of Warsaw"
    assert p.languages == ["English (C1)", "German (B2)"]
    assert p.skill_names()[:3] == ["Opera PMS", "Guest Relations", "Revenue Management"]
    assert invented(p, text) == []
