"""Ground truth for the seventeenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind17 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE17: tuple[Person, ...] = (
    Person(
        name="Burak Aydın",
        headline="Sound Engineer",
        email="burak.aydin.audio@gmail.com",
        phone="+90 532 418 27 65",
        city="Istanbul, Turkey",
        summary="Sound engineer recording and mixing albums, TV and live concerts, at home in "
        "[Pro Tools] and on a large-format console.",
        jobs=(
            Job(
                "Senior Recording Engineer",
                "Babajim Istanbul Studios",
                "Istanbul",
                "Feb 2019",
                "Present",
                (
                    "Record and mix albums for Turkish pop and jazz artists on an SSL console.",
                    "Handle [Dolby Atmos mixing] for streaming releases and film scores.",
                    "Mentor two assistant engineers on session set-up and [microphone placement].",
                ),
            ),
            Job(
                "Live Sound Engineer",
                "Pozitif Live",
                "Istanbul",
                "May 2014",
                "Jan 2019",
                (
                    "Mixed front of house for touring bands at Zorlu PSM and summer festivals.",
                    "Ran [live sound reinforcement] and monitor mixes for up to 32 inputs.",
                ),
            ),
        ),
        schools=(
            School(
                "Lisans, Müzik Teknolojisi",
                "İstanbul Teknik Üniversitesi",
                "Istanbul",
                "2010",
                "2014",
            ),
        ),
        skills=(
            "Logic Pro",
            "Signal Flow",
            "Acoustic Treatment",
            "Mastering",
        ),
        languages=(("Turkish", "native"), ("English", "C1"), ("German", "A2")),
        certifications=("Avid Certified User: Pro Tools",),
        profession="sound engineer",
    ),
    Person(
        name="Ingrid Holmberg",
        headline="Blacksmith and Architectural Metalworker",
        email="ingrid@holmbergssmide.se",
        phone="070-582 41 93",
        city="Umeå, Sweden",
        summary="Blacksmith with twelve years of [forge welding] and hand forging, making gates, "
        "railings and restoration ironwork for churches and manor houses.",
        jobs=(
            Job(
                "Blacksmith and Owner",
                "Holmbergs Smide",
                "Umeå",
                "Apr 2017",
                "Present",
                (
                    "Design and forge railings, gates and door hardware to order for "
                    "architects and private clients.",
                    "Restore wrought iron for the Swedish Church under [heritage conservation] "
                    "rules.",
                    "Teach weekend forging courses for beginners.",
                ),
            ),
            Job(
                "Smith",
                "Gammelstads Smedja",
                "Luleå",
                "Aug 2012",
                "Mar 2017",
                (
                    "Forged tools and hardware by hand and with the power hammer.",
                    "Did [heat treatment] and hardening of axes and chisels.",
                ),
            ),
        ),
        schools=(
            School(
                "Smide och metallhantverk, 2-year programme",
                "Hantverksakademin Sätergläntan",
                "Insjön",
                "2010",
                "2012",
            ),
        ),
        skills=(
            "Hand Forging",
            "MIG Welding",
            "Blueprint Reading",
            "Metal Finishing",
        ),
        languages=(("Swedish", "native"), ("English", "fluent"), ("Norwegian", "good")),
        certifications=("Gesällbrev, Smide",),
        profession="blacksmith",
    ),
    Person(
        name="Lachlan Murray",
        headline="Consulting Arborist (AQF Level 5)",
        email="lachlan.murray.arb@outlook.com",
        phone="0412 887 305",
        city="Melbourne, VIC",
        summary="Arborist with climbing and consulting experience, writing [tree risk "
        "assessment] and development impact reports for councils and builders.",
        jobs=(
            Job(
                "Consulting Arborist",
                "Treelogic Pty Ltd",
                "Melbourne",
                "Jul 2020",
                "Present",
                (
                    "Inspect and report on significant trees for planning permits, with "
                    "[tree protection zones] to AS 4970.",
                    "Carry out [QTRA] and VTA assessments for councils and schools.",
                    "Give evidence at VCAT hearings on tree retention.",
                ),
            ),
            Job(
                "Climbing Arborist",
                "Citywide Service Solutions",
                "Melbourne",
                "Feb 2015",
                "Jun 2020",
                (
                    "Pruned and removed street trees by climbing and from an EWP.",
                    "Rigged large limbs with [aerial rescue] trained crews under traffic "
                    "management.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma of Arboriculture (AHC50516)",
                "Melbourne Polytechnic",
                "Melbourne",
                "2018",
                "2019",
            ),
            School(
                "Certificate III in Arboriculture",
                "Holmesglen Institute",
                "Melbourne",
                "2014",
                "2015",
            ),
        ),
        skills=(
            "Tree Climbing",
            "Chainsaw Operation",
            "Resistograph Testing",
            "Report Writing",
        ),
        languages=(("English", "native"),),
        certifications=("QTRA Registered User", "Elevated Work Platform Licence (WP)"),
        profession="arborist",
    ),
    Person(
        name="Joost Verhoeven",
        headline="Registered Maritime Pilot",
        email="j.verhoeven@kpnmail.nl",
        phone="+31 6 2419 8736",
        city="Rotterdam, Netherlands",
        summary="Maritime pilot bringing deep-sea ships into Europe's largest port, after "
        "twelve years at sea as officer and master, with [ship handling] in all weather.",
        jobs=(
            Job(
                "Maritime Pilot",
                "Nederlands Loodswezen",
                "Rotterdam",
                "Mar 2016",
                "Present",
                (
                    "Pilot container ships and tankers up to 400 m between the pilot station "
                    "and the Maasvlakte terminals.",
                    "Plan tidal windows and tug use with [bridge resource management] on "
                    "every job.",
                    "Board by launch and by helicopter in up to Beaufort 9.",
                ),
            ),
            Job(
                "Master",
                "Spliethoff",
                "Amsterdam",
                "Jan 2011",
                "Feb 2016",
                (
                    "Commanded multipurpose heavy-lift vessels on Europe to West Africa "
                    "and Great Lakes trades.",
                    "Kept the ships' [ISM compliance] and passed Port State inspections "
                    "without detention.",
                ),
            ),
            Job(
                "Chief Officer",
                "Anthony Veder",
                "Rotterdam",
                "Jun 2006",
                "Dec 2010",
                ("Planned cargo operations on LPG carriers and led the deck crew.",),
            ),
        ),
        schools=(
            School(
                "Bachelor Maritiem Officier",
                "STC Maritime Institute",
                "Rotterdam",
                "2000",
                "2004",
            ),
        ),
        skills=(
            "Radar Navigation",
            "ECDIS",
            "Tug Coordination",
            "VHF Communication",
        ),
        languages=(("Dutch", "native"), ("English", "fluent"), ("German", "good")),
        certifications=("STCW Master Unlimited", "GMDSS General Operator's Certificate"),
        profession="maritime pilot",
    ),
    Person(
        name="Nur Aisyah binti Rahman",
        headline="Clinical Dietitian",
        email="nuraisyah.rahman@gmail.com",
        phone="+60 12-384 5917",
        city="Kuala Lumpur, Malaysia",
        summary="Clinical dietitian in renal, diabetes and paediatric care, skilled in "
        "[medical nutrition therapy] and counselling patients in three languages.",
        jobs=(
            Job(
                "Clinical Dietitian",
                "Hospital Kuala Lumpur",
                "Kuala Lumpur",
                "Mar 2020",
                "Present",
                (
                    "See 15 to 20 inpatients a day on renal and medical wards and plan "
                    "[enteral nutrition] with the ward teams.",
                    "Run the diabetes clinic's group education on carbohydrate counting.",
                    "Audit malnutrition screening under the [nutrition assessment] guideline.",
                ),
            ),
            Job(
                "Dietitian",
                "KPJ Damansara Specialist Hospital",
                "Petaling Jaya",
                "Aug 2017",
                "Feb 2020",
                (
                    "Counselled outpatients on weight, cholesterol and pregnancy diets.",
                    "Designed ward menus with the catering team for [food service management].",
                ),
            ),
        ),
        schools=(
            School(
                "Bachelor of Science (Hons) Dietetics",
                "Universiti Kebangsaan Malaysia",
                "Kuala Lumpur",
                "2013",
                "2017",
            ),
        ),
        skills=(
            "Diabetes Education",
            "Renal Nutrition",
            "Motivational Interviewing",
            "Menu Planning",
        ),
        languages=(("Malay", "native"), ("English", "fluent"), ("Mandarin", "basic")),
        certifications=("Registered Dietitian (MDA)",),
        profession="dietitian",
    ),
    Person(
        name="Jonathan Whitaker",
        headline="Speechwriter",
        email="jon.whitaker.writes@gmail.com",
        phone="(202) 555-0163",
        city="Washington, DC",
        summary="Speechwriter for elected officials and chief executives, writing keynotes, "
        "op-eds and [message development] under tight deadlines.",
        jobs=(
            Job(
                "Senior Speechwriter",
                "U.S. Department of Transportation",
                "Washington, DC",
                "Jan 2021",
                "Present",
                (
                    "Write the Secretary's speeches, testimony openers and video scripts, "
                    "about four a week.",
                    "Work with policy offices on [fact checking] every figure before delivery.",
                    "Draft op-eds placed in national and regional newspapers.",
                ),
            ),
            Job(
                "Speechwriter",
                "Office of Governor Maura Healey",
                "Boston, MA",
                "Mar 2017",
                "Dec 2020",
                (
                    "Wrote floor statements, commencement addresses and [talking points] "
                    "for the principal.",
                    "Kept the office's style guide and quote library.",
                ),
            ),
            Job(
                "Communications Associate",
                "Edelman",
                "Chicago, IL",
                "Jul 2014",
                "Feb 2017",
                ("Wrote executive remarks and press releases for corporate clients.",),
            ),
        ),
        schools=(
            School(
                "B.A. in Political Science",
                "Northwestern University",
                "Evanston, IL",
                "2010",
                "2014",
            ),
        ),
        skills=(
            "Speechwriting",
            "Editing",
            "AP Style",
            "Research",
        ),
        languages=(("English", "native"), ("Spanish", "professional working proficiency")),
        certifications=(),
        profession="speechwriter",
    ),
    Person(
        name="Kwabena Asante",
        headline="Funeral Director",
        email="kwabena.asante@yahoo.com",
        phone="+233 24 471 3385",
        city="Kumasi, Ghana",
        summary="Licensed funeral director and embalmer arranging funerals across Ashanti, "
        "with calm [family liaison] and careful [embalming] of the deceased.",
        jobs=(
            Job(
                "Funeral Director",
                "Transitions Funeral Home",
                "Kumasi",
                "Oct 2018",
                "Present",
                (
                    "Arrange funerals with families from first call to burial, including "
                    "one-week and final funeral rites.",
                    "Manage the mortuary, four staff and the hearse fleet.",
                    "Handle [repatriation of remains] with airlines and embassies.",
                ),
            ),
            Job(
                "Mortuary Assistant",
                "Komfo Anokye Teaching Hospital",
                "Kumasi",
                "Jan 2013",
                "Sep 2018",
                (
                    "Received, stored and released bodies and kept the mortuary register.",
                    "Assisted pathologists at post-mortems and kept [infection control] standards.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma in Mortuary Science",
                "Kwame Nkrumah University of Science and Technology",
                "Kumasi",
                "2010",
                "2012",
            ),
        ),
        skills=(
            "Funeral Arrangement",
            "Bereavement Support",
            "Mortuary Management",
            "Event Coordination",
        ),
        languages=(("English", "fluent"), ("Twi", "native"), ("Ga", "basic")),
        certifications=("Licensed Embalmer (Ghana Health Service)",),
        profession="funeral director",
    ),
    Person(
        name="Salvatore Esposito",
        headline="Bespoke Tailor (Sarto)",
        email="salvatore.esposito.sartoria@libero.it",
        phone="+39 338 471 2096",
        city="Naples, Italy",
        summary="Tailor cutting and making bespoke jackets and suits in the Neapolitan style, "
        "from [pattern drafting] to the last buttonhole.",
        jobs=(
            Job(
                "Cutter",
                "Rubinacci",
                "Naples",
                "Sep 2017",
                "Present",
                (
                    "Take measurements, draft patterns and cut cloth for bespoke jackets "
                    "and trousers.",
                    "Lead fittings in Naples and on trunk shows in London and Tokyo.",
                    "Check the finishing team's [hand stitching] before delivery.",
                ),
            ),
            Job(
                "Jacket Maker",
                "Sartoria Solito",
                "Naples",
                "Feb 2011",
                "Aug 2017",
                (
                    "Made full-canvas jackets by hand, with the spalla camicia shoulder.",
                    "Did [garment alterations] and repairs for regular clients.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma di Tecnico dell'Abbigliamento e della Moda",
                "Istituto Professionale Isabella d'Este Caracciolo",
                "Naples",
                "2006",
                "2011",
            ),
        ),
        skills=(
            "Measuring",
            "Cloth Cutting",
            "Pressing",
            "Customer Fittings",
        ),
        languages=(("Italian", "native"), ("English", "B1"), ("Japanese", "A1")),
        certifications=(),
        profession="tailor",
    ),
)
