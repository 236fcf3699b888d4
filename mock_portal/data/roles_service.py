"""Role templates: food, sales and customer support."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

FOOD = (
    Role(
        family="food",
        titles=("Sous Chef", "Chef de Partie", "Head Chef", "Line Cook"),
        core=terms("food preparation; kitchen management; food safety"),
        skills=terms(
            "menu planning; HACCP; inventory management; knife skills; ServSafe certification; "
            "team leadership; pastry; cost control"
        ),
        duties=(
            "You will run your section during busy services and keep quality consistent.",
            "You will help create seasonal menus with local suppliers.",
            "You will manage stock, ordering and food costs.",
            "You will train junior cooks and keep the kitchen clean and safe.",
        ),
        needs=(
            "Experience in a fresh-food kitchen at a similar level.",
            "Food safety certification (ServSafe, Level 2 Food Hygiene or equivalent).",
            "Flexibility to work evenings and weekends.",
        ),
        about=(
            "{company} is a neighbourhood restaurant with a seasonal, vegetable-led menu.",
            "{company} runs three busy brasseries.",
        ),
        companies=(
            "Crème & Brûlée Café",
            "The Olive Table",
            "Brasserie Lumière",
            "Harvest Kitchen",
        ),
        salary=(38000, 58000),
        count=8,
        modes=(0.0, 0.0, 1.0),
        prefix_titles=False,
    ),
    Role(
        family="food",
        titles=("Food Scientist", "Food Technologist", "Quality Assurance Technician"),
        core=terms("food science; quality assurance; HACCP"),
        skills=terms(
            "product development; sensory evaluation; lab testing; food labelling; nutrition "
            "labelling; regulatory compliance; GMP"
        ),
        duties=(
            "You will develop and reformulate products to reduce sugar and salt.",
            "You will run shelf-life, sensory and lab tests.",
            "You will check labels and nutrition panels against regulations.",
            "You will support audits and keep HACCP plans up to date.",
        ),
        needs=(
            "A degree in food science, nutrition or chemistry.",
            "Experience in food manufacturing or a food lab.",
        ),
        about=("{company} makes healthy snacks sold in 20 countries.",),
        companies=("NutriSnack Foods", "Balanced Bite Co.", "FreshFields Manufacturing"),
        salary=(52000, 72000),
        count=5,
        modes=(0.0, 0.3, 0.7),
        visa=0.2,
    ),
    Role(
        family="food",
        titles=("Barista", "Café Team Member"),
        core=terms("coffee preparation; customer service; cash handling"),
        skills=terms("food hygiene; latte art; stock rotation; food preparation"),
        duties=(
            "You will make excellent coffee and serve customers with a smile.",
            "You will prepare sandwiches and pastries and keep the counter stocked.",
            "You will open or close the café and handle the till.",
        ),
        needs=("Barista experience is a plus; we train you.", "Reliable and friendly."),
        about=("{company} is a specialty coffee shop with a loyal local crowd.",),
        companies=("Daily Grind Coffee", "Café Zürich Catering", "Bean & Leaf"),
        salary=(26000, 32000),
        count=4,
        modes=(0.0, 0.0, 1.0),
        levels=("entry",),
        prefix_titles=False,
    ),
)

SALES = (
    Role(
        family="sales",
        titles=("Account Manager", "Key Account Manager", "Customer Success Manager"),
        core=terms("account management; relationship building; CRM"),
        skills=terms(
            "Salesforce; HubSpot; upselling; negotiation; forecasting; contract renewals; "
            "presentation skills; B2B sales"
        ),
        duties=(
            "You will own a portfolio of 40 business clients and grow revenue with each.",
            "You will run quarterly business reviews and renewal negotiations.",
            "You will spot upsell opportunities and work with sales to close them.",
            "You will keep accurate account plans and forecasts in the CRM.",
            "You will be the client's voice inside the company.",
        ),
        needs=(
            "Three years in account management or customer success, ideally B2B.",
            "Experience with Salesforce or HubSpot.",
            "Commercial, organised and great at building trust.",
        ),
        about=(
            "{company} sells scheduling software to gyms, clinics and salons.",
            "{company} is a B2B marketplace for hospitality suppliers.",
        ),
        companies=("StudioDesk Partners", "SupplyHub", "Bookly Software", "Northwind Retail"),
        salary=(60000, 85000),
        count=8,
        modes=(0.3, 0.5, 0.2),
        visa=0.15,
    ),
    Role(
        family="sales",
        titles=(
            "Sales Representative",
            "Business Development Representative",
            "Inside Sales Executive",
        ),
        core=terms("lead generation; cold calling; sales"),
        skills=terms(
            "Salesforce; prospecting; negotiation; pipeline management; LinkedIn Sales Navigator; "
            "quota attainment; product demos"
        ),
        duties=(
            "You will prospect new clients through calls, e-mail and LinkedIn.",
            "You will qualify leads and book demos for account executives.",
            "You will manage your pipeline and hit monthly targets.",
            "You will give product demos to small business owners.",
        ),
        needs=(
            "A year or more in a target-driven sales role.",
            "Resilient, curious and persuasive.",
        ),
        about=("{company} is a fast-growing software company with a friendly sales floor.",),
        companies=("Bookly Software", "CloudPOS", "Leadify"),
        salary=(45000, 65000),
        count=7,
        modes=(0.2, 0.4, 0.4),
    ),
    Role(
        family="sales",
        titles=(
            "Gym Membership Consultant",
            "Health Club Sales Advisor",
            "Wellness Products Sales Advisor",
        ),
        core=terms("membership sales; sales; customer service"),
        skills=terms(
            "fitness knowledge; lead follow-up; client retention; CRM; nutrition knowledge; cold "
            "calling"
        ),
        duties=(
            "You will show prospective members around the club and sign them up.",
            "You will follow up leads from the website and social media.",
            "You will recommend supplements and programmes that suit each customer.",
        ),
        needs=(
            "Sales experience and a passion for fitness and healthy living.",
            "Comfortable working to monthly targets.",
        ),
        about=("{company} is a premium health club group.",),
        companies=("Astor Lane Health Club", "FlexPoint Fitness", "VitaShop"),
        salary=(32000, 48000),
        count=5,
        modes=(0.0, 0.0, 1.0),
        levels=("junior", "mid"),
    ),
)

SUPPORT = (
    Role(
        family="customer support",
        titles=("Customer Support Agent", "Customer Service Representative", "Call Centre Agent"),
        core=terms("customer service; ticketing systems; communication"),
        skills=terms(
            "Zendesk; Freshdesk; live chat; phone support; CRM; de-escalation; multilingual; data "
            "entry"
        ),
        duties=(
            "You will help customers by phone, chat and e-mail with orders and accounts.",
            "You will resolve issues on first contact wherever possible.",
            "You will log every conversation in Zendesk and spot recurring problems.",
            "You will calm frustrated customers and find a fair solution.",
            "You will help write and update our help-centre articles.",
        ),
        needs=(
            "Experience in a customer-facing role.",
            "Clear written and spoken English; other languages are a plus.",
            "Comfortable with shift work, including some weekends.",
        ),
        about=(
            "{company} is an online retailer with two million customers.",
            "{company} provides outsourced support for travel and retail brands.",
        ),
        companies=("ShopNest", "HelpHub Outsourcing", "BlueHorizon Journeys", "TeleServe"),
        salary=(30000, 40000),
        count=9,
        modes=(0.4, 0.2, 0.4),
        levels=("entry", "junior", "mid"),
    ),
    Role(
        family="customer support",
        titles=("Technical Support Specialist", "IT Helpdesk Analyst"),
        core=terms("troubleshooting; customer service; ticketing systems"),
        skills=terms(
            "Windows; macOS; networking; Jira Service Management; Active Directory; documentation"
        ),
        duties=(
            "You will troubleshoot hardware, software and network issues for users.",
            "You will manage tickets in Jira and meet response times.",
            "You will write clear how-to guides for common problems.",
        ),
        needs=(
            "Experience in IT support; CompTIA A+ or similar is a plus.",
            "Patient and clear when explaining technical topics.",
        ),
        about=("{company} provides managed IT services to small businesses.",),
        companies=("TechAssist MSP", "HelpHub Outsourcing"),
        salary=(40000, 55000),
        count=5,
        modes=(0.3, 0.4, 0.3),
    ),
)

ROLES = FOOD + SALES + SUPPORT
