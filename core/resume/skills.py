"""Skill vocabulary across professions, and normalisation so "React.js" and "React" match."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.models import Skill

# Canonical names by category, ";"-separated so the catalogue stays readable as data.
_CATALOGUE: dict[str, str] = {
    "software": """
        Python; Java; JavaScript; TypeScript; C; C++; C#; Go; Rust; Ruby; PHP; Swift; Kotlin;
        Scala; Perl; Bash; Shell Scripting; PowerShell; HTML; CSS; Sass; React; Angular; Vue.js;
        Svelte; Next.js; Node.js; Express; Django; Flask; FastAPI; Spring; Spring Boot;
        Ruby on Rails; Laravel; .NET; ASP.NET; jQuery; Redux; GraphQL; REST APIs; gRPC;
        Microservices; Docker; Kubernetes; Terraform; Ansible; Puppet; Chef; Jenkins;
        GitHub Actions; CI/CD; Git; Linux; Unix; AWS; Azure; Google Cloud; Serverless; Nginx;
        Kafka; RabbitMQ; Redis; Elasticsearch; Unit Testing; Test Automation; Selenium; Cypress;
        Jest; Pytest; JUnit; Agile; Scrum; Kanban; Jira; Confluence; Object-Oriented Programming;
        Software Architecture; System Design; DevOps; Site Reliability Engineering; Cybersecurity;
        Network Administration; Penetration Testing; iOS Development; Android Development;
        React Native; Flutter; Dart; Unity; Game Development; Embedded Systems; WordPress;
        Shopify; Web Development; Mobile Development; Frontend Development; Backend Development;
        Full-Stack Development; API Design; Debugging; Code Review; Webpack; Tailwind CSS;
        Bootstrap; Artificial Intelligence
    """,
    "data": """
        SQL; PostgreSQL; MySQL; SQLite; MongoDB; Oracle Database; SQL Server; NoSQL; R;
        Data Analysis; Data Visualization; Data Science; Machine Learning; Deep Learning; NLP;
        Computer Vision; Statistics; Pandas; NumPy; scikit-learn; TensorFlow; PyTorch; Spark;
        Hadoop; Airflow; dbt; ETL; Data Engineering; Data Modeling; Data Warehousing; Snowflake;
        BigQuery; Tableau; Power BI; Looker; A/B Testing; Predictive Modeling; Big Data;
        Data Cleaning; MATLAB; SAS; SPSS; Stata; Jupyter; Business Intelligence; LLMs
    """,
    "design": """
        Figma; Sketch; Adobe XD; Adobe Photoshop; Adobe Illustrator; Adobe InDesign;
        Adobe Premiere Pro; Adobe After Effects; Adobe Lightroom; Adobe Creative Suite; Canva;
        UX Design; UI Design; User Research; Wireframing; Prototyping; Graphic Design; Typography;
        Branding; Visual Design; Interaction Design; Motion Graphics; Video Editing; Photography;
        Illustration; Web Design; Product Design; Design Systems; Usability Testing;
        Accessibility; AutoCAD; SolidWorks; 3D Modeling; Blender; Interior Design; Fashion Design
    """,
    "nutrition": """
        Nutrition; Meal Planning; Nutrition Counseling; Nutrition Education; Nutrition Assessment;
        Diabetes Education; Dietetics; Clinical Nutrition; Sports Nutrition; Diet Planning;
        Menu Planning; Food Preparation; Food Safety; Food Sanitation; HACCP; ServSafe; Cooking;
        Baking; Pastry; Culinary Arts; Kitchen Management; Food Service; Weight Management;
        Enteral Nutrition; Parenteral Nutrition; Medical Nutrition Therapy; Food Science;
        Dietary Supplements; Food Production
    """,
    "hospitality": """
        Hospitality; Front Desk Operations; Guest Relations; Housekeeping;
        Food and Beverage Service; Bartending; Barista; Fine Dining; Banquet Operations; Catering;
        Event Planning; Event Management; Concierge Services; Opera PMS;
        Property Management Systems; Wine Knowledge; POS Systems; Cash Handling;
        Revenue Management; Hotel Management; Restaurant Management; Cleaning
    """,
    "travel": """
        Itinerary Planning; Amadeus; Sabre; Galileo; Worldspan; GDS; Travel Planning;
        Travel Consulting; Booking Systems; Reservations; Ticketing; Airline Ticketing;
        Tour Operations; Tour Guiding; Destination Knowledge; Travel Coordination;
        Corporate Travel Management; Group Travel; Cruise Booking; Visa Processing;
        Travel Insurance; Tourism Management; Travel Documentation; Car Rentals
    """,
    "sales": """
        Sales; B2B Sales; B2C Sales; Account Management; Key Account Management;
        Business Development; Lead Generation; Cold Calling; Prospecting; Closing;
        Sales Forecasting; Pipeline Management; CRM; Salesforce; HubSpot; Upselling;
        Cross-Selling; Retail Sales; Merchandising; Visual Merchandising; Territory Management;
        Consultative Selling; Solution Selling; Contract Negotiation; Client Relations;
        Partnership Development; Inside Sales; Field Sales; Sales Presentations; Pricing Strategy;
        Customer Retention
    """,
    "fitness": """
        Strength Training; Personal Training; Group Fitness; Fitness Assessment;
        Exercise Programming; Cardio Training; HIIT; Yoga; Pilates; CrossFit;
        Weight Loss Coaching; Sports Coaching; Kinesiology; Injury Prevention;
        Functional Training; Bodybuilding; Flexibility Training; Indoor Cycling; Boxing;
        Athletic Training; Wellness Coaching; Health Coaching; Exercise Physiology;
        Nutrition Coaching
    """,
    "childcare": """
        Childcare; Early Childhood Education; Child Development; Babysitting; Behavior Management;
        Positive Discipline; Safeguarding; Special Needs Care; Infant Care; Homework Help;
        Play-Based Learning; Montessori; Pediatric First Aid; Parent Communication
    """,
    "health": """
        CPR Certification; First Aid; BLS; ACLS; PALS; Patient Care; Patient Assessment;
        Vital Signs; Medication Administration; Wound Care; IV Therapy; Phlebotomy; Triage;
        Electronic Health Records; Epic; Cerner; Infection Control; Care Planning;
        Patient Education; Charting; Clinical Documentation; Nursing; Critical Care;
        Emergency Care; Pediatrics; Geriatric Care; Palliative Care; Mental Health;
        Home Health Care; Medical Terminology; HIPAA; Catheterization; Telemetry; Case Management;
        Physical Therapy; Occupational Therapy; Pharmacology; Medical Coding; Medical Billing;
        Dental Assisting; Radiology; Laboratory Testing; Sterile Technique; Personal Care;
        Hemodialysis; Diabetes Management; Rehabilitation; Counseling
    """,
    "finance": """
        Accounting; Bookkeeping; Budgeting; Financial Reporting; Financial Analysis;
        Financial Modeling; Forecasting; Accounts Payable; Accounts Receivable; Payroll;
        General Ledger; Reconciliation; Tax Preparation; Auditing; Internal Audit; GAAP; IFRS;
        QuickBooks; Xero; Sage; SAP; Invoicing; Cost Accounting; Month-End Close; Variance Analysis;
        Cash Flow Management; Risk Management; Compliance; Corporate Finance;
        Investment Analysis; Valuation; Credit Analysis; Treasury; Expense Management; Billing;
        Financial Planning; Cost Reduction
    """,
    "education": """
        Teaching; Lesson Planning; Curriculum Development; Classroom Management; Tutoring;
        Instructional Design; E-Learning; Student Assessment; Differentiated Instruction;
        Special Education; ESL Teaching; Educational Technology; Corporate Training;
        Academic Advising; Google Classroom; Moodle; Canvas LMS; Learning Management Systems;
        Course Design; Health Education
    """,
    "logistics": """
        Logistics; Supply Chain Management; Inventory Management; Warehouse Management;
        Procurement; Purchasing; Vendor Management; Shipping and Receiving; Order Fulfillment;
        Fleet Management; Route Planning; Forklift Operation; Freight; Import/Export;
        Customs Clearance; Demand Planning; Distribution; Dispatching; Last-Mile Delivery;
        Lean Manufacturing; Six Sigma; Quality Control; Quality Assurance; ERP;
        Transportation Management; Commercial Driving; Picking; Packing; Shipping; 5S;
        Order Picking; Pallet Jack Operation; RF Scanning; Cycle Counting; Stock Control;
        Loading and Unloading
    """,
    "trades": """
        Carpentry; Plumbing; Electrical Wiring; Electrical Maintenance; Welding; HVAC; Masonry;
        Painting and Decorating; Roofing; Drywall; Tiling; Landscaping; Machine Operation;
        CNC Machining; Blueprint Reading; Power Tools; Construction; Building Maintenance;
        Preventive Maintenance; Troubleshooting; Automotive Repair; Diesel Mechanics;
        Health and Safety; Equipment Maintenance; Janitorial Services; Pest Control;
        Solar Installation; Appliance Repair
    """,
    "service": """
        Customer Service; Customer Support; Technical Support; Help Desk; Call Center Operations;
        Complaint Resolution; Zendesk; Freshdesk; Intercom; Live Chat Support;
        Customer Satisfaction; Client Onboarding; Customer Success; Phone Etiquette;
        Product Knowledge; Escalation Management; Returns Processing
    """,
    "marketing": """
        Marketing; Digital Marketing; Social Media Marketing; Social Media Management;
        Content Marketing; Content Creation; Copywriting; SEO; SEM; Google Ads; Facebook Ads;
        PPC Advertising; Email Marketing; Marketing Strategy; Brand Management; Market Research;
        Public Relations; Influencer Marketing; Affiliate Marketing; Marketing Automation;
        Mailchimp; Google Analytics; Campaign Management; Growth Marketing; Product Marketing;
        Event Marketing; Community Management; Advertising; Media Planning; Promotions
    """,
    "office": """
        Excel; Word; PowerPoint; Outlook; Microsoft Office; Google Workspace; Google Sheets;
        Google Docs; Access; Microsoft Teams; Slack; Zoom; Notion; Trello; Asana; Data Entry;
        Typing; Scheduling; Calendar Management; Filing; Record Keeping; Office Administration;
        Document Management; Minute Taking; Correspondence; Transcription; SharePoint;
        Administrative Support; Executive Assistance
    """,
    "language": """
        English; Spanish; French; German; Italian; Portuguese; Russian; Chinese; Mandarin;
        Cantonese; Japanese; Korean; Arabic; Hindi; Bengali; Urdu; Turkish; Dutch; Polish;
        Ukrainian; Swedish; Norwegian; Danish; Finnish; Greek; Hebrew; Persian; Vietnamese; Thai;
        Indonesian; Malay; Tagalog; Swahili; Romanian; Czech; Hungarian; Sign Language; Catalan;
        Serbian; Croatian; Translation; Interpreting
    """,
    "soft": """
        Communication; Teamwork; Leadership; Problem Solving; Time Management;
        Organizational Skills; Attention to Detail; Critical Thinking; Adaptability; Creativity;
        Interpersonal Skills; Negotiation; Conflict Resolution; Decision Making; Multitasking;
        Work Ethic; Self-Motivation; Collaboration; Empathy; Patience; Public Speaking;
        Presentation Skills; Written Communication; Verbal Communication; Active Listening;
        Mentoring; Coaching; People Management; Stress Management; Emotional Intelligence;
        Strategic Thinking; Analytical Skills; Research; Relationship Building; Motivation
    """,
    "management": """
        Project Management; Program Management; Operations Management; Team Management;
        Staff Supervision; Stakeholder Management; Change Management; Strategic Planning;
        Budget Management; Process Improvement; Performance Management;
        Training and Development; Onboarding; PMP; PRINCE2; Business Analysis;
        Requirements Gathering; Product Management; Recruitment; Talent Acquisition;
        Employee Relations; HR Administration; Compensation and Benefits; HRIS; Workday;
        Interviewing; Contract Management; Regulatory Compliance; GDPR; Legal Research
    """,
}

# canonical name -> ";"-separated aliases (any spelling; compared by `_key`)
_ALIAS_LINES: dict[str, str] = {
    "React": "React.js; ReactJS; React JS",
    "JavaScript": "JS; ECMAScript; ES6",
    "TypeScript": "TS",
    "Node.js": "Node; NodeJS",
    "Express": "Express.js; ExpressJS",
    "Vue.js": "Vue; VueJS",
    "Go": "Golang",
    "C#": "C Sharp",
    "C++": "CPP",
    "PostgreSQL": "Postgres",
    "SQL Server": "MSSQL; Microsoft SQL Server; MS SQL Server",
    "Kubernetes": "K8s",
    "AWS": "Amazon Web Services",
    "Azure": "Microsoft Azure",
    "Google Cloud": "GCP; Google Cloud Platform",
    "Machine Learning": "ML",
    "Artificial Intelligence": "AI",
    "NLP": "Natural Language Processing",
    "scikit-learn": "sklearn; scikit learn",
    "Power BI": "PowerBI",
    "REST APIs": "REST; RESTful; REST API; RESTful APIs; RESTful services",
    "CI/CD": "Continuous Integration; Continuous Delivery; Continuous Deployment",
    "Git": "GitHub; GitLab; Version Control",
    "Object-Oriented Programming": "OOP; Object Oriented Programming",
    "Shell Scripting": "Bash Scripting; Shell Scripts",
    "Data Analysis": "Data Analytics; Analyzing Data; Analysing Data",
    "Data Visualization": "Data Visualisation; Dashboards",
    "Statistics": "Statistical Analysis",
    "Agile": "Agile Methodologies; Agile Methodology",
    "Adobe Photoshop": "Photoshop",
    "Adobe Illustrator": "Illustrator",
    "Adobe InDesign": "InDesign",
    "Adobe Premiere Pro": "Premiere Pro; Premiere",
    "Adobe After Effects": "After Effects",
    "Adobe Lightroom": "Lightroom",
    "Adobe Creative Suite": "Adobe CC; Adobe Creative Cloud",
    "UX Design": "UX; User Experience Design; User Experience",
    "UI Design": "UI; User Interface Design",
    "Excel": "MS Excel; Microsoft Excel; Excel Spreadsheets",
    "Word": "MS Word; Microsoft Word",
    "PowerPoint": "MS PowerPoint; Microsoft PowerPoint",
    "Outlook": "MS Outlook; Microsoft Outlook",
    "Access": "MS Access; Microsoft Access",
    "Microsoft Office": "MS Office; Office 365; Microsoft 365; MS Office Suite",
    "Microsoft Teams": "MS Teams",
    "Google Workspace": "G Suite; GSuite; Google Apps",
    "Calendar Management": "Diary Management",
    "Scheduling": "Appointment Scheduling; Shift Scheduling",
    "Customer Service": "Customer Care; Client Service; Customer Services",
    "Technical Support": "Tech Support; IT Support",
    "Help Desk": "Helpdesk; Service Desk",
    "Call Center Operations": "Call Center; Call Centre; Contact Center; Contact Centre",
    "Complaint Resolution": "Complaint Handling; Handling Complaints",
    "CPR Certification": "CPR; CPR Certified; Cardiopulmonary Resuscitation",
    "First Aid": "First Aid Certified; First Aid Certificate",
    "BLS": "Basic Life Support",
    "ACLS": "Advanced Cardiac Life Support",
    "PALS": "Pediatric Advanced Life Support",
    "Electronic Health Records": "EHR; EMR; Electronic Medical Records",
    "Epic": "Epic EHR; Epic Systems",
    "Patient Care": "Direct Patient Care; Patient Support",
    "Vital Signs": "Vitals; Vital Signs Monitoring",
    "Medication Administration": "Administering Medication; Medication Management",
    "Wound Care": "Wound Dressing; Wound Management",
    "IV Therapy": "IV Insertion; Intravenous Therapy",
    "Phlebotomy": "Venipuncture; Blood Draws",
    "Nursing": "Nursing Care; Registered Nursing; Nursing Practice",
    "Geriatric Care": "Elderly Care; Elder Care; Senior Care; Geriatrics",
    "Infection Control": "Infection Prevention",
    "HIPAA": "HIPAA Compliance",
    "Hemodialysis": "Dialysis",
    "Diabetes Management": "Diabetes Care",
    "Laboratory Testing": "Lab Testing",
    "Care Planning": "Care Plans",
    "Counseling": "Counselling",
    "Nutrition Counseling": "Nutrition Counselling; Nutritional Counseling; Dietary Counseling",
    "Nutrition Education": "Nutritional Education",
    "Nutrition Assessment": "Nutritional Assessment",
    "Diet Planning": "Diet Plans; Nutritional Plans; Nutrition Plans",
    "Meal Planning": "Meal Plans; Meal Prep",
    "Food Preparation": "Food Prep; Meal Preparation",
    "Food Safety": "Food Hygiene",
    "Culinary Arts": "Culinary",
    "Menu Planning": "Menu Development; Menu Design",
    "Kitchen Management": "Kitchen Operations",
    "Parenteral Nutrition": "TPN",
    "Personal Training": "Personal Trainer; One-on-One Training",
    "Group Fitness": "Group Fitness Instruction; Group Fitness Classes; Group Exercise",
    "Exercise Programming": (
        "Fitness Programs; Fitness Programming; Workout Plans; Exercise Programs"
    ),
    "Weight Loss Coaching": "Weight Loss",
    "Fitness Assessment": "Fitness Testing",
    "Strength Training": "Strength and Conditioning; Weight Training; Resistance Training",
    "Indoor Cycling": "Spin Classes; Spinning",
    "Itinerary Planning": "Itineraries; Itinerary; Itinerary Management",
    "Travel Planning": "Trip Planning",
    "Travel Coordination": "Travel Arrangements",
    "GDS": "Global Distribution System; Global Distribution Systems",
    "Amadeus": "Amadeus GDS",
    "Sabre": "Sabre GDS",
    "Galileo": "Galileo GDS; Travelport",
    "Booking Systems": "Reservation Systems; Booking Software; Online Booking Systems",
    "Reservations": "Reservation Management; Bookings",
    "Ticketing": "Ticket Issuance; Issuing Tickets",
    "Front Desk Operations": "Front Desk; Front Office",
    "Guest Relations": "Guest Services; Guest Service; Guest Experience",
    "Food and Beverage Service": "F&B; Food & Beverage; Food and Beverage",
    "Bartending": "Mixology",
    "Barista": "Espresso Making",
    "POS Systems": "POS; Point of Sale",
    "Cash Handling": "Cashiering; Handling Cash",
    "Concierge Services": "Concierge",
    "Opera PMS": "Oracle Opera",
    "Event Planning": "Event Coordination; Events Planning",
    "Sales": "Selling; Sales Skills",
    "Key Account Management": "Key Accounts",
    "Business Development": "Bizdev",
    "CRM": "CRM Software; Customer Relationship Management",
    "Salesforce": "SFDC",
    "Client Relations": "Customer Relations; Client Relationship Management",
    "Partnership Development": "Strategic Partnerships; Strategic Partnership",
    "Cross-Selling": "Cross Selling",
    "Budgeting": "Budget Planning; Budgets",
    "Accounting": "Accountancy",
    "Bookkeeping": "Book Keeping",
    "Accounts Payable": "A/P",
    "Accounts Receivable": "A/R",
    "Payroll": "Payroll Processing",
    "Reconciliation": "Account Reconciliation; Bank Reconciliation; Reconciliations",
    "Tax Preparation": "Tax Returns; Tax Filing",
    "Financial Reporting": "Financial Statements",
    "QuickBooks": "QuickBooks Online; QBO",
    "Month-End Close": "Month End Close; Month-End Closing",
    "Inventory Management": "Inventory Control; Stock Management; Stock Control",
    "Supply Chain Management": "Supply Chain; SCM",
    "Logistics": "Logistical Planning; Logistics Coordination; Logistics Management",
    "Warehouse Management": "Warehousing; WMS",
    "Forklift Operation": "Forklift; Forklift Certified; Forklift License",
    "Commercial Driving": "CDL; Class A CDL",
    "Shipping and Receiving": "Shipping & Receiving",
    "Quality Assurance": "QA",
    "Quality Control": "QC",
    "Six Sigma": "Lean Six Sigma",
    "HVAC": "Heating Ventilation and Air Conditioning",
    "Welding": "MIG Welding; TIG Welding",
    "Health and Safety": "OSHA; Occupational Health and Safety; Workplace Safety",
    "Janitorial Services": "Janitorial",
    "Childcare": "Child Care; Childminding",
    "Early Childhood Education": "ECE; Early Years Education; Early Childhood",
    "Special Needs Care": "Special Needs",
    "Safeguarding": "Child Protection; Child Safeguarding",
    "ESL Teaching": "ESL; TEFL; TESOL; CELTA; English as a Second Language",
    "Lesson Planning": "Lesson Plans",
    "Curriculum Development": "Curriculum Design",
    "Tutoring": "Private Tutoring",
    "Corporate Training": "Staff Training; Employee Training",
    "SEO": "Search Engine Optimization; Search Engine Optimisation",
    "SEM": "Search Engine Marketing",
    "PPC Advertising": "PPC; Pay Per Click",
    "Social Media Marketing": "Social Media; Social Media Strategy",
    "Content Creation": "Content Production",
    "Email Marketing": "Email Campaigns",
    "Market Research": "Market Analysis",
    "Public Relations": "Media Relations",
    "Promotions": "Promotional Events",
    "Mandarin": "Mandarin Chinese",
    "Persian": "Farsi",
    "Sign Language": "ASL; American Sign Language; BSL",
    "Interpreting": "Interpretation",
    "Communication": "Communication Skills; Effective Communicator; Communicator",
    "Written Communication": "Writing Skills",
    "Verbal Communication": "Oral Communication",
    "Teamwork": "Team Player; Team Work",
    "Problem Solving": "Problem-Solving; Problem Solver",
    "Attention to Detail": "Detail-Oriented; Detail Oriented; Eye for Detail",
    "Multitasking": "Multi-Tasking",
    "Leadership": "Leadership Skills",
    "Interpersonal Skills": "People Skills",
    "Negotiation": "Negotiating; Negotiation Skills",
    "Organizational Skills": "Organized; Organised; Organisational Skills; Organization Skills",
    "Self-Motivation": "Self-Motivated; Self Starter; Self-Starter",
    "Presentation Skills": "Presentations",
    "Analytical Skills": "Analytical Thinking",
    "Project Management": "Project Planning; Project Coordination",
    "Staff Supervision": "Supervising Staff; Staff Management; Team Supervision",
    "Training and Development": "Learning and Development; L&D",
    "Recruitment": "Recruiting; Recruiting and Hiring",
}

# Spellings that are ordinary words elsewhere ("Vitamin C", "Sous Chef", "Nursing Home",
# "Organized a trip"): they name a skill in a skills list, never in prose.
NOT_IN_PROSE = frozenset(
    {"C", "Access", "Word", "Closing", "Distribution", "Motivation", "Spring", "Express", "Chef"}
    | {"Puppet", "Nursing", "Organized", "Organised", "Communicator", "Selling", "Node"}
    | {"Sales"}  # "sales data", "sales of tickets": a department or a count, not a skill
)
# Names found in prose only as written, capital letter included ("Go", not "go home").
CASE_SENSITIVE = frozenset(
    {"Go", "R", "Excel", "Outlook", "Swift", "Rust", "Ruby", "Flask", "Unity", "Dart", "Sage"}
    | {"Galileo", "Sabre", "Epic", "Sketch", "Notion", "Zoom", "Slack", "Intercom", "Boxing"}
)


def _names(blob: str) -> list[str]:
    return [" ".join(part.split()) for part in blob.split(";") if part.strip()]


# canonical name -> category. Keys are the display form.
VOCABULARY: dict[str, str] = {
    name: category for category, blob in _CATALOGUE.items() for name in _names(blob)
}

# alias (any spelling) -> canonical name
ALIASES: dict[str, str] = {
    alias: canonical for canonical, blob in _ALIAS_LINES.items() for alias in _names(blob)
}


def _key(text: str) -> str:
    """Lower-case, NFKC, punctuation to spaces, ".js" suffix folded: the comparison key."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"\.js\b", "js", text)
    text = re.sub(r"[^\w+#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index = {_key(name): name for name in VOCABULARY}
    index.update({_key(alias): canonical for alias, canonical in ALIASES.items()})
    return index


_Entry = tuple[tuple[str, ...], str]  # an alias's key words and its canonical name


@lru_cache(maxsize=1)
def _prose_index() -> tuple[dict[str, list[_Entry]], re.Pattern[str]]:
    """Aliases by first key word for one pass over a text, and one pattern for risky names."""
    by_first: dict[str, list[_Entry]] = {}
    exact: list[str] = []
    never = {_key(name) for name in NOT_IN_PROSE}
    for alias, canonical in _index().items():
        if alias in never or not alias:
            continue
        if alias == _key(canonical) and canonical in CASE_SENSITIVE:
            exact.append(canonical)
        else:
            words = tuple(alias.split())
            by_first.setdefault(words[0], []).append((words, canonical))
    # a full stop may end the sentence, but "R." is an initial and "Go.dev" a domain
    ones = "|".join(re.escape(n) for n in exact if len(n) == 1)
    longer = "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True) if len(n) > 1)
    pattern = rf"(?<![\w&'+#.-])(?:(?:{ones})(?![\w&'+#.-])|(?:{longer})(?![\w&'+#-])(?!\.\w))"
    return by_first, re.compile(pattern)


def _plural_of(word: str, base: str) -> bool:
    # a plain plural names the skill too: "assessments", "reconciliations"
    return word == base or word == base + "s" or word == base + "es"


def canonical_skill(name: str) -> str:
    """The vocabulary's name for `name`, or `name` tidied when it is not in the vocabulary."""
    index = _index()
    key = _key(name)
    found = index.get(key)
    if found is None and len(key) > 3 and key.endswith("s"):
        found = index.get(key[:-1])  # "Nutrition Assessments" is the vocabulary's singular
    return found if found is not None else " ".join(name.split())


def skill_key(name: str) -> str:
    """A key under which equivalent skill names compare equal."""
    return _key(canonical_skill(name))


def skills_in_text(text: str) -> list[Skill]:
    """Every vocabulary skill (or alias) named in `text`, in order of first appearance."""
    by_first, exact = _prose_index()
    words = _key(text).split()
    found: list[tuple[int, int, str]] = []  # (word position, -length): longer names first
    for i, word in enumerate(words):
        heads = [word]
        if word.endswith("s"):
            heads += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
        for head in heads:
            for alias, canonical in by_first.get(head, ()):
                n = len(alias)
                # only the last word may be plural: "nutrition assessments"
                same_start = n == 1 or (head == word and words[i : i + n - 1] == list(alias[:-1]))
                if same_start and i + n <= len(words) and _plural_of(words[i + n - 1], alias[-1]):
                    found.append((i, -n, canonical))
    nfkc = unicodedata.normalize("NFKC", text)
    firsts: dict[str, int] = {}
    for match in exact.finditer(nfkc):
        firsts.setdefault(match.group(), match.start())
    for canonical, offset in firsts.items():
        found.append((len(_key(nfkc[:offset]).split()), -1, canonical))
    seen: set[str] = set()
    skills: list[Skill] = []
    for _, _, canonical in sorted(found):
        if canonical not in seen:
            seen.add(canonical)
            skills.append(Skill(name=canonical, category=VOCABULARY.get(canonical, "general")))
    return skills
