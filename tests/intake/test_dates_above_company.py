"""A job set as dates, then the company, its city and the role each on a line (a table row)."""

from __future__ import annotations

from core.resume.parser import parse_profile

RESUME = """Sophie Laurent
sophie@example.org

Experience
Sep 2020 – Present
Brasserie Georges
Lyon
Sous Chef
• Ran the kitchen brigade of nine cooks.
Jun 2016 – Aug 2020
Le Bistrot du Port
Marseille
Chef de Partie
• Prepared pastry for weekend brunch service.
"""


def test_company_city_and_role_below_the_dates() -> None:
    jobs = parse_profile(RESUME).experience
    assert [(j.company, j.role, j.location) for j in jobs] == [
        ("Brasserie Georges", "Sous Chef", "Lyon"),
        ("Le Bistrot du Port", "Chef de Partie", "Marseille"),
    ]
    assert jobs[0].responsibilities == ["Ran the kitchen brigade of nine cooks."]


def test_a_sentence_below_the_company_is_no_place() -> None:
    text = RESUME.replace("Lyon\nSous Chef", "ran the pass at dinner.\nSous Chef")
    job = parse_profile(text).experience[0]
    assert job.location != "ran the pass at dinner."
    assert "ran the pass at dinner." in " ".join(job.responsibilities)
