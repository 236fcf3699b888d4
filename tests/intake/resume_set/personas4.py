"""Ground truth for the ninth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind9 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE9: tuple[Person, ...] = (
    Person(
        name="Aoife O'Sullivan",
        headline="Clinical Midwife Manager",
        email="aoife.osullivan@eircom.net",
        phone="+353 87 214 6630",
        city="Dublin, Ireland",
        summary="Registered midwife with nine years on labour wards and in community clinics, "
        "skilled in [intrapartum care] and [postnatal care].",
        jobs=(
            Job(
                "Clinical Midwife Manager",
                "The Rotunda Hospital",
                "Dublin",
                "Jun 2021",
                "Present",
                (
                    "Run a 14-bed delivery suite and roster 22 midwives across day and "
                    "night shifts.",
                    "Lead [CTG interpretation] reviews at the weekly perinatal meeting.",
                    "Introduced a water-birth pathway now chosen by one in six low-risk women.",
                ),
            ),
            Job(
                "Staff Midwife",
                "Cork University Maternity Hospital",
                "Cork",
                "Sep 2016",
                "May 2021",
                (
                    "Provided [antenatal education] classes for first-time parents.",
                    "Supported women with [breastfeeding support] on the postnatal ward.",
                ),
            ),
        ),
        schools=(
            School("BSc (Hons) Midwifery", "Trinity College Dublin", "Dublin", "2012", "2016"),
        ),
        skills=(
            "Fetal Monitoring",
            "Neonatal Resuscitation",
            "Perineal Suturing",
            "Obstetric Emergencies",
        ),
        languages=(("English", "native"), ("Irish", "good")),
        certifications=("NMBI Registered Midwife", "PROMPT Obstetric Emergency Training"),
        profession="midwife",
    ),
    Person(
        name="Gareth Pritchard",
        headline="Plumbing & Heating Engineer",
        email="gareth@pritchardplumbing.co.uk",
        phone="07700 900418",
        city="Cardiff, UK",
        summary="Gas Safe plumber with twelve years on domestic and light commercial jobs, from "
        "[boiler installation] to full [bathroom fitting].",
        jobs=(
            Job(
                "Self-Employed Plumber",
                "Pritchard Plumbing & Heating",
                "Cardiff",
                "Apr 2018",
                "Present",
                (
                    "Install and service combi and system boilers for 300 regular customers.",
                    "Carry out [leak detection] with thermal imaging before opening floors.",
                    "Quote, order materials and invoice every job myself.",
                ),
            ),
            Job(
                "Plumber",
                "Cardiff Council",
                "Cardiff",
                "Oct 2013",
                "Mar 2018",
                (
                    "Maintained heating and hot water in 1,200 council homes.",
                    "Fitted [underfloor heating] in sheltered housing refurbishments.",
                ),
            ),
            Job(
                "Apprentice Plumber",
                "J. Evans & Son Ltd.",
                "Newport",
                "Sep 2010",
                "Sep 2013",
                ("Learned [pipe fitting] in copper, plastic and steel on new-build sites.",),
            ),
        ),
        schools=(
            School(
                "NVQ Level 3 Plumbing and Domestic Heating",
                "Cardiff and Vale College",
                "Cardiff",
                "2010",
                "2013",
            ),
        ),
        skills=("Central Heating Systems", "Drainage", "Soldering", "Unvented Cylinders"),
        languages=(("English", "native"), ("Welsh", "basic")),
        certifications=("Gas Safe Registered", "WRAS Water Regulations"),
        profession="plumber",
    ),
    Person(
        name="Ana Lucía Fernández Ruiz",
        headline="Front Office Manager",
        email="analucia.fernandez@correo.es",
        phone="+34 612 48 93 07",
        city="Barcelona, Spain",
        summary="Hotel front-desk manager who keeps check-in fast and reviews high, with "
        "solid [revenue management] and [guest relations] experience.",
        jobs=(
            Job(
                "Front Office Manager",
                "Hotel Arts Barcelona",
                "Barcelona",
                "Mar 2020",
                "Present",
                (
                    "Manage a reception, concierge and night-audit team of 18 in a 483-room hotel.",
                    "Raised room [upselling] revenue by 22% with a new arrival script.",
                    "Configured [Opera PMS] rate codes for the summer season.",
                ),
            ),
            Job(
                "Guest Relations Supervisor",
                "Meliá Hotels International, S.A.",
                "Palma de Mallorca",
                "May 2016",
                "Feb 2020",
                (
                    "Handled VIP arrivals and [complaint handling] for two beach resorts.",
                    "Trained seasonal receptionists in check-in standards.",
                ),
            ),
            Job(
                "Receptionist",
                "NH Collection Madrid Eurobuilding",
                "Madrid",
                "Jul 2014",
                "Apr 2016",
                ("Ran [night audit] and [cash reconciliation] three nights a week.",),
            ),
        ),
        schools=(
            School(
                "Grado en Turismo",
                "Universitat de Barcelona",
                "Barcelona",
                "2010",
                "2014",
            ),
        ),
        skills=("Reservations", "Channel Manager", "Cash Handling", "Team Scheduling"),
        languages=(
            ("Spanish", "native"),
            ("Catalan", "native"),
            ("English", "C1"),
            ("French", "B1"),
        ),
        profession="hotel front desk",
    ),
    Person(
        name="Chukwuemeka Eze",
        headline="Senior Financial Analyst",
        email="c.eze@outlook.com",
        phone="+234 803 555 0192",
        city="Lagos, Nigeria",
        summary="Financial analyst with eight years in FMCG and banking, building the "
        "[financial modelling] and [variance analysis] behind budget decisions.",
        jobs=(
            Job(
                "Senior Financial Analyst",
                "Dangote Industries Limited",
                "Lagos",
                "Jan 2021",
                "Present",
                (
                    "Own the group's rolling 18-month [cash flow forecasting] model.",
                    "Built [Power BI] dashboards that replaced 40 monthly spreadsheets.",
                    "Evaluated a NGN 12bn plant expansion with [discounted cash flow] analysis.",
                ),
            ),
            Job(
                "Financial Analyst",
                "Stanbic IBTC Holdings PLC",
                "Lagos",
                "Aug 2017",
                "Dec 2020",
                (
                    "Prepared monthly management accounts for the retail banking division.",
                    "Automated loan-book reports with [Excel VBA].",
                ),
            ),
            Job(
                "Audit Associate",
                "KPMG Professional Services",
                "Abuja",
                "Sep 2015",
                "Jul 2017",
                ("Tested controls for oil and gas clients under [IFRS].",),
            ),
        ),
        schools=(
            School("BSc Accounting", "University of Nigeria, Nsukka", "Nsukka", "2010", "2014"),
            School("MSc Finance", "Lagos Business School", "Lagos", "2018", "2020"),
        ),
        skills=("Budgeting", "Financial Reporting", "SQL", "Scenario Analysis"),
        languages=(("English", "fluent"), ("Igbo", "native"), ("Yoruba", "conversational")),
        certifications=("CFA Charterholder",),
        profession="financial analyst",
    ),
    Person(
        name="Katharina Weiß",
        headline="Curator of Modern Art",
        email="k.weiss@kunstpost.de",
        phone="+49 30 2093 1187",
        city="Berlin, Germany",
        summary="Museum curator specialising in interwar German painting, with ten years of "
        "[exhibition curation] and [provenance research].",
        jobs=(
            Job(
                "Associate Curator",
                "Staatliche Museen zu Berlin",
                "Berlin",
                "Nov 2019",
                "Present",
                (
                    "Curated a 140-work Neue Sachlichkeit show seen by 210,000 visitors.",
                    "Negotiate [loan agreements] with lenders in eight countries.",
                    "Secured EUR 450k through [grant writing] for a catalogue raisonné.",
                ),
            ),
            Job(
                "Curatorial Assistant",
                "Museum Ludwig",
                "Cologne",
                "Mar 2016",
                "Oct 2019",
                (
                    "Wrote wall texts and catalogue entries for four exhibitions.",
                    "Maintained object records in [TMS] during a collection audit.",
                ),
            ),
        ),
        schools=(
            School(
                "Licence en Histoire de l'Art",
                "Université Paris 1 Panthéon-Sorbonne",
                "Paris",
                "2009",
                "2012",
            ),
            School("MA Museum Studies", "University College London", "London", "2013", "2015"),
        ),
        skills=("Collections Management", "Art History", "Cataloguing", "Public Speaking"),
        languages=(("German", "native"), ("French", "C1"), ("English", "C2"), ("Italian", "A2")),
        profession="museum curator",
    ),
    Person(
        name="Phạm Thu Trang",
        headline="Logistics Coordinator",
        email="trang.pham@gmail.com",
        phone="+84 90 812 3456",
        city="Ho Chi Minh City, Vietnam",
        summary="Logistics coordinator moving sea and air freight for electronics exporters, "
        "strong in [customs clearance] and [freight forwarding].",
        jobs=(
            Job(
                "Logistics Coordinator",
                "Maersk Vietnam Co., Ltd.",
                "Ho Chi Minh City",
                "Feb 2022",
                "Present",
                (
                    "Book 150 containers a month for three electronics exporters.",
                    "Track every booking with [shipment tracking] alerts and chase delays.",
                    "Check commercial invoices against [Incoterms] before shipment.",
                ),
            ),
            Job(
                "Import-Export Officer",
                "Gemadept Corporation",
                "Hai Phong",
                "Jun 2019",
                "Jan 2022",
                (
                    "Prepared customs declarations on the VNACCS system.",
                    "Reconciled carrier invoices in [SAP] every week.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Economics in International Trade",
                "Foreign Trade University",
                "Hanoi",
                "2015",
                "2019",
            ),
        ),
        skills=("Supply Chain Management", "Vendor Management", "Microsoft Excel", "Documentation"),
        languages=(("Vietnamese", "native"), ("English", "C1"), ("Japanese", "A2")),
        certifications=("FIATA Diploma in Freight Forwarding",),
        profession="logistics coordinator",
    ),
    Person(
        name="Sarah Jane Whitfield",
        headline="Speech Pathologist",
        email="sarahjane.whitfield@bigpond.com",
        phone="0412 345 678",
        city="Melbourne, VIC",
        summary="Certified speech pathologist working with children and adults on "
        "[language assessment], [stuttering treatment] and swallowing disorders.",
        jobs=(
            Job(
                "Senior Speech Pathologist",
                "The Royal Children's Hospital Melbourne",
                "Parkville",
                "Jan 2020",
                "Present",
                (
                    "Assess and treat children with cleft palate and [dysphagia management] needs.",
                    "Set up [AAC] devices for non-verbal children with their families.",
                ),
            ),
            Job(
                "Speech Therapist",
                "Talk Time Therapy Pty Ltd",
                "Geelong",
                "Feb 2016",
                "Dec 2019",
                (
                    "Ran school-based [articulation therapy] groups in six primary schools.",
                    "Wrote reports for NDIS funding reviews.",
                ),
            ),
        ),
        schools=(
            School(
                "Master of Speech Pathology",
                "La Trobe University",
                "Melbourne",
                "2014",
                "2015",
            ),
            School(
                "Bachelor of Health Sciences",
                "Monash University",
                "Melbourne",
                "2011",
                "2013",
            ),
        ),
        skills=("Voice Therapy", "Lidcombe Program", "Telehealth", "Clinical Documentation"),
        languages=(("English", "native"), ("Auslan", "basic")),
        certifications=("Certified Practising Speech Pathologist",),
        profession="speech therapist",
    ),
    Person(
        name="Luis Alberto Ramírez",
        headline="Bus Operator",
        email="luis.ramirez77@yahoo.com",
        phone="(312) 555-0187",
        city="Chicago, IL",
        summary="Bus operator with eleven years and no preventable accidents, known for "
        "[defensive driving] and calm [passenger assistance].",
        jobs=(
            Job(
                "Bus Operator",
                "Chicago Transit Authority",
                "Chicago, IL",
                "May 2017",
                "Present",
                (
                    "Drive 40-foot buses on the #9 Ashland and #66 Chicago routes.",
                    "Complete the daily [pre-trip inspection] and report defects by radio.",
                    "Deploy the [wheelchair lift] and secure mobility devices.",
                ),
            ),
            Job(
                "School Bus Driver",
                "First Student, Inc.",
                "Cicero, IL",
                "Aug 2013",
                "Apr 2017",
                (
                    "Drove 70 students a day on three routes with a perfect safety record.",
                    "Kept daily logs and planned detours with [route planning] tools.",
                ),
            ),
        ),
        schools=(
            School(
                "Associate of Applied Science in Automotive Technology",
                "Harold Washington College",
                "Chicago, IL",
                "2009",
                "2011",
            ),
        ),
        skills=(
            "Customer Service",
            "Fare Collection",
            "Vehicle Maintenance",
            "Radio Communication",
        ),
        languages=(("Spanish", "native"), ("English", "fluent")),
        certifications=("CDL Class B with Passenger Endorsement", "CPR and First Aid"),
        profession="bus driver",
    ),
)
