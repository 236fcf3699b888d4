"""Ground truth for the eleventh blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind11 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE11: tuple[Person, ...] = (
    Person(
        name="Marie-Ève Gagnon",
        headline="Occupational Therapist",
        email="me.gagnon@videotron.ca",
        phone="+1 514-555-0187",
        city="Montréal, QC",
        summary="Bilingual occupational therapist with nine years in rehabilitation and home "
        "care, focused on [functional assessment] and [return-to-work planning].",
        jobs=(
            Job(
                "Occupational Therapist",
                "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
                "Montréal",
                "Apr 2019",
                "Present",
                (
                    "Carry a caseload of 28 adults after stroke and brain injury on a "
                    "rehabilitation unit.",
                    "Run [home safety evaluations] before discharge and order grab bars, "
                    "bath boards and ramps.",
                    "Lead a weekly [upper limb rehabilitation] group with the physiatry team.",
                ),
            ),
            Job(
                "Occupational Therapist, Home Care",
                "CLSC de Rosemont",
                "Montréal",
                "Aug 2015",
                "Mar 2019",
                (
                    "Visited frail elderly clients at home and fitted [wheelchair seating] "
                    "and pressure cushions.",
                    "Trained family caregivers in safe transfers.",
                ),
            ),
        ),
        schools=(
            School(
                "Master of Science in Occupational Therapy",
                "Université de Montréal",
                "Montréal",
                "2013",
                "2015",
            ),
            School(
                "Baccalauréat en sciences biomédicales",
                "Université Laval",
                "Québec",
                "2010",
                "2013",
            ),
        ),
        skills=(
            "Activities of Daily Living",
            "Splinting",
            "Cognitive Rehabilitation",
            "Ergonomic Assessment",
        ),
        languages=(("French", "native"), ("English", "fluent"), ("Spanish", "basic")),
        certifications=("OEQ Licensed Occupational Therapist",),
        profession="occupational therapist",
    ),
    Person(
        name="Luca Bernasconi",
        headline="Freelance Translator DE/FR/IT > EN",
        email="luca@bernasconi-translations.ch",
        phone="+41 79 382 46 15",
        city="Lausanne, Switzerland",
        summary="Sworn translator into English from German, French and Italian, working on "
        "contracts, annual reports and product labels, with daily use of [SDL Trados Studio].",
        jobs=(
            Job(
                "Freelance Translator",
                "Bernasconi Translations Sàrl",
                "Lausanne",
                "Jan 2018",
                "Present",
                (
                    "Translate 40,000 words a month for banks, watchmakers and law firms.",
                    "Maintain client [terminology management] bases of over 12,000 entries.",
                    "Provide [certified translation] of court and civil-status documents.",
                ),
            ),
            Job(
                "In-house Translator",
                "Nestlé S.A.",
                "Vevey",
                "Sep 2013",
                "Dec 2017",
                (
                    "Translated corporate communications and packaging copy for 30 markets.",
                    "Ran [machine translation post-editing] of technical documentation.",
                ),
            ),
            Job(
                "Localisation Intern",
                "Swiss Federal Chancellery",
                "Bern",
                "Feb 2013",
                "Jul 2013",
                ("Proofread English versions of federal press releases.",),
            ),
        ),
        schools=(
            School(
                "Master of Arts in Translation",
                "Université de Genève",
                "Geneva",
                "2011",
                "2013",
            ),
            School(
                "Licence en langues étrangères appliquées",
                "Université Lumière Lyon 2",
                "Lyon",
                "2008",
                "2011",
            ),
        ),
        skills=("Legal Translation", "Proofreading", "Memsource", "Subtitling"),
        languages=(
            ("Italian", "native"),
            ("English", "C2"),
            ("German", "C2"),
            ("French", "C2"),
        ),
        certifications=("ASTTI Member", "Chartered Linguist (CIOL)"),
        profession="translator",
    ),
    Person(
        name="Travis O'Neill",
        headline="Corporate Security Manager",
        email="travis.oneill.sec@gmail.com",
        phone="(910) 555-0163",
        city="Raleigh, NC",
        summary="Army veteran and security manager with fifteen years protecting people and "
        "sites, strong in [physical security] and [threat assessment].",
        jobs=(
            Job(
                "Security Manager",
                "Lenovo (United States) Inc.",
                "Morrisville, NC",
                "Mar 2020",
                "Present",
                (
                    "Manage a 34-officer guard force across a three-building campus.",
                    "Designed the [access control] and CCTV upgrade for 2,400 badge holders.",
                    "Wrote the site [emergency response planning] manual and run quarterly drills.",
                ),
            ),
            Job(
                "Security Supervisor",
                "Allied Universal Security Services",
                "Durham, NC",
                "Jul 2017",
                "Feb 2020",
                (
                    "Supervised night shifts at a hospital and two data centers.",
                    "Led [incident investigation] and wrote reports for the client's legal team.",
                ),
            ),
            Job(
                "Military Police Squad Leader",
                "United States Army",
                "Fort Bragg, NC",
                "Jun 2008",
                "Aug 2016",
                (
                    "Led a squad of 12 military police soldiers on base law-enforcement patrols.",
                    "Deployed twice to Afghanistan providing [convoy security] and detainee "
                    "operations.",
                    "Trained soldiers in [use of force] and weapons qualification.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Science in Security Management",
                "American Military University",
                "Charles Town, WV",
                "2014",
                "2018",
            ),
            School(
                "Associate of Applied Science in Criminal Justice",
                "Fayetteville Technical Community College",
                "Fayetteville, NC",
                "2010",
                "2013",
            ),
        ),
        skills=(
            "Loss Prevention",
            "Risk Mitigation",
            "Guard Force Management",
            "Crisis Management",
        ),
        languages=(("English", "native"), ("Spanish", "conversational")),
        certifications=("Certified Protection Professional (CPP)", "NC Armed Guard License"),
        profession="security manager",
    ),
    Person(
        name="Funmilayo Adeyemi",
        headline="Investigative Journalist",
        email="funmi.adeyemi@protonmail.com",
        phone="+234 805 318 2276",
        city="Lagos, Nigeria",
        summary="Investigative journalist with twelve years in print and broadcast newsrooms, "
        "known for [data journalism] and [fact-checking] on public spending.",
        jobs=(
            Job(
                "Investigations Editor",
                "Premium Times Services Ltd",
                "Abuja",
                "Sep 2021",
                "Present",
                (
                    "Edit a desk of six reporters covering procurement fraud and health budgets.",
                    "Led a cross-border [investigative reporting] series with three West "
                    "African newsrooms.",
                    "Introduced a legal pre-publication review for every long-form story.",
                ),
            ),
            Job(
                "Senior Correspondent",
                "Channels Television",
                "Lagos",
                "Feb 2017",
                "Jun 2020",
                (
                    "Reported live from the National Assembly and election collation centres.",
                    "Produced two-minute packages with [video editing] in [Adobe Premiere].",
                ),
            ),
            Job(
                "Reporter",
                "The Punch Nigeria Limited",
                "Lagos",
                "Jan 2012",
                "Dec 2016",
                (
                    "Filed five news stories a week on city government and transport.",
                    "Used [freedom of information requests] to obtain state contract records.",
                ),
            ),
        ),
        schools=(
            School(
                "BA Mass Communication",
                "University of Lagos",
                "Lagos",
                "2007",
                "2011",
            ),
        ),
        skills=("News Writing", "Interviewing", "Copy Editing", "Source Verification"),
        languages=(("English", "fluent"), ("Yoruba", "native"), ("French", "A2")),
        profession="journalist",
    ),
    Person(
        name="Mateo Herrera Quispe",
        headline="Agronomist",
        email="mherrera.agro@gmail.com",
        phone="+51 987 654 312",
        city="Arequipa, Peru",
        summary="Field agronomist with ten years on export vegetable and grape farms, "
        "specialising in [soil fertility management] and [drip irrigation design].",
        jobs=(
            Job(
                "Senior Agronomist",
                "Camposol S.A.",
                "Trujillo",
                "May 2020",
                "Present",
                (
                    "Plan fertigation for 2,800 hectares of blueberries and avocados.",
                    "Cut nitrogen use by 18% with [precision agriculture] maps from drone imagery.",
                    "Train 40 field supervisors in [integrated pest management].",
                ),
            ),
            Job(
                "Field Agronomist",
                "Agrícola Cerro Prieto S.A.C.",
                "Chiclayo",
                "Mar 2016",
                "Apr 2020",
                (
                    "Ran [crop scouting] rounds and spray calendars for table grapes.",
                    "Trialled three cover-crop mixes on saline soils.",
                ),
            ),
        ),
        schools=(
            School(
                "Ingeniero Agrónomo",
                "Universidad Nacional Agraria La Molina",
                "Lima",
                "2009",
                "2014",
            ),
            School(
                "MSc Soil Science",
                "Wageningen University & Research",
                "Wageningen",
                "2014",
                "2016",
            ),
        ),
        skills=("Agronomy", "Plant Nutrition", "Soil Sampling", "GlobalG.A.P. Compliance"),
        languages=(("Spanish", "native"), ("Quechua", "intermediate"), ("English", "B2")),
        certifications=("Certified Crop Adviser (CCA)",),
        profession="agronomist",
    ),
    Person(
        name="Kwame Asante",
        headline="Pricing Actuary",
        email="kwame.asante@actuarymail.co.uk",
        phone="+44 20 7946 0831",
        city="London, United Kingdom",
        summary="Qualified actuary with eight years in general insurance pricing and reserving, "
        "fluent in [R programming] and [generalised linear models].",
        jobs=(
            Job(
                "Pricing Actuary",
                "Aviva plc",
                "London",
                "Oct 2020",
                "Present",
                (
                    "Own the motor pricing model for a GBP 1.1bn book of private car policies.",
                    "Rebuilt the claims frequency model with [gradient boosting] and lifted "
                    "the Gini score by 6 points.",
                    "Present rate changes to the underwriting committee each quarter.",
                ),
            ),
            Job(
                "Actuarial Analyst",
                "Willis Towers Watson",
                "Reigate",
                "Sep 2016",
                "Sep 2020",
                (
                    "Produced [loss reserving] triangles for 14 Lloyd's syndicates.",
                    "Ran [Solvency II] technical provisions for year-end reporting.",
                ),
            ),
        ),
        schools=(
            School(
                "MSc Actuarial Science",
                "Bayes Business School, City, University of London",
                "London",
                "2015",
                "2016",
            ),
            School(
                "BSc Mathematics (First Class)",
                "Kwame Nkrumah University of Science and Technology",
                "Kumasi",
                "2010",
                "2014",
            ),
        ),
        skills=("Stochastic Modelling", "Emblem", "Experience Analysis", "Capital Modelling"),
        languages=(("English", "fluent"), ("Twi", "native")),
        certifications=("Fellow of the Institute and Faculty of Actuaries (FIA)",),
        profession="actuary",
    ),
    Person(
        name="Emre Yıldız",
        headline="Master Barber",
        email="emre@fadeandfolio.co.uk",
        phone="0161 496 0732",
        city="Manchester, UK",
        summary="Barber with eleven years behind the chair, known for [skin fades] and "
        "traditional [hot towel shaves], now running my own shop.",
        jobs=(
            Job(
                "Owner and Master Barber",
                "Fade & Folio Barbers",
                "Manchester",
                "Feb 2022",
                "Present",
                (
                    "Opened a four-chair shop and built a book of 600 regular clients.",
                    "Handle [beard sculpting] and scissor work for walk-ins and bookings.",
                    "Hired and trained two apprentice barbers.",
                ),
            ),
            Job(
                "Senior Barber",
                "Ruffians Barbers Ltd",
                "London",
                "Jun 2017",
                "Mar 2021",
                (
                    "Cut 25 clients a day in a busy City of London shop.",
                    "Ran in-house training on [clipper over comb] technique.",
                ),
            ),
            Job(
                "Junior Barber",
                "Istanbul Kuaför Barbers",
                "Manchester",
                "Sep 2013",
                "May 2017",
                ("Learned [straight razor shaving] and ear and nose waxing.",),
            ),
        ),
        schools=(
            School(
                "VTCT Level 2 NVQ Diploma in Barbering",
                "The Manchester College",
                "Manchester",
                "2012",
                "2013",
            ),
        ),
        skills=("Classic Cuts", "Hair Colouring", "Customer Rapport", "Shop Hygiene"),
        languages=(("Turkish", "native"), ("English", "fluent")),
        profession="barber",
    ),
    Person(
        name="Wanjiku Njoroge",
        headline="Senior Procurement Officer",
        email="wanjiku.njoroge@yahoo.com",
        phone="+254 722 481 903",
        city="Nairobi, Kenya",
        summary="Procurement officer with ten years in public and private buying, experienced in "
        "[tender evaluation] and [supplier relationship management].",
        jobs=(
            Job(
                "Senior Procurement Officer",
                "Kenya Power and Lighting Company PLC",
                "Nairobi",
                "Jan 2021",
                "Present",
                (
                    "Run open tenders worth KES 2.4bn a year for meters, cables and transformers.",
                    "Enforce the [Public Procurement and Asset Disposal Act] on every award.",
                    "Cut average purchase-order cycle time from 21 to 9 days.",
                ),
            ),
            Job(
                "Procurement Officer",
                "Bidco Africa Ltd.",
                "Thika",
                "Feb 2016",
                "Oct 2019",
                (
                    "Sourced packaging and raw materials from 60 local and regional suppliers.",
                    "Negotiated annual [contract management] terms saving 7% on spend.",
                ),
            ),
            Job(
                "Procurement Assistant",
                "Safaricom PLC",
                "Nairobi",
                "Mar 2012",
                "Jan 2016",
                ("Raised purchase orders and ran [vendor onboarding] checks in [SAP Ariba].",),
            ),
        ),
        schools=(
            School(
                "Bachelor of Commerce, Purchasing and Supplies Management",
                "Jomo Kenyatta University of Agriculture and Technology",
                "Juja",
                "2008",
                "2012",
            ),
        ),
        skills=("Strategic Sourcing", "Spend Analysis", "Purchase Orders", "Inventory Control"),
        languages=(("English", "fluent"), ("Swahili", "native"), ("Kikuyu", "native")),
        certifications=("MCIPS Chartered Procurement and Supply Professional",),
        profession="procurement officer",
    ),
)
