"""Ground truth for the thirteenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind13 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE13: tuple[Person, ...] = (
    Person(
        name="Siobhán O'Callaghan",
        headline="Air Traffic Controller (Area Radar)",
        email="siobhan.ocallaghan@eircom.net",
        phone="+353 87 214 6630",
        city="Ennis, Co. Clare, Ireland",
        summary="Licensed area controller with eleven years separating North Atlantic and "
        "domestic traffic, calm under pressure and fluent in [standard ICAO phraseology].",
        jobs=(
            Job(
                "Area Controller",
                "AirNav Ireland",
                "Shannon",
                "Feb 2017",
                "Present",
                (
                    "Control en-route traffic entering the oceanic boundary, up to 40 "
                    "aircraft an hour at the morning peak.",
                    "Apply [radar vectoring] and [vertical separation] to resolve conflicts "
                    "before handover to Gander and Scottish centres.",
                    "Coach trainee controllers as an on-the-job training instructor.",
                ),
            ),
            Job(
                "Aerodrome Controller",
                "NATS (En Route) plc",
                "Prestwick",
                "Sep 2013",
                "Jan 2017",
                (
                    "Issued take-off and landing clearances in the tower and managed "
                    "[runway incursion prevention] in low visibility.",
                    "Coordinated military crossings with the Scottish control centre.",
                ),
            ),
        ),
        schools=(
            School(
                "BSc (Hons) Aeronautical Engineering",
                "University of Limerick",
                "Limerick",
                "2008",
                "2012",
            ),
        ),
        skills=(
            "Conflict Detection",
            "Flight Data Processing",
            "Coordination with Adjacent Sectors",
            "Emergency Handling",
        ),
        languages=(("English", "native"), ("Irish", "fluent"), ("French", "intermediate")),
        certifications=(
            "Air Traffic Controller Licence (ACS, APS ratings)",
            "ICAO English Language Proficiency Level 6",
        ),
        profession="air traffic controller",
    ),
    Person(
        name="Nguyễn Thị Lan",
        headline="Senior Florist",
        email="lan.nguyen.flowers@gmail.com",
        phone="020 7946 0321",
        city="London, UK",
        summary="Florist with ten years in busy high-street shops, known for [wedding floristry] "
        "and seasonal, locally grown stems.",
        jobs=(
            Job(
                "Senior Florist",
                "Wild at Heart Flowers Ltd",
                "London",
                "May 2019",
                "Present",
                (
                    "Design and make up to 15 weddings a season, from bridal bouquets to "
                    "arches and [large-scale installations].",
                    "Run [flower conditioning] and stock rotation for a cold room of 120 "
                    "varieties, cutting waste by a fifth.",
                    "Take consultations with couples and price each brief.",
                ),
            ),
            Job(
                "Florist",
                "Bloom & Wild Florists",
                "Croydon",
                "Jun 2015",
                "Apr 2019",
                (
                    "Made [sympathy tributes] and funeral sprays for four local funeral directors.",
                    "Served walk-in customers and handled Interflora relay orders.",
                ),
            ),
            Job(
                "Florist's Assistant",
                "Petals of Peckham",
                "London",
                "Sep 2013",
                "May 2015",
                ("Prepared buckets, wired buttonholes and delivered orders by van.",),
            ),
        ),
        schools=(
            School(
                "NVQ Level 3 Diploma in Floristry",
                "Capel Manor College",
                "Enfield",
                "2013",
                "2015",
            ),
        ),
        skills=(
            "Hand-Tied Bouquets",
            "Buttonholes and Corsages",
            "Floral Foam-Free Mechanics",
            "Colour Theory",
        ),
        languages=(("Vietnamese", "native"), ("English", "fluent")),
        profession="florist",
    ),
    Person(
        name="Oluwaseun Bakare",
        headline="CeMAP Qualified Mortgage Adviser",
        email="seun.bakare@outlook.com",
        phone="07700 900461",
        city="Manchester, United Kingdom",
        summary="Whole-of-market mortgage adviser helping first-time buyers and landlords, "
        "with a sharp eye for [affordability assessment] and a 96% offer rate.",
        jobs=(
            Job(
                "Mortgage Adviser",
                "Haworth Lane Financial Services LLP",
                "Manchester",
                "Mar 2020",
                "Present",
                (
                    "Advise around 25 clients a month on purchases, [remortgaging] and "
                    "[buy-to-let mortgages] across 90 lenders.",
                    "Write protection cover alongside each mortgage, from life to income "
                    "protection.",
                    "Keep every file ready for compliance review under the FCA's Consumer Duty.",
                ),
            ),
            Job(
                "Mortgage Adviser",
                "Nationwide Building Society",
                "Stockport",
                "Aug 2017",
                "Feb 2020",
                (
                    "Held branch appointments with existing members and met a monthly "
                    "completions target every quarter.",
                    "Ran [fact finds] and submitted applications through the lender's system.",
                ),
            ),
            Job(
                "Customer Service Adviser",
                "Santander UK plc",
                "Salford",
                "Jul 2015",
                "Jul 2017",
                ("Opened accounts and referred home-buyers to the branch mortgage team.",),
            ),
        ),
        schools=(
            School(
                "BA (Hons) Business and Finance",
                "University of Salford",
                "Salford",
                "2012",
                "2015",
            ),
        ),
        skills=(
            "Mortgage Sourcing Systems",
            "Protection Insurance",
            "Equity Release",
            "Lender Criteria",
        ),
        languages=(("English", "native"), ("Yoruba", "fluent")),
        certifications=(
            "CeMAP (Certificate in Mortgage Advice and Practice)",
            "CeRER (Certificate in Regulated Equity Release)",
        ),
        profession="mortgage adviser",
    ),
    Person(
        name="Anne-Sophie Lefèvre",
        headline="Radiographer – MRI and CT",
        email="annesophie.lefevre@orange.fr",
        phone="+33 6 12 48 73 90",
        city="Lyon, France",
        summary="State-registered radiographer with eight years in CT and MRI, careful with "
        "[radiation protection] and patients who are anxious in the scanner.",
        jobs=(
            Job(
                "MRI Radiographer",
                "Hospices Civils de Lyon",
                "Lyon",
                "Jan 2020",
                "Present",
                (
                    "Scan 18 to 22 patients a day on two 3T scanners, neuro and "
                    "musculoskeletal lists.",
                    "Screen every patient for implants and run [MRI safety checks] "
                    "before entry to the magnet room.",
                    "Prepare and give [contrast injection] under the radiologist's protocol.",
                ),
            ),
            Job(
                "Radiographer",
                "Clinique du Parc SAS",
                "Lyon",
                "Sep 2016",
                "Dec 2019",
                (
                    "Performed [CT angiography] and plain films for the emergency department.",
                    "Kept dose records and quality-control logs for the imaging unit.",
                ),
            ),
        ),
        schools=(
            School(
                "Diplôme d'État de Manipulateur en Électroradiologie Médicale",
                "IFMEM des Hospices Civils de Lyon",
                "Lyon",
                "2013",
                "2016",
            ),
            School(
                "Licence Sciences de la Vie",
                "Université Claude Bernard Lyon 1",
                "Villeurbanne",
                "2010",
                "2013",
            ),
        ),
        skills=("PACS", "Patient Positioning", "Image Post-Processing", "Cannulation"),
        languages=(("French", "native"), ("English", "B2"), ("Italian", "A2")),
        profession="radiographer",
    ),
    Person(
        name="Javier Morales Ibáñez",
        headline="Tattoo Artist – Fine Line & Blackwork",
        email="javi.moralesink@protonmail.com",
        phone="+34 612 47 90 35",
        city="Barcelona, Spain",
        summary="Resident tattoo artist with a fine-arts background and nine years at the "
        "chair, specialising in [fine line tattooing] and botanical [blackwork].",
        jobs=(
            Job(
                "Resident Tattoo Artist",
                "Tinta Negra Tattoo S.L.",
                "Barcelona",
                "Oct 2018",
                "Present",
                (
                    "Draw every custom piece from consultation to [stencil design], "
                    "booked four months ahead.",
                    "Keep the studio's [sterilisation procedures] and autoclave logs for "
                    "the council's health inspections.",
                    "Guest at conventions in Milan, Berlin and London each year.",
                ),
            ),
            Job(
                "Tattoo Artist",
                "La Perla Tattoo Studio",
                "Valencia",
                "Mar 2016",
                "Sep 2018",
                (
                    "Tattooed walk-in flash and small custom work six days a week.",
                    "Moved into [colour realism] pieces for regular clients.",
                ),
            ),
            Job(
                "Apprentice",
                "Sagrada Ink Col·lectiu",
                "Barcelona",
                "Jan 2015",
                "Feb 2016",
                ("Set up stations, drew flash sheets and learned machine tuning.",),
            ),
        ),
        schools=(
            School(
                "Grado en Bellas Artes",
                "Universitat de Barcelona",
                "Barcelona",
                "2010",
                "2014",
            ),
        ),
        skills=("Procreate", "Cover-Ups", "Lettering", "Skin Aftercare Advice"),
        languages=(("Spanish", "native"), ("Catalan", "native"), ("English", "intermediate")),
        certifications=("Curso Higiénico-Sanitario para Tatuaje y Piercing",),
        profession="tattoo artist",
    ),
    Person(
        name="Deepika Raghunathan",
        headline="Environmental Health Officer",
        email="deepika.r@xtra.co.nz",
        phone="+64 21 384 9027",
        city="Wellington, New Zealand",
        summary="Chartered environmental health practitioner with seven years of "
        "[food safety] inspections and [noise nuisance investigation] in two countries.",
        jobs=(
            Job(
                "Environmental Health Officer",
                "Wellington City Council",
                "Wellington",
                "Jul 2021",
                "Present",
                (
                    "Verify food control plans for 140 premises a year and grade them "
                    "under the Food Act 2014.",
                    "Investigate complaints of noise, odour and [contaminated land], and "
                    "issue excessive noise directions.",
                    "Inspect hairdressers, tattooists and camping grounds for registration.",
                ),
            ),
            Job(
                "Environmental Health Officer",
                "Birmingham City Council",
                "Birmingham",
                "Oct 2017",
                "May 2021",
                (
                    "Carried out [food hygiene] inspections and scored businesses on the "
                    "national rating scheme.",
                    "Served [improvement notices] and prepared prosecution files.",
                    "Assessed rented homes under the [Housing Health and Safety Rating System].",
                ),
            ),
        ),
        schools=(
            School(
                "BSc (Hons) Environmental Health",
                "Birmingham City University",
                "Birmingham",
                "2013",
                "2016",
            ),
        ),
        skills=(
            "HACCP",
            "Infectious Disease Control",
            "Health and Safety Enforcement",
            "Sampling and Swabbing",
        ),
        languages=(("English", "fluent"), ("Tamil", "native"), ("Hindi", "conversational")),
        certifications=(
            "Chartered Environmental Health Practitioner (CIEH)",
            "Registered Environmental Health Officer, EHPB",
        ),
        profession="environmental health officer",
    ),
    Person(
        name="Konstantinos Papadakis",
        headline="Second Engineer Officer",
        email="k.papadakis@marine-eng.gr",
        phone="+30 694 512 3387",
        city="Piraeus, Greece",
        summary="Marine engineer with twelve years at sea on bulk carriers and tankers, "
        "strong in [main engine overhaul] and [planned maintenance systems].",
        jobs=(
            Job(
                "Second Engineer",
                "Aegean Bulk Carriers S.A.",
                "Piraeus",
                "Jun 2019",
                "Present",
                (
                    "Run the engine room of a 180,000 dwt Capesize bulk carrier with a "
                    "crew of eight.",
                    "Overhauled two-stroke main engine units and turbochargers in dry dock.",
                    "Look after [purifier maintenance] and [boiler water treatment], and "
                    "report fuel use under [MARPOL Annex VI].",
                ),
            ),
            Job(
                "Third Engineer",
                "Thalassa Tankers Inc.",
                "Athens",
                "Apr 2014",
                "May 2019",
                (
                    "Kept watch on product tankers and maintained auxiliary engines and "
                    "compressors.",
                    "Ran bunkering and sounding under the chief engineer.",
                ),
            ),
        ),
        schools=(
            School(
                "MEng Naval Architecture and Marine Engineering",
                "National Technical University of Athens",
                "Athens",
                "2007",
                "2013",
            ),
        ),
        skills=(
            "Fuel Oil Systems",
            "Hydraulics",
            "Refrigeration Plants",
            "Engine Room Watchkeeping",
        ),
        languages=(("Greek", "native"), ("English", "fluent")),
        certifications=(
            "STCW Certificate of Competency, Second Engineer Officer",
            "Engine Room Resource Management",
        ),
        profession="marine engineer",
    ),
    Person(
        name="Eleanor Brooks-Tanaka",
        headline="Senior Copy Editor",
        email="ellie.brookstanaka@gmail.com",
        phone="(312) 555-0178",
        city="Chicago, IL",
        summary="Copy editor for trade books and a city magazine, at home with the "
        "[Chicago Manual of Style] and the [AP Stylebook], and quick on deadline.",
        jobs=(
            Job(
                "Senior Copy Editor",
                "Hawthorne & Pike Publishers, Inc.",
                "Chicago, IL",
                "Aug 2019",
                "Present",
                (
                    "Copyedit 12 to 15 nonfiction titles a year and build a style sheet "
                    "for each manuscript.",
                    "Query authors on [fact-checking] and permissions, and resolve "
                    "queries with the acquiring editor.",
                    "Train freelance proofreaders on the house style.",
                ),
            ),
            Job(
                "Copy Editor",
                "Lakeshore Magazine",
                "Evanston, IL",
                "Jun 2015",
                "Jul 2019",
                (
                    "Edited features and listings for each monthly issue and did the "
                    "[headline writing] for the web.",
                    "[Proofreading] of final pages in [InDesign] before print.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Arts in English",
                "Loyola University Chicago",
                "Chicago, IL",
                "2011",
                "2015",
            ),
            School(
                "Associate of Applied Science in Graphic Communications",
                "William Rainey Harper College",
                "Palatine, IL",
                "2009",
                "2011",
            ),
        ),
        skills=("Adobe InCopy", "Microsoft Word Track Changes", "Style Sheets", "Line Editing"),
        languages=(("English", "native"), ("Japanese", "intermediate")),
        certifications=("Certificate in Editing, University of Chicago Graham School",),
        profession="copy editor",
    ),
)
