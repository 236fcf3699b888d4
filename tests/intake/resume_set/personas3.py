"""Ground truth for the eighth blind group: eight more people in professions nobody else has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind8 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE8: tuple[Person, ...] = (
    Person(
        name="Siobhán O'Sullivan",
        headline="Registered Dental Hygienist",
        email="siobhan.osullivan@eircom.net",
        phone="+353 87 412 6690",
        city="Cork, Ireland",
        summary="Dental hygienist with six years in busy general practices, known for gentle "
        "[periodontal therapy] and patient [oral health education].",
        jobs=(
            Job(
                "Dental Hygienist",
                "Smiles Dental Cork Ltd.",
                "Cork",
                "Sep 2021",
                "Present",
                (
                    "See up to 14 patients a day for [scaling and root planing] and recall "
                    "appointments.",
                    "Take bitewing and periapical [dental radiographs] to the practice's protocol.",
                    "Run a fluoride varnish programme for two local primary schools.",
                ),
            ),
            Job(
                "Dental Hygienist",
                "Merrion Square Dental Clinic",
                "Dublin",
                "Oct 2018",
                "Aug 2021",
                (
                    "Chart pocket depths and record [periodontal charting] for new patients.",
                    "Applied fissure sealants and supported the implant maintenance clinic.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma in Dental Hygiene",
                "Trinity College Dublin",
                "Dublin, Ireland",
                "2016",
                "2018",
            ),
        ),
        skills=("Ultrasonic Scaling", "Air Polishing", "Infection Prevention", "Dentrix"),
        languages=(("English", "native"), ("Irish", "good"), ("Polish", "A2")),
        certifications=("Dental Council of Ireland Registration", "Local Anaesthesia Permit"),
        profession="dental hygienist",
    ),
    Person(
        name="Chukwuemeka Okafor",
        headline="Chartered Civil Engineer",
        email="emeka.okafor@okafor-eng.com.ng",
        phone="+234 803 555 0198",
        city="Lagos, Nigeria",
        summary="Civil engineer with nine years designing bridges and drainage, skilled in "
        "[structural analysis] and [reinforced concrete design].",
        jobs=(
            Job(
                "Senior Civil Engineer",
                "Julius Berger Nigeria Plc",
                "Abuja",
                "Jan 2020",
                "Present",
                (
                    "Lead the design of a 420 m dual-carriageway flyover in [AutoCAD Civil 3D].",
                    "Check contractor drawings against BS EN 1992 and sign off pour records.",
                    "Cut culvert costs by 12% with a revised [hydraulic modelling] approach.",
                ),
            ),
            Job(
                "Graduate Civil Engineer",
                "Arup Nigeria Limited",
                "Lagos",
                "Aug 2015",
                "Dec 2019",
                (
                    "Modelled stormwater networks for two housing estates in Lekki.",
                    "Ran [geotechnical investigation] logs and prepared borehole reports.",
                ),
            ),
        ),
        schools=(
            School(
                "MEng Civil and Structural Engineering",
                "University of Sheffield",
                "Sheffield, UK",
                "2013",
                "2014",
            ),
            School(
                "B.Sc. (Hons) Civil Engineering",
                "University of Lagos",
                "Lagos, Nigeria",
                "2008",
                "2012",
            ),
        ),
        skills=("SAP2000", "STAAD.Pro", "Eurocodes", "Site Supervision", "Bill of Quantities"),
        languages=(("English", "fluent"), ("Igbo", "native"), ("Yoruba", "conversational")),
        certifications=("COREN Registered Engineer", "MNSE"),
        profession="civil engineer",
    ),
    Person(
        name="María José Fernández López",
        headline="Bank Teller",
        email="mariajose.fernandez@correo.es",
        phone="+34 612 48 93 07",
        city="Valencia, Spain",
        summary="Bank teller with five years at the counter, accurate in [cash reconciliation] "
        "and friendly in [customer onboarding].",
        jobs=(
            Job(
                "Bank Teller",
                "CaixaBank, S.A.",
                "Valencia",
                "Mar 2021",
                "Present",
                (
                    "Process around 120 deposits, withdrawals and transfers a day with no "
                    "till differences in 2024.",
                    "Carry out [KYC checks] and [anti-money laundering] screening on new accounts.",
                    "Cross-sell savings products and cards to walk-in customers.",
                ),
            ),
            Job(
                "Customer Service Cashier",
                "El Corte Inglés, S.A.",
                "Valencia",
                "Jun 2018",
                "Feb 2021",
                ("Handled refunds, gift cards and [foreign currency exchange] at the tax desk.",),
            ),
        ),
        schools=(
            School(
                "Técnico Superior en Administración y Finanzas",
                "IES Lluís Vives",
                "Valencia, Spain",
                "2016",
                "2018",
            ),
        ),
        skills=("Cash Handling", "Teller Operations", "Banking Software", "Microsoft Excel"),
        languages=(("Spanish", "native"), ("Catalan", "fluent"), ("English", "B2")),
        certifications=("MiFID II Financial Adviser Certificate",),
        profession="bank teller",
    ),
    Person(
        name="Nguyen Thi Thu Ha",
        headline="Graphic Designer",
        email="thuha.nguyen.design@gmail.com",
        phone="+84 90 812 3456",
        city="Ho Chi Minh City, Vietnam",
        summary="Graphic designer with seven years in packaging and campaigns, strong in "
        "[brand identity] and [typography].",
        jobs=(
            Job(
                "Senior Graphic Designer",
                "Ogilvy Vietnam",
                "Ho Chi Minh City",
                "Apr 2022",
                "Present",
                (
                    "Art-direct print and social campaigns for two FMCG clients.",
                    "Build [packaging design] for a snack range sold in 3,000 stores.",
                    "Brief illustrators and check [print production] proofs at the plant.",
                ),
            ),
            Job(
                "Graphic Designer",
                "Saigon Creative Co., Ltd.",
                "Ho Chi Minh City",
                "Jul 2019",
                "Mar 2022",
                ("Designed logos and [layout design] for hotel and restaurant menus.",),
            ),
            Job(
                "Junior Designer",
                "Hanoi Printing House JSC",
                "Hanoi",
                "Sep 2017",
                "Jun 2019",
                ("Prepared print-ready files and colour-separated artwork.",),
            ),
        ),
        schools=(
            School(
                "Bachelor of Fine Arts in Graphic Design",
                "Ho Chi Minh City University of Architecture",
                "Ho Chi Minh City",
                "2013",
                "2017",
            ),
        ),
        skills=("Adobe Illustrator", "Adobe InDesign", "Photoshop", "Colour Theory", "Mock-ups"),
        languages=(("Vietnamese", "native"), ("English", "C1"), ("Japanese", "A2")),
        certifications=("Adobe Certified Professional in Graphic Design",),
        profession="graphic designer",
    ),
    Person(
        name="DeShawn T. Brooks",
        headline="HVAC Service Technician",
        email="deshawn.brooks@coolmail.net",
        phone="602.555.0183",
        city="Phoenix, AZ",
        summary="HVAC technician with eight years on residential and light commercial systems, "
        "from [refrigerant recovery] to [heat pump installation].",
        jobs=(
            Job(
                "Lead HVAC Technician",
                "Goettl Air Conditioning & Plumbing",
                "Phoenix, AZ",
                "May 2020",
                "Present",
                (
                    "Diagnose and repair split systems and rooftop units, eight calls a day "
                    "in summer.",
                    "Perform [electrical troubleshooting] on control boards and contactors.",
                    "Mentor two apprentices and keep van stock records.",
                ),
            ),
            Job(
                "HVAC Installer",
                "Desert Comfort Systems, LLC",
                "Tempe, AZ",
                "Mar 2017",
                "Apr 2020",
                (
                    "Installed ductwork and [load calculations] for new-build homes.",
                    "Brazed line sets and pressure-tested with nitrogen.",
                ),
            ),
            Job(
                "Maintenance Helper",
                "Sun Valley Property Services",
                "Mesa, AZ",
                "Jun 2015",
                "Feb 2017",
                ("Changed filters, belts and capacitors across 400 apartments.",),
            ),
        ),
        schools=(
            School(
                "Associate of Applied Science in HVAC/R Technology",
                "GateWay Community College",
                "Phoenix, AZ",
                "2013",
                "2015",
            ),
        ),
        skills=("Brazing", "Ductwork", "Preventive Maintenance", "Thermostat Wiring"),
        languages=(("English", "native"), ("Spanish", "conversational")),
        certifications=("EPA Section 608 Universal Certification", "NATE Certified Technician"),
        profession="hvac technician",
    ),
    Person(
        name="Kirsty MacLeod",
        headline="Contact Centre Team Leader",
        email="kirsty.macleod@btinternet.com",
        phone="0141 496 0732",
        city="Glasgow, UK",
        summary="Team leader running a floor of inbound advisers, with steady [call quality "
        "monitoring] and [workforce management].",
        jobs=(
            Job(
                "Team Leader",
                "Teleperformance UK Ltd",
                "Glasgow",
                "Nov 2020",
                "Present",
                (
                    "Lead 16 advisers on a utilities account and hold weekly one-to-ones.",
                    "Raised first-contact resolution from 68% to 79% through [coaching and "
                    "feedback] sessions.",
                    "Handle escalated complaints and [complaint resolution] for vulnerable "
                    "customers.",
                ),
            ),
            Job(
                "Customer Service Adviser",
                "Sky UK Limited",
                "Livingston",
                "Feb 2017",
                "Oct 2020",
                (
                    "Answered 70 inbound calls a shift on billing and broadband faults.",
                    "Met [KPI tracking] targets for handle time and customer satisfaction.",
                ),
            ),
        ),
        schools=(
            School(
                "NVQ Level 3 in Customer Service",
                "Glasgow Clyde College",
                "Glasgow",
                "2018",
                "2019",
            ),
        ),
        skills=("Genesys Cloud", "Salesforce", "Rota Planning", "Team Leadership"),
        languages=(("English", "native"), ("Scottish Gaelic", "basic")),
        certifications=("ILM Level 3 Award in Leadership and Management",),
        profession="call centre team leader",
    ),
    Person(
        name="Jean-Baptiste Morel",
        headline="Laboratory Technician, Microbiology",
        email="jb.morel@laposte.net",
        phone="06 12 34 56 78",
        city="Lyon, France",
        summary="Laboratory technician with seven years in microbiology quality control under "
        "[GMP] and [ISO 17025].",
        jobs=(
            Job(
                "Laboratory Technician",
                "bioMérieux SA",
                "Marcy-l'Étoile",
                "Jan 2021",
                "Present",
                (
                    "Run [microbial limit testing] and endotoxin assays on 40 batches a week.",
                    "Calibrate balances, pipettes and incubators and log deviations in [LIMS].",
                    "Prepare culture media and carry out [aseptic technique] audits.",
                ),
            ),
            Job(
                "Quality Control Technician",
                "Eurofins Scientific SE",
                "Nantes",
                "Sep 2017",
                "Dec 2020",
                ("Performed [PCR testing] and water analysis for food industry clients.",),
            ),
        ),
        schools=(
            School(
                "Licence Biologie",
                "Université Claude Bernard Lyon 1",
                "Villeurbanne",
                "2015",
                "2017",
            ),
            School(
                "BTS Analyses de Biologie Médicale",
                "Lycée Jean Perrin",
                "Lyon",
                "2013",
                "2015",
            ),
        ),
        skills=("Cell Culture", "HPLC", "Sample Preparation", "Laboratory Safety"),
        languages=(("French", "native"), ("English", "C1"), ("Spanish", "A2")),
        certifications=(),
        profession="laboratory technician",
    ),
    Person(
        name="Aroha Ngata",
        headline="Licensed Real Estate Salesperson",
        email="aroha@ngata-realty.co.nz",
        phone="+64 21 555 0187",
        city="Auckland, New Zealand",
        summary="Real estate agent selling homes in central Auckland, with sharp [property "
        "appraisal] and calm [contract negotiation].",
        jobs=(
            Job(
                "Licensed Salesperson",
                "Ray White Ponsonby",
                "Auckland",
                "Feb 2021",
                "Present",
                (
                    "Sold 46 residential properties in 2024 worth NZD 62 million.",
                    "Run open homes and [auction campaigns] with vendor reports every week.",
                    "Build listings through [lead generation] and letterbox drops.",
                ),
            ),
            Job(
                "Property Manager",
                "Barfoot & Thompson Ltd",
                "Auckland",
                "Mar 2017",
                "Jan 2021",
                (
                    "Managed a rent roll of 140 properties and their routine inspections.",
                    "Prepared Tenancy Tribunal applications for rent arrears.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Commerce",
                "University of Auckland",
                "Auckland",
                "2012",
                "2015",
            ),
        ),
        skills=("Property Marketing", "Open Homes", "CRM", "Vendor Management", "Market Analysis"),
        languages=(("English", "native"), ("Māori", "intermediate")),
        certifications=("New Zealand Certificate in Real Estate (Salesperson) (Level 4)",),
        profession="real estate agent",
    ),
)
