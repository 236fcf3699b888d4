"""Role templates: healthcare, childcare and education."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

HEALTHCARE = (
    Role(
        family="healthcare",
        titles=("Registered Nurse", "Staff Nurse", "Charge Nurse", "ICU Nurse"),
        core=terms("patient care; registered nurse license; BLS certification"),
        skills=terms(
            "medication administration; electronic health records; IV therapy; wound care; "
            "triage; care planning; patient education; Epic; infection control"
        ),
        duties=(
            "You will deliver safe, compassionate care to a caseload of adult patients.",
            "You will administer medication, monitor vital signs and escalate changes promptly.",
            "You will document assessments and care plans in the electronic health record.",
            "You will coordinate with physicians, therapists and families to plan discharges.",
            "You will mentor newly qualified nurses and students on placement.",
            "You will work a rotating pattern of day and night shifts.",
        ),
        needs=(
            "A current registered nurse license (RN, NMBI or NMC PIN).",
            "BLS certification; ACLS is preferred for critical care units.",
            "At least one year of acute hospital experience.",
            "Strong clinical judgement and calm communication under pressure.",
        ),
        about=(
            "{company} is a regional hospital group with five acute sites.",
            "{company} is a private hospital known for its nurse-led units.",
        ),
        companies=(
            "Mercy Health System",
            "St. Mary's University Hospital",
            "Royal Infirmary Trust",
            "Northside Medical Center",
            "Lotus Care Hospitals",
        ),
        salary=(68000, 92000),
        count=10,
        modes=(0.0, 0.0, 1.0),
        visa=0.45,
    ),
    Role(
        family="healthcare",
        titles=("Physiotherapist", "Sports Physiotherapist", "Physical Therapist"),
        core=terms("physical therapy license; rehabilitation; musculoskeletal assessment"),
        skills=terms(
            "exercise prescription; manual therapy; sports injuries; patient education; strength "
            "training; documentation"
        ),
        duties=(
            "You will assess and treat musculoskeletal and sports injuries.",
            "You will prescribe progressive exercise and strength programmes for rehabilitation.",
            "You will work closely with coaches and personal trainers on return-to-play plans.",
            "You will keep accurate treatment notes and outcome measures.",
        ),
        needs=(
            "A degree in physiotherapy and registration with the national regulator.",
            "Post-graduate training in sports or manual therapy is desirable.",
        ),
        about=("{company} runs sports medicine clinics inside partner gyms.",),
        companies=("MoveWell Physio", "Peak Performance Institute", "Active Recovery Clinic"),
        salary=(58000, 80000),
        count=5,
        modes=(0.0, 0.0, 1.0),
        visa=0.25,
    ),
    Role(
        family="healthcare",
        titles=("Healthcare Assistant", "Care Assistant", "Home Care Aide"),
        core=terms("personal care; patient care; first aid"),
        skills=terms(
            "dementia care; CPR certification; meal assistance; manual handling; record keeping; "
            "empathy; medication reminders"
        ),
        duties=(
            "You will support residents with personal care, mobility and meals.",
            "You will notice and report changes in health or mood to the nurse in charge.",
            "You will help residents stay independent and join activities they enjoy.",
            "You will keep accurate daily care records.",
        ),
        needs=(
            "Experience in care is welcome; full training is provided.",
            "A caring, patient attitude and good spoken English.",
            "Willingness to work weekends on a rota.",
        ),
        about=("{company} provides residential and home care across the region.",),
        companies=("Evergreen Care Homes", "Sunrise Meadows", "HomeFirst Care"),
        salary=(30000, 38000),
        count=5,
        modes=(0.0, 0.0, 1.0),
        levels=("entry", "junior"),
    ),
)

CHILDCARE = (
    Role(
        family="childcare",
        titles=("Nanny", "Childcare Worker", "Early Years Practitioner", "Daycare Assistant"),
        core=terms("childcare; early childhood education; first aid; CPR certification"),
        skills=terms(
            "child safeguarding; meal preparation; lesson planning; behaviour management; "
            "background check; parent communication; play-based learning; driving license"
        ),
        duties=(
            "You will plan play-based activities that support each child's development.",
            "You will prepare healthy snacks and meals and follow allergy plans carefully.",
            "You will keep parents updated with daily notes and photos through our app.",
            "You will observe children and record milestones in their learning journals.",
            "You will keep the room safe, clean and welcoming.",
            "You will do school pick-ups and help with homework for older siblings.",
        ),
        needs=(
            "A childcare qualification (CDA, Level 3 Early Years or equivalent).",
            "Paediatric first aid and CPR, or willingness to train.",
            "A clear background check.",
            "Warm, patient and reliable, with references from previous families or nurseries.",
        ),
        about=(
            "{company} runs small nurseries with a nature-based curriculum.",
            "{company} matches experienced nannies with families.",
        ),
        companies=(
            "Little Acorns Nursery",
            "Little Lanterns Daycare",
            "Happy Steps Childcare",
            "NannyMatch Agency",
        ),
        salary=(30000, 42000),
        count=12,
        modes=(0.0, 0.0, 1.0),
        levels=("entry", "junior", "mid"),
    ),
)

EDUCATION = (
    Role(
        family="education",
        titles=(
            "Primary School Teacher",
            "Secondary Math Teacher",
            "ESL Teacher",
            "Science Teacher",
        ),
        core=terms("lesson planning; classroom management; teaching certification"),
        skills=terms(
            "curriculum development; student assessment; differentiated instruction; parent "
            "communication; Google Classroom; special educational needs; TEFL; mathematics"
        ),
        duties=(
            "You will plan and deliver engaging lessons that meet the national curriculum.",
            "You will assess student progress and adapt teaching for different needs.",
            "You will build positive relationships with parents and carers.",
            "You will contribute to clubs, trips and school events.",
            "You will work with teaching assistants to support students with additional needs.",
        ),
        needs=(
            "A teaching certification or qualified teacher status.",
            "Experience teaching the relevant age group.",
            "A TEFL or CELTA certificate for ESL positions.",
            "Commitment to safeguarding and inclusion.",
        ),
        about=(
            "{company} is an international school with 900 students from 40 countries.",
            "{company} is a state school rated outstanding for pastoral care.",
        ),
        companies=(
            "Greenfield International School",
            "Riverside Academy",
            "Oakwood Primary",
            "LinguaPlus Language School",
        ),
        salary=(42000, 60000),
        count=9,
        modes=(0.05, 0.0, 0.95),
        visa=0.3,
    ),
    Role(
        family="education",
        titles=(
            "Corporate Trainer",
            "Learning and Development Specialist",
            "Instructional Designer",
        ),
        core=terms("training delivery; instructional design; needs analysis"),
        skills=terms(
            "LMS; public speaking; e-learning; coaching; Articulate Storyline; onboarding; "
            "facilitation"
        ),
        duties=(
            "You will design and deliver onboarding and leadership training for staff.",
            "You will build e-learning modules in our learning management system.",
            "You will measure the impact of training and report to leadership.",
            "You will coach managers to run their own team sessions.",
        ),
        needs=(
            "Three years of experience in learning and development or instructional design.",
            "Confident facilitator in person and online.",
        ),
        about=("{company} is a retail group with 4,000 employees.",),
        companies=("Northwind Retail", "Atlas Learning", "Brightpath Consulting"),
        salary=(55000, 78000),
        count=5,
        modes=(0.3, 0.5, 0.2),
    ),
)

ROLES = HEALTHCARE + CHILDCARE + EDUCATION
