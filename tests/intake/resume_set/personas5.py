"""Ground truth for the tenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind10 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE10: tuple[Person, ...] = (
    Person(
        name="Hamish MacLeod",
        headline="Senior First Officer, Boeing 777",
        email="hamish.macleod@flyermail.ae",
        phone="+971 50 412 7789",
        city="Dubai, UAE",
        summary="Airline pilot with 7,400 flight hours on wide-body and turboprop aircraft, "
        "strong in [long-haul operations] and [threat and error management].",
        jobs=(
            Job(
                "Senior First Officer",
                "Emirates",
                "Dubai",
                "Feb 2019",
                "Present",
                (
                    "Fly Boeing 777-300ER rotations to Asia, Australia and the Americas as "
                    "pilot flying and pilot monitoring.",
                    "Act as [line training] captain's assistant for newly rated first officers.",
                    "Plan [ETOPS] diversions and fuel with dispatch on Pacific sectors.",
                ),
            ),
            Job(
                "First Officer",
                "easyJet Airline Company Limited",
                "London Gatwick",
                "Apr 2015",
                "Jan 2019",
                (
                    "Flew up to six A320 sectors a day on the European short-haul network.",
                    "Completed recurrent [upset prevention and recovery] in the simulator "
                    "every six months.",
                ),
            ),
            Job(
                "Second Officer",
                "Loganair Ltd",
                "Glasgow",
                "Jun 2012",
                "Mar 2015",
                (
                    "Operated Saab 340 and Twin Otter services to the Highlands and Islands, "
                    "including the Barra beach landing.",
                ),
            ),
        ),
        schools=(
            School(
                "MEng Aeronautical Engineering",
                "University of Bristol",
                "Bristol",
                "2006",
                "2010",
            ),
            School(
                "Integrated ATPL Programme",
                "CAE Oxford Aviation Academy",
                "Oxford",
                "2010",
                "2012",
            ),
        ),
        skills=(
            "Crew Resource Management",
            "Instrument Flight Rules",
            "Flight Planning",
            "Weather Radar Interpretation",
        ),
        languages=(("English", "native"), ("Scottish Gaelic", "intermediate"), ("Arabic", "basic")),
        certifications=("Airline Transport Pilot Licence", "Boeing 777 Type Rating"),
        profession="airline pilot",
    ),
    Person(
        name="Liam O'Rourke",
        headline="Firefighter / Paramedic",
        email="liam.orourke@rogers.com",
        phone="(416) 555-0138",
        city="Toronto, Canada",
        summary="Firefighter with ten years on a busy downtown pumper, trained in "
        "[structural firefighting] and [hazardous materials response].",
        jobs=(
            Job(
                "Firefighter First Class",
                "Toronto Fire Services",
                "Toronto",
                "Aug 2017",
                "Present",
                (
                    "Respond to 2,300 calls a year from Station 314 in the financial district.",
                    "Perform [vehicle extrication] with hydraulic rescue tools at highway "
                    "collisions.",
                    "Lead the crew's monthly [high-angle rope rescue] drills.",
                ),
            ),
            Job(
                "Probationary Firefighter",
                "Mississauga Fire & Emergency Services",
                "Mississauga",
                "Jan 2014",
                "Jul 2017",
                (
                    "Ran hose lines and ladders at residential and warehouse fires.",
                    "Delivered [fire prevention education] in primary schools each October.",
                ),
            ),
        ),
        schools=(
            School(
                "Ontario College Diploma, Pre-Service Firefighter Education and Training",
                "Humber College",
                "Toronto",
                "2011",
                "2013",
            ),
        ),
        skills=(
            "Self-Contained Breathing Apparatus",
            "Incident Command System",
            "Ventilation Tactics",
            "Pump Operations",
        ),
        languages=(("English", "native"), ("French", "conversational")),
        certifications=("NFPA 1001 Firefighter II", "Primary Care Paramedic"),
        profession="firefighter",
    ),
    Person(
        name="Marie-Claire Dubois",
        headline="Optométriste / Optometrist",
        email="mc.dubois@orange.fr",
        phone="+33 6 12 45 78 90",
        city="Lyon, France",
        summary="Optometrist with eight years in hospital and high-street practice, focused "
        "on [binocular vision assessment] and [contact lens fitting].",
        jobs=(
            Job(
                "Optometrist",
                "Hospices Civils de Lyon",
                "Lyon",
                "Sep 2020",
                "Present",
                (
                    "Examine 25 patients a day in the ophthalmology outpatient clinic.",
                    "Run [visual field testing] and OCT scans before glaucoma consultations.",
                    "Screen diabetic patients with [fundus photography] and flag referrals.",
                ),
            ),
            Job(
                "Optician-Optometrist",
                "Krys Group SAS",
                "Villeurbanne",
                "Jul 2016",
                "Aug 2020",
                (
                    "Fitted scleral and orthokeratology lenses for keratoconus patients.",
                    "Carried out [myopia management] follow-ups for children under twelve.",
                ),
            ),
        ),
        schools=(
            School(
                "Licence Sciences pour la Santé, parcours Optique",
                "Université Claude Bernard Lyon 1",
                "Lyon",
                "2011",
                "2014",
            ),
            School(
                "Master Sciences de la Vision",
                "Université Paris-Saclay",
                "Orsay",
                "2014",
                "2016",
            ),
        ),
        skills=("Refraction", "Slit Lamp Biomicroscopy", "Tonometry", "Low Vision Aids"),
        languages=(("French", "native"), ("English", "fluent"), ("Italian", "B1")),
        certifications=("BTS Opticien-Lunetier",),
        profession="optometrist",
    ),
    Person(
        name="Tomasz Kowalczyk",
        headline="Bench Joiner & Site Carpenter",
        email="tomek.kowalczyk@btinternet.com",
        phone="07911 283645",
        city="Glasgow, UK",
        summary="Time-served joiner with fourteen years in workshops and on site, from "
        "[bespoke staircases] to [first and second fix carpentry].",
        jobs=(
            Job(
                "Bench Joiner",
                "Morris & Spottiswood Ltd",
                "Glasgow",
                "Mar 2018",
                "Present",
                (
                    "Set out and make sash windows, doors and panelling for listed buildings.",
                    "Program the [CNC router] for repeat mouldings and raised panels.",
                    "Train two apprentices in [hand-cut joinery] and hardwood finishing.",
                ),
            ),
            Job(
                "Site Carpenter",
                "Balfour Beatty plc",
                "Edinburgh",
                "May 2013",
                "Feb 2018",
                (
                    "Built [timber frame construction] for a 140-home development in Leith.",
                    "Hung fire doors and fitted ironmongery to the specification.",
                ),
            ),
            Job(
                "Carpenter",
                "Budimex S.A.",
                "Kraków",
                "Sep 2009",
                "Apr 2013",
                ("Formed concrete shuttering and roof trusses on residential blocks.",),
            ),
        ),
        schools=(
            School(
                "NVQ Level 3 Wood Occupations (Bench Joinery)",
                "City of Glasgow College",
                "Glasgow",
                "2013",
                "2015",
            ),
        ),
        skills=("Architectural Joinery", "Roof Framing", "Kitchen Fitting", "Wood Machining"),
        languages=(("Polish", "native"), ("English", "fluent")),
        certifications=("CSCS Blue Skilled Worker Card",),
        profession="carpenter",
    ),
    Person(
        name="María José Castillo Navarro",
        headline="Senior Commercial Underwriter",
        email="mjcastillo@segurosmail.es",
        phone="+34 915 23 47 81",
        city="Madrid, Spain",
        summary="Insurance underwriter with eleven years pricing property and liability "
        "risks for mid-size companies, skilled in [catastrophe exposure modelling] and "
        "[reinsurance treaty wording].",
        jobs=(
            Job(
                "Senior Commercial Underwriter",
                "MAPFRE España, S.A.",
                "Madrid",
                "Jan 2020",
                "Present",
                (
                    "Underwrite a €48m book of industrial property and business interruption "
                    "policies.",
                    "Lead [risk survey review] with engineers before renewals above €5m.",
                    "Cut the portfolio's loss ratio from 71% to 58% in three years.",
                ),
            ),
            Job(
                "Underwriter",
                "Allianz Seguros y Reaseguros S.A.",
                "Barcelona",
                "Jun 2014",
                "Dec 2019",
                (
                    "Priced general liability and [marine cargo insurance] for exporters.",
                    "Negotiated terms with brokers and wrote [policy wordings] in Spanish and "
                    "English.",
                ),
            ),
        ),
        schools=(
            School(
                "Grado en Administración y Dirección de Empresas",
                "Universidad Carlos III de Madrid",
                "Getafe",
                "2008",
                "2012",
            ),
            School(
                "Máster en Ciencias Actuariales y Financieras",
                "Universidad Complutense de Madrid",
                "Madrid",
                "2012",
                "2014",
            ),
        ),
        skills=(
            "Commercial Property Underwriting",
            "Loss Ratio Analysis",
            "Broker Relations",
            "Premium Rating",
        ),
        languages=(("Spanish", "native"), ("English", "C1"), ("Portuguese", "B2")),
        certifications=("Chartered Insurance Institute Diploma in Insurance",),
        profession="insurance underwriter",
    ),
    Person(
        name="Oluwaseun Adeyemi",
        headline="Events & Conference Manager",
        email="seun.adeyemi@gmail.com",
        phone="+234 803 555 0192",
        city="Lagos, Nigeria",
        summary="Event planner who has delivered weddings, product launches and 2,000-guest "
        "conferences, with a head for [vendor negotiation] and [run-of-show scheduling].",
        jobs=(
            Job(
                "Events Manager",
                "Eko Hotels & Suites",
                "Lagos",
                "Oct 2019",
                "Present",
                (
                    "Plan 120 banquets and conferences a year in a 3,000-seat convention centre.",
                    "Manage [event budgeting] from quote to final invoice for corporate clients.",
                    "Coordinate AV, catering and security teams on the event day.",
                ),
            ),
            Job(
                "Event Coordinator",
                "Red Media Africa Ltd",
                "Lagos",
                "Mar 2016",
                "Sep 2019",
                (
                    "Organised the annual Lagos Business Awards for 900 guests.",
                    "Handled [guest list management] and accreditation for media launches.",
                ),
            ),
            Job(
                "Wedding Planning Assistant",
                "Elan Events Limited",
                "Abuja",
                "Jan 2014",
                "Feb 2016",
                ("Sourced venues and decorators for [destination weddings] in Ghana and Dubai.",),
            ),
        ),
        schools=(
            School(
                "BSc (Hons) Mass Communication",
                "University of Lagos",
                "Lagos",
                "2009",
                "2013",
            ),
        ),
        skills=("Venue Sourcing", "Floor Plan Design", "Cvent", "Sponsorship Sales"),
        languages=(("English", "fluent"), ("Yoruba", "native"), ("French", "basic")),
        certifications=("Certified Meeting Professional (CMP)",),
        profession="event planner",
    ),
    Person(
        name="Trần Quốc Bảo",
        headline="IT Support Technician",
        email="bao.tran.it@outlook.com",
        phone="(408) 555-0187",
        city="San Jose, CA",
        summary="Help desk and desktop support technician for 1,500 users, handy with "
        "[Active Directory administration] and [endpoint imaging].",
        jobs=(
            Job(
                "IT Support Technician II",
                "Santa Clara Valley Medical Center",
                "San Jose, CA",
                "Jul 2021",
                "Present",
                (
                    "Resolve 40 tickets a day in ServiceNow across clinics and wards.",
                    "Roll out Windows 11 with [Microsoft Intune] to 900 laptops.",
                    "Troubleshoot [VPN connectivity] for remote staff.",
                ),
            ),
            Job(
                "Geek Squad Consultation Agent",
                "Best Buy Co., Inc.",
                "Milpitas, CA",
                "Jun 2018",
                "Jun 2021",
                (
                    "Diagnosed and repaired laptops, phones and home networks at the counter.",
                    "Performed [data recovery] from failed drives for walk-in customers.",
                ),
            ),
        ),
        schools=(
            School(
                "Associate of Applied Science in Network Administration",
                "Mission College",
                "Santa Clara, CA",
                "2016",
                "2018",
            ),
        ),
        skills=("Windows Server", "Office 365", "Printer Troubleshooting", "Ticketing Systems"),
        languages=(("Vietnamese", "native"), ("English", "fluent")),
        certifications=("CompTIA A+", "CompTIA Network+"),
        profession="it support technician",
    ),
    Person(
        name="Aroha Te Rangi",
        headline="Senior Zookeeper, Carnivores",
        email="aroha.terangi@xtra.co.nz",
        phone="021 555 8734",
        city="Auckland, New Zealand",
        summary="Zookeeper with nine years caring for big cats, primates and native birds, "
        "experienced in [operant conditioning] and [enrichment programmes].",
        jobs=(
            Job(
                "Senior Zookeeper",
                "Auckland Zoo",
                "Auckland",
                "Nov 2019",
                "Present",
                (
                    "Run daily husbandry for lions, Sumatran tigers and a cheetah breeding pair.",
                    "Train animals for voluntary blood draws using [positive reinforcement].",
                    "Give keeper talks to 600 visitors a day in summer.",
                ),
            ),
            Job(
                "Zookeeper",
                "Orana Wildlife Trust",
                "Christchurch",
                "Feb 2015",
                "Oct 2019",
                (
                    "Kept the primate section and hand-reared a rejected spider monkey.",
                    "Assisted vets with [animal restraint] and post-operative monitoring.",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Science in Zoology",
                "University of Canterbury",
                "Christchurch",
                "2010",
                "2013",
            ),
            School(
                "New Zealand Diploma in Animal Management",
                "Unitec Institute of Technology",
                "Auckland",
                "2013",
                "2014",
            ),
        ),
        skills=("Animal Husbandry", "Diet Preparation", "Studbook Records", "Exhibit Maintenance"),
        languages=(("English", "native"), ("Māori", "conversational")),
        certifications=("Firearms Licence (Category A)", "Workplace First Aid"),
        profession="zookeeper",
    ),
)
