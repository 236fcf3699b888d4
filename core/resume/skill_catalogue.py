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
