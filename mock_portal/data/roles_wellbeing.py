"""Role templates: nutrition and fitness (two of the sample resumes)."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

NUTRITION = (
    Role(
        family="nutrition",
        titles=("Nutrition Consultant", "Nutritionist", "Nutrition Coach", "Wellness Nutritionist"),
        core=terms("nutrition counseling; meal planning; nutrition assessment"),
        skills=terms(
            "food preparation; food sanitation; diabetes education; weight management; customer "
            "service; client education; menu planning; health coaching; motivational "
            "interviewing; record keeping; food safety; nutrition"
        ),
        duties=(
            "You will run one-to-one consultations and turn each client's goals into a realistic "
            "weekly meal plan.",
            "You will assess dietary habits, body composition and medical history before "
            "recommending changes.",
            "Our clients live with diabetes, high cholesterol or obesity, and you will help them "
            "build habits that last beyond the programme.",
            "You will prepare short workshops on label reading, batch cooking and eating well on "
            "a budget.",
            "You will keep clear, confidential notes and report progress to the care team every "
            "month.",
            "You will work alongside our chefs to make sure menus are balanced, tasty and safe "
            "for residents with special diets.",
            "You will follow up with clients between sessions by phone or message to keep them "
            "on track.",
        ),
        needs=(
            "A degree or diploma in nutrition, dietetics or food science is required.",
            "At least two years of experience in nutrition counseling or health coaching.",
            "You explain nutrition in plain language and listen before you advise.",
            "Experience with food preparation and kitchen hygiene is a plus.",
            "Comfortable working with older adults and people with chronic conditions.",
            "Certification as a nutrition consultant or health coach is welcome but not required.",
        ),
        about=(
            "{company} runs senior living communities where good food is part of good care.",
            "{company} is a wellness clinic offering nutrition, movement and sleep coaching.",
            "{company} provides corporate wellness programmes to more than 80 employers.",
        ),
        companies=(
            "GreenPlate Wellness",
            "Woodacre Senior Living",
            "NutriWise Clinic",
            "Balanced Bite Co.",
            "Evergreen Care Homes",
            "Zoë Müller GmbH",
        ),
        salary=(48000, 68000),
        count=10,
        modes=(0.15, 0.25, 0.6),
    ),
    Role(
        family="nutrition",
        titles=("Community Nutrition Educator", "WIC Nutritionist", "Public Health Nutritionist"),
        core=terms("nutrition education; WIC program; nutrition assessment; nutrition counseling"),
        skills=terms(
            "breastfeeding support; Spanish; case management; community outreach; public "
            "speaking; USDA guidelines; documentation; cultural competence; customer service"
        ),
        duties=(
            "You will certify participants for the WIC program and tailor supplemental food "
            "packages to each family's nutrition status.",
            "You will provide nutrition education to pregnant women, new parents and young "
            "children.",
            "You will run group classes at community centres, schools and farmers' markets.",
            "You will complete nutrition assessments and document them according to state "
            "guidelines.",
            "You will refer families to health, housing and food-assistance partners when needed.",
            "You will help design outreach campaigns that reach families who are eligible but not "
            "enrolled.",
        ),
        needs=(
            "A bachelor's degree in nutrition, dietetics or public health.",
            "Experience with WIC, SNAP or a similar public program is strongly preferred.",
            "Bilingual English/Spanish candidates are encouraged to apply.",
            "You are organised, patient and comfortable with detailed record keeping.",
            "A valid driving license, as the role covers several clinic sites.",
        ),
        about=(
            "{company} is a county health department serving 400,000 residents.",
            "{company} is a non-profit community health centre with six clinics.",
        ),
        companies=(
            "Port Washington Health Center",
            "Riverside Community Health",
            "County Public Health Services",
            "Harbor Family Clinics",
        ),
        salary=(46000, 60000),
        count=7,
        modes=(0.0, 0.2, 0.8),
        levels=("junior", "mid"),
    ),
    Role(
        family="nutrition",
        titles=(
            "Dietary Manager",
            "Food Service Nutrition Coordinator",
            "Senior Living Nutrition Coordinator",
        ),
        core=terms("menu planning; food sanitation; meal planning; food preparation"),
        skills=terms(
            "kitchen maintenance; kitchen equipment operation; ServSafe certification; inventory "
            "management; staff supervision; therapeutic diets; HACCP; budgeting; nutrition"
        ),
        duties=(
            "You will plan three meals a day for more than 100 residents, including texture-"
            "modified and therapeutic diets.",
            "You will supervise kitchen staff and keep the kitchen spotless and inspection-ready.",
            "You will order food and supplies within budget and keep waste low.",
            "You will meet new residents to learn their preferences, allergies and dietary needs.",
            "You will train the team on food sanitation and safe equipment operation.",
        ),
        needs=(
            "Experience in food preparation and kitchen maintenance in a care or school setting.",
            "ServSafe or an equivalent food safety certificate (or willingness to obtain it).",
            "Knowledge of nutrition and special diets for older adults.",
            "You stay calm and friendly during busy service.",
        ),
        about=(
            "{company} operates care homes that cook everything fresh on site.",
            "{company} provides catering to hospitals, schools and senior communities.",
        ),
        companies=(
            "7-Star Senior Living",
            "Woodacre Nursing Home",
            "Café Zürich Catering",
            "Sunrise Meadows",
            "Evergreen Care Homes",
        ),
        salary=(42000, 58000),
        count=6,
        modes=(0.0, 0.0, 1.0),
    ),
    Role(
        family="nutrition",
        titles=("Clinical Dietitian", "Registered Dietitian", "Renal Dietitian"),
        core=terms("registered dietitian; medical nutrition therapy; clinical nutrition"),
        skills=terms(
            "enteral nutrition; parenteral nutrition; electronic health records; renal nutrition; "
            "nutrition assessment; patient education; care planning; Epic"
        ),
        duties=(
            "You will assess inpatients and prescribe medical nutrition therapy, including enteral "
            "and parenteral feeding.",
            "You will round with physicians and nurses and document care plans in Epic.",
            "You will monitor laboratory indicators and adjust plans for patients on hemodialysis.",
            "You will educate patients and families before discharge.",
        ),
        needs=(
            "Active registration as a dietitian (RD/RDN or HCPC) is mandatory.",
            "Two years of clinical experience in an acute hospital setting.",
            "Knowledge of renal, oncology or critical-care nutrition.",
        ),
        about=(
            "{company} is a 600-bed teaching hospital.",
            "{company} runs dialysis centres across the region.",
        ),
        companies=(
            "St. Mary's University Hospital",
            "Renalis Dialysis Partners",
            "Royal Infirmary Trust",
            "Mercy Health System",
        ),
        salary=(62000, 82000),
        count=5,
        modes=(0.0, 0.1, 0.9),
        visa=0.3,
    ),
)

FITNESS = (
    Role(
        family="fitness",
        titles=("Personal Trainer", "Personal Fitness Trainer", "Certified Personal Trainer"),
        core=terms("personal training; strength training; CPR certification; fitness assessment"),
        skills=terms(
            "program design; weight loss coaching; nutrition coaching; group fitness; sales; "
            "client retention; motivational coaching; ACE certification; NASM certification; "
            "customer service; HIIT; first aid"
        ),
        duties=(
            "You will design individual training programmes and coach members through every "
            "session with safe, effective technique.",
            "You will run fitness assessments and track each client's progress toward weight "
            "loss or strength goals.",
            "You will give practical advice on nutrition, sleep and recovery that supports "
            "training.",
            "You will introduce new members to personal training packages and tour them around "
            "the club.",
            "You will lead small-group sessions of up to 12 people a few times a week.",
            "You will keep the gym floor safe and equipment clean and correctly used.",
            "You will build a loyal client base and help the club meet its membership targets.",
        ),
        needs=(
            "A recognised personal training certification (ACE, NASM, ACSM or Level 3 PT).",
            "Current CPR/AED certification.",
            "At least one year of experience coaching paying clients.",
            "You are energetic, upbeat and confident selling training packages.",
            "Knowledge of nutrition and weight management is a strong plus.",
            "Flexible availability, including early mornings and some weekends.",
        ),
        about=(
            "{company} is a fast-growing gym chain with more than 90 locations.",
            "{company} is a high-end health club known for small-group and one-to-one coaching.",
            "{company} runs neighbourhood gyms that are inclusive, friendly and affordable.",
        ),
        companies=(
            "FlexPoint Fitness",
            "Astor Lane Health Club",
            "UrbanMotion Gyms",
            "IronWorks Gym",
            "PulseFit Studios",
            "Øresund Fitness Studio",
        ),
        salary=(38000, 62000),
        count=11,
        modes=(0.05, 0.05, 0.9),
    ),
    Role(
        family="fitness",
        titles=("Group Fitness Instructor", "Fitness Class Instructor", "Bootcamp Coach"),
        core=terms("group fitness; class programming; CPR certification; strength training"),
        skills=terms(
            "HIIT; spin; music selection; motivational coaching; member engagement; first aid; "
            "pilates; circuit training; personal training"
        ),
        duties=(
            "You will teach energetic classes such as HIIT, spin, circuits and bootcamp.",
            "You will plan class programming that offers options for beginners and athletes.",
            "You will welcome new members and make every class feel inclusive.",
            "You will cover colleagues' classes when needed and help launch new formats.",
            "You will promote workshops and challenges to grow class attendance.",
        ),
        needs=(
            "A group exercise qualification and current CPR certification.",
            "Confidence on the microphone and a great sense of rhythm.",
            "Experience teaching at least two class formats.",
            "Available for early morning and evening classes.",
        ),
        about=(
            "{company} runs boutique studios with a loyal community of members.",
            "{company} is a leisure centre operator with pools, gyms and studios.",
        ),
        companies=(
            "PulseFit Studios",
            "Beat Cycle Club",
            "UrbanMotion Gyms",
            "Active City Leisure",
        ),
        salary=(32000, 48000),
        count=7,
        modes=(0.0, 0.1, 0.9),
        levels=("junior", "mid"),
    ),
    Role(
        family="fitness",
        titles=("Strength and Conditioning Coach", "Online Fitness Coach", "Wellness Coach"),
        core=terms("strength training; program design; client retention; conditioning"),
        skills=terms(
            "olympic lifting; injury prevention; nutrition coaching; video coaching; performance "
            "testing; CSCS certification; habit coaching; fitness tracking apps; personal "
            "training; CPR certification"
        ),
        duties=(
            "You will write periodised strength and conditioning programmes for athletes and "
            "busy professionals.",
            "You will coach clients over video calls and review their lifting videos.",
            "You will combine training, nutrition and habit coaching in one plan.",
            "You will test performance every six weeks and adjust the plan.",
            "You will create short educational content for our members' app.",
        ),
        needs=(
            "A degree in sport science or an equivalent coaching qualification (CSCS welcome).",
            "Three years of coaching experience, in person or online.",
            "Great written communication; most of our coaching happens in the app.",
            "A track record of keeping clients engaged for months, not weeks.",
        ),
        about=(
            "{company} is an online coaching platform with clients in 30 countries.",
            "{company} supports athletes from academy level to professional teams.",
        ),
        companies=("LiftLab Online", "Peak Performance Institute", "HabitFit", "Forge Athletics"),
        salary=(42000, 66000),
        count=6,
        modes=(0.5, 0.2, 0.3),
    ),
    Role(
        family="fitness",
        titles=("Yoga Instructor", "Pilates Instructor"),
        core=terms("yoga instruction; pilates; RYT-200 certification"),
        skills=terms(
            "mindfulness; class programming; anatomy; prenatal yoga; reformer pilates; CPR "
            "certification"
        ),
        duties=(
            "You will teach vinyasa, yin or reformer classes for all levels.",
            "You will offer hands-on adjustments with care and consent.",
            "You will help plan retreats and weekend workshops.",
        ),
        needs=(
            "RYT-200 or a recognised pilates teaching certificate.",
            "A calm, welcoming teaching style.",
        ),
        about=("{company} is a neighbourhood studio focused on mindful movement.",),
        companies=("Lotus Room Studio", "Core & Calm Pilates", "Crème & Brûlée Café"),
        salary=(30000, 44000),
        count=3,
        modes=(0.1, 0.0, 0.9),
        levels=("mid",),
    ),
)

ROLES = NUTRITION + FITNESS
