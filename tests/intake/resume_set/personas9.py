"""Ground truth for the fourteenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind14 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE14: tuple[Person, ...] = (
    Person(
        name="Hemi Tautahi",
        headline="Commercial Beekeeper",
        email="hemi.tautahi@xtra.co.nz",
        phone="+64 27 481 2093",
        city="Whanganui, New Zealand",
        summary="Beekeeper with nine seasons running commercial apiaries for manuka honey and "
        "kiwifruit pollination, careful with [varroa management] and hive health records.",
        jobs=(
            Job(
                "Apiary Manager",
                "Kaituna Honey Co. Ltd",
                "Whanganui",
                "Aug 2020",
                "Present",
                (
                    "Run 1,400 hives over 60 sites and a crew of five through the spring build-up "
                    "and the manuka flow.",
                    "Plan [queen rearing] from our own breeder lines and requeen a third of the "
                    "hives each autumn.",
                    "Keep the American foulbrood inspection records the Management Agency asks "
                    "for.",
                ),
            ),
            Job(
                "Beekeeper",
                "Comvita New Zealand Limited",
                "Te Puke",
                "Sep 2016",
                "Jul 2020",
                (
                    "Moved hives into kiwifruit orchards for [pollination contracts] and back "
                    "out at petal fall.",
                    "Extracted and drummed honey to the company's food safety programme.",
                ),
            ),
        ),
        schools=(
            School(
                "New Zealand Certificate in Apiculture (Level 4)",
                "Toi Ohomai Institute of Technology",
                "Rotorua",
                "2015",
                "2016",
            ),
        ),
        skills=(
            "Hive Inspections",
            "Honey Extraction",
            "Swarm Control",
            "Forklift Operation",
        ),
        languages=(("English", "native"), ("Māori", "conversational")),
        certifications=(
            "DECA Certificate of Competence (AFB)",
            "Approved Beekeeper, Manuka Honey Standard",
        ),
        profession="beekeeper",
    ),
    Person(
        name="Lucía Fernández Ortega",
        headline="Court Interpreter (Spanish–English)",
        email="lucia.fernandez.interprete@gmail.com",
        phone="+34 611 48 27 90",
        city="Valencia, Spain",
        summary="Sworn interpreter working in criminal and family courts, with [consecutive "
        "interpreting] and [sight translation] of statements and judgments.",
        jobs=(
            Job(
                "Court Interpreter",
                "Ciudad de la Justicia de Valencia",
                "Valencia",
                "Jan 2019",
                "Present",
                (
                    "Interpret hearings, witness statements and sentencing for defendants who "
                    "speak English or French.",
                    "Provide [simultaneous interpreting] in whispered form in jury trials.",
                    "Translate police reports and expert evidence under deadline.",
                ),
            ),
            Job(
                "Freelance Interpreter",
                "Seprotec Multilingual Solutions S.L.",
                "Madrid",
                "Mar 2015",
                "Dec 2018",
                (
                    "Covered police stations, asylum interviews and notary signings on call.",
                    "Kept a bilingual legal glossary shared with the Valencia team.",
                ),
            ),
            Job(
                "Language Assistant",
                "Instituto Cervantes",
                "Dublin",
                "Sep 2013",
                "Jun 2014",
                ("Taught Spanish conversation classes to adults at A2 and B1.",),
            ),
        ),
        schools=(
            School(
                "Máster en Traducción Jurídica e Interpretación",
                "Universitat Jaume I",
                "Castellón",
                "2014",
                "2015",
            ),
            School(
                "Grado en Traducción e Interpretación",
                "Universitat de València",
                "Valencia",
                "2009",
                "2013",
            ),
        ),
        skills=(
            "Legal Terminology",
            "Note-Taking Technique",
            "Court Procedure",
            "Terminology Management",
        ),
        languages=(("Spanish", "native"), ("English", "C2"), ("French", "C1"), ("Catalan", "C2")),
        certifications=("Traductora-Intérprete Jurada de Inglés (MAEC)",),
        profession="court interpreter",
    ),
    Person(
        name="Matthias Brandstätter",
        headline="Certified Orthotist (Orthopädietechnik-Meister)",
        email="m.brandstaetter@posteo.de",
        phone="+49 89 2180 4417",
        city="Munich, Germany",
        summary="Master orthotist fitting lower-limb orthoses for stroke, polio and sports "
        "patients, from [gait analysis] and casting to the final fit.",
        jobs=(
            Job(
                "Orthotist",
                "Sanitätshaus Aktuell AG",
                "Munich",
                "Apr 2018",
                "Present",
                (
                    "Assess patients in clinic and with a consultant, then design "
                    "[ankle-foot orthoses] and knee braces to prescription.",
                    "Scan limbs with a 3D scanner and oversee [CAD/CAM fabrication] in the "
                    "in-house workshop.",
                    "Train two apprentices through their journeyman exam.",
                ),
            ),
            Job(
                "Orthopaedic Technician",
                "Ottobock SE & Co. KGaA",
                "Duderstadt",
                "Sep 2013",
                "Mar 2018",
                (
                    "Built carbon and thermoplastic orthoses in the patient care centre.",
                    "Tested C-Brace fittings with the clinical research team.",
                ),
            ),
        ),
        schools=(
            School(
                "Meisterprüfung Orthopädietechnik",
                "Bundesfachschule für Orthopädie-Technik",
                "Dortmund",
                "2016",
                "2017",
            ),
            School(
                "Apprenticeship, Orthopaedic Technician",
                "Berufsschule Göttingen",
                "Göttingen",
                "2010",
                "2013",
            ),
        ),
        skills=(
            "Plaster Casting",
            "Thermoforming",
            "Patient Assessment",
            "Carbon Fibre Lamination",
        ),
        languages=(("German", "native"), ("English", "B2")),
        certifications=("Meister im Orthopädietechniker-Handwerk",),
        profession="orthotist",
    ),
    Person(
        name="Rasmus Kjærgaard",
        headline="Wind Turbine Service Technician",
        email="rasmus.kjaergaard@outlook.dk",
        phone="+45 28 71 36 04",
        city="Esbjerg, Denmark",
        summary="Service technician on onshore and offshore turbines, strong on "
        "[troubleshooting] converters and pitch systems and on [working at height] safely.",
        jobs=(
            Job(
                "Senior Service Technician",
                "Siemens Gamesa Renewable Energy A/S",
                "Esbjerg",
                "Mar 2021",
                "Present",
                (
                    "Lead a two-person team on scheduled service of SWT-7.0 turbines at Horns "
                    "Rev 3.",
                    "Replace pitch bearings and main components with the [rope access] crew.",
                    "Write service reports in SAP PM and flag recurring faults to engineering.",
                ),
            ),
            Job(
                "Service Technician",
                "Vestas Wind Systems A/S",
                "Ringkøbing",
                "Jun 2016",
                "Feb 2021",
                (
                    "Serviced V90 and V112 turbines and did [torque and tension] checks on "
                    "tower bolts.",
                    "Fault-found on PLC alarms from the control room.",
                ),
            ),
            Job(
                "Electrician",
                "Bravida Danmark A/S",
                "Esbjerg",
                "Aug 2012",
                "May 2016",
                ("Installed power and lighting in schools and industrial buildings.",),
            ),
        ),
        schools=(
            School(
                "Electrician (Elektriker) Vocational Education",
                "EUC Vest",
                "Esbjerg",
                "2008",
                "2012",
            ),
        ),
        skills=("High Voltage Switching", "Hydraulics", "Preventive Maintenance", "SAP PM"),
        languages=(("Danish", "native"), ("English", "fluent"), ("German", "basic")),
        certifications=(
            "GWO Basic Safety Training",
            "GWO Basic Technical Training",
            "IRATA Level 1 Rope Access Technician",
        ),
        profession="wind turbine technician",
    ),
    Person(
        name="Kenji Watanabe",
        headline="Piano Technician and Tuner",
        email="kenji.watanabe.piano@gmail.com",
        phone="+81 90-3318-7452",
        city="Hamamatsu, Japan",
        summary="Piano tuner for concert halls and schools, trained in [concert tuning] and "
        "[voicing] on grand pianos before recitals.",
        jobs=(
            Job(
                "Concert Piano Technician",
                "Yamaha Corporation",
                "Hamamatsu",
                "Apr 2017",
                "Present",
                (
                    "Tune and prepare CFX concert grands for recitals and recordings at "
                    "partner halls.",
                    "Carry out [regulation] of grand actions after hammer replacement.",
                    "Teach tuning to new technicians at the company academy.",
                ),
            ),
            Job(
                "Piano Tuner",
                "Kawai Musical Instruments Mfg. Co., Ltd.",
                "Nagoya",
                "Apr 2012",
                "Mar 2017",
                (
                    "Tuned about 900 upright and grand pianos a year in homes and schools.",
                    "Quoted and arranged repairs and restringing.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma in Piano Technology",
                "Yamaha Piano Technical Academy",
                "Hamamatsu",
                "2010",
                "2012",
            ),
        ),
        skills=("Aural Tuning", "Action Repair", "Restringing", "Electronic Tuning Devices"),
        languages=(("Japanese", "native"), ("English", "intermediate")),
        certifications=("Piano Tuning Technician, National Skills Test Grade 1",),
        profession="piano tuner",
    ),
    Person(
        name="Thandiwe Mokoena",
        headline="Forensic Accountant, CA(SA)",
        email="thandiwe.mokoena@icloud.com",
        phone="+27 82 555 0193",
        city="Johannesburg, South Africa",
        summary="Chartered accountant who investigates procurement fraud and corruption, "
        "writing reports that stand up in court and at disciplinary hearings.",
        jobs=(
            Job(
                "Senior Manager, Forensic Services",
                "PricewaterhouseCoopers Inc.",
                "Johannesburg",
                "Feb 2020",
                "Present",
                (
                    "Lead [fraud investigations] for state-owned companies and listed "
                    "clients, with teams of up to eight.",
                    "Trace funds through bank statements and ledgers with IDEA and "
                    "[data analytics].",
                    "Give [expert witness testimony] at the Specialised Commercial Crimes Court.",
                ),
            ),
            Job(
                "Forensic Accountant",
                "Special Investigating Unit",
                "Pretoria",
                "Jan 2016",
                "Jan 2020",
                (
                    "Investigated irregular tenders under presidential proclamations.",
                    "Prepared evidence bundles for civil recovery in the Special Tribunal.",
                ),
            ),
            Job(
                "Audit Trainee",
                "Deloitte & Touche",
                "Johannesburg",
                "Jan 2013",
                "Dec 2015",
                ("Audited mining and retail clients during the training contract.",),
            ),
        ),
        schools=(
            School(
                "Postgraduate Diploma in Accounting (CTA)",
                "University of the Witwatersrand",
                "Johannesburg",
                "2012",
                "2012",
            ),
            School(
                "BCom Accounting",
                "University of Pretoria",
                "Pretoria",
                "2009",
                "2011",
            ),
        ),
        skills=("IFRS", "Litigation Support", "Interviewing Techniques", "Asset Tracing"),
        languages=(("English", "fluent"), ("Sesotho", "native"), ("Afrikaans", "good")),
        certifications=("Chartered Accountant CA(SA)", "Certified Fraud Examiner (CFE)"),
        profession="forensic accountant",
    ),
    Person(
        name="Dafydd Morgan",
        headline="Registered Farrier (DipWCF)",
        email="dafydd@morganfarriery.co.uk",
        phone="07831 442 906",
        city="Brecon, Wales",
        summary="Farrier shoeing sport horses, hunters and ponies across Powys, with "
        "[remedial shoeing] worked out with the owner's vet.",
        jobs=(
            Job(
                "Farrier (self-employed)",
                "Morgan Farriery Services",
                "Brecon",
                "May 2018",
                "Present",
                (
                    "Shoe and trim around 35 horses a week on a round of yards and livery stables.",
                    "Make [hot shoeing] and surgical shoes at the forge for laminitis cases.",
                    "Work alongside vets on X-ray-guided [therapeutic farriery].",
                ),
            ),
            Job(
                "Approved Training Farrier's Apprentice",
                "Tom Bevan Farriers Ltd",
                "Abergavenny",
                "Sep 2014",
                "Apr 2018",
                (
                    "Forged and fitted shoes under an Approved Training Farrier.",
                    "Looked after the van forge, stock and records.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma of the Worshipful Company of Farriers",
                "Hereford College of Arts and Technology",
                "Hereford",
                "2014",
                "2018",
            ),
        ),
        skills=("Forging", "Hoof Trimming", "Equine Anatomy", "Customer Bookings"),
        languages=(("English", "native"), ("Welsh", "fluent")),
        certifications=("Farriers Registration Council, registered farrier",),
        profession="farrier",
    ),
    Person(
        name="Grace Njeri Ndungu",
        headline="Hospital Chaplain",
        email="grace.ndungu@gmail.com",
        phone="+1 (416) 555-0178",
        city="Toronto, ON, Canada",
        summary="Interfaith chaplain giving [spiritual care] to patients, families and staff in "
        "acute and palliative settings, trained in [crisis support].",
        jobs=(
            Job(
                "Staff Chaplain",
                "Sunnybrook Health Sciences Centre",
                "Toronto",
                "Oct 2019",
                "Present",
                (
                    "Visit patients on the trauma, oncology and palliative units and respond "
                    "to code blue pages overnight.",
                    "Lead [bereavement support] groups and the annual memorial service.",
                    "Teach spiritual care to medical residents.",
                ),
            ),
            Job(
                "Spiritual Care Resident",
                "Toronto General Hospital",
                "Toronto",
                "Sep 2017",
                "Aug 2019",
                (
                    "Completed four units of clinical pastoral education on medical wards.",
                    "Charted visits in the electronic record for the care team.",
                ),
            ),
            Job(
                "Associate Pastor",
                "St. Andrew's Presbyterian Church",
                "Nairobi",
                "Jan 2012",
                "Jun 2017",
                ("Led worship, youth ministry and home visits to elderly members.",),
            ),
        ),
        schools=(
            School(
                "Master of Pastoral Studies",
                "Emmanuel College, University of Toronto",
                "Toronto",
                "2015",
                "2017",
            ),
            School(
                "Bachelor of Divinity",
                "St. Paul's University",
                "Limuru",
                "2007",
                "2011",
            ),
        ),
        skills=(
            "Palliative Care",
            "Active Listening",
            "Ritual and Prayer",
            "Ethics Consultation",
        ),
        languages=(("English", "fluent"), ("Swahili", "native"), ("Kikuyu", "native")),
        certifications=("Certified Spiritual Care Practitioner (CASC)",),
        profession="hospital chaplain",
    ),
)
