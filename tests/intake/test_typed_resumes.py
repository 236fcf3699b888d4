"""Resumes as people type them in a text file: a company and town over the job, a team after
the job's comma, interests after the skills, credentials with their level or without a date."""

from __future__ import annotations

import pytest

from core.intake import extract_text_sync
from core.resume.parser import parse_profile
from core.resume.text import typed_fields

_HEAD = "Tomasz Wiśniewski\ntomasz.w@example.pl | +48 601 234 567\n\n"


def test_company_and_town_over_the_job_and_its_dates() -> None:
    profile = parse_profile(
        _HEAD + "WORK HISTORY\nDHL Supply Chain, Stryków\nWarehouse Operative, 2015-2019\n"
        "* Loaded and unloaded trucks\n\nKuehne + Nagel, Gądki\nForklift Operative, 2012-2015\n"
        "* Moved pallets to the racking\n"
    )
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Warehouse Operative", "DHL Supply Chain", "Stryków"),
        ("Forklift Operative", "Kuehne + Nagel", "Gądki"),
    ]


def test_a_clinical_team_after_the_role_is_part_of_it_not_a_place() -> None:
    profile = parse_profile(
        "Aoife Brennan\naoife@example.ie\n\nEmployment History\n\n2020 - Present\n"
        "Clinical Nurse Specialist, Respiratory\nBeaumont Hospital, Dublin\n"
        "- Run a nurse-led COPD clinic\n\n2017 - 2020\nStaff Nurse, Cardiology\n"
        "St. James's Hospital, Dublin\n- Administered IV medication\n"
    )
    jobs = [(e.role, e.company, e.location) for e in profile.experience]
    assert jobs == [
        ("Clinical Nurse Specialist, Respiratory", "Beaumont Hospital", "Dublin"),
        ("Staff Nurse, Cardiology", "St. James's Hospital", "Dublin"),
    ]


def test_interests_after_the_skills_are_no_skills() -> None:
    profile = parse_profile(
        _HEAD + "Experience\nNurse, Beaumont Hospital, 2019 - 2020\n\n"
        "Skills: spirometry, phlebotomy\nInterests: sea swimming, choir\n"
    )
    assert [s.name.casefold() for s in profile.skills] == ["spirometry", "phlebotomy"]


def test_a_row_labelled_other_in_the_skills_is_still_skills() -> None:
    profile = parse_profile(
        _HEAD + "Experience\nPicker, Amazon, 2019 - 2020\n\nSKILLS\nCore: Picking, Packing\n"
        "Other: Shipping, Teamwork\n"
    )
    assert {"shipping", "teamwork"} <= {s.name.casefold() for s in profile.skills}


def test_credentials_keep_their_level_and_undated_ones_are_not_lost() -> None:
    profile = parse_profile(
        _HEAD + "CERTIFICATIONS\nAWS Certified Solutions Architect – Associate (2022)\n"
        "AWS Certified Developer - Associate\nCisco CCNA, 2019\n"
        "PRINCE2 Practitioner – AXELOS, 2021\n"
    )
    assert profile.certifications == [
        "AWS Certified Solutions Architect – Associate",
        "AWS Certified Developer - Associate",
        "Cisco CCNA",
        "PRINCE2 Practitioner",
    ]


def test_an_undated_credential_between_dated_ones_is_its_own() -> None:
    profile = parse_profile(
        _HEAD + "LICENCES\nCounterbalance Forklift Licence, 2016\nMentor FLT Training\n"
        "Reach Truck Licence\nFirst Aid at Work Certificate, 2018\n"
    )
    assert profile.certifications == [
        "Counterbalance Forklift Licence, Mentor FLT Training",
        "Reach Truck Licence",
        "First Aid at Work Certificate",
    ]


_INDIAN = """CURRICULUM VITAE

RAHUL KUMAR SHARMA
Mobile: +91-9876543210
E-mail: rahul.sharma1990@example.com

PROFESSIONAL EXPERIENCE
1. Infosys BPM Ltd., Pune (July 2016 to Till Date)
   Designation: Senior Process Executive - Accounts Payable
   • Processing vendor invoices in SAP FICO
   • Reconciliation of vendor statements

2. Tata Consultancy Services, Mumbai (June 2013 to June 2016)
   Designation: Associate
   • GST and TDS return filing

EDUCATIONAL QUALIFICATION
M.Com – University of Mumbai – 2013 – 62%
B.Tech (CSE), IIT Delhi, CGPA 8.4/10, 2011

PERSONAL DETAILS
Father's Name : Suresh Sharma
Languages Known : English, Hindi, Marathi
Marital Status : Married
"""


def test_an_indian_cv_designation_lines_till_date_and_results() -> None:
    profile = parse_profile(_INDIAN)
    jobs = [(e.role, e.company, e.location, e.end) for e in profile.experience]
    assert jobs == [
        ("Senior Process Executive, Accounts Payable", "Infosys BPM Ltd.", "Pune", "Till Date"),
        ("Associate", "Tata Consultancy Services", "Mumbai", "June 2016"),
    ]
    assert profile.experience[0].responsibilities == [
        "Processing vendor invoices in SAP FICO",
        "Reconciliation of vendor statements",
    ]
    schools = [(e.degree, e.institution, e.location) for e in profile.education]
    assert schools == [("M.Com", "University of Mumbai", None), ("B.Tech (CSE)", "IIT Delhi", None)]
    assert profile.languages == ["English", "Hindi", "Marathi"]


def test_a_team_after_the_role_on_one_line_with_company_and_town() -> None:
    profile = parse_profile(
        "Emily Chen\nemily@example.com\n\nWork Experience\n"
        "Summer Intern, Audit & Assurance — KPMG Australia, Melbourne   Dec 2023 – Feb 2024\n"
        "• Tested controls for two listed clients\n"
    )
    job = profile.experience[0]
    assert (job.role, job.company, job.location) == (
        "Summer Intern, Audit & Assurance",
        "KPMG Australia",
        "Melbourne",
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Melbourne VIC 3000", "Melbourne VIC"),
        ("Melbourne, VIC", "Melbourne, VIC"),
        ("Sydney NSW 2000", "Sydney NSW"),
        ("Leeds LS1 4AP", "Leeds"),
        ("Pune 411001", "Pune"),
    ],
)
def test_a_town_with_its_region_code_or_postcode_is_the_persons_place(
    written: str, read: str
) -> None:
    profile = parse_profile(f"Emily Chen\nemily@example.com · 0412 345 678 · {written}\n")
    assert profile.location == read


def test_a_markdown_resume_says_each_link_once_and_splits_code_chips() -> None:
    from core.intake import extract_text_sync

    markdown = (
        "# Lukas Bauer\n\n**Frontend Developer** · Vienna, Austria · "
        "[lukas@bauer.dev](mailto:lukas@bauer.dev) · "
        "[github.com/lbauer](https://github.com/lbauer) · [Portfolio](https://lbauer.dev)\n\n"
        "## Experience\n\n### Frontend Developer — Bitpanda (Vienna)\n*04/2021 – present*\n\n"
        "- Built the trading dashboard in React\n\n"
        "## Skills\n\n`React` `TypeScript` `Vue.js` `Next.js` `GraphQL`\n"
    )
    profile = parse_profile(extract_text_sync(markdown.encode(), "cv.md"))
    assert profile.email == "lukas@bauer.dev"
    assert sorted(profile.links) == ["github.com/lbauer", "https://lbauer.dev"]
    names = [s.name for s in profile.skills]
    assert names[:5] == ["React", "TypeScript", "Vue.js", "Next.js", "GraphQL"]


def test_a_brazilian_cv_company_first_with_month_slash_year_dates() -> None:
    profile = parse_profile(
        "JOÃO PEDRO SANTOS\nSão Paulo – SP | (11) 98765-4321 | joao.santos@example.com\n\n"
        "EXPERIÊNCIA PROFISSIONAL\nMagazine Luiza | Analista de Dados Pleno | mar/2021 – atual\n"
        "- Criação de dashboards em Power BI\n\n"
        "Via Varejo | Analista de BI Júnior | jan/2019 – fev/2021\n- Consultas SQL em BigQuery\n"
    )
    jobs = [(e.role, e.company, e.start, e.end) for e in profile.experience]
    assert [(r, c) for r, c, _, _ in jobs] == [
        ("Analista de Dados Pleno", "Magazine Luiza"),
        ("Analista de BI Júnior", "Via Varejo"),
    ]
    assert [(s.casefold(), e.casefold()) for _, _, s, e in jobs] == [
        ("mar/2021", "atual"),
        ("jan/2019", "fev/2021"),
    ]


@pytest.mark.parametrize(
    ("header", "role", "company"),
    [
        (
            "Siemens Mobility GmbH | Projektleiterin Elektrotechnik",
            "Projektleiterin Elektrotechnik",
            "Siemens Mobility GmbH",
        ),
        ("Knorr-Bremse AG | Entwicklungsingenieur", "Entwicklungsingenieur", "Knorr-Bremse AG"),
        ("Clinique du Parc | Chargée de clientèle", "Chargée de clientèle", "Clinique du Parc"),
    ],
)
def test_job_titles_in_german_and_french_are_roles(header: str, role: str, company: str) -> None:
    profile = parse_profile(
        "Julia Schneider\njulia@example.de\n\nExperience\n"
        f"{header} | Jan-2019 – Mar-2021\n- Led a team\n"
    )
    job = profile.experience[0]
    assert (job.role, job.company, job.start, job.end) == (role, company, "Jan-2019", "Mar-2021")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Monzo Bank (London)", ("Monzo Bank", ["London"])),
        ("Cytech (ATG Training)", ("Cytech (ATG Training)", [])),
        ("Huawei Technologies (Contract)", ("Huawei Technologies (Contract)", [])),
    ],
)
def test_brackets_after_a_name_hold_a_place_only_when_they_name_one(
    name: str, expected: tuple[str, list[str]]
) -> None:
    from core.resume.experience_fields import paren_place

    assert paren_place(name) == expected


def test_skills_in_portuguese_bullets_come_without_their_prepositions() -> None:
    profile = parse_profile(
        "João Santos\njoao@example.com\n\nEXPERIÊNCIA PROFISSIONAL\n"
        "Magazine Luiza | Analista de Dados | mar/2021 – atual\n"
        "- Criação de dashboards em Power BI para a diretoria\n"
        "- Modelos de previsão de demanda em Python\n- Consultas SQL em BigQuery\n"
    )
    names = {s.name for s in profile.skills}
    assert {"Power BI", "Python", "BigQuery"} <= names
    assert not any(" em " in f" {n} " for n in names)


def _header(name: str, place: str) -> str:
    return f"""{name}
jane@mail.com | +1 555 010 0100 | {place}
Experience
Staff Nurse, St James's Hospital, Dublin | 2019 - Present
- Cared for 12 patients a shift on a medical ward.
"""


def test_letters_after_a_name_are_no_part_of_it() -> None:
    for written in ("John Smith CPA", "John Smith, CPA", "John Smith MSc, PMP", "John Smith PhD"):
        assert parse_profile(_header(written, "London")).full_name == "John Smith"
    # a surname that only looks like letters stays
    assert parse_profile(_header("Grace Ma", "London")).full_name == "Grace Ma"


def test_a_city_with_its_postal_district_or_departement_is_the_place() -> None:
    assert parse_profile(_header("Aoife Byrne", "Dublin 11, Ireland")).location == "Dublin, Ireland"
    assert parse_profile(_header("Luc Martin", "Lyon (69), France")).location == "Lyon, France"


def test_a_lone_city_on_the_contact_line_is_the_place() -> None:
    assert parse_profile(_header("Kwame Mensah", "Accra")).location == "Accra"
    # a city's name alone on a line of its own, with no contact details, is not taken
    text = "Kwame Mensah\nAccra\nkwame@mail.com\nExperience\nClerk, Ghana Post | 2019 - 2021\n"
    assert parse_profile(text).location is None


NIGERIAN_CV = """CURRICULUM VITAE
PERSONAL DATA
Name: Oluwaseun Adebayo Adeyemi
Phone: 0803 123 4567
Email: seun.adeyemi@yahoo.com
WORK EXPERIENCE
Access Bank Plc, Victoria Island, Lagos      Jan 2018 - Date
Accounts Officer
- Reconcile GL accounts monthly.
- Prepare management reports using Excel and Finacle.
PROFESSIONAL QUALIFICATION
Associate Chartered Accountant (ACA) - ICAN, 2019
SKILLS
Finacle, Sage 50, Tally ERP 9
"""


def test_a_professional_qualification_is_a_credential_not_a_job() -> None:
    profile = parse_profile(NIGERIAN_CV)
    assert [job.company for job in profile.experience] == ["Access Bank Plc"]
    assert profile.certifications == ["Associate Chartered Accountant (ACA) - ICAN"]


def test_two_tools_joined_by_and_are_two_skills_and_a_version_is_no_second_skill() -> None:
    names = [s.name for s in parse_profile(NIGERIAN_CV).skills]
    assert "Excel" in names and "Excel and Finacle" not in names
    assert {"Sage 50", "Tally ERP 9"} <= set(names)
    assert "Sage" not in names and "Tally ERP" not in names


UK_CV = """Sophie Turner
07700 900123 · sophie.turner@gmail.com · Manchester M14
Employment History
Assistant Manager | Pret A Manger, Manchester Piccadilly | Sept 2021 – present
• Run shifts of up to 12 team members and cash up at close
Education
BA (Hons) English Literature, 2:1 — University of Manchester, 2015 – 2018
A Levels: English (A), History (B), Psychology (B) — Xaverian College, 2013 – 2015
Skills & Certificates
• Level 2 Food Safety and Hygiene
• Personal Licence holder (APLH)
• Cash handling, stock control, rota planning
• Full UK driving licence
"""


def test_a_uk_degree_class_and_graded_subjects_are_no_places() -> None:
    education = parse_profile(UK_CV).education
    assert [(e.degree, e.institution, e.location) for e in education] == [
        ("BA (Hons) English Literature", "University of Manchester", None),
        ("A Levels: English (A), History (B), Psychology (B)", "Xaverian College", None),
    ]


def test_a_list_of_skills_and_certificates_is_parted_item_by_item() -> None:
    profile = parse_profile(UK_CV)
    assert profile.certifications == [
        "Level 2 Food Safety and Hygiene",
        "Personal Licence holder (APLH)",
        "Full UK driving licence",
    ]
    assert {"Cash Handling", "Rota planning"} <= {s.name for s in profile.skills}


def test_a_city_with_its_postcode_district_is_the_place() -> None:
    assert parse_profile(UK_CV).location == "Manchester"


US_NURSE = """MARIA GONZALEZ, BSN, RN
Houston, TX 77030 | (713) 555-0198 | maria.gonzalez.rn@gmail.com
LICENSES & CERTIFICATIONS
Registered Nurse, Texas Board of Nursing, License #123456, exp. 06/2026
BLS, ACLS – American Heart Association
PALS (expires 2025)
PROFESSIONAL EXPERIENCE
Houston Methodist Hospital — Houston, TX
Registered Nurse, Cardiac ICU                                March 2020 – Present
• Titrate vasoactive drips and manage arterial lines
SKILLS
EHR: Epic, Cerner | Telemetry monitoring | Bilingual: English/Spanish
"""


def test_an_expiry_dates_no_credential_and_acronyms_listed_are_several() -> None:
    assert parse_profile(US_NURSE).certifications == [
        "Registered Nurse, Texas Board of Nursing, License #123456",
        "BLS",
        "ACLS",
        "PALS",
    ]


def test_an_acronym_alone_over_a_dated_line_is_a_credential_of_its_own() -> None:
    text = "Ann Lee\nann@mail.com\nCertifications\nFood Handler Card\nPMP, 2021\n"
    assert parse_profile(text).certifications == ["Food Handler Card", "PMP"]


def test_bilingual_names_languages_not_a_skill() -> None:
    profile = parse_profile(US_NURSE)
    assert profile.languages == ["English", "Spanish"]
    assert not any("Bilingual" in s.name for s in profile.skills)


def test_a_pin_code_after_a_dash_leaves_no_dash_in_the_place() -> None:
    text = (
        "Rahul Kumar Sharma\nMobile: +91-9876543210\nE-mail: rahul.sharma95@gmail.com\n"
        "Address: H.No. 45, Sector 12, Noida, Uttar Pradesh - 201301\n"
        "WORK EXPERIENCE:\nInfosys Limited, Mysore (Aug 2017 - Mar 2020)\n"
    )
    assert parse_profile(text).location == "Noida, Uttar Pradesh"


def test_a_listed_skill_named_whole_in_a_bullet_claims_no_second_bare_name() -> None:
    text = """Julia Becker
julia.becker@web.de
Berufserfahrung
09/2019 – heute  Projektleiterin Digitalisierung, REWE Group, Köln
• Leitung von 3 Projekten zur Einführung von SAP S/4HANA
Kenntnisse
SAP S/4HANA, Jira, Scrum
"""
    names = [s.name for s in parse_profile(text).skills]
    assert names == ["SAP S/4HANA", "Jira", "Scrum"]


FRENCH_CV = """Camille Durand
Chargée de communication
06 12 34 56 78 – camille.durand@orange.fr – Lyon (69)
EXPÉRIENCES PROFESSIONNELLES
Depuis mars 2021 : Chargée de communication – Groupe SEB, Écully
- Rédaction de communiqués de presse
COMPÉTENCES
Suite Adobe (Photoshop, InDesign), Canva, WordPress
LANGUES
Anglais : courant (TOEIC 910) – Espagnol : notions
"""


def test_no_skill_runs_over_a_bracket() -> None:
    names = [s.name for s in parse_profile(FRENCH_CV).skills]
    assert not any("(" in n or ")" in n for n in names), names
    assert {"Adobe Photoshop", "Adobe InDesign", "Canva", "WordPress"} <= set(names)


def test_languages_parted_by_a_dash_keep_their_levels() -> None:
    assert parse_profile(FRENCH_CV).languages == ["Anglais (courant)", "Espagnol (notions)"]


def test_the_place_between_dashes_on_the_contact_line() -> None:
    assert parse_profile(FRENCH_CV).location == "Lyon"


def test_columns_lined_up_with_spaces_in_a_text_file_are_fields() -> None:
    text = """Jake Ryan
123-456-7890 | jake@su.edu | github.com/jake
Education
Southwestern University                                        Georgetown, TX
Bachelor of Arts in Computer Science, Minor in Business       Aug. 2018 – May 2021
Experience
Undergraduate Research Assistant                               June 2020 – Present
Texas A&M University                                           College Station, TX
• Developed a REST API using FastAPI and PostgreSQL
Projects
Gitlytics | Python, Flask, React, PostgreSQL, Docker                June 2020 – Present
• Developed a full-stack web application with Flask serving a REST API
"""
    profile = parse_profile(extract_text_sync(text.encode(), "resume.txt"))
    job = profile.experience[0]
    assert (job.company, job.location) == ("Texas A&M University", "College Station, TX")
    school = profile.education[0]
    assert (school.institution, school.location) == ("Southwestern University", "Georgetown, TX")
    # the stack beside a project's name follows what was built, not before it
    assert profile.projects[0].description == (
        "Developed a full-stack web application with Flask serving a REST API"
        " (Python, Flask, React, PostgreSQL, Docker)"
    )


def test_a_framed_line_in_a_text_file_is_no_row_of_fields() -> None:
    text = "|  DAFYDD MORGAN                                   |\n|  Registered Farrier   |\n"
    assert typed_fields(text) == text
