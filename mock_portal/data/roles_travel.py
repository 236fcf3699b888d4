"""Role templates: travel and hospitality (the travel agent resume's field)."""

from __future__ import annotations

from mock_portal.data.templates import Role, terms

TRAVEL = (
    Role(
        family="travel",
        titles=("Travel Agent", "Travel Consultant", "Leisure Travel Advisor"),
        core=terms("itinerary planning; booking systems; customer service; travel consulting"),
        skills=terms(
            "Amadeus; Sabre; Galileo; destination knowledge; sales; reservations; budgeting; "
            "cruise bookings; group travel; ticketing; French; Russian"
        ),
        duties=(
            "You will plan tailor-made trips, from flights and hotels to tours and car rentals.",
            "You will advise clients on destinations, packages and the best time to travel.",
            "You will handle bookings, invoices and tickets, and confirm every detail with "
            "airlines and hotels.",
            "You will answer client queries by phone, e-mail and in person at our branch.",
            "You will build itineraries with local guides that match each client's budget and "
            "preferences.",
            "You will help clients when plans change: cancellations, weather and lost luggage.",
            "You will visit partner hotels to keep our recommendations accurate.",
        ),
        needs=(
            "Two or more years of experience as a travel agent or consultant.",
            "Hands-on experience with a booking system such as Amadeus, Sabre or Galileo.",
            "Excellent customer service and a genuine love of travel.",
            "Strong organisation; you juggle many itineraries without dropping details.",
            "A second language such as French, Spanish or Russian is an advantage.",
            "A hospitality or tourism qualification is welcome.",
        ),
        about=(
            "{company} is an independent travel agency specialising in tailor-made holidays.",
            "{company} has been planning honeymoons and family adventures for 25 years.",
            "{company} focuses on responsible travel and sustainable accommodation.",
        ),
        companies=(
            "Wanderwise Travel",
            "PenTravel",
            "Globetrotter Holidays",
            "Viajes Señora Núñez",
            "BlueHorizon Journeys",
            "Atlas & Compass Travel",
        ),
        salary=(40000, 58000),
        count=11,
        modes=(0.25, 0.2, 0.55),
    ),
    Role(
        family="travel",
        titles=("Corporate Travel Consultant", "Travel Booking Specialist", "Reservations Agent"),
        core=terms("reservations; GDS; booking systems; ticketing"),
        skills=terms(
            "Amadeus; Sabre; corporate travel policy; invoicing; customer service; itinerary "
            "planning; visa requirements; SAP Concur; rail booking"
        ),
        duties=(
            "You will book flights, rail and hotels for business travellers within company policy.",
            "You will issue and reissue tickets in Amadeus or Sabre quickly and accurately.",
            "You will advise travellers on visa and entry requirements.",
            "You will handle urgent changes for travellers on the road, sometimes out of hours.",
            "You will reconcile invoices and help clients reduce travel costs.",
        ),
        needs=(
            "GDS experience (Amadeus or Sabre) is essential.",
            "Experience in corporate or business travel management.",
            "Calm under pressure and precise with details.",
            "Customer service experience in a fast-paced environment.",
        ),
        about=(
            "{company} manages business travel for 300 corporate clients.",
            "{company} is a travel management company with offices in eight countries.",
        ),
        companies=(
            "TravelDesk Pro",
            "Meridian Corporate Journeys",
            "FlightPath Business Travel",
            "Wanderwise Travel",
        ),
        salary=(40000, 55000),
        count=8,
        modes=(0.35, 0.35, 0.3),
    ),
    Role(
        family="travel",
        titles=("Tour Coordinator", "Group Travel Coordinator", "Destination Wedding Coordinator"),
        core=terms("tour planning; logistical planning; itinerary planning; supplier management"),
        skills=terms(
            "event planning; vendor negotiation; budgeting; customer service; sustainable "
            "tourism; contract management; reservations; destination knowledge"
        ),
        duties=(
            "You will build group tours and destination weddings from first quote to final day.",
            "You will negotiate with hotels, transport companies and local guides.",
            "You will manage budgets and payment schedules for each group.",
            "You will brief tour leaders and handle issues on the ground.",
            "You will coordinate transfers, excursions and accommodation for up to 200 guests.",
        ),
        needs=(
            "Experience in tour operations, event planning or travel logistics.",
            "Strong negotiation and budgeting skills.",
            "Happy to travel for site visits a few times a year.",
            "Knowledge of African, Asian or European destinations is an advantage.",
        ),
        about=(
            "{company} designs small-group tours across Africa and Europe.",
            "{company} organises destination weddings and celebrations abroad.",
        ),
        companies=(
            "Safari Trails Ltd",
            "Savanna Travel Co.",
            "Crème & Brûlée Café",
            "Journeys & Vows",
        ),
        salary=(42000, 60000),
        count=7,
        modes=(0.2, 0.3, 0.5),
    ),
    Role(
        family="travel",
        titles=("Airline Customer Service Agent", "Airport Ground Agent"),
        core=terms("check-in; customer service; airline systems"),
        skills=terms(
            "Amadeus Altéa; baggage handling; shift work; safety regulations; conflict resolution"
        ),
        duties=(
            "You will check in passengers, board flights and handle disruptions at the gate.",
            "You will resolve baggage and rebooking issues with patience.",
            "You will follow strict safety and security procedures.",
        ),
        needs=(
            "Customer service experience; airport experience is a plus.",
            "Able to work early, late and weekend shifts.",
        ),
        about=("{company} provides ground handling for 40 airlines.",),
        companies=("SkyGate Ground Services", "AeroServe Handling"),
        salary=(32000, 42000),
        count=3,
        modes=(0.0, 0.0, 1.0),
        levels=("entry", "junior"),
    ),
)

HOSPITALITY = (
    Role(
        family="hospitality",
        titles=("Front Desk Agent", "Guest Services Agent", "Night Auditor"),
        core=terms("guest services; front desk operations; property management systems"),
        skills=terms(
            "Opera PMS; customer service; reservations; cash handling; upselling; complaint "
            "handling; multilingual"
        ),
        duties=(
            "You will welcome guests, check them in and out, and handle payments.",
            "You will answer calls and e-mails and manage reservations in Opera PMS.",
            "You will resolve complaints quickly and turn unhappy guests into fans.",
            "You will share local tips and book restaurants and tours for guests.",
            "You will balance the day's accounts during night shifts.",
        ),
        needs=(
            "Experience at a hotel front desk or in another customer-facing role.",
            "Knowledge of a property management system such as Opera.",
            "A friendly, professional manner; a second language is a plus.",
        ),
        about=(
            "{company} is a boutique hotel group with 12 properties.",
            "{company} runs design-led city hotels for business and leisure travellers.",
        ),
        companies=(
            "The Harbour Hotel",
            "Grand Central Suites",
            "CitySleep Hotels",
            "Hotel Belle Époque",
        ),
        salary=(30000, 40000),
        count=8,
        modes=(0.0, 0.0, 1.0),
        levels=("entry", "junior", "mid"),
    ),
    Role(
        family="hospitality",
        titles=("Hotel Operations Manager", "Guest Experience Manager", "Events Coordinator"),
        core=terms("hospitality management; team leadership; guest relations"),
        skills=terms(
            "revenue management; event planning; budgeting; staff scheduling; Opera PMS; health "
            "and safety; vendor management"
        ),
        duties=(
            "You will lead front office, housekeeping and food and beverage teams.",
            "You will plan weddings, conferences and private events from enquiry to execution.",
            "You will track guest reviews and act on feedback.",
            "You will manage budgets, rotas and supplier contracts.",
        ),
        needs=(
            "Three years of supervisory experience in hotels or events.",
            "A hospitality management qualification is preferred.",
        ),
        about=("{company} operates resort hotels and conference venues.",),
        companies=("Seaside Resorts Group", "The Harbour Hotel", "Grand Central Suites"),
        salary=(50000, 72000),
        count=6,
        modes=(0.0, 0.1, 0.9),
        levels=("mid", "senior"),
    ),
    Role(
        family="hospitality",
        titles=("Hotel Concierge", "Guest Relations Concierge"),
        core=terms("concierge services; guest services; local knowledge"),
        skills=terms(
            "reservations; itinerary planning; multilingual; luxury hospitality; customer service"
        ),
        duties=(
            "You will arrange restaurant bookings, theatre tickets, tours and transfers.",
            "You will plan personalised day itineraries for VIP guests.",
            "You will keep an up-to-date book of the city's best experiences.",
        ),
        needs=(
            "Experience in luxury hospitality or travel.",
            "Excellent local knowledge and at least two languages.",
        ),
        about=("{company} is a five-star hotel in the heart of the city.",),
        companies=("Hotel Belle Époque", "The Regent Park"),
        salary=(34000, 46000),
        count=4,
        modes=(0.0, 0.0, 1.0),
        levels=("mid",),
    ),
)

ROLES = TRAVEL + HOSPITALITY
