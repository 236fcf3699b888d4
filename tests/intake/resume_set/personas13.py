"""Ground truth for the eighteenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind18 renders
them, so the other groups and the documents bench keep their people. `FAMILY_NAMES` gives each
person's family name as they write it (the forms that ask for "Family name" and "First names"
apart need it): two surnames, a particle, a hyphen, and family names written first.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE18: tuple[Person, ...] = (
    Person(
        name="Rodrigo Villaseñor Ortiz",
        headline="Médico Anestesiólogo / Consultant Anaesthesiologist",
        email="rvillasenor.anestesia@outlook.com",
        phone="+52 33 1456 2290",
        city="Guadalajara, Mexico",
        summary="Board-certified anaesthesiologist with eleven years in tertiary hospitals, "
        "specialised in [regional anaesthesia] for orthopaedic and obstetric surgery and in "
        "[acute pain management].",
        jobs=(
            Job(
                "Consultant Anaesthesiologist",
                "Hospital Civil de Guadalajara Fray Antonio Alcalde",
                "Guadalajara",
                "Mar 2018",
                "Present",
                (
                    "Give general and regional anaesthesia for about 900 procedures a year, "
                    "most of them trauma and joint replacement.",
                    "Lead the hospital's [ultrasound-guided nerve blocks] teaching for "
                    "second-year residents.",
                    "Chair the operating theatre's [patient safety] committee and its "
                    "surgical checklist audit.",
                ),
            ),
            Job(
                "Staff Anaesthesiologist",
                "Hospital Ángeles del Carmen",
                "Guadalajara",
                "Aug 2015",
                "Feb 2018",
                (
                    "Covered obstetric anaesthesia on call, with epidural analgesia for about "
                    "40 births a month.",
                    "Ran the pre-anaesthetic clinic two mornings a week.",
                ),
            ),
            Job(
                "Resident in Anaesthesiology",
                "Instituto Mexicano del Seguro Social (IMSS)",
                "Mexico City",
                "Mar 2012",
                "Jul 2015",
                ("Rotated through cardiac, paediatric and neuro-anaesthesia and the ICU.",),
            ),
        ),
        schools=(
            School(
                "Especialidad en Anestesiología",
                "Universidad Nacional Autónoma de México",
                "Mexico City",
                "2012",
                "2015",
            ),
            School(
                "Médico Cirujano (MD)",
                "Universidad de Guadalajara",
                "Guadalajara",
                "2004",
                "2011",
            ),
        ),
        skills=(
            "General Anaesthesia",
            "Airway Management",
            "Epidural Analgesia",
            "Spinal Anaesthesia",
            "Sedation",
            "Point-of-Care Ultrasound",
            "Critical Care",
            "Pre-operative Assessment",
            "Clinical Teaching",
        ),
        languages=(("Spanish", "native"), ("English", "C1"), ("Portuguese", "A2")),
        certifications=(
            "Consejo Nacional Mexicano de Anestesiología (Board Certification)",
            "ACLS Provider",
            "ATLS Provider",
        ),
        profession="anaesthesiologist",
    ),
    Person(
        name="Matteo Dalla Costa",
        headline="Liutaio / Violin Maker and Restorer",
        email="matteo@dallacostaliuteria.it",
        phone="+39 0372 458 119",
        city="Cremona, Italy",
        summary="Violin maker trained in the Cremonese tradition, building violins, violas "
        "and cellos to commission and doing [instrument restoration] for players and dealers.",
        jobs=(
            Job(
                "Master Luthier and Owner",
                "Liuteria Dalla Costa",
                "Cremona",
                "Jan 2016",
                "Present",
                (
                    "Build six to eight instruments a year in the classical method, from "
                    "[wood selection] to the last coat of oil varnish.",
                    "Restore and set up instruments for the conservatoire and for touring "
                    "soloists, including [crack repair] and neck resets.",
                    "Teach a summer [violin making] course for eight students.",
                ),
            ),
            Job(
                "Bench Luthier",
                "Bottega Morassi",
                "Cremona",
                "Sep 2010",
                "Dec 2015",
                (
                    "Carved tops and backs, bent ribs and cut f-holes for the workshop's "
                    "violins and violas.",
                    "Made and fitted bridges and soundposts for the shop's clients.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma di Liutaio",
                "Scuola Internazionale di Liuteria Antonio Stradivari",
                "Cremona",
                "2005",
                "2010",
            ),
        ),
        skills=(
            "Hand Carving",
            "Oil Varnishing",
            "Instrument Setup",
            "Bridge Fitting",
            "Soundpost Adjustment",
            "Wood Seasoning",
            "Acoustic Tuning",
            "Bow Rehairing",
        ),
        languages=(("Italian", "native"), ("English", "B2"), ("German", "B1")),
        certifications=("Maestro Liutaio (Consorzio Liutai Antonio Stradivari Cremona)",),
        profession="luthier",
    ),
    Person(
        name="Adaobi Nwachukwu-Ibe",
        headline="Chartered Quantity Surveyor (MNIQS, MRICS)",
        email="adaobi.nwachukwu-ibe@gmail.com",
        phone="+234 803 512 7746",
        city="Lagos, Nigeria",
        summary="Quantity surveyor with twelve years on commercial and infrastructure projects, "
        "from [cost planning] and [bills of quantities] to final accounts.",
        jobs=(
            Job(
                "Senior Quantity Surveyor",
                "Julius Berger Nigeria Plc",
                "Abuja",
                "Apr 2019",
                "Present",
                (
                    "Manage the commercial side of a ₦48 billion road and bridge package: "
                    "valuations, variations and [contract administration] under FIDIC.",
                    "Prepare monthly cost reports and cash-flow forecasts for the client.",
                    "Negotiated the settlement of three subcontract claims without arbitration.",
                ),
            ),
            Job(
                "Quantity Surveyor",
                "Costain West Africa",
                "Lagos",
                "Jun 2014",
                "Mar 2019",
                (
                    "Measured works and priced [tender documents] for office towers and "
                    "a shopping mall on Victoria Island.",
                    "Kept the [cost control] reports for two fit-out projects.",
                ),
            ),
            Job(
                "Graduate Quantity Surveyor",
                "Bolaji Ogunleye & Partners",
                "Lagos",
                "Jan 2012",
                "May 2014",
                ("Took off quantities from drawings and checked contractors' valuations.",),
            ),
        ),
        schools=(
            School(
                "M.Sc. Construction Management",
                "University of Lagos",
                "Lagos",
                "2015",
                "2017",
            ),
            School(
                "B.Sc. Quantity Surveying",
                "Obafemi Awolowo University",
                "Ile-Ife",
                "2006",
                "2011",
            ),
        ),
        skills=(
            "Quantity Take-off",
            "Cost Estimating",
            "Valuations",
            "Final Accounts",
            "FIDIC Contracts",
            "CostX",
            "Microsoft Excel",
            "Value Engineering",
            "Risk Management",
            "Procurement",
        ),
        languages=(("English", "fluent"), ("Igbo", "native"), ("Yoruba", "conversational")),
        certifications=(
            "Member, Nigerian Institute of Quantity Surveyors (MNIQS)",
            "Member of the Royal Institution of Chartered Surveyors (MRICS)",
            "QSRBN Registered Quantity Surveyor",
        ),
        profession="quantity surveyor",
    ),
    Person(
        name="Park Ji-hoon",
        headline="Elevator Maintenance Technician",
        email="jihoon.park82@naver.com",
        phone="+82 10-4417-2093",
        city="Seoul, South Korea",
        summary="Elevator and escalator technician with nine years of [preventive maintenance] "
        "and fault finding on traction and hydraulic lifts in offices and subway stations.",
        jobs=(
            Job(
                "Senior Field Technician",
                "Hyundai Elevator Co., Ltd.",
                "Seoul",
                "Mar 2020",
                "Present",
                (
                    "Lead a route of 70 units, mostly gearless traction lifts in high-rise "
                    "offices in Gangnam.",
                    "Answer entrapment and breakdown calls within 30 minutes, around the clock "
                    "in rotation.",
                    "Carry out [modernisation] of controllers and door operators with a crew "
                    "of three.",
                ),
            ),
            Job(
                "Maintenance Technician",
                "Otis Elevator Korea",
                "Incheon",
                "Feb 2015",
                "Feb 2020",
                (
                    "Serviced escalators and lifts in Incheon subway stations during the "
                    "night possession.",
                    "Did [fault diagnosis] with service tools on microprocessor controllers.",
                ),
            ),
        ),
        schools=(
            School(
                "Associate Degree in Electrical Engineering",
                "Korea Polytechnic University",
                "Siheung",
                "2012",
                "2014",
            ),
        ),
        skills=(
            "Traction Elevators",
            "Hydraulic Elevators",
            "Escalator Maintenance",
            "PLC Troubleshooting",
            "Electrical Schematics",
            "Door Operators",
            "Safety Inspections",
            "Lockout/Tagout",
        ),
        languages=(("Korean", "native"), ("English", "intermediate")),
        certifications=(
            "Craftsman Elevator, HRD Korea",
            "Industrial Engineer Electricity, HRD Korea",
        ),
        profession="elevator technician",
    ),
    Person(
        name="Annelies de Vries-Bakker",
        headline="Teeltmanager / Greenhouse Crop Manager",
        email="annelies.devries@kpnmail.nl",
        phone="+31 6 2847 1935",
        city="Naaldwijk, Netherlands",
        summary="Greenhouse crop manager for tomatoes and sweet peppers under glass, steering "
        "[climate control] and irrigation on data, with [integrated pest management] instead "
        "of routine spraying.",
        jobs=(
            Job(
                "Crop Manager",
                "Royal Pride Holland",
                "Middenmeer",
                "Jan 2019",
                "Present",
                (
                    "Run 24 hectares of tomatoes under LED lighting with four team leaders "
                    "and about 90 seasonal growers.",
                    "Set the climate and irrigation strategy in Priva and review [crop "
                    "registration] every week.",
                    "Cut gas use by 18% over two winters with screens and a lower night "
                    "temperature.",
                ),
            ),
            Job(
                "Assistant Grower",
                "Kwekerij De Westhoek",
                "Westland",
                "Mar 2014",
                "Dec 2018",
                (
                    "Grew sweet peppers on rockwool and scouted weekly for thrips and aphids.",
                    "Released and followed up the biological control agents.",
                ),
            ),
            Job(
                "Greenhouse Worker",
                "Van der Lans Paprika",
                "Kwintsheul",
                "Jun 2011",
                "Feb 2014",
                ("Harvested, pruned and trained plants and kept the crop records.",),
            ),
        ),
        schools=(
            School(
                "BSc Horticulture and Business Management",
                "Hogeschool Inholland Delft",
                "Delft",
                "2007",
                "2011",
            ),
        ),
        skills=(
            "Priva Climate Computer",
            "Fertigation",
            "Hydroponics",
            "Biological Control",
            "LED Grow Lighting",
            "Crop Planning",
            "Team Leadership",
            "Energy Management",
            "GlobalG.A.P.",
        ),
        languages=(("Dutch", "native"), ("English", "fluent"), ("Polish", "basic")),
        certifications=(
            "Spuitlicentie (Crop Protection Licence)",
            "BHV (Emergency Response Officer)",
        ),
        profession="greenhouse grower",
    ),
    Person(
        name="Rania Abou Khalil",
        headline="Senior Interior Designer",
        email="rania.aboukhalil@icloud.com",
        phone="+971 50 623 8841",
        city="Dubai, United Arab Emirates",
        summary="Interior designer with ten years of hospitality and residential projects "
        "in Beirut and Dubai, from [space planning] and concept boards to [FF&E "
        "specification] and site supervision.",
        jobs=(
            Job(
                "Senior Interior Designer",
                "Bishop Design",
                "Dubai",
                "Sep 2019",
                "Present",
                (
                    "Lead the design of hotel lobbies, all-day dining and guest rooms for "
                    "five-star operators, from concept to handover.",
                    "Produce [3D visualisation] for client presentations and coordinate the "
                    "MEP and lighting consultants.",
                    "Mentor two junior designers and review their drawing packages.",
                ),
            ),
            Job(
                "Interior Designer",
                "Nada Debs Design Studio",
                "Beirut",
                "Jul 2014",
                "Aug 2019",
                (
                    "Designed apartments and boutiques with custom joinery and inlay work.",
                    "Prepared [construction drawings] and material schedules for the contractors.",
                ),
            ),
        ),
        schools=(
            School(
                "Master of Interior Architecture",
                "Politecnico di Milano",
                "Milan",
                "2012",
                "2014",
            ),
            School(
                "Bachelor of Interior Design",
                "Lebanese American University",
                "Beirut",
                "2008",
                "2012",
            ),
        ),
        skills=(
            "AutoCAD",
            "SketchUp",
            "3ds Max",
            "V-Ray",
            "Adobe Photoshop",
            "Revit",
            "Material Selection",
            "Lighting Design",
            "Client Presentations",
            "Site Supervision",
            "Mood Boards",
        ),
        languages=(("Arabic", "native"), ("French", "fluent"), ("English", "fluent")),
        certifications=("LEED Green Associate",),
        profession="interior designer",
    ),
    Person(
        name="Lars Øyvind Haugland",
        headline="Commercial Diver, Surface Supplied and Saturation",
        email="lo.haugland@online.no",
        phone="+47 915 38 604",
        city="Haugesund, Norway",
        summary="Offshore diver with fourteen years in the North Sea, eight of them in "
        "saturation, on [subsea inspection], pipeline tie-ins and platform repair.",
        jobs=(
            Job(
                "Saturation Diver",
                "Subsea7 Norway AS",
                "Stavanger",
                "May 2016",
                "Present",
                (
                    "Work 28-day saturation campaigns at depths to 180 metres from DSV "
                    "Seven Falcon.",
                    "Install spools and clamps with [hydraulic tools] and make up flanges "
                    "for pipeline tie-ins.",
                    "Carry out close visual inspection and [NDT inspection] of risers.",
                ),
            ),
            Job(
                "Surface Supplied Diver",
                "DeepOcean AS",
                "Haugesund",
                "Apr 2010",
                "Apr 2016",
                (
                    "Dived on air and nitrox for harbour works, fish-farm moorings and "
                    "platform jackets.",
                    "Did [underwater welding] and cutting on quay repairs.",
                ),
            ),
        ),
        schools=(
            School(
                "Fagbrev Yrkesdykker (Professional Diver Certificate of Apprenticeship)",
                "Statens dykkerskole",
                "Bergen",
                "2008",
                "2010",
            ),
        ),
        skills=(
            "Saturation Diving",
            "Surface Supplied Diving",
            "Wet Welding",
            "Thermal Cutting",
            "Rigging",
            "Subsea Construction",
            "Dive Supervision",
            "Diver First Aid",
            "Chamber Operations",
        ),
        languages=(("Norwegian", "native"), ("English", "fluent"), ("Swedish", "good")),
        certifications=(
            "Norwegian Class 1 Saturation Diver Certificate",
            "IMCA Diver Medic Technician",
            "GWO Basic Safety Training",
        ),
        profession="commercial diver",
    ),
    Person(
        name="Đỗ Hoàng Nam",
        headline="Licensed Flight Dispatcher",
        email="dohoangnam.ops@gmail.com",
        phone="+84 90 318 5527",
        city="Hanoi, Vietnam",
        summary="Flight dispatcher with six years at an airline operations control centre, "
        "planning A321 and 787 flights across Asia with [flight planning] systems and "
        "[fuel planning] to policy.",
        jobs=(
            Job(
                "Flight Dispatcher",
                "Vietnam Airlines",
                "Hanoi",
                "Oct 2020",
                "Present",
                (
                    "Plan and release about 25 flights a shift, including ETOPS routes to "
                    "Australia and Europe.",
                    "Brief captains on weather, NOTAMs and alternates, and follow the "
                    "flights with [flight following] until arrival.",
                    "Re-plan routes when typhoons close airspace over the South China Sea.",
                ),
            ),
            Job(
                "Assistant Flight Dispatcher",
                "Vietjet Air",
                "Ho Chi Minh City",
                "Jul 2018",
                "Sep 2020",
                (
                    "Prepared load sheets and [weight and balance] for A320 and A321 flights.",
                    "Filed ATC flight plans and kept crew duty times inside the limits.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Air Transport Operations",
                "Vietnam Aviation Academy",
                "Ho Chi Minh City",
                "2014",
                "2018",
            ),
        ),
        skills=(
            "Lido Flight",
            "ETOPS Planning",
            "Aviation Meteorology",
            "NOTAM Analysis",
            "Performance Calculations",
            "Crew Resource Management",
            "MEL Procedures",
            "ICAO Annex 6",
        ),
        languages=(("Vietnamese", "native"), ("English", "ICAO Level 5"), ("Chinese", "HSK 3")),
        certifications=(
            "Flight Operations Officer Licence (CAAV)",
            "ICAO Flight Dispatcher Course",
        ),
        profession="flight dispatcher",
    ),
)

# the family name of each person as they write it ("Family name" / "First names" forms)
FAMILY_NAMES: dict[str, str] = {
    "Rodrigo Villaseñor Ortiz": "Villaseñor Ortiz",
    "Matteo Dalla Costa": "Dalla Costa",
    "Adaobi Nwachukwu-Ibe": "Nwachukwu-Ibe",
    "Park Ji-hoon": "Park",
    "Annelies de Vries-Bakker": "de Vries-Bakker",
    "Rania Abou Khalil": "Abou Khalil",
    "Lars Øyvind Haugland": "Haugland",
    "Đỗ Hoàng Nam": "Đỗ",
}


def split_name(name: str) -> tuple[str, str]:
    """(family name, first names) of a PEOPLE18 person."""
    family = FAMILY_NAMES[name]
    given = " ".join(name.replace(family, " ").split())
    return family, given
