"""Role templates: marketing, logistics and trades."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

MARKETING = (
    Role(
        family="marketing",
        titles=("Digital Marketing Specialist", "Marketing Coordinator", "Growth Marketer"),
        core=terms("digital marketing; campaign management; Google Analytics"),
        skills=terms(
            "SEO; email marketing; paid social; HubSpot; copywriting; A/B testing; event planning"
        ),
        duties=(
            "You will plan and run campaigns across search, social and e-mail.",
            "You will track results in Google Analytics and report what worked.",
            "You will coordinate events, webinars and trade shows.",
            "You will work with designers and writers on campaign assets.",
        ),
        needs=(
            "Two years in digital marketing.",
            "Comfortable with numbers as well as words.",
        ),
        about=("{company} sells holidays online to 3 million customers.",),
        companies=("Globetrotter Holidays", "ShopNest", "NutriSnack Foods"),
        salary=(55000, 78000),
        count=8,
        modes=(0.3, 0.5, 0.2),
    ),
    Role(
        family="marketing",
        titles=("Social Media Manager", "Content Marketing Manager", "Travel Content Writer"),
        core=terms("content creation; social media; copywriting"),
        skills=terms(
            "Canva; video editing; SEO; brand management; community management; Instagram; TikTok"
        ),
        duties=(
            "You will plan our content calendar and publish every day.",
            "You will write blog posts, newsletters and destination guides.",
            "You will grow an engaged community and answer comments quickly.",
        ),
        needs=("A portfolio of content you created and results you can show.",),
        about=("{company} is a lifestyle brand covering food, fitness and travel.",),
        companies=("Wanderwise Travel", "HabitFit", "Balanced Bite Co."),
        salary=(48000, 70000),
        count=6,
        modes=(0.5, 0.3, 0.2),
    ),
)

LOGISTICS = (
    Role(
        family="logistics",
        titles=("Logistics Coordinator", "Dispatcher", "Supply Chain Coordinator"),
        core=terms("logistics coordination; shipment tracking; scheduling"),
        skills=terms(
            "SAP; WMS; route planning; customs documentation; Excel; vendor communication; "
            "inventory management; freight forwarding"
        ),
        duties=(
            "You will plan daily routes and dispatch drivers.",
            "You will track shipments and fix delays before customers notice.",
            "You will prepare customs and shipping documents.",
            "You will keep stock levels and supplier orders in balance.",
        ),
        needs=(
            "Experience in logistics, freight or dispatch.",
            "Strong Excel; SAP or a WMS is a plus.",
        ),
        about=("{company} moves fresh food from farms to 900 stores.",),
        companies=("Łukasz & Søn Logistics", "FreshFields Manufacturing", "RapidRoute Freight"),
        salary=(45000, 62000),
        count=8,
        modes=(0.05, 0.3, 0.65),
    ),
    Role(
        family="logistics",
        titles=("Warehouse Associate", "Forklift Operator", "Warehouse Team Lead"),
        core=terms("warehouse operations; picking and packing; forklift license"),
        skills=terms(
            "inventory control; health and safety; RF scanners; shift work; manual handling"
        ),
        duties=(
            "You will pick, pack and ship orders accurately.",
            "You will load and unload trucks safely.",
            "You will keep the warehouse tidy and follow safety rules.",
        ),
        needs=("Warehouse experience is a plus; forklift license for operator roles.",),
        about=("{company} runs a large fulfilment centre.",),
        companies=("RapidRoute Freight", "ShopNest", "Łukasz & Søn Logistics"),
        salary=(30000, 40000),
        count=6,
        modes=(0.0, 0.0, 1.0),
        levels=("entry", "junior"),
    ),
)

TRADES = (
    Role(
        family="trades",
        titles=("Electrician", "Maintenance Electrician", "Solar PV Installer"),
        core=terms("electrical installation; wiring; electrical codes"),
        skills=terms(
            "journeyman license; troubleshooting; PLC; blueprint reading; solar PV; health and "
            "safety; conduit bending"
        ),
        duties=(
            "You will install and repair wiring, lighting and distribution boards.",
            "You will fault-find on commercial and industrial equipment.",
            "You will install solar panels and battery systems.",
            "You will test and certify your work to code.",
        ),
        needs=(
            "A journeyman license or a recognised electrical qualification.",
            "Your own hand tools and a driving license.",
        ),
        about=("{company} is an electrical contractor working on homes and factories.",),
        companies=("BrightSpark Electrical", "SunVolt Installations", "Northside Facilities"),
        salary=(55000, 78000),
        count=8,
        modes=(0.0, 0.0, 1.0),
        visa=0.2,
    ),
    Role(
        family="trades",
        titles=("Plumber", "Plumbing and Heating Engineer"),
        core=terms("plumbing; pipe fitting; leak detection"),
        skills=terms(
            "gas safe registration; boiler servicing; drainage; blueprint reading; customer "
            "service; driving license"
        ),
        duties=(
            "You will install and repair pipework, bathrooms and heating systems.",
            "You will service boilers and find leaks fast.",
            "You will explain the work clearly to homeowners.",
        ),
        needs=("A plumbing qualification; Gas Safe registration for heating roles.",),
        about=("{company} is a family-run plumbing business with a 4.9-star rating.",),
        companies=("FlowRight Plumbing", "Northside Facilities"),
        salary=(48000, 70000),
        count=8,
        modes=(0.0, 0.0, 1.0),
        prefix_titles=False,
    ),
    Role(
        family="trades",
        titles=("HVAC Technician", "Refrigeration Engineer"),
        core=terms("HVAC maintenance; refrigeration; EPA 608 certification"),
        skills=terms(
            "troubleshooting; electrical wiring; preventive maintenance; customer service"
        ),
        duties=(
            "You will install, service and repair heating and cooling systems.",
            "You will respond to call-outs and keep clients' sites running.",
        ),
        needs=("HVAC certification (EPA 608 or F-Gas).",),
        about=("{company} maintains cooling for supermarkets and data centres.",),
        companies=("CoolAir Services", "Northside Facilities"),
        salary=(52000, 72000),
        count=4,
        modes=(0.0, 0.0, 1.0),
    ),
)

ROLES = MARKETING + LOGISTICS + TRADES
