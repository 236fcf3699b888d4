"""The sections of the one very long posting in the corpus (a hospital's full job pack)."""

from __future__ import annotations

LONG_SECTIONS = (
    "ABOUT THE WARD. Our 32-bed acute medical unit admits adults from the emergency department "
    "around the clock. Patients arrive with a wide range of conditions, from sepsis and "
    "respiratory infections to diabetic emergencies and falls, and most stay between two and "
    "five days. The unit is led by a ward manager and two clinical nurse specialists, with a "
    "consultant physician on site every day and a registrar overnight. We work with "
    "physiotherapists, occupational therapists, dietitians, pharmacists and social workers in a "
    "daily board round, so that every plan of care is shared and every discharge starts on the "
    "day of admission.",
    "A TYPICAL SHIFT. You will take handover at the bedside, check safety equipment, and plan "
    "the shift with your healthcare assistant. You will usually care for six patients on days "
    "and eight on nights. You will carry out assessments, give medication, manage intravenous "
    "therapy and blood transfusions, care for wounds and drains, and escalate deterioration "
    "using the early warning score. You will talk with families, answer questions honestly, "
    "and support patients at the end of life with dignity. Before you leave, you will update "
    "the record and hand over clearly to the next nurse.",
    "WHAT YOU WILL BRING. You must hold an active nursing registration and be able to evidence "
    "safe practice in an acute setting. Newly qualified nurses are welcome on our twelve-month "
    "preceptorship programme; experienced nurses will be considered for senior posts. We look "
    "for kindness, curiosity and good judgement, the confidence to speak up when something is "
    "not right, and the humility to ask for help. Experience with electronic health records, "
    "IV cannulation or venepuncture is useful but we will train you. Fluency in English is "
    "required; other languages are valued by our diverse patient community.",
    "THE TEAM. You will join a team of 40 registered nurses, 25 healthcare assistants and two "
    "ward clerks. We run a self-rostering system, so you can request the shifts that fit your "
    "life, and we publish the rota eight weeks ahead. New starters spend their first two weeks "
    "supernumerary, working alongside an experienced colleague before taking their own patients. "
    "Our practice educator runs short teaching sessions on the ward three times a week, covering "
    "topics chosen by the team, such as sepsis recognition, safe insulin use, falls prevention "
    "and difficult conversations. We celebrate good work in a monthly team meeting and we "
    "take staff wellbeing seriously, with debriefs after difficult shifts and a quiet room "
    "for breaks.",
    "TRAINING AND CAREER. Every nurse has a named mentor and protected study time. We fund "
    "courses in acute illness management, advanced life support and leadership, and we "
    "support applications to master's programmes. Many of our charge nurses and specialist "
    "nurses started on this ward, and we promote from within whenever we can. You will have "
    "an appraisal every year with a personal development plan that you shape yourself.",
    "PAY AND BENEFITS. The salary shown is the starting point of the band; it rises each year "
    "with experience. On top of basic pay you will receive enhancements for nights, weekends "
    "and public holidays, a generous pension with employer contributions, 27 days of annual "
    "leave rising to 33, and paid sick leave. Staff can use the on-site gym, a subsidised "
    "restaurant, discounted parking, a cycle-to-work scheme, free flu vaccinations and a "
    "confidential counselling service. Relocation support of up to 2,000 is available, and for "
    "international nurses we pay visa fees, the registration exam and the first month of "
    "accommodation.",
    "HOW TO APPLY. Please submit your CV and a short supporting statement explaining why you "
    "want to work with us and how your experience matches the requirements above. Shortlisted "
    "candidates will be invited to an informal visit and a values-based interview, which "
    "includes a short clinical scenario and a medication calculation test. We check "
    "references, registration and criminal records for all successful applicants. We may "
    "close this advert early if we receive a high number of applications, so please apply as "
    "soon as you can.",
    "OUR COMMITMENT. We are an equal opportunities employer and welcome applications from "
    "everyone, regardless of age, disability, gender identity, marriage or civil partnership, "
    "pregnancy or maternity, race, religion or belief, sex, or sexual orientation. We offer "
    "flexible working patterns, including part-time, compressed hours and self-rostering, and "
    "we will make reasonable adjustments at every stage of the process. If you need this "
    "advert in another format, please contact the recruitment team.",
)
