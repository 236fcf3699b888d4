"""Ground truth for the twelfth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Three of them were
promoted inside one employer, so that employer is in two of their jobs. Only blind12 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE12: tuple[Person, ...] = (
    Person(
        name="Kayode Balogun",
        headline="Coded Pipe Welder",
        email="kayode.balogun@outlook.com",
        phone="+44 7700 900412",
        city="Aberdeen, UK",
        summary="Coded welder with eleven years on offshore and process pipework, qualified in "
        "[TIG welding] and [MMA welding] of carbon and stainless steel to ASME IX.",
        jobs=(
            Job(
                "Coded Pipe Welder",
                "Wood Group UK Ltd.",
                "Aberdeen",
                "Jun 2018",
                "Present",
                (
                    "Weld 6G pipe spools in duplex and super duplex for North Sea platforms.",
                    "Read [isometric drawings] and weld procedure specifications before fit-up.",
                    "Hold a repair rate under 1.5% on radiographed joints for five years.",
                ),
            ),
            Job(
                "Welder Fabricator",
                "Nigerian Agip Oil Company Limited",
                "Port Harcourt",
                "Feb 2013",
                "May 2018",
                (
                    "Fabricated skids and pressure vessel nozzles for flow stations.",
                    "Carried out [orbital welding] on instrument tubing and ran "
                    "[post-weld heat treatment] records.",
                ),
            ),
            Job(
                "Apprentice Welder",
                "Dorman Long Engineering Ltd",
                "Lagos",
                "Jan 2011",
                "Jan 2013",
                ("Prepared bevels, tacked joints and ground welds under a supervisor.",),
            ),
        ),
        schools=(
            School(
                "NVQ Level 3 in Fabrication and Welding Engineering",
                "North East Scotland College",
                "Aberdeen",
                "2017",
                "2018",
            ),
            School(
                "National Technical Certificate, Welding and Fabrication",
                "Government Technical College Ikotun",
                "Lagos",
                "2007",
                "2010",
            ),
        ),
        skills=("Stick Welding", "Flux-Cored Arc Welding", "Blueprint Reading", "Oxy-fuel Cutting"),
        languages=(("English", "fluent"), ("Yoruba", "native"), ("Pidgin", "native")),
        certifications=("CSWIP 3.1 Welding Inspector", "BOSIET with CA-EBS"),
        profession="welder",
    ),
    Person(
        name="Juan Pablo Ortega Salinas",
        headline="Head Sommelier",
        email="jportega.vinos@gmail.com",
        phone="+34 612 48 73 05",
        city="Barcelona, Spain",
        summary="Head sommelier for a Michelin-starred dining room, building a 900-reference "
        "cellar with a taste for Priorat and Jura, and known for [food and wine pairing].",
        jobs=(
            Job(
                "Head Sommelier",
                "Restaurante Mirador del Port, S.L.",
                "Barcelona",
                "Apr 2021",
                "Present",
                (
                    "Run [wine list curation] and buying for a cellar of 900 references.",
                    "Lead a team of three sommeliers and train the floor staff in [wine service].",
                    "Raised beverage revenue per cover by 18% in two years.",
                ),
            ),
            Job(
                "Assistant Sommelier",
                "Restaurante Mirador del Port, S.L.",
                "Barcelona",
                "Mar 2018",
                "Mar 2021",
                (
                    "Served the tasting menu's pairings and ran [cellar management] stock counts.",
                    "Decanted and presented older vintages at table.",
                ),
            ),
            Job(
                "Commis Sommelier",
                "The Greenhouse Mayfair Ltd",
                "London",
                "Sep 2015",
                "Feb 2018",
                ("Supported [blind tasting] sessions and cellar receiving.",),
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
        skills=("Wine Pricing", "Coravin", "Sake", "Beverage Costing", "Spirits Knowledge"),
        languages=(("Spanish", "native"), ("Catalan", "native"), ("English", "C1")),
        certifications=(
            "Advanced Sommelier, Court of Master Sommeliers",
            "WSET Level 3 Award in Wines",
        ),
        profession="sommelier",
    ),
    Person(
        name="Joost van Leeuwen",
        headline="Crane Operator (Mobile and Ship-to-Shore)",
        email="j.vanleeuwen@ziggo.nl",
        phone="+31 6 4127 8830",
        city="Rotterdam, Netherlands",
        summary="Crane operator with fourteen years in container terminals and heavy lift, "
        "skilled in [ship-to-shore crane operation] and [load chart interpretation].",
        jobs=(
            Job(
                "Senior Crane Operator",
                "APM Terminals Maasvlakte II B.V.",
                "Rotterdam",
                "Jan 2020",
                "Present",
                (
                    "Move 30 to 35 containers an hour on twin-lift ship-to-shore cranes.",
                    "Coach new operators in [tandem lifting] and wind-limit procedures.",
                ),
            ),
            Job(
                "Crane Operator",
                "APM Terminals Maasvlakte II B.V.",
                "Rotterdam",
                "May 2015",
                "Dec 2019",
                (
                    "Operated straddle carriers and quay cranes on the night shift.",
                    "Carried out [pre-use inspections] and logged faults for the engineers.",
                ),
            ),
            Job(
                "Mobile Crane Driver",
                "Kraanverhuur Van Dalen & Zn.",
                "Dordrecht",
                "Aug 2010",
                "Apr 2015",
                (
                    "Drove and rigged 50 to 120 t all-terrain cranes on construction sites.",
                    "Planned lifts with the appointed person and the [rigging and slinging] crew.",
                ),
            ),
        ),
        schools=(
            School(
                "MBO Niveau 3 Machinist Grond-, Water- en Wegenbouw",
                "Albeda College",
                "Rotterdam",
                "2007",
                "2010",
            ),
        ),
        skills=("Load Calculations", "Banksman Signals", "Outrigger Setup", "Liebherr LTM"),
        languages=(("Dutch", "native"), ("English", "good"), ("German", "basic")),
        certifications=("TCVT Mobile Crane Operator Certificate", "VCA VOL"),
        profession="crane operator",
    ),
    Person(
        name="Nguyễn Minh Châu",
        headline="Genetic Counsellor",
        email="chau.nguyen@petermac.org.au",
        phone="+61 3 9555 0418",
        city="Melbourne, VIC",
        summary="Genetic counsellor in hereditary cancer and prenatal genetics, experienced in "
        "[pedigree analysis] and [risk assessment] for families from many backgrounds.",
        jobs=(
            Job(
                "Senior Genetic Counsellor",
                "Peter MacCallum Cancer Centre",
                "Melbourne",
                "Jul 2019",
                "Present",
                (
                    "Counsel 300 patients a year about BRCA1, BRCA2 and Lynch syndrome testing.",
                    "Lead [cascade testing] for relatives and write results letters.",
                    "Co-run the [variant interpretation] meeting with the laboratory scientists.",
                ),
            ),
            Job(
                "Genetic Counsellor",
                "Monash Health",
                "Clayton",
                "Feb 2015",
                "Jun 2019",
                (
                    "Provided [prenatal counselling] after abnormal NIPT and ultrasound findings.",
                    "Supported couples through [informed consent] for carrier screening.",
                ),
            ),
        ),
        schools=(
            School(
                "Master of Genetic Counselling",
                "The University of Melbourne",
                "Melbourne",
                "2013",
                "2014",
            ),
            School(
                "BSc (Hons) Genetics",
                "Monash University",
                "Clayton",
                "2009",
                "2012",
            ),
        ),
        skills=(
            "Psychosocial Support",
            "Clinical Genetics",
            "Genomic Testing",
            "Bereavement Support",
        ),
        languages=(
            ("English", "fluent"),
            ("Vietnamese", "native"),
            ("Cantonese", "conversational"),
        ),
        certifications=("HGSA Board Certified Genetic Counsellor",),
        profession="genetic counsellor",
    ),
    Person(
        name="Maeve O'Driscoll",
        headline="Official Court Reporter",
        email="maeve.odriscoll@courtreporting.us",
        phone="(215) 555-0139",
        city="Philadelphia, PA",
        summary="Court reporter writing 260 words a minute, producing verbatim records of trials "
        "and depositions through [stenography] and [realtime captioning].",
        jobs=(
            Job(
                "Official Court Reporter",
                "Court of Common Pleas of Philadelphia County",
                "Philadelphia",
                "Oct 2017",
                "Present",
                (
                    "Take down criminal jury trials and sentencings in a busy courtroom.",
                    "Deliver daily copy and [transcript preparation] within 24 hours on request.",
                    "Keep a job dictionary of 60,000 entries for [CAT software].",
                ),
            ),
            Job(
                "Freelance Deposition Reporter",
                "Veritext, LLC",
                "Philadelphia",
                "Jun 2013",
                "Sep 2017",
                (
                    "Reported medical malpractice and patent depositions, including "
                    "[remote depositions].",
                    "Marked exhibits and produced certified transcripts.",
                ),
            ),
        ),
        schools=(
            School(
                "Associate of Applied Science in Court Reporting",
                "Community College of Philadelphia",
                "Philadelphia",
                "2010",
                "2013",
            ),
        ),
        skills=(
            "Case CATalyst",
            "Legal Terminology",
            "Medical Terminology",
            "Proofreading Transcripts",
        ),
        languages=(("English", "native"), ("Irish", "basic")),
        certifications=(
            "Registered Professional Reporter (RPR)",
            "Certified Realtime Reporter (CRR)",
        ),
        profession="court reporter",
    ),
    Person(
        name="Harpreet Kaur Sandhu",
        headline="Tax Manager, Private Clients",
        email="harpreet.sandhu@hollinspryce.co.uk",
        phone="0121 496 0732",
        city="Birmingham, UK",
        summary="Chartered tax adviser advising families and owner-managed businesses on "
        "[inheritance tax planning] and [capital gains tax].",
        jobs=(
            Job(
                "Tax Manager",
                "Hollins & Pryce LLP",
                "Birmingham",
                "Jul 2022",
                "Present",
                (
                    "Manage a portfolio of 120 private clients and trusts.",
                    "Advise on [self-assessment] and [trust taxation] for landed estates.",
                    "Review returns prepared by a team of four.",
                ),
            ),
            Job(
                "Tax Senior",
                "Hollins & Pryce LLP",
                "Birmingham",
                "Sep 2019",
                "Jun 2022",
                (
                    "Prepared returns and computations and drafted [HMRC correspondence].",
                    "Handled enquiries from HMRC on residence and domicile.",
                ),
            ),
            Job(
                "Tax Trainee",
                "Grant Thornton UK LLP",
                "Birmingham",
                "Sep 2016",
                "Aug 2019",
                ("Prepared [corporation tax] computations for owner-managed companies.",),
            ),
        ),
        schools=(
            School(
                "BSc (Hons) Accounting and Finance",
                "Aston University",
                "Birmingham",
                "2013",
                "2016",
            ),
        ),
        skills=("VAT Returns", "Alphatax", "Tax Compliance", "Estate Planning"),
        languages=(("English", "native"), ("Punjabi", "fluent"), ("Hindi", "good")),
        certifications=("Chartered Tax Adviser (CTA)", "ATT Member"),
        profession="tax adviser",
    ),
    Person(
        name="Ciarán Whelan",
        headline="Master Locksmith",
        email="ciaran@whelanlocks.ie",
        phone="+353 87 412 6633",
        city="Cork, Ireland",
        summary="Locksmith with ten years of domestic and commercial work, from "
        "[emergency lockouts] "
        "to [master key systems] for schools and offices.",
        jobs=(
            Job(
                "Owner and Locksmith",
                "Whelan Locks & Safes Ltd.",
                "Cork",
                "Mar 2019",
                "Present",
                (
                    "Answer 24-hour call-outs across Cork city and county.",
                    "Fit and service [access control systems] and electric strikes.",
                    "Carry out [safe opening] and combination changes for banks and jewellers.",
                ),
            ),
            Job(
                "Locksmith",
                "Chubb Fire & Security Ireland Limited",
                "Dublin",
                "Apr 2014",
                "Feb 2019",
                (
                    "Installed high-security cylinders and [lock rekeying] for office fit-outs.",
                    "Surveyed doors and quoted upgrades for insurance standards.",
                ),
            ),
        ),
        schools=(
            School(
                "QQI Level 5 Certificate in Security Systems",
                "Cork College of FET",
                "Cork",
                "2012",
                "2013",
            ),
        ),
        skills=("Key Cutting", "UPVC Door Repair", "Lock Picking", "Key Duplication"),
        languages=(("English", "native"), ("Irish", "fluent")),
        certifications=("Master Locksmiths Association Approved",),
        profession="locksmith",
    ),
    Person(
        name="Anne-Laure Fontaine",
        headline="Fitness Instructor and Personal Trainer",
        email="annelaure.fontaine@free.fr",
        phone="06 72 18 44 95",
        city="Lyon, France",
        summary="Fitness instructor teaching group classes and one-to-one sessions, certified in "
        "[indoor cycling] and [Pilates instruction], with a background in sports science.",
        jobs=(
            Job(
                "Group Fitness Instructor",
                "Keep Cool SAS",
                "Lyon",
                "Sep 2020",
                "Present",
                (
                    "Teach 14 classes a week: [HIIT], body pump and [circuit training].",
                    "Write [exercise programming] for members returning from injury.",
                    "Run the club's induction for 40 new members a month.",
                ),
            ),
            Job(
                "Personal Trainer",
                "L'Usine Sport & Bien-être",
                "Villeurbanne",
                "Jan 2017",
                "Aug 2020",
                (
                    "Coached 25 private clients in [strength and conditioning].",
                    "Made [body composition analysis] reports every six weeks.",
                ),
            ),
        ),
        schools=(
            School(
                "Licence STAPS, Entraînement sportif",
                "Université Claude Bernard Lyon 1",
                "Villeurbanne",
                "2013",
                "2016",
            ),
        ),
        skills=("Aqua Aerobics", "Kettlebell Training", "Nutrition Coaching", "Mobility Work"),
        languages=(("French", "native"), ("English", "B2"), ("Italian", "A2")),
        certifications=("BPJEPS Activités de la Forme", "Les Mills BODYPUMP Instructor"),
        profession="fitness instructor",
    ),
)
