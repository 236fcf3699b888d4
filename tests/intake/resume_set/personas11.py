"""Ground truth for the sixteenth blind group: eight people in professions no earlier group has.

Written before any layout and before the parser read them, in the same form as `personas`
(skills listed, plus phrases in [brackets] in the summary and bullets). Only blind16 renders
them, so the other groups and the documents bench keep their people.
"""

from __future__ import annotations

from tests.intake.resume_set.personas import Job, Person, School

PEOPLE16: tuple[Person, ...] = (
    Person(
        name="Sari Wulandari",
        headline="Sign Language Teacher (BISINDO)",
        email="sari.wulandari@yahoo.co.id",
        phone="+62 812-8734-5520",
        city="Yogyakarta, Indonesia",
        summary="Deaf-aware sign language teacher with eight years teaching Indonesian Sign "
        "Language to hearing families, teachers and public servants, and [curriculum design] "
        "for adult classes.",
        jobs=(
            Job(
                "Sign Language Teacher",
                "Pusat Layanan Juru Bahasa Isyarat",
                "Yogyakarta",
                "Feb 2020",
                "Present",
                (
                    "Teach BISINDO levels 1 to 3 to groups of twelve, with Deaf co-teachers "
                    "leading the conversation practice.",
                    "Wrote the [lesson planning] templates and video assessments the centre uses "
                    "for every level.",
                    "Run short courses for hospital and police staff on [Deaf awareness].",
                ),
            ),
            Job(
                "Special Education Teacher",
                "SLB Negeri 1 Bantul",
                "Bantul",
                "Jul 2016",
                "Jan 2020",
                (
                    "Taught reading and mathematics to Deaf pupils in grades 4 to 6 using "
                    "[bilingual education] in BISINDO and written Indonesian.",
                    "Organised parents' evening classes in home signs and BISINDO.",
                ),
            ),
        ),
        schools=(
            School(
                "Sarjana Pendidikan (S.Pd.), Pendidikan Luar Biasa",
                "Universitas Negeri Yogyakarta",
                "Yogyakarta",
                "2012",
                "2016",
            ),
        ),
        skills=(
            "Indonesian Sign Language",
            "Classroom Management",
            "Video Assessment",
            "Interpreting Ethics",
        ),
        languages=(("Indonesian", "native"), ("Javanese", "native"), ("English", "B2")),
        certifications=("Sertifikat Pendidik (Teacher Certification)",),
        profession="sign language teacher",
    ),
    Person(
        name="Declan O'Driscoll",
        headline="Fishmonger",
        email="declanodriscoll@eircom.net",
        phone="087 214 6638",
        city="Cork, Ireland",
        summary="Fishmonger of fourteen years on the English Market, skilled in [filleting] "
        "round and flat fish to order and in buying on the quay at Union Hall.",
        jobs=(
            Job(
                "Head Fishmonger",
                "K. O'Connell Fishmongers",
                "Cork",
                "May 2017",
                "Present",
                (
                    "Run the counter and a team of four, from the six o'clock delivery to the "
                    "evening clean-down.",
                    "Buy daily from trawlers and the auction, keeping [stock rotation] tight "
                    "so nothing is sold past its second day.",
                    "Keep the [HACCP] records and temperature logs the HSE inspector reviews.",
                ),
            ),
            Job(
                "Fishmonger",
                "Ballycotton Seafood Ltd",
                "Midleton",
                "Mar 2011",
                "Apr 2017",
                (
                    "Filleted, pin-boned and portioned salmon, hake and monkfish for the "
                    "farmers' markets and restaurant orders.",
                    "Smoked salmon in the kiln and packed it for [wholesale orders].",
                ),
            ),
            Job(
                "Counter Assistant",
                "SuperValu",
                "Bandon",
                "Jun 2009",
                "Feb 2011",
                ("Served on the fish and deli counters and trained new starters on the slicer.",),
            ),
        ),
        schools=(
            School(
                "QQI Level 5 Certificate in Food Science",
                "Cork College of FET",
                "Cork",
                "2015",
                "2016",
            ),
        ),
        skills=(
            "Fish Filleting",
            "Knife Skills",
            "Customer Service",
            "Seafood Buying",
        ),
        languages=(("English", "native"), ("Irish", "intermediate")),
        certifications=("Primary Course in Food Safety (FSAI)", "Manual Handling"),
        profession="fishmonger",
    ),
    Person(
        name="Camila Soto Vergara",
        headline="Cartógrafa / GIS Cartographer",
        email="camila.soto.v@gmail.com",
        phone="+56 9 6421 8830",
        city="Santiago, Chile",
        summary="Cartographer producing topographic and thematic maps for government and "
        "mining clients, from [spatial analysis] to print-ready sheets.",
        jobs=(
            Job(
                "Cartographer",
                "Instituto Geográfico Militar",
                "Santiago",
                "Apr 2019",
                "Present",
                (
                    "Compile 1:50,000 topographic sheets from aerial imagery and field "
                    "surveys, with [cartographic generalisation] for smaller scales.",
                    "Maintain the national place-name database and its [metadata standards].",
                    "Check new sheets against the survey's accuracy tolerances before print.",
                ),
            ),
            Job(
                "GIS Analyst",
                "Codelco",
                "Calama",
                "Jan 2016",
                "Mar 2019",
                (
                    "Mapped tailings dams and water rights for the environmental team with "
                    "[ArcGIS Pro].",
                    "Built a monthly [remote sensing] change map of the Chuquicamata pit edge.",
                ),
            ),
        ),
        schools=(
            School(
                "Ingeniería en Geomensura",
                "Universidad de Santiago de Chile",
                "Santiago",
                "2010",
                "2015",
            ),
        ),
        skills=(
            "QGIS",
            "Adobe Illustrator",
            "Map Projections",
            "Photogrammetry",
        ),
        languages=(("Spanish", "native"), ("English", "B2"), ("Portuguese", "A2")),
        certifications=("Esri Technical Certification: ArcGIS Pro Associate",),
        profession="cartographer",
    ),
    Person(
        name="Élodie Marchand",
        headline="Junior Perfumer",
        email="elodie.marchand@orange.fr",
        phone="+33 6 72 18 44 09",
        city="Grasse, France",
        summary="Perfumer trained in Grasse and Versailles, composing fine fragrance and "
        "functional briefs, with a sharp nose for [raw material evaluation].",
        jobs=(
            Job(
                "Junior Perfumer",
                "Mane",
                "Le Bar-sur-Loup",
                "Sep 2021",
                "Present",
                (
                    "Compose accords and full formulas for fine fragrance briefs from Europe "
                    "and the Middle East.",
                    "Adjust formulas to [IFRA compliance] and cost targets with the "
                    "regulatory team.",
                    "Present submissions to clients with the evaluation team.",
                ),
            ),
            Job(
                "Perfumery Assistant",
                "Robertet",
                "Grasse",
                "Jul 2018",
                "Aug 2021",
                (
                    "Weighed trials and ran [stability testing] in candles and detergents.",
                    "Kept the natural raw materials library and its odour descriptions.",
                ),
            ),
        ),
        schools=(
            School(
                "Master Parfums, Cosmétiques et Arômes",
                "ISIPCA",
                "Versailles",
                "2016",
                "2018",
            ),
            School(
                "Licence de Chimie",
                "Université Côte d'Azur",
                "Nice",
                "2013",
                "2016",
            ),
        ),
        skills=(
            "Fragrance Formulation",
            "Olfactory Evaluation",
            "Gas Chromatography",
            "Brief Writing",
        ),
        languages=(("French", "native"), ("English", "C1"), ("Arabic", "A2")),
        certifications=(),
        profession="perfumer",
    ),
    Person(
        name="Chinonso Adaeze Eze",
        headline="Ophthalmic Nurse",
        email="chinonso.eze@gmail.com",
        phone="+234 803 417 2296",
        city="Lagos, Nigeria",
        summary="Registered nurse and ophthalmic nurse with nine years in eye theatres and "
        "outreach clinics, experienced in [visual acuity testing] and cataract surgery care.",
        jobs=(
            Job(
                "Senior Ophthalmic Nurse",
                "Lagos University Teaching Hospital",
                "Lagos",
                "Jun 2019",
                "Present",
                (
                    "Scrub and circulate for cataract, glaucoma and vitreoretinal lists, "
                    "about forty cases a week.",
                    "Run the pre-operative clinic: [intraocular pressure measurement], biometry "
                    "and consent.",
                    "Teach [aseptic technique] to student nurses on the eye ward.",
                ),
            ),
            Job(
                "Staff Nurse",
                "Eye Foundation Hospital",
                "Ikeja",
                "Mar 2015",
                "May 2019",
                (
                    "Nursed patients after eye surgery and instilled drops to regimen.",
                    "Joined free [cataract outreach] camps in Ogun and Oyo states.",
                ),
            ),
        ),
        schools=(
            School(
                "Post-Basic Diploma in Ophthalmic Nursing",
                "School of Post Basic Ophthalmic Nursing, LUTH",
                "Lagos",
                "2017",
                "2018",
            ),
            School(
                "Bachelor of Nursing Science (B.N.Sc.)",
                "University of Nigeria, Nsukka",
                "Enugu",
                "2009",
                "2014",
            ),
        ),
        skills=(
            "Theatre Nursing",
            "Slit Lamp Assistance",
            "Patient Education",
            "Infection Control",
        ),
        languages=(("English", "fluent"), ("Igbo", "native"), ("Yoruba", "conversational")),
        certifications=("Registered Nurse/Midwife (NMCN)", "Basic Life Support (BLS)"),
        profession="ophthalmic nurse",
    ),
    Person(
        name="Oleksandr Kovalenko",
        headline="Stonemason / Heritage Restoration",
        email="o.kovalenko.stone@ukr.net",
        phone="+380 67 512 3846",
        city="Lviv, Ukraine",
        summary="Stonemason working on listed churches and town houses, skilled in [lime "
        "mortar] repairs and hand-dressed limestone.",
        jobs=(
            Job(
                "Lead Stonemason",
                "Lvivrestavratsiia",
                "Lviv",
                "Mar 2018",
                "Present",
                (
                    "Lead a crew of six on facade restoration in the old town, under the city's "
                    "heritage inspector.",
                    "Carve replacement cornices and window surrounds by hand from templates "
                    "after [stone surveying] of the damage.",
                    "Train apprentices in [stone carving] and safe use of the banker mason's "
                    "tools.",
                ),
            ),
            Job(
                "Stonemason",
                "Kyivmiskbud",
                "Kyiv",
                "Aug 2012",
                "Feb 2018",
                (
                    "Laid granite paving and steps for city squares and embankments.",
                    "Fixed stone cladding panels on new residential buildings with "
                    "[masonry anchoring] systems.",
                ),
            ),
        ),
        schools=(
            School(
                "Qualified Worker, Stone Masonry and Restoration",
                "Lviv Higher Vocational School of Construction",
                "Lviv",
                "2009",
                "2012",
            ),
        ),
        skills=(
            "Limestone Dressing",
            "Letter Cutting",
            "Technical Drawing",
            "Scaffolding Safety",
        ),
        languages=(("Ukrainian", "native"), ("Polish", "B1"), ("English", "A2")),
        certifications=("Work at Height Permit",),
        profession="stonemason",
    ),
    Person(
        name="Mathieu Tremblay",
        headline="Head Brewer",
        email="mathieu.tremblay@videotron.ca",
        phone="(418) 555-0187",
        city="Québec, QC",
        summary="Brewer with ten years on 20 hL and 50 hL brewhouses, from recipe to packaging, "
        "focused on [quality control] and [yeast management].",
        jobs=(
            Job(
                "Head Brewer",
                "La Barberie",
                "Québec",
                "Apr 2019",
                "Present",
                (
                    "Run brewing and cellar for some 4,500 hL a year with two brewers and a "
                    "cellarman.",
                    "Design seasonal recipes and scale pilot batches through [recipe development].",
                    "Set up the lab: forced ferments, cell counts and sensory panels.",
                ),
            ),
            Job(
                "Brewer",
                "Unibroue",
                "Chambly",
                "Jun 2014",
                "Mar 2019",
                (
                    "Brewed and bottle-conditioned Belgian-style ales on a 50 hL system.",
                    "Ran [CIP cleaning] cycles and kept the brewhouse logs.",
                ),
            ),
        ),
        schools=(
            School(
                "AEC Brassage et distillation",
                "Cégep de Saint-Hyacinthe",
                "Saint-Hyacinthe",
                "2013",
                "2014",
            ),
            School(
                "Baccalauréat en microbiologie",
                "Université Laval",
                "Québec",
                "2009",
                "2012",
            ),
        ),
        skills=(
            "Fermentation",
            "Sensory Analysis",
            "Cellar Operations",
            "Forklift Operation",
        ),
        languages=(("French", "native"), ("English", "fluent")),
        certifications=("Certified Cicerone", "MAPAQ Food Hygiene Training"),
        profession="brewer",
    ),
    Person(
        name="Tan Wei Ling",
        headline="Park Ranger",
        email="tanweiling.ranger@gmail.com",
        phone="+65 9127 4403",
        city="Singapore",
        summary="Park ranger in nature reserves and coastal parks, leading [visitor "
        "engagement] and [biodiversity surveys] with volunteers.",
        jobs=(
            Job(
                "Senior Park Ranger",
                "National Parks Board",
                "Singapore",
                "Jan 2020",
                "Present",
                (
                    "Patrol Sungei Buloh Wetland Reserve and enforce the Parks and Trees Act "
                    "with a team of four rangers.",
                    "Lead guided walks and school programmes on mangroves and migratory birds.",
                    "Coordinate [habitat restoration] planting with community volunteers.",
                ),
            ),
            Job(
                "Ranger",
                "Sentosa Development Corporation",
                "Singapore",
                "Jul 2016",
                "Dec 2019",
                (
                    "Patrolled beaches and trails and responded to [wildlife rescue] calls "
                    "with ACRES.",
                    "Recorded intertidal surveys for the marine biodiversity team.",
                ),
            ),
        ),
        schools=(
            School(
                "Diploma in Environmental Science",
                "Ngee Ann Polytechnic",
                "Singapore",
                "2013",
                "2016",
            ),
        ),
        skills=(
            "Species Identification",
            "Trail Maintenance",
            "First Aid",
            "Public Speaking",
        ),
        languages=(("English", "native"), ("Mandarin", "fluent"), ("Malay", "basic")),
        certifications=("Standard First Aid + CPR/AED", "Boat Licence (PPCDL)"),
        profession="park ranger",
    ),
)
