"""The skill vocabulary as data: canonical skill names by profession or category."""

from __future__ import annotations

# Canonical names by category, ";"-separated so the catalogue stays readable as data.
CATALOGUE: dict[str, str] = {
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
        Revenue Management; Hotel Management; Restaurant Management; Cleaning;
        Table Service; Silver Service; Order Taking; Food Handling; Room Service; Night Audit;
        Drive-Thru Operations; Wine Service
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
        Customer Retention;
        Stock Replenishment; Planograms; Store Operations; Product Demonstrations;
        Objection Handling; Sales Operations; Channel Sales; Bid Writing; Quota Attainment
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
        Play-Based Learning; Montessori; Pediatric First Aid; Parent Communication;
        Early Years Foundation Stage; Toddler Care; Potty Training; Sensory Play;
        Developmental Milestones; Observation and Assessment; Nanny Services; After-School Care;
        Newborn Care; Child Supervision; Age-Appropriate Activities; Arts and Crafts
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
        Hemodialysis; Diabetes Management; Rehabilitation; Counseling;
        Midwifery; Antenatal Care; Postnatal Care; Labor and Delivery; Obstetrics;
        Neonatal Care; Gait Analysis; Manual Therapy; Therapeutic Exercise;
        Musculoskeletal Assessment; Sports Rehabilitation; Speech Therapy; Dysphagia Management;
        Audiology; Medication Dispensing; Prescription Processing; Medication Reconciliation;
        Sterile Compounding; Dental Hygiene; Periodontal Charting; Scaling and Root Planing;
        Dental Radiography; Oral Health Education; Radiography; Medical Imaging; Sonography;
        Ultrasound Scanning; CT Scanning; MRI Scanning; Emergency Medical Services;
        Pre-Hospital Care; Trauma Care; Airway Management; ECG; Blood Glucose Monitoring;
        Immunizations; Suturing; Discharge Planning; Clinical Assessment; Health Promotion;
        Public Health; Epidemiology; Occupational Health; Cardiac Monitoring; Ostomy Care;
        Tracheostomy Care; Medical Records Management; Clinical Audit; Lactation Support;
        Patient Positioning; Surgical Assisting; Optometry; Psychotherapy;
        Cognitive Behavioral Therapy; Mental Health Assessment;
        Medical Assisting; Patient Intake; Patient Transfers; Specimen Collection;
        Feeding Assistance; Bathing Assistance
    """,
    "finance": """
        Accounting; Bookkeeping; Budgeting; Financial Reporting; Financial Analysis;
        Financial Modeling; Forecasting; Accounts Payable; Accounts Receivable; Payroll;
        General Ledger; Reconciliation; Tax Preparation; Auditing; Internal Audit; GAAP; IFRS;
        QuickBooks; Xero; Sage; SAP; Invoicing; Cost Accounting; Month-End Close; Variance Analysis;
        Cash Flow Management; Risk Management; Compliance; Corporate Finance;
        Investment Analysis; Valuation; Credit Analysis; Treasury; Expense Management; Billing;
        Financial Planning; Cost Reduction;
        Retail Banking; Commercial Banking; Investment Banking; Loan Processing;
        Loan Origination; Mortgage Processing; Underwriting; Credit Risk; Anti-Money Laundering;
        KYC; Fraud Prevention; Teller Operations; Branch Operations; Wealth Management;
        Portfolio Management; Financial Advice; Claims Processing; Actuarial Analysis;
        Equity Research; Asset Management; Bloomberg Terminal; Capital Markets;
        Mergers and Acquisitions; Payment Processing; Cash Management; Insurance Sales;
        Real Estate Sales; Property Valuation; Property Management; Lease Administration;
        Tenant Relations; Property Listings
    """,
    "education": """
        Teaching; Lesson Planning; Curriculum Development; Classroom Management; Tutoring;
        Instructional Design; E-Learning; Student Assessment; Differentiated Instruction;
        Special Education; ESL Teaching; Educational Technology; Corporate Training;
        Academic Advising; Google Classroom; Moodle; Canvas LMS; Learning Management Systems;
        Course Design; Health Education;
        Formative Assessment; Student Engagement; Individualized Education Programs;
        Literacy Instruction; Phonics; Numeracy; STEM Education; Blended Learning;
        Online Teaching; Inclusive Education; Pastoral Care; Educational Leadership;
        Schemes of Work; Lecturing; Syllabus Design; Adult Education; Vocational Training;
        Academic Writing; Thesis Supervision; Test Preparation; Reading Intervention;
        Exam Invigilation; Parent-Teacher Conferences; Blackboard
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
        Solar Installation; Appliance Repair;
        Electrical Installation; Electrical Testing; Pipefitting; Gas Fitting; Boiler Servicing;
        Refrigeration; Sheet Metal Work; Metal Fabrication; Joinery; Cabinet Making;
        Finish Carpentry; Bricklaying; Plastering; Flooring Installation; Insulation Installation;
        Locksmithing; Auto Body Repair; Small Engine Repair; Vehicle Diagnostics; Brake Repair;
        Electronics Repair; Hand Tools; Wiring Diagrams; National Electrical Code;
        Backflow Testing; Drain Cleaning; Commercial Cleaning; Deep Cleaning; Floor Care;
        Window Cleaning; Grounds Maintenance; Lawn Care
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
        Administrative Support; Executive Assistance;
        Switchboard Operation; Multi-Line Phone Systems; Mail Sorting; Office Management;
        Petty Cash; Meeting Coordination; Travel Booking; Visitor Reception
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
        Interviewing; Contract Management; Regulatory Compliance; GDPR
    """,
    "engineering": """
        Mechanical Engineering; Civil Engineering; Structural Engineering; Electrical Engineering;
        Chemical Engineering; Electronics Engineering; Geotechnical Engineering;
        Environmental Engineering; Process Engineering; Manufacturing Engineering;
        Industrial Engineering; Systems Engineering; Control Systems; PLC Programming; SCADA;
        Finite Element Analysis; Computational Fluid Dynamics; CAD; CATIA; Siemens NX; Creo;
        Autodesk Inventor; Revit; Civil 3D; MicroStation; ETABS; ANSYS; Abaqus; LabVIEW;
        Simulink; Technical Drawings; GD&T; Root Cause Analysis; FMEA; HAZOP;
        Design Calculations; Tolerance Analysis; Reliability Engineering; Stress Analysis;
        Circuit Design; PCB Design; Power Systems; Load Calculations; Surveying; Land Surveying;
        Hydraulic Modeling; Stormwater Design; Value Engineering; Commissioning;
        Feasibility Studies; Technical Specifications; Engineering Design; Design Reviews;
        Prototype Testing; Eurocodes
    """,
    "science": """
        Laboratory Techniques; Laboratory Safety; Good Laboratory Practice;
        Good Manufacturing Practice; Sample Preparation; Specimen Processing; PCR; qPCR; ELISA;
        Western Blotting; Cell Culture; Microbiology; Molecular Biology; Biochemistry;
        Analytical Chemistry; Organic Chemistry; HPLC; Gas Chromatography; Mass Spectrometry;
        Spectroscopy; Spectrophotometry; Titration; Microscopy; Flow Cytometry;
        Gel Electrophoresis; DNA Extraction; DNA Sequencing; Next-Generation Sequencing; CRISPR;
        Assay Development; Method Validation; Equipment Calibration; LIMS; Aseptic Technique;
        Standard Operating Procedures; Bioinformatics; Chemical Handling; Field Sampling;
        Environmental Monitoring; Histology; Hematology; Urinalysis; Clinical Chemistry;
        Immunoassays; Clinical Research; Clinical Trials; Good Clinical Practice;
        Scientific Writing; Peer Review
    """,
    "legal": """
        Legal Research; Legal Writing; Legal Drafting; Contract Drafting; Contract Review;
        Document Review; Due Diligence; Litigation; Litigation Support; Civil Litigation;
        E-Discovery; Trial Preparation; Legal Briefs; Pleadings; Depositions; Court Filings;
        E-Filing; Westlaw; LexisNexis; Clio; Bluebook Citation; Conveyancing; Corporate Law;
        Employment Law; Family Law; Criminal Law; Immigration Law; Intellectual Property;
        Real Estate Law; Regulatory Affairs; Case File Management; Client Intake;
        Legal Transcription; Arbitration; Dispute Resolution; Subpoenas; Affidavits;
        Legal Correspondence; Notarization
    """,
    "social": """
        Social Work; Casework; Crisis Intervention; Risk Assessment; Adult Safeguarding;
        Child Welfare; Family Support; Care Coordination; Needs Assessment; Support Planning;
        Motivational Interviewing; Trauma-Informed Care; Person-Centred Care; Community Outreach;
        Advocacy; Substance Abuse Counseling; Mental Health First Aid; De-escalation;
        Behavioral Health; Domestic Violence Advocacy; Housing Support; Welfare Benefits Advice;
        Home Visits; Group Facilitation; Life Skills Training; Dementia Care; Disability Support;
        Activities of Daily Living; Manual Handling; Companionship; End-of-Life Care;
        Respite Care; Multi-Agency Working; Foster Care; Youth Work; Community Development
    """,
    "construction": """
        Construction Management; Site Management; Site Supervision; Site Safety;
        Site Inspections; Building Codes; Building Regulations; Quantity Surveying;
        Cost Estimating; Primavera P6; Microsoft Project; Procore; Bluebeam; Quantity Takeoff;
        Concrete Finishing; Formwork; Timber Framing; Steel Erection; Scaffolding; Demolition;
        Excavation; Heavy Equipment Operation; Crane Operation; Rigging;
        Subcontractor Management; Method Statements; Construction Drawings;
        Site Surveys; Building Inspection; Snagging; Permit to Work;
        Road Construction
    """,
    "transport": """
        Defensive Driving; Vehicle Inspection; Passenger Assistance; Passenger Transport;
        Tachograph; Hazmat Transport; Delivery Driving; Dangerous Goods; Load Securing;
        Aviation Safety; Flight Operations; Air Traffic Control; Aircraft Maintenance;
        In-Flight Service; Cabin Safety; Safety Demonstrations; Pre-Flight Checks;
        Crew Resource Management; Flight Planning; Ground Handling; Baggage Handling;
        Airport Operations; Rail Operations; Railway Signalling; Track Maintenance;
        Marine Navigation; Seamanship; Port Operations; Freight Forwarding; Traffic Management;
        Emergency Procedures
    """,
    "security": """
        Security Operations; Access Control; CCTV Monitoring; Security Patrols; Loss Prevention;
        Asset Protection; Emergency Response; Fire Safety; Firefighting; Fire Prevention;
        Incident Reporting; Report Writing; Crowd Control; Surveillance; Threat Assessment;
        Alarm Response; Physical Security; Criminal Investigations; Evidence Handling;
        Law Enforcement; Community Policing; Executive Protection; Search and Rescue;
        Visitor Management; Hazardous Materials Response
    """,
    "agriculture": """
        Crop Production; Crop Management; Livestock Management; Animal Husbandry;
        Animal Handling; Animal Care; Dairy Farming; Irrigation; Pesticide Application;
        Soil Testing; Harvesting; Tractor Operation; Farm Equipment Operation;
        Greenhouse Operations; Horticulture; Agronomy; Arboriculture; Chainsaw Operation;
        Forestry; Commercial Fishing; Aquaculture; Beekeeping; Organic Farming;
        Precision Agriculture; Pruning; Farm Management; Composting; Veterinary Nursing;
        Veterinary Assisting; Animal Restraint; Pet Grooming
    """,
    "manufacturing": """
        Production Planning; Assembly Line Operations; Mechanical Assembly; Electronics Assembly;
        Soldering; Machine Setup; Injection Molding; Metalworking; Lathe Operation;
        CNC Programming; G-Code; Precision Measurement; Quality Inspection;
        Statistical Process Control; Kaizen; Continuous Improvement; Total Productive Maintenance;
        ISO 9001; Material Handling; Process Control; Industrial Maintenance; Hydraulics;
        Pneumatics; Sewing; Pattern Making; Garment Construction; Woodworking; Upholstery;
        Offset Printing; Screen Printing; Food Processing; Butchery; Lockout/Tagout;
        Value Stream Mapping
    """,
    "creative": """
        Journalism; News Writing; Copy Editing; Proofreading; Fact-Checking; Feature Writing;
        Creative Writing; Technical Writing; Broadcasting; Radio Production; Podcast Production;
        Sound Engineering; Audio Editing; Music Production; Music Theory; Film Production;
        Cinematography; Storyboarding; Screenwriting; Animation; Stage Management;
        Lighting Design; Set Design; Costume Design; Choreography; Exhibition Design;
        Exhibition Curation; Collections Management; Archival Research; Cataloguing;
        Art Conservation; Museum Education; Sculpture; Ceramics; Printmaking; Calligraphy;
        Art Direction; Creative Direction; Photo Editing; Final Cut Pro; DaVinci Resolve;
        Pro Tools; Logic Pro; Avid Media Composer; Adobe Audition
    """,
    "public": """
        Policy Analysis; Policy Development; Public Policy; Public Administration; Grant Writing;
        Grant Management; Program Evaluation; Community Engagement; Public Consultation;
        Public Procurement; Constituent Services; Briefing Papers; Fundraising; Donor Relations;
        Volunteer Management; Nonprofit Management; Impact Assessment; Urban Planning; GIS;
        ArcGIS; QGIS; Emergency Management; Records Management; Policy Writing;
        Government Relations; Lobbying; International Development
    """,
    "beauty": """
        Hairdressing; Hair Cutting; Hair Coloring; Barbering; Makeup Artistry; Skin Care;
        Facial Treatments; Nail Care; Nail Art; Waxing; Eyelash Extensions; Massage Therapy;
        Spa Treatments; Esthetics; Cosmetology; Beauty Treatments; Salon Management;
        Aromatherapy; Reflexology; Client Consultation
    """,
    "energy": """
        Renewable Energy; Wind Turbine Maintenance; Solar PV Design; Power Plant Operations;
        Power Distribution; Substation Maintenance; High Voltage Systems; Oil and Gas;
        Drilling Operations; Pipeline Operations; Mining Operations; Underground Mining;
        Mineral Processing; Explosives Handling; Water Treatment; Wastewater Treatment;
        Waste Management; Recycling Operations; Environmental Compliance; Energy Auditing;
        Energy Management; Boiler Operation
    """,
}
