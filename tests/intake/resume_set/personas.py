"""Ground truth for the generated resumes: people in many professions, written as data.

Skill labels: every item of a person's skills list, plus each phrase written in [brackets] in a
summary or bullet (the brackets are removed when the resume is rendered). A phrase in brackets
is one the text really claims as a skill; nothing else in the text is a skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    role: str
    employer: str
    city: str
    start: str
    end: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class School:
    degree: str
    school: str
    city: str
    start: str
    end: str


@dataclass(frozen=True)
class Person:
    name: str
    headline: str
    email: str
    phone: str
    city: str
    summary: str
    jobs: tuple[Job, ...]
    schools: tuple[School, ...]
    skills: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]  # (language, level)
    certifications: tuple[str, ...] = ()
    profession: str = ""
    links: tuple[str, ...] = field(default=())

    def bracketed(self) -> list[str]:
        """Skills the summary and bullets name in [brackets]."""
        texts = [self.summary, *(b for job in self.jobs for b in job.bullets)]
        return [m for text in texts for m in re.findall(r"\[([^\]]+)\]", text)]


def plain(text: str) -> str:
    """The text as rendered: brackets removed."""
    return text.replace("[", "").replace("]", "")


PEOPLE: tuple[Person, ...] = (
    Person(
        name="Maria Gonzalez",
        headline="Registered Nurse",
        email="maria.gonzalez@mailbox.org",
        phone="+1 (617) 555-0142",
        city="Boston, MA",
        summary="Registered nurse with eight years on busy medical and surgical wards.",
        jobs=(
            Job(
                "Charge Nurse",
                "Massachusetts General Hospital",
                "Boston, MA",
                "Mar 2019",
                "Present",
                (
                    "Led a team of twelve nurses on a 32-bed surgical ward and planned daily "
                    "staffing around admissions and discharges.",
                    "Performed [wound care] and [medication administration] for post-operative "
                    "patients.",
                    "Trained new graduates in [infection control] procedures.",
                ),
            ),
            Job(
                "Staff Nurse",
                "Tufts Medical Center",
                "Boston, MA",
                "Jun 2015",
                "Feb 2019",
                (
                    "Monitored [vital signs] and escalated deteriorating patients to the "
                    "rapid response team.",
                    "Documented care in [Epic] and kept charts complete for audits.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Science in Nursing",
                "University of Massachusetts Boston",
                "Boston, MA",
                "2011",
                "2015",
            ),
        ),
        skills=("Patient Care", "Triage", "IV Therapy", "Care Planning", "Patient Education"),
        languages=(("English", "native"), ("Spanish", "fluent")),
        certifications=("BLS Certification, American Heart Association", "ACLS Provider"),
        profession="nurse",
    ),
    Person(
        name="Daniel Okafor",
        headline="Warehouse Associate",
        email="d.okafor@postbox.net",
        phone="(312) 555-0188",
        city="Chicago, IL",
        summary="Reliable warehouse associate with five years in fulfilment centres.",
        jobs=(
            Job(
                "Warehouse Associate",
                "Midwest Distribution Co.",
                "Joliet, IL",
                "Apr 2021",
                "Present",
                (
                    "Handled [picking], [packing] and [shipping] of up to 300 orders per shift "
                    "with a 99.8% accuracy rate.",
                    "Ran weekly [5S] audits that cut time lost searching for tools.",
                    "Operated reach trucks and pallet jacks safely in narrow aisles.",
                ),
            ),
            Job(
                "Order Picker",
                "Lakeside Foods",
                "Chicago, IL",
                "Jan 2018",
                "Mar 2021",
                (
                    "Picked chilled and frozen orders using RF scanners.",
                    "Helped with [inventory management] during quarterly stock counts.",
                ),
            ),
        ),
        schools=(
            School(
                "High School Diploma", "Lincoln Park High School", "Chicago, IL", "2013", "2017"
            ),
        ),
        skills=("Forklift Operation", "Order Fulfillment", "Shipping and Receiving", "Teamwork"),
        languages=(("English", "fluent"), ("Yoruba", "native")),
        certifications=("OSHA 10-Hour General Industry",),
        profession="warehouse",
    ),
    Person(
        name="Sophie Laurent",
        headline="Sous Chef",
        email="sophie.laurent@cuisine.fr",
        phone="+33 6 12 34 56 78",
        city="Lyon, France",
        summary="Sous chef trained in classic French cuisine and seasonal menus.",
        jobs=(
            Job(
                "Sous Chef",
                "Brasserie Georges",
                "Lyon",
                "Sep 2020",
                "Present",
                (
                    "Ran the kitchen brigade of nine cooks during service for 250 covers a night.",
                    "Wrote seasonal menus with the head chef and costed every dish.",
                    "Kept [food safety] records ready for inspections.",
                ),
            ),
            Job(
                "Chef de Partie",
                "Le Bistrot du Port",
                "Marseille",
                "Jun 2016",
                "Aug 2020",
                (
                    "Managed the fish and sauce sections and trained two commis cooks.",
                    "Prepared [pastry] for weekend brunch service.",
                ),
            ),
        ),
        schools=(
            School("Diploma in Culinary Arts", "Institut Paul Bocuse", "Ecully", "2013", "2016"),
        ),
        skills=("Menu Planning", "Kitchen Management", "HACCP", "Food Preparation", "Catering"),
        languages=(("French", "native"), ("English", "fluent"), ("Italian", "intermediate")),
        certifications=("ServSafe Manager",),
        profession="chef",
    ),
    Person(
        name="James O'Connor",
        headline="Primary School Teacher",
        email="james.oconnor@schoolmail.ie",
        phone="+353 87 555 0199",
        city="Dublin, Ireland",
        summary="Primary teacher who builds calm, curious classrooms.",
        jobs=(
            Job(
                "Class Teacher",
                "St. Patrick's National School",
                "Dublin",
                "Sep 2018",
                "Present",
                (
                    "Taught a class of 28 pupils across the full primary curriculum and "
                    "planned weekly lessons with the year-group team.",
                    "Introduced [Google Classroom] for homework and parent updates.",
                    "Coordinated the school's reading recovery programme for struggling readers.",
                ),
            ),
            Job(
                "Substitute Teacher",
                "Dublin City Schools",
                "Dublin",
                "Sep 2016",
                "Jun 2018",
                ("Covered classes from junior infants to sixth class at short notice.",),
            ),
        ),
        schools=(
            School(
                "Bachelor of Education", "Marino Institute of Education", "Dublin", "2012", "2016"
            ),
        ),
        skills=(
            "Lesson Planning",
            "Classroom Management",
            "Differentiated Instruction",
            "Special Education",
        ),
        languages=(("English", "native"), ("Irish", "fluent")),
        certifications=("Garda Vetting",),
        profession="teacher",
    ),
    Person(
        name="Priya Raman",
        headline="Senior Accountant",
        email="priya.raman@ledger.co.uk",
        phone="+44 20 7946 0321",
        city="London, United Kingdom",
        summary="Chartered accountant with seven years in audit and industry.",
        jobs=(
            Job(
                "Senior Accountant",
                "Harbour Logistics Ltd",
                "London",
                "Feb 2020",
                "Present",
                (
                    "Owned the [month-end close] for three entities and cut it from ten days "
                    "to six.",
                    "Prepared statutory accounts under [IFRS] for the group auditors.",
                    "Built [variance analysis] reports for the finance director.",
                ),
            ),
            Job(
                "Audit Associate",
                "Grant & Whitfield LLP",
                "Manchester",
                "Sep 2016",
                "Jan 2020",
                (
                    "Audited retail and manufacturing clients with revenues up to 200 million "
                    "pounds.",
                    "Tested controls over [accounts payable] and [payroll].",
                ),
            ),
        ),
        schools=(
            School(
                "BSc Accounting and Finance",
                "University of Manchester",
                "Manchester",
                "2013",
                "2016",
            ),
        ),
        skills=("Financial Reporting", "Reconciliation", "Excel", "SAP", "Budgeting"),
        languages=(("English", "fluent"), ("Tamil", "native"), ("Hindi", "conversational")),
        certifications=("ACCA Chartered Certified Accountant",),
        profession="accountant",
    ),
    Person(
        name="Tomasz Nowak",
        headline="Licensed Electrician",
        email="tomasz.nowak@sparkmail.com",
        phone="+48 601 234 567",
        city="Krakow, Poland",
        summary="Electrician for residential and commercial fit-outs.",
        jobs=(
            Job(
                "Electrician",
                "Elektro-Serwis",
                "Krakow",
                "May 2017",
                "Present",
                (
                    "Installed and tested lighting, sockets and distribution boards in new "
                    "office buildings.",
                    "Read drawings and planned cable routes with the site foreman.",
                    "Carried out [preventive maintenance] on backup generators.",
                ),
            ),
            Job(
                "Apprentice Electrician",
                "BudMont",
                "Tarnow",
                "Sep 2013",
                "Apr 2017",
                ("Assisted with [electrical wiring] of family houses and small workshops.",),
            ),
        ),
        schools=(
            School(
                "Technician Diploma in Electrical Engineering",
                "Technical School No. 2",
                "Tarnow",
                "2009",
                "2013",
            ),
        ),
        skills=("Troubleshooting", "Blueprint Reading", "Power Tools", "Health and Safety"),
        languages=(("Polish", "native"), ("English", "B2"), ("German", "A2")),
        certifications=("SEP Electrical Qualification Certificate",),
        profession="electrician",
    ),
    Person(
        name="Aisha Bello",
        headline="Software Engineer",
        email="aisha.bello@devmail.io",
        phone="+234 803 555 0123",
        city="Lagos, Nigeria",
        summary="Backend engineer who likes simple systems and good tests.",
        jobs=(
            Job(
                "Backend Engineer",
                "Paystack",
                "Lagos",
                "Jan 2021",
                "Present",
                (
                    "Built payment reconciliation services in [Python] and [PostgreSQL] that "
                    "process two million records a day.",
                    "Moved deployments to [Kubernetes] and cut release time by half.",
                ),
            ),
            Job(
                "Software Developer",
                "Andela",
                "Lagos",
                "Jul 2018",
                "Dec 2020",
                (
                    "Wrote [REST APIs] for partner companies in Europe and the United States.",
                    "Reviewed pull requests and mentored two junior developers.",
                ),
            ),
        ),
        schools=(School("BSc Computer Science", "University of Lagos", "Lagos", "2014", "2018"),),
        skills=("Python", "Django", "Docker", "Git", "Linux", "SQL"),
        languages=(("English", "fluent"), ("Hausa", "native")),
        certifications=("AWS Certified Developer Associate",),
        profession="software",
    ),
    Person(
        name="Liam Turner",
        headline="Retail Sales Associate",
        email="liam.turner@shopmail.com",
        phone="+61 412 555 019",
        city="Melbourne, Australia",
        summary="Friendly sales associate with a record of beating targets.",
        jobs=(
            Job(
                "Sales Associate",
                "JB Hi-Fi",
                "Melbourne",
                "Nov 2019",
                "Present",
                (
                    "Advised customers on laptops and phones and reached 120% of the monthly "
                    "target six months in a row.",
                    "Handled [cash handling] and end-of-day till counts.",
                ),
            ),
            Job(
                "Customer Assistant",
                "Woolworths",
                "Geelong",
                "Feb 2017",
                "Oct 2019",
                (
                    "Restocked shelves and kept the fresh produce area tidy.",
                    "Resolved customer complaints at the service desk.",
                ),
            ),
        ),
        schools=(
            School("Certificate III in Retail", "Box Hill Institute", "Melbourne", "2016", "2017"),
        ),
        skills=("Customer Service", "Visual Merchandising", "POS Systems", "Upselling"),
        languages=(("English", "native"),),
        profession="retail",
    ),
    Person(
        name="Hannah Schmidt",
        headline="Marketing Manager",
        email="hannah.schmidt@brandpost.de",
        phone="+49 30 5550 1234",
        city="Berlin, Germany",
        summary="Marketing manager for consumer brands and online shops.",
        jobs=(
            Job(
                "Marketing Manager",
                "Zalando",
                "Berlin",
                "Apr 2020",
                "Present",
                (
                    "Planned and ran [email marketing] campaigns for 4 million subscribers.",
                    "Managed a budget of 2 million euros across paid search and social channels.",
                    "Worked with the data team on [A/B testing] of landing pages.",
                ),
            ),
            Job(
                "Marketing Specialist",
                "Henkel",
                "Dusseldorf",
                "Oct 2016",
                "Mar 2020",
                ("Launched three hair care products in Germany and Austria.",),
            ),
        ),
        schools=(
            School(
                "Master of Arts in Marketing",
                "Humboldt University of Berlin",
                "Berlin",
                "2014",
                "2016",
            ),
            School(
                "Bachelor of Arts in Business Administration",
                "University of Cologne",
                "Cologne",
                "2011",
                "2014",
            ),
        ),
        skills=(
            "Digital Marketing",
            "SEO",
            "Google Analytics",
            "Brand Management",
            "Market Research",
        ),
        languages=(("German", "native"), ("English", "C1"), ("French", "B1")),
        profession="marketing",
    ),
    Person(
        name="Carlos Mendes",
        headline="Truck Driver",
        email="carlos.mendes@roadmail.com",
        phone="(469) 555-0177",
        city="Dallas, TX",
        summary="Class A driver with a clean record and 600,000 safe miles.",
        jobs=(
            Job(
                "Long Haul Driver",
                "Werner Enterprises",
                "Dallas, TX",
                "Aug 2018",
                "Present",
                (
                    "Delivered dry and refrigerated freight across 22 states on schedule.",
                    "Completed pre-trip and post-trip inspections and kept electronic logs.",
                ),
            ),
            Job(
                "Delivery Driver",
                "Sysco",
                "Fort Worth, TX",
                "Mar 2015",
                "Jul 2018",
                (
                    "Planned daily [route planning] for 18 restaurant stops.",
                    "Unloaded orders with a hand truck and collected signatures.",
                ),
            ),
        ),
        schools=(
            School(
                "Commercial Driver License Program", "Dallas College", "Dallas, TX", "2014", "2015"
            ),
        ),
        skills=("Commercial Driving", "Fleet Management", "Freight", "Time Management"),
        languages=(("English", "fluent"), ("Portuguese", "native"), ("Spanish", "conversational")),
        certifications=("CDL Class A", "HazMat Endorsement"),
        profession="driver",
    ),
    Person(
        name="Emily Zhang",
        headline="Administrative Assistant",
        email="emily.zhang@officemail.ca",
        phone="+1 416 555 0135",
        city="Toronto, Canada",
        summary="Organised assistant who keeps busy offices running.",
        jobs=(
            Job(
                "Executive Assistant",
                "Royal Bank of Canada",
                "Toronto",
                "Jun 2019",
                "Present",
                (
                    "Managed calendars, travel and expenses for two vice presidents.",
                    "Took minutes at board meetings and tracked actions to completion.",
                    "Organised [data entry] for the quarterly client survey.",
                ),
            ),
            Job(
                "Receptionist",
                "Osler Law",
                "Toronto",
                "Sep 2016",
                "May 2019",
                ("Greeted clients, answered a busy switchboard and booked meeting rooms.",),
            ),
        ),
        schools=(
            School(
                "Diploma in Office Administration",
                "George Brown College",
                "Toronto",
                "2014",
                "2016",
            ),
        ),
        skills=(
            "Microsoft Office",
            "Calendar Management",
            "Scheduling",
            "Record Keeping",
            "Outlook",
        ),
        languages=(("English", "fluent"), ("Mandarin", "native"), ("French", "basic")),
        profession="administration",
    ),
    Person(
        name="Oliver Brown",
        headline="Automotive Technician",
        email="oliver.brown@garagemail.co.uk",
        phone="07700 900123",
        city="Leeds, United Kingdom",
        summary="Qualified technician for cars and light vans.",
        jobs=(
            Job(
                "Vehicle Technician",
                "Arnold Clark",
                "Leeds",
                "Jan 2019",
                "Present",
                (
                    "Diagnosed engine and electrical faults with manufacturer tools.",
                    "Carried out MOT repairs and servicing on 25 vehicles a week.",
                ),
            ),
            Job(
                "Apprentice Mechanic",
                "Kwik Fit",
                "Bradford",
                "Sep 2015",
                "Dec 2018",
                ("Fitted tyres, brakes and exhausts under supervision.",),
            ),
        ),
        schools=(
            School(
                "Level 3 Diploma in Light Vehicle Maintenance",
                "Leeds City College",
                "Leeds",
                "2015",
                "2018",
            ),
        ),
        skills=(
            "Automotive Repair",
            "Troubleshooting",
            "Equipment Maintenance",
            "Customer Service",
        ),
        languages=(("English", "native"),),
        certifications=("IMI Accreditation",),
        profession="mechanic",
    ),
    Person(
        name="Fatima Haddad",
        headline="Clinical Pharmacist",
        email="fatima.haddad@pharmamail.ae",
        phone="+971 50 555 0147",
        city="Dubai, UAE",
        summary="Clinical pharmacist focused on safe prescribing in hospitals.",
        jobs=(
            Job(
                "Clinical Pharmacist",
                "Rashid Hospital",
                "Dubai",
                "Feb 2018",
                "Present",
                (
                    "Reviewed prescriptions for 60 inpatients a day and advised doctors on "
                    "dosing and interactions.",
                    "Taught [patient education] sessions for patients starting anticoagulants.",
                ),
            ),
            Job(
                "Pharmacist",
                "Aster Pharmacy",
                "Sharjah",
                "Jul 2015",
                "Jan 2018",
                ("Dispensed prescriptions and ran the [diabetes management] clinic.",),
            ),
        ),
        schools=(
            School(
                "Doctor of Pharmacy",
                "American University of Beirut",
                "Beirut, Lebanon",
                "2009",
                "2015",
            ),
        ),
        skills=(
            "Pharmacology",
            "Medication Administration",
            "Clinical Documentation",
            "Compliance",
        ),
        languages=(("Arabic", "native"), ("English", "fluent"), ("French", "intermediate")),
        certifications=("DHA Pharmacist License",),
        profession="pharmacist",
    ),
    Person(
        name="Noah Williams",
        headline="Barista",
        email="noah.williams@cafemail.com",
        phone="(503) 555-0164",
        city="Portland, OR",
        summary="Barista and shift lead in busy specialty coffee shops.",
        jobs=(
            Job(
                "Shift Lead",
                "Stumptown Coffee Roasters",
                "Portland, OR",
                "May 2021",
                "Present",
                (
                    "Opened the store, set the espresso grinders and led a team of four.",
                    "Trained new baristas on milk texturing and latte art.",
                ),
            ),
            Job(
                "Barista",
                "Starbucks",
                "Salem, OR",
                "Jun 2018",
                "Apr 2021",
                ("Served up to 400 drinks a morning with [cash handling] at the register.",),
            ),
        ),
        schools=(
            School(
                "Associate of Arts", "Portland Community College", "Portland, OR", "2016", "2018"
            ),
        ),
        skills=("Customer Service", "Food Safety", "POS Systems", "Teamwork"),
        languages=(("English", "native"), ("Japanese", "basic")),
        certifications=("Oregon Food Handler Card",),
        profession="hospitality",
    ),
    Person(
        name="Grace Kim",
        headline="HR Recruiter",
        email="grace.kim@talentmail.com",
        phone="+82 10 5555 0172",
        city="Seoul, South Korea",
        summary="Recruiter for engineering and sales teams in fast-growing companies.",
        jobs=(
            Job(
                "Talent Acquisition Partner",
                "Coupang",
                "Seoul",
                "Mar 2020",
                "Present",
                (
                    "Hired 45 engineers a year from sourcing to offer.",
                    "Ran structured [interviewing] training for hiring managers.",
                ),
            ),
            Job(
                "HR Coordinator",
                "Samsung SDS",
                "Seoul",
                "Jan 2017",
                "Feb 2020",
                ("Managed [onboarding] for new hires and kept employee files up to date.",),
            ),
        ),
        schools=(
            School(
                "Bachelor of Business Administration", "Yonsei University", "Seoul", "2012", "2016"
            ),
        ),
        skills=("Recruitment", "Talent Acquisition", "Employee Relations", "HRIS", "Workday"),
        languages=(("Korean", "native"), ("English", "fluent")),
        certifications=("SHRM Certified Professional",),
        profession="recruiter",
    ),
    Person(
        name="Lucas Rossi",
        headline="Data Analyst",
        email="lucas.rossi@datamail.it",
        phone="+39 347 555 0190",
        city="Milan, Italy",
        summary="Data analyst who turns sales data into clear dashboards.",
        jobs=(
            Job(
                "Data Analyst",
                "Luxottica",
                "Milan",
                "Jan 2020",
                "Present",
                (
                    "Built [Power BI] dashboards used by 80 store managers every week.",
                    "Wrote [SQL] queries over 300 million sales records.",
                ),
            ),
            Job(
                "Junior Analyst",
                "UniCredit",
                "Turin",
                "Sep 2017",
                "Dec 2019",
                ("Cleaned and joined customer data for the credit risk team.",),
            ),
        ),
        schools=(School("MSc Data Science", "Politecnico di Milano", "Milan", "2015", "2017"),),
        skills=("Data Analysis", "Python", "Tableau", "Statistics", "Excel"),
        languages=(("Italian", "native"), ("English", "C1"), ("Spanish", "B1")),
        profession="data",
    ),
)
