"""Role templates: software, data, finance and design."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

SOFTWARE = (
    Role(
        family="software",
        titles=("Backend Engineer", "Software Engineer", "Python Developer"),
        core=terms("Python; REST APIs; SQL"),
        skills=terms(
            "FastAPI; Django; PostgreSQL; Docker; AWS; Kubernetes; CI/CD; Go; Redis; automated "
            "testing"
        ),
        duties=(
            "You will design, build and operate the APIs behind our products.",
            "You will write well-tested Python services and review your teammates' code.",
            "You will improve performance and reliability of services that handle millions of "
            "requests a day.",
            "You will work closely with product and design to ship small changes often.",
            "You will take part in an on-call rotation, about one week in six.",
            "You will help shape our architecture as we move from a monolith to services.",
        ),
        needs=(
            "Three or more years building backend systems in Python or Go.",
            "Solid SQL and experience with PostgreSQL or MySQL.",
            "Experience with Docker and a major cloud provider.",
            "You care about tests, observability and clear documentation.",
        ),
        about=(
            "{company} builds booking software used by 20,000 small businesses.",
            "{company} is a fintech start-up that raised its Series B this year.",
            "{company} builds tools that help travel agencies sell more.",
        ),
        companies=("Bookly Software", "Ledgerly", "TripStack", "CloudPOS", "Zoë Müller GmbH"),
        salary=(110000, 150000),
        count=10,
        modes=(0.45, 0.4, 0.15),
        visa=0.35,
        levels=("junior", "mid", "senior", "lead"),
    ),
    Role(
        family="software",
        titles=("Frontend Engineer", "Full Stack Developer", "React Developer"),
        core=terms("JavaScript; TypeScript; React"),
        skills=terms(
            "Node.js; CSS; Next.js; GraphQL; accessibility; Jest; design systems; REST APIs"
        ),
        duties=(
            "You will build fast, accessible interfaces in React and TypeScript.",
            "You will turn Figma designs into reusable components in our design system.",
            "You will write unit and end-to-end tests.",
            "You will work on the Node.js API layer when the feature needs it.",
        ),
        needs=(
            "Two or more years of professional React and TypeScript.",
            "An eye for detail and a care for accessibility.",
        ),
        about=("{company} makes online shopping simpler for independent shops.",),
        companies=("ShopNest", "TripStack", "Bookly Software"),
        salary=(95000, 135000),
        count=8,
        modes=(0.5, 0.35, 0.15),
        visa=0.3,
    ),
    Role(
        family="software",
        titles=("DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer"),
        core=terms("Kubernetes; Terraform; AWS"),
        skills=terms("Linux; Prometheus; CI/CD; Python; incident response; GCP; Azure; Helm"),
        duties=(
            "You will run our Kubernetes platform and the pipelines that deploy to it.",
            "You will manage infrastructure as code with Terraform.",
            "You will improve monitoring and lead blameless incident reviews.",
            "You will help teams ship safely many times a day.",
        ),
        needs=(
            "Production experience with Kubernetes and a public cloud.",
            "Comfortable with Linux, networking and scripting.",
        ),
        about=("{company} runs a payments platform with 99.99% uptime targets.",),
        companies=("Ledgerly", "PayRail", "CloudPOS"),
        salary=(115000, 155000),
        count=6,
        modes=(0.5, 0.35, 0.15),
        visa=0.35,
        levels=("mid", "senior"),
    ),
    Role(
        family="software",
        titles=("iOS Developer", "Android Developer", "Mobile Engineer"),
        core=terms("mobile development; Swift; Kotlin"),
        skills=terms("iOS; Android; Flutter; React Native; REST APIs; app store deployment"),
        duties=(
            "You will build features for our iOS and Android apps.",
            "You will keep the apps fast, stable and well reviewed.",
            "You will ship releases every two weeks.",
        ),
        needs=("Two years of native mobile development.", "Apps live in the stores."),
        about=("{company} makes a fitness coaching app with 500,000 users.",),
        companies=("HabitFit", "LiftLab Online", "TripStack"),
        salary=(100000, 140000),
        count=4,
        modes=(0.5, 0.3, 0.2),
        visa=0.25,
    ),
)

DATA = (
    Role(
        family="data",
        titles=("Data Analyst", "Business Intelligence Analyst", "Marketing Analyst"),
        core=terms("SQL; data analysis; Excel"),
        skills=terms(
            "Tableau; Power BI; Python; dashboarding; statistics; Looker; stakeholder "
            "communication; A/B testing"
        ),
        duties=(
            "You will build dashboards that teams actually use to make decisions.",
            "You will answer business questions with SQL and clear charts.",
            "You will define metrics and keep them consistent across the company.",
            "You will present findings to managers who are not data experts.",
        ),
        needs=(
            "Strong SQL and a BI tool such as Tableau, Power BI or Looker.",
            "Clear communication of numbers to non-technical people.",
        ),
        about=("{company} is a retail group with 300 stores and a growing e-commerce site.",),
        companies=("Northwind Retail", "ShopNest", "Globetrotter Holidays", "Apollo Analytics"),
        salary=(70000, 95000),
        count=8,
        modes=(0.3, 0.5, 0.2),
        visa=0.2,
    ),
    Role(
        family="data",
        titles=("Data Scientist", "Machine Learning Engineer", "Data Engineer"),
        core=terms("Python; machine learning; statistics"),
        skills=terms(
            "pandas; scikit-learn; PyTorch; SQL; Spark; Airflow; MLOps; experiment design; NLP"
        ),
        duties=(
            "You will build models for recommendations, forecasting and search ranking.",
            "You will design experiments and measure their impact honestly.",
            "You will build reliable data pipelines with Airflow and Spark.",
            "You will put models into production and monitor them.",
        ),
        needs=(
            "A quantitative degree and three years of applied machine learning.",
            "Strong Python and SQL.",
            "Experience deploying models, not only training them.",
        ),
        about=("{company} matches travellers with hotels using machine learning.",),
        companies=("TripStack", "Apollo Analytics", "Ledgerly", "RecoAI"),
        salary=(115000, 160000),
        count=10,
        modes=(0.4, 0.45, 0.15),
        visa=0.4,
        levels=("mid", "senior", "lead"),
    ),
)

FINANCE = (
    Role(
        family="finance",
        titles=("Staff Accountant", "Accounts Payable Specialist", "Bookkeeper"),
        core=terms("bookkeeping; accounts payable; reconciliation"),
        skills=terms(
            "QuickBooks; Xero; Excel; SAP; VAT returns; payroll; month-end close; IFRS; GAAP"
        ),
        duties=(
            "You will process invoices and payments accurately and on time.",
            "You will reconcile bank accounts and supplier statements.",
            "You will support month-end close and prepare journals.",
            "You will answer supplier queries and keep records audit-ready.",
        ),
        needs=(
            "Experience in bookkeeping or accounts payable.",
            "Confident with Excel and an accounting package such as Xero or QuickBooks.",
            "Working towards ACCA, CIMA or CPA is welcome.",
        ),
        about=("{company} is an accounting firm serving 600 small businesses.",),
        companies=("Ledger & Co. Accountants", "BrightBooks", "Northwind Retail"),
        salary=(48000, 65000),
        count=9,
        modes=(0.2, 0.5, 0.3),
    ),
    Role(
        family="finance",
        titles=("Financial Analyst", "FP&A Analyst", "Financial Controller"),
        core=terms("financial modelling; budgeting; forecasting"),
        skills=terms("Excel; variance analysis; SQL; Power BI; ACCA; CPA; management reporting"),
        duties=(
            "You will build the annual budget and rolling forecasts.",
            "You will explain variances to department heads.",
            "You will model the financial impact of new projects.",
        ),
        needs=("A finance degree and a professional qualification (or studying for one).",),
        about=("{company} is a hotel group with properties in six countries.",),
        companies=("Seaside Resorts Group", "PayRail", "Mercy Health System"),
        salary=(75000, 110000),
        count=7,
        modes=(0.2, 0.6, 0.2),
        visa=0.15,
        levels=("mid", "senior", "lead"),
    ),
)

DESIGN = (
    Role(
        family="design",
        titles=("Product Designer", "UX Designer", "UI Designer"),
        core=terms("Figma; user research; prototyping"),
        skills=terms(
            "design systems; usability testing; wireframing; accessibility; interaction design"
        ),
        duties=(
            "You will design end-to-end flows from research to polished UI.",
            "You will run usability tests and turn findings into improvements.",
            "You will contribute to and maintain our design system.",
        ),
        needs=("A portfolio that shows your process, not only final screens.",),
        about=("{company} designs apps for healthcare providers.",),
        companies=("CareFlow Apps", "Bookly Software", "TripStack"),
        salary=(90000, 125000),
        count=7,
        modes=(0.45, 0.4, 0.15),
        visa=0.2,
    ),
    Role(
        family="design",
        titles=("Graphic Designer", "Brand Designer"),
        core=terms("Adobe Creative Suite; typography; branding"),
        skills=terms("Illustrator; Photoshop; InDesign; print design; motion graphics; Canva"),
        duties=(
            "You will create campaigns, packaging and social assets.",
            "You will keep our brand consistent across print and digital.",
            "You will prepare print-ready files and work with printers.",
        ),
        needs=("Strong portfolio and command of Adobe Creative Suite.",),
        about=("{company} is a creative agency for food and travel brands.",),
        companies=("Studio Paprika", "Crème & Brûlée Café", "Wanderwise Travel"),
        salary=(50000, 70000),
        count=5,
        modes=(0.3, 0.4, 0.3),
    ),
)

ROLES = SOFTWARE + DATA + FINANCE + DESIGN
