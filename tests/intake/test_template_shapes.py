"""Template shapes met in the eighth round: side heads, label cells, LinkedIn and executive
exports, cells that break a range, running footers, mixed education and credentials."""

from __future__ import annotations

from core.resume.dates import find_dates, join_split_ranges
from core.resume.layout import document_text
from core.resume.parser import parse_profile
from tests.intake.test_layout import line


def test_side_heads_are_read_row_by_row_not_as_a_sidebar() -> None:
    rows = [
        ("Summary", ["Barista and shift lead in busy coffee shops."]),
        ("Experience", ["Shift Lead, Stumptown Coffee", "Portland, OR", "• Led a team of four."]),
        ("Skills", ["Customer Service · Teamwork"]),
    ]
    words, y = line("Noah Williams", 20, 60), 100.0
    for heading, content in rows:
        words += line(heading, 20, y, "bold")
        for text in content:
            words += line(text, 150, y)
            y += 14
        y += 14
    assert document_text([words]).split("\n") == [
        "Noah Williams",
        "Summary | Barista and shift lead in busy coffee shops.",
        "Experience | Shift Lead, Stumptown Coffee",
        "Portland, OR",
        "• Led a team of four.",
        "Skills | Customer Service · Teamwork",
    ]


def test_a_sidebar_whose_lines_sit_beside_the_main_lines_is_still_a_sidebar() -> None:
    side = ["CONTACT", "ana@example.com", "SKILLS", "Forklift", "Picking", "Packing"]
    main = ["EXPERIENCE", "Picker at Acme", "2020 - 2023", "Packed orders.", "Loaded vans", "x"]
    words = []
    for i in range(len(side)):
        words += line(side[i], 20, 100 + 14 * i)
        words += line(main[i], 200, 100 + 14 * i)
    assert [t.strip() for t in document_text([words]).split("\n")] == side + main


def test_a_bold_label_cell_is_cut_from_its_value_a_bullet_is_not() -> None:
    words = line("Languages", 20, 100, "bold") + line("English (fluent), Tamil", 20 + 45 + 9, 100)
    words += line("•", 20, 120, "symbols") + line("OSHA 10-Hour", 20 + 5 + 9, 120)
    assert document_text([words]).split("\n") == [
        "Languages | English (fluent), Tamil",
        "• OSHA 10-Hour",
    ]


def test_a_duration_after_the_dates_is_no_part_of_the_header() -> None:
    assert find_dates("September 2020 - Present (6 years 4 months)") == (
        "September 2020",
        "Present",
        "",
    )
    assert find_dates("Acme Ltd · Jan 2019 – Mar 2021 · 2 yrs 3 mos")[2] == "Acme Ltd"


def test_a_range_broken_over_two_lines_of_a_cell_is_joined() -> None:
    assert join_split_ranges(["01/2019 –", "present | Vehicle Technician | Arnold Clark"]) == [
        "01/2019 – present | Vehicle Technician | Arnold Clark"
    ]
    assert join_split_ranges(["2015", "2018 | Level 3 Diploma"]) == [
        "2015 – 2018 | Level 3 Diploma"
    ]
    kept = ["2018", "2015 – 2018 | BSc Nursing"]  # a year alone over a whole range stays
    assert join_split_ranges(kept) == kept


_LINKEDIN = """Contact
sophie@cuisine.fr
Top Skills
Menu Planning
Kitchen Management
Languages
French (Native or Bilingual) English (Full Professional)
Sophie Laurent
Sous Chef
Lyon, France
Experience
Brasserie Georges
Sous Chef
September 2020 - Present (6 years 4 months)
Lyon
Le Bistrot du Port
Chef de Partie
June 2016 - August 2020 (4 years 3 months)
Marseille
Education
Institut Paul Bocuse
Diploma in Culinary Arts · (2013 - 2016)
"""


def test_a_linkedin_export_reads_each_job_with_its_place() -> None:
    profile = parse_profile(_LINKEDIN)
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Sous Chef", "Brasserie Georges", "Lyon"),
        ("Chef de Partie", "Le Bistrot du Port", "Marseille"),
    ]
    assert [s.name for s in profile.skills][:2] == ["Menu Planning", "Kitchen Management"]
    assert profile.languages == ["French (Native or Bilingual)", "English (Full Professional)"]


_EXECUTIVE = """Connor Walsh
connor@example.co.uk | 07700 900123 | Manchester, UK
Professional Experience
Balfour Beatty | Manchester | May 2019 – Present
An infrastructure group with 26,000 employees
Site Supervisor
Supervise up to 60 operatives on a residential scheme.
Northern Access Scaffolding Ltd | Salford | Sep 2012 – May 2015
A scaffolding contractor for commercial sites
Scaffolder
Erected and inspected scaffolds on commercial sites.
Education & Credentials
HNC Construction Management, Manchester College, Manchester, UK, 2018
CSCS Card
First Aid at Work
Registered Site Manager (RSM)
GPA: 3.4
Certifications
First Aid at Work
March 2019 to Present
"""


def test_an_executive_resume_skips_the_employer_description_and_finds_the_role() -> None:
    profile = parse_profile(_EXECUTIVE)
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Site Supervisor", "Balfour Beatty", "Manchester"),
        ("Scaffolder", "Northern Access Scaffolding Ltd", "Salford"),
    ]


def test_education_and_credentials_under_one_heading_are_told_apart() -> None:
    profile = parse_profile(_EXECUTIVE)
    schools = [(e.degree, e.institution) for e in profile.education]
    assert schools == [("HNC Construction Management", "Manchester College")]
    # the credentials, each once; "First Aid at Work" whole; a "GPA: 3.4" line is none
    assert profile.certifications == [
        "CSCS Card",
        "First Aid at Work",
        "Registered Site Manager (RSM)",
    ]


def test_a_running_footer_with_the_name_is_dropped_and_label_rows_rank_skills() -> None:
    text = """Priya Raman
priya@example.co.uk
Skills
Expertise | Financial Reporting, Reconciliation
Other | Budgeting, Payroll Processing
Certificates
ACCA Chartered Certified Accountant
December 2026 | Priya Raman · Résumé | 1
"""
    profile = parse_profile(text)
    assert profile.certifications == ["ACCA Chartered Certified Accountant"]
    names = [s.name for s in profile.skills]
    assert {"Financial Reporting", "Reconciliation", "Budgeting"} <= set(names)
    assert "Expertise" not in names and "Other" not in names


def test_a_business_named_after_the_person_is_no_running_footer() -> None:
    text = """Priya Raman
priya@example.co.uk
Experience
Priya Raman Consulting | 2019 – Present
Tax Consultant
• Advised 30 owner-managed businesses.
Priya Raman | page 2
"""
    jobs = [(e.role, e.company) for e in parse_profile(text).experience]
    assert jobs == [("Tax Consultant", "Priya Raman Consulting")]
