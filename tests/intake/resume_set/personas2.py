"""Ground truth for the seventh blind group: eight people in professions `PEOPLE` lacks.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind7 renders
them, so the other groups and the documents bench keep their sixteen people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE7: tuple[Person, ...] = (
    Person(
        name="Rebecca Ashworth-Clarke",
        headline="Senior Paralegal",
        email="rebecca.ashworth-clarke@lawmail.co.uk",
        phone="+44 20 7946 0321",
        city="London, UK",
        summary="Paralegal with seven years in commercial property and [litigation support], "
        "used to running completions from exchange to registration.",
        jobs=(
            Job(
                "Senior Paralegal",
                "Hartley & Finch LLP",
                "London",
                "Feb 2021",
                "Present",
                (
                    "Ran [document review] for a 40,000-page disclosure exercise in a "
                    "High Court dispute.",
                    "Prepared bundles and chronologies for counsel and tracked every "
                    "deadline in the firm's [case management] system.",
                    "Drafted [Land Registry] applications for a portfolio of 120 retail units.",
                ),
            ),
            Job(
                "Paralegal",
                "Morrison Legal Services Ltd",
                "Reading",
                "Sep 2017",
                "Jan 2021",
                (
                    "Carried out [legal research] on lease renewals under the 1954 Act.",
                    "Handled post-completion work, SDLT returns and client billing.",
                ),
            ),
        ),
        schools=(
            School("LLB Law", "University of Leeds", "Leeds, UK", "2013", "2016"),
            School(
                "Legal Practice Course",
                "The University of Law",
                "London, UK",
                "2016",
                "2017",
            ),
        ),
        skills=(
            "Conveyancing",
            "Contract Drafting",
            "E-Disclosure",
            "Legal Drafting",
            "Relativity",
            "Time Recording",
        ),
        languages=(("English", "native"), ("French", "B2")),
        certifications=("CILEx Level 3 Diploma in Law and Practice",),
        profession="paralegal",
    ),
    Person(
        name="Pieter van der Berg",
        headline="Product Designer (UX)",
        email="pieter@vanderberg.design",
        phone="+31 6 1234 5678",
        city="Amsterdam, Netherlands",
        summary="UX designer who turns messy checkout flows into simple ones, backed by "
        "[usability testing] and clear [design systems].",
        jobs=(
            Job(
                "Senior UX Designer",
                "Mollie B.V.",
                "Amsterdam",
                "Apr 2022",
                "Present",
                (
                    "Redesigned the merchant onboarding flow; completion rose from 61% to 78%.",
                    "Led [user research] with 30 merchants across four countries.",
                    "Maintained the Figma component library shared by six product teams.",
                ),
            ),
            Job(
                "UX Designer",
                "Framer Inc.",
                "Amsterdam",
                "Jan 2019",
                "Mar 2022",
                (
                    "Built interactive [prototyping] kits for the templates marketplace.",
                    "Ran A/B experiments on the pricing page with the growth team.",
                ),
            ),
            Job(
                "Junior Interaction Designer",
                "Studio Noord",
                "Utrecht",
                "Aug 2017",
                "Dec 2018",
                ("Produced [wireframing] and clickable mock-ups for museum websites.",),
            ),
        ),
        schools=(
            School(
                "BA Communication and Multimedia Design",
                "Amsterdam University of Applied Sciences",
                "Amsterdam",
                "2013",
                "2017",
            ),
        ),
        skills=("Figma", "Interaction Design", "Information Architecture", "Accessibility"),
        languages=(("Dutch", "native"), ("English", "C2"), ("German", "B1")),
        certifications=("Google UX Design Certificate",),
        profession="ux designer",
    ),
    Person(
        name="Nomvula Dlamini",
        headline="Social Worker",
        email="nomvula.dlamini@webmail.co.za",
        phone="+27 82 555 0143",
        city="Johannesburg, South Africa",
        summary="Registered social worker with six years in child protection and family "
        "services in Gauteng.",
        jobs=(
            Job(
                "Child Protection Social Worker",
                "Child Welfare South Africa",
                "Johannesburg",
                "Mar 2020",
                "Present",
                (
                    "Carry a caseload of 45 families and write court reports for the "
                    "Children's Court.",
                    "Use [motivational interviewing] with parents working towards reunification.",
                    "Lead [risk assessment] visits together with SAPS and school staff.",
                ),
            ),
            Job(
                "Social Worker",
                "Gauteng Department of Social Development",
                "Pretoria",
                "Feb 2018",
                "Feb 2020",
                (
                    "Provided [crisis intervention] after domestic violence referrals.",
                    "Ran weekly support groups for caregivers of children with disabilities.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Social Work",
                "University of the Witwatersrand",
                "Johannesburg",
                "2014",
                "2017",
            ),
        ),
        skills=(
            "Case Management",
            "Safeguarding",
            "Report Writing",
            "Family Mediation",
            "Trauma-Informed Care",
        ),
        languages=(("Zulu", "native"), ("English", "fluent"), ("Afrikaans", "conversational")),
        certifications=("SACSSP Registered Social Worker",),
        profession="social worker",
    ),
    Person(
        name="Connor McAllister",
        headline="Construction Site Supervisor",
        email="connor.mcallister@sitemail.co.uk",
        phone="07700 900123",
        city="Manchester, UK",
        summary="Site supervisor with ten years on residential and commercial builds, from "
        "groundworks to handover.",
        jobs=(
            Job(
                "Site Supervisor",
                "Balfour Beatty",
                "Manchester",
                "May 2019",
                "Present",
                (
                    "Supervise up to 60 operatives on a 14-storey residential scheme.",
                    "Run daily toolbox talks and [site safety] inspections; zero RIDDOR "
                    "incidents in 2023.",
                    "Coordinate subcontractors against the [programme management] plan.",
                ),
            ),
            Job(
                "Assistant Site Manager",
                "McAllister & Sons Construction Ltd",
                "Bolton",
                "Jun 2015",
                "Apr 2019",
                (
                    "Set out foundations and checked levels with a [dumpy level].",
                    "Ordered materials and kept the site diary up to date.",
                ),
            ),
            Job(
                "Scaffolder",
                "Northern Access Scaffolding Ltd",
                "Salford",
                "Sep 2012",
                "May 2015",
                ("Erected and inspected tube-and-fitting scaffolds on commercial sites.",),
            ),
        ),
        schools=(
            School(
                "HNC Construction Management",
                "Manchester College",
                "Manchester, UK",
                "2016",
                "2018",
            ),
        ),
        skills=("Health and Safety", "Setting Out", "Quality Control", "Subcontractor Management"),
        languages=(("English", "native"),),
        certifications=("CSCS Card", "SMSTS", "IPAF", "First Aid at Work"),
        profession="construction",
    ),
    Person(
        name="Ingrid Johansson",
        headline="Physiotherapist",
        email="ingrid.johansson@fysio.se",
        phone="+46 70 123 45 67",
        city="Gothenburg, Sweden",
        summary="Licensed physiotherapist working with sports injuries and post-operative "
        "[rehabilitation].",
        jobs=(
            Job(
                "Physiotherapist",
                "Sahlgrenska University Hospital",
                "Gothenburg",
                "Aug 2020",
                "Present",
                (
                    "Treat orthopaedic in-patients after hip and knee replacement.",
                    "Plan [exercise prescription] programmes and teach patients to use them "
                    "at home.",
                ),
            ),
            Job(
                "Sports Physiotherapist",
                "FysioKliniken AB",
                "Malmö",
                "Jan 2017",
                "Jul 2020",
                (
                    "Assessed runners with [gait analysis] on a treadmill camera rig.",
                    "Used [manual therapy] and taping for football club players.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Science in Physiotherapy",
                "Lund University",
                "Lund",
                "2013",
                "2016",
            ),
        ),
        skills=("Musculoskeletal Assessment", "Sports Rehabilitation", "Dry Needling", "Pilates"),
        languages=(("Swedish", "native"), ("English", "fluent"), ("Norwegian", "good")),
        certifications=("Swedish Physiotherapist Licence (Socialstyrelsen)",),
        profession="physiotherapist",
    ),
    Person(
        name="Felix Wagner",
        headline="Project Manager, Rail Infrastructure",
        email="felix.wagner@projektpost.de",
        phone="+49 89 2180 4417",
        city="Munich, Germany",
        summary="Project manager delivering signalling and station upgrades on time, with "
        "strong [stakeholder management] and [risk management].",
        jobs=(
            Job(
                "Project Manager",
                "Siemens Mobility GmbH",
                "Munich",
                "Jul 2019",
                "Present",
                (
                    "Deliver a EUR 35m interlocking upgrade across eleven stations.",
                    "Own the [MS Project] schedule and report progress to Deutsche Bahn monthly.",
                    "Cut change-order costs 18% with a stricter [budgeting] review.",
                ),
            ),
            Job(
                "Assistant Project Manager",
                "Wagner & Huber Bau GmbH",
                "Augsburg",
                "Oct 2015",
                "Jun 2019",
                ("Planned works for two platform extensions and coordinated night possessions.",),
            ),
        ),
        schools=(
            School(
                "M.Sc. Civil Engineering",
                "Technical University of Munich",
                "Munich",
                "2013",
                "2015",
            ),
            School(
                "B.Eng. Civil Engineering",
                "Augsburg University of Applied Sciences",
                "Augsburg",
                "2009",
                "2013",
            ),
        ),
        skills=("Project Planning", "Contract Management", "Scheduling", "SAP", "Agile"),
        languages=(("German", "native"), ("English", "C1"), ("Italian", "A2")),
        certifications=("PMP", "PRINCE2 Practitioner"),
        profession="project manager",
    ),
    Person(
        name="Chloé Tremblay",
        headline="Veterinary Technician",
        email="chloe.tremblay@vetmail.ca",
        phone="514-555-0176",
        city="Montreal, QC",
        summary="Registered veterinary technician with five years in small-animal emergency "
        "and surgery.",
        jobs=(
            Job(
                "Veterinary Technician",
                "Hôpital Vétérinaire Rive-Sud Inc.",
                "Longueuil, QC",
                "Jun 2021",
                "Present",
                (
                    "Monitor [anaesthesia] for up to eight surgeries a day.",
                    "Take and develop [radiography] and assist with ultrasound.",
                    "Triage walk-in emergencies and keep owners informed.",
                ),
            ),
            Job(
                "Animal Health Technician",
                "Banfield Pet Hospital",
                "Ottawa, ON",
                "May 2019",
                "May 2021",
                (
                    "Performed [dental prophylaxis] and [phlebotomy] on dogs and cats.",
                    "Restocked the pharmacy and logged controlled drugs.",
                ),
            ),
        ),
        schools=(
            School(
                "DEC in Animal Health Technology",
                "Cégep de Saint-Hyacinthe",
                "Saint-Hyacinthe, QC",
                "2016",
                "2019",
            ),
        ),
        skills=("Animal Handling", "Surgical Assistance", "Laboratory Testing", "Client Care"),
        languages=(("French", "native"), ("English", "fluent"), ("Spanish", "basic")),
        certifications=("Registered Veterinary Technician (RVT)", "Fear Free Certified"),
        profession="veterinary technician",
    ),
    Person(
        name="Marcus Johnson",
        headline="Flight Attendant",
        email="marcus.johnson@skymail.com",
        phone="(404) 555-0137",
        city="Atlanta, GA",
        summary="Flight attendant with six years on domestic and long-haul routes and a "
        "calm hand in [emergency procedures].",
        jobs=(
            Job(
                "Flight Attendant",
                "Delta Air Lines, Inc.",
                "Atlanta, GA",
                "Mar 2020",
                "Present",
                (
                    "Deliver premium cabin [in-flight service] on transatlantic routes.",
                    "Lead the safety demonstration and cabin checks as purser on 757 flights.",
                ),
            ),
            Job(
                "Flight Attendant",
                "ExpressJet Airlines",
                "Houston, TX",
                "Jan 2018",
                "Feb 2020",
                ("Handled boarding, [passenger safety] briefings and service on regional jets.",),
            ),
            Job(
                "Guest Services Agent",
                "Hilton Atlanta Airport",
                "Atlanta, GA",
                "Jun 2015",
                "Dec 2017",
                ("Checked in 200 guests a day and resolved complaints at the front desk.",),
            ),
        ),
        schools=(
            School(
                "Associate of Arts in Hospitality Management",
                "Georgia State University",
                "Atlanta, GA",
                "2013",
                "2015",
            ),
        ),
        skills=("Customer Service", "First Aid", "CPR", "Conflict Resolution", "Cash Handling"),
        languages=(("English", "native"), ("Spanish", "intermediate"), ("Portuguese", "basic")),
        certifications=("FAA Certificate of Demonstrated Proficiency",),
        profession="flight attendant",
    ),
)

# one line under each employer in the executive DOCX ("A 200-bed regional hospital")
ABOUT: dict[str, str] = {
    "Hartley & Finch LLP": "A 90-lawyer commercial firm in the City",
    "Morrison Legal Services Ltd": "A regional conveyancing practice with four offices",
    "Mollie B.V.": "A payments company serving 130,000 European merchants",
    "Framer Inc.": "A website builder used by designers in 150 countries",
    "Studio Noord": "A twelve-person digital agency for cultural clients",
    "Child Welfare South Africa": "A national non-profit for children at risk",
    "Gauteng Department of Social Development": "The provincial social services department",
    "Balfour Beatty": "An infrastructure group with 26,000 employees",
    "McAllister & Sons Construction Ltd": "A family building contractor in the North West",
    "Northern Access Scaffolding Ltd": "A scaffolding contractor for commercial sites",
    "Sahlgrenska University Hospital": "A 2,000-bed university hospital",
    "FysioKliniken AB": "A private sports physiotherapy clinic",
    "Siemens Mobility GmbH": "A rail signalling and rolling stock manufacturer",
    "Wagner & Huber Bau GmbH": "A mid-sized civil engineering contractor",
    "Hôpital Vétérinaire Rive-Sud Inc.": "A 24-hour small-animal referral hospital",
    "Banfield Pet Hospital": "A chain of 1,000 general veterinary practices",
    "Delta Air Lines, Inc.": "A major US airline with a hub in Atlanta",
    "ExpressJet Airlines": "A regional airline flying for United Express",
    "Hilton Atlanta Airport": "A 500-room airport hotel",
}

# "Career Highlights" of the executive DOCX, written as the person would
HIGHLIGHTS: dict[str, tuple[str, ...]] = {
    "Rebecca Ashworth-Clarke": (
        "Supported a GBP 60m property portfolio sale from heads of terms to completion.",
        "Trained four trainee paralegals in disclosure and bundling.",
    ),
    "Pieter van der Berg": (
        "Raised onboarding completion by 17 points at a European payments company.",
        "Built a design system used by six product teams.",
    ),
    "Nomvula Dlamini": (
        "Reunified 38 children with their families in four years.",
        "Set up a caregiver support group that still meets weekly.",
    ),
    "Connor McAllister": (
        "Delivered a 14-storey residential block two weeks early.",
        "Zero reportable accidents across three consecutive years.",
    ),
    "Ingrid Johansson": (
        "Cut average length of stay after knee replacement by one day.",
        "Physiotherapist to a second-division football club for three seasons.",
    ),
    "Felix Wagner": (
        "Delivered a EUR 35m signalling upgrade within budget.",
        "Cut change-order costs by 18%.",
    ),
    "Chloé Tremblay": (
        "Assisted in over 1,500 surgeries under general anaesthesia.",
        "Trained three new technicians in emergency triage.",
    ),
    "Marcus Johnson": (
        "Purser on transatlantic flights with crews of twelve.",
        "Commended twice for handling in-flight medical emergencies.",
    ),
}
