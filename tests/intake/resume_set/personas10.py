"""Ground truth for the fifteenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind15 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE15: tuple[Person, ...] = (
    Person(
        name="Bruno Carvalho Lima",
        headline="Drone Surveyor | Geomatics",
        email="bruno.carvalho.lima@gmail.com",
        phone="+55 41 99812-4470",
        city="Curitiba, PR, Brazil",
        summary="Surveyor flying fixed-wing and multirotor drones for mining, farming and "
        "roads, from [flight planning] to [photogrammetry] deliverables.",
        jobs=(
            Job(
                "UAV Survey Lead",
                "Geoaerea Levantamentos Ltda.",
                "Curitiba",
                "Jul 2020",
                "Present",
                (
                    "Plan and fly RTK drone surveys of open-pit mines and stockpiles, up to "
                    "2,000 ha a month.",
                    "Process imagery into orthomosaics and [digital terrain models] for volume "
                    "reports.",
                    "Hold the ANAC and DECEA authorisations for every flight.",
                ),
            ),
            Job(
                "Surveyor",
                "Vale S.A.",
                "Itabira",
                "Mar 2016",
                "Jun 2020",
                (
                    "Ran total station and GNSS surveys for haul roads and tailings dams.",
                    "Started the site's first drone programme for [LiDAR mapping].",
                ),
            ),
        ),
        schools=(
            School(
                "Bacharelado em Engenharia Cartográfica e de Agrimensura",
                "Universidade Federal do Paraná",
                "Curitiba",
                "2011",
                "2015",
            ),
        ),
        skills=("Pix4D", "Agisoft Metashape", "QGIS", "GNSS RTK"),
        languages=(("Portuguese", "native"), ("English", "B2"), ("Spanish", "B1")),
        certifications=("ANAC Remote Pilot Certificate", "DJI Enterprise Pilot Training"),
        profession="drone surveyor",
    ),
    Person(
        name="Eline Verbruggen",
        headline="Paintings Conservator",
        email="eline.verbruggen@kpnmail.nl",
        phone="+31 6 4182 7739",
        city="Amsterdam, Netherlands",
        summary="Conservator of easel paintings from the 17th to the 20th century, with "
        "[technical imaging] and [varnish removal] on museum loans.",
        jobs=(
            Job(
                "Paintings Conservator",
                "Rijksmuseum",
                "Amsterdam",
                "Sep 2019",
                "Present",
                (
                    "Treat Dutch Golden Age paintings for display and international loans.",
                    "Document condition with [infrared reflectography] and X-radiography "
                    "before treatment.",
                    "Write [condition reports] and travel as courier with loaned works.",
                ),
            ),
            Job(
                "Assistant Conservator",
                "Stichting Restauratie Atelier Limburg",
                "Maastricht",
                "Jan 2016",
                "Aug 2019",
                (
                    "Retouched and consolidated flaking paint on works from regional collections.",
                    "Kept treatment records in the studio database.",
                ),
            ),
            Job(
                "Conservation Intern",
                "The Hamilton Kerr Institute",
                "Cambridge",
                "Sep 2014",
                "Jun 2015",
                ("Lined and cleaned panel paintings under senior supervision.",),
            ),
        ),
        schools=(
            School(
                "MA Conservation and Restoration of Cultural Heritage",
                "University of Amsterdam",
                "Amsterdam",
                "2012",
                "2015",
            ),
            School(
                "BA Art History",
                "Radboud University",
                "Nijmegen",
                "2009",
                "2012",
            ),
        ),
        skills=("Inpainting", "Structural Consolidation", "Preventive Conservation", "Gilding"),
        languages=(("Dutch", "native"), ("English", "C1"), ("German", "B2"), ("Italian", "A2")),
        profession="museum conservator",
    ),
    Person(
        name="Fiona MacLeod",
        headline="Railway Signaller",
        email="fiona.macleod78@btinternet.com",
        phone="07946 318 552",
        city="Inverness, Scotland",
        summary="Signaller with twelve years on single-line token and panel boxes, keeping "
        "trains safe and on time through [degraded working] and engineering possessions.",
        jobs=(
            Job(
                "Signaller, Grade 7",
                "Network Rail",
                "Inverness",
                "Jun 2017",
                "Present",
                (
                    "Signal the Far North and Kyle lines from the RETB panel, up to 40 "
                    "trains a shift.",
                    "Grant and cancel [possessions] and line blockages for track teams.",
                    "Talk drivers through failures using [safety critical communications].",
                ),
            ),
            Job(
                "Signaller, Grade 5",
                "Network Rail",
                "Aviemore",
                "Mar 2013",
                "May 2017",
                (
                    "Worked a lever-frame box on the Highland Main Line.",
                    "Operated the level crossing and kept the train register.",
                ),
            ),
            Job(
                "Station Assistant",
                "ScotRail Trains Limited",
                "Perth",
                "Aug 2010",
                "Feb 2013",
                ("Dispatched trains, sold tickets and helped passengers with assistance.",),
            ),
        ),
        schools=(
            School(
                "Higher National Certificate in Business",
                "Perth College UHI",
                "Perth",
                "2008",
                "2010",
            ),
        ),
        skills=("Rule Book", "Train Regulation", "Incident Management", "Shift Handover"),
        languages=(("English", "native"), ("Scottish Gaelic", "intermediate")),
        certifications=("Signaller Competence (Network Rail)", "Personal Track Safety (PTS)"),
        profession="rail signaller",
    ),
    Person(
        name="Maricel Dela Cruz",
        headline="Registered Pharmacy Technician",
        email="maricel.delacruz@yahoo.com",
        phone="0412 555 036",
        city="Parramatta NSW 2150, Australia",
        summary="Pharmacy technician in hospital and community pharmacy, accurate in "
        "[dispensing] and [sterile compounding] to USP and PIC/S standards.",
        jobs=(
            Job(
                "Senior Pharmacy Technician",
                "Westmead Hospital",
                "Sydney",
                "Feb 2021",
                "Present",
                (
                    "Compound chemotherapy and TPN in the cleanroom under [aseptic technique].",
                    "Run [imprest stock management] for twelve wards with the automated "
                    "dispensing cabinets.",
                    "Check and release medication for discharge packs.",
                ),
            ),
            Job(
                "Dispensary Technician",
                "Chemist Warehouse",
                "Parramatta",
                "Mar 2017",
                "Jan 2021",
                (
                    "Dispensed up to 300 scripts a day and prepared Webster-paks for aged "
                    "care homes.",
                    "Handled PBS claims and patient records in Fred Dispense.",
                ),
            ),
            Job(
                "Pharmacy Assistant",
                "Mercury Drug Corporation",
                "Quezon City",
                "Jun 2013",
                "Dec 2016",
                ("Served customers and kept the shelves and cold chain in order.",),
            ),
        ),
        schools=(
            School(
                "Certificate IV in Hospital/Health Services Pharmacy Support",
                "TAFE NSW",
                "Sydney",
                "2017",
                "2018",
            ),
            School(
                "Bachelor of Science in Pharmacy",
                "University of Santo Tomas",
                "Manila",
                "2009",
                "2013",
            ),
        ),
        skills=("Medication Reconciliation", "Cytotoxic Handling", "Fred Dispense", "Pyxis"),
        languages=(("English", "fluent"), ("Filipino", "native"), ("Cebuano", "good")),
        certifications=("Registered Pharmacy Technician (SHPA)",),
        profession="pharmacy technician",
    ),
    Person(
        name="Ananya Krishnamurthy",
        headline="Clinical Audiologist",
        email="ananya.k.audiology@gmail.com",
        phone="+91 98450 31762",
        city="Bengaluru, Karnataka, India",
        summary="Audiologist testing infants to older adults, fitting hearing aids and "
        "supporting [cochlear implant mapping] in a hospital ENT department.",
        jobs=(
            Job(
                "Senior Audiologist",
                "Manipal Hospitals",
                "Bengaluru",
                "Jun 2019",
                "Present",
                (
                    "Run [pure tone audiometry], tympanometry and OAE screening for about "
                    "30 patients a day.",
                    "Fit and fine-tune hearing aids with [real ear measurement].",
                    "Lead the newborn hearing screening programme with paediatrics.",
                ),
            ),
            Job(
                "Audiologist and Speech Language Pathologist",
                "Amplifon India Pvt. Ltd.",
                "Chennai",
                "Aug 2016",
                "May 2019",
                (
                    "Tested and fitted clients in a retail hearing centre.",
                    "Trained store staff on counselling new hearing aid users.",
                ),
            ),
        ),
        schools=(
            School(
                "M.Sc. Audiology",
                "All India Institute of Speech and Hearing",
                "Mysuru",
                "2014",
                "2016",
            ),
            School(
                "Bachelor in Audiology and Speech Language Pathology",
                "Manipal College of Health Professions",
                "Manipal",
                "2010",
                "2014",
            ),
        ),
        skills=(
            "ABR Testing",
            "Vestibular Assessment",
            "Tinnitus Counselling",
            "Hearing Aid Fitting",
        ),
        languages=(
            ("English", "fluent"),
            ("Tamil", "native"),
            ("Kannada", "fluent"),
            ("Hindi", "intermediate"),
        ),
        certifications=("Rehabilitation Council of India, registered audiologist",),
        profession="audiologist",
    ),
    Person(
        name="Piotr Zieliński",
        headline="Glazier / Curtain Wall Installer",
        email="piotr.zielinski.szklarz@wp.pl",
        phone="+48 601 274 918",
        city="Gdańsk, Poland",
        summary="Glazier fitting curtain walls, shopfronts and structural glass on "
        "commercial sites, experienced with [glass handling equipment] and sealing.",
        jobs=(
            Job(
                "Glazing Foreman",
                "Aluprof S.A.",
                "Gdańsk",
                "Apr 2019",
                "Present",
                (
                    "Lead a crew of six installing [unitised curtain walls] on office towers.",
                    "Set out brackets from drawings and check tolerances with a laser level.",
                    "Run toolbox talks and [mobile elevating work platform] checks each morning.",
                ),
            ),
            Job(
                "Glazier",
                "Schüco Polska Sp. z o.o.",
                "Warsaw",
                "May 2014",
                "Mar 2019",
                (
                    "Fitted aluminium windows and doors on housing estates.",
                    "Glazed [structural silicone glazing] panels in the workshop.",
                ),
            ),
        ),
        schools=(
            School(
                "Technik budownictwa (Construction Technician)",
                "Zespół Szkół Budowlanych nr 1",
                "Gdańsk",
                "2009",
                "2013",
            ),
        ),
        skills=("Glass Cutting", "Silicone Sealing", "Reading Drawings", "Vacuum Lifters"),
        languages=(("Polish", "native"), ("English", "B1"), ("German", "A2")),
        certifications=("UDT Mobile Platform Operator Licence", "SEP Electrical Licence (E)"),
        profession="glazier",
    ),
    Person(
        name="Wanjiru Kamau-Otieno",
        headline="Archivist and Records Manager",
        email="wkamau.otieno@proton.me",
        phone="+254 722 418 905",
        city="Nairobi, Kenya",
        summary="Archivist who has catalogued colonial-era and corporate records, leading "
        "[digitisation projects] and [records retention] schedules.",
        jobs=(
            Job(
                "Senior Archivist",
                "Kenya National Archives and Documentation Service",
                "Nairobi",
                "Jan 2020",
                "Present",
                (
                    "Lead the digitisation of 1.2 million pages of provincial administration "
                    "files.",
                    "Write finding aids in [ISAD(G)] and load them into AtoM.",
                    "Answer research requests from historians and family researchers.",
                ),
            ),
            Job(
                "Records Manager",
                "Safaricom PLC",
                "Nairobi",
                "Feb 2016",
                "Dec 2019",
                (
                    "Set up the company file plan and retention schedule for 14 departments.",
                    "Moved paper records to an [electronic records management] system.",
                ),
            ),
        ),
        schools=(
            School(
                "MA Archives and Records Management",
                "University College London",
                "London",
                "2014",
                "2015",
            ),
            School(
                "Bachelor of Library and Information Science",
                "Moi University",
                "Eldoret",
                "2009",
                "2013",
            ),
        ),
        skills=("Archival Description", "Preservation", "Metadata Standards", "Paleography"),
        languages=(("English", "fluent"), ("Swahili", "native"), ("French", "basic")),
        certifications=("Certified Records Manager (ICRM)",),
        profession="archivist",
    ),
    Person(
        name="Jonas Lindqvist",
        headline="Bicycle Mechanic",
        email="jonas.lindqvist@hotmail.se",
        phone="070-318 44 92",
        city="Malmö, Sweden",
        summary="Workshop mechanic on road, gravel and e-bikes, quick at [wheel building] and "
        "[e-bike diagnostics] and happy to explain a repair to a customer.",
        jobs=(
            Job(
                "Workshop Manager",
                "Cykelkraft Malmö AB",
                "Malmö",
                "Mar 2021",
                "Present",
                (
                    "Run a workshop of four mechanics and book about 60 services a week.",
                    "Diagnose Bosch and Shimano STEPS drive systems and update their firmware.",
                    "Order parts and keep [workshop stock control] in the shop system.",
                ),
            ),
            Job(
                "Bike Mechanic",
                "Stadium Sports AB",
                "Lund",
                "Apr 2017",
                "Feb 2021",
                (
                    "Built new bikes for the shop floor and did [hydraulic brake bleeding] "
                    "and suspension services.",
                    "Fitted customers on new road bikes.",
                ),
            ),
            Job(
                "Bike Messenger",
                "Cykelbudet i Malmö",
                "Malmö",
                "Jun 2015",
                "Mar 2017",
                ("Delivered documents and food across the city in all weathers.",),
            ),
        ),
        schools=(
            School(
                "Cycle Mechanics Level 3",
                "Cytech (ATG Training)",
                "Leeds",
                "2016",
                "2016",
            ),
        ),
        skills=("Drivetrain Overhaul", "Suspension Servicing", "Tubeless Setup", "Bike Fitting"),
        languages=(("Swedish", "native"), ("English", "fluent"), ("Danish", "good")),
        certifications=("Cytech Technician Level 3", "Bosch eBike Systems Service Training"),
        profession="bike mechanic",
    ),
)
