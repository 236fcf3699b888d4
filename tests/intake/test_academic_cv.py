"""An academic CV: "Role — Employer, City (dates)" appointments; publications and teaching apart."""

from __future__ import annotations

from core.resume.parser import parse_profile

RESUME = """Daniel Okafor
d.okafor@example.net · (312) 555-0188 · Chicago, IL
Research Interests
Reliable warehouse associate with five years in fulfilment centres.
Appointments
Warehouse Associate — Midwest Distribution Co., Joliet, IL (Apr 2021 – Present)
• Ran weekly 5S audits that cut time lost searching for tools.
Order Picker — Lakeside Foods, Chicago, IL (Jan 2018 – Mar 2021)
• Picked chilled and frozen orders using RF scanners.
Publications
[1] Okafor, D. (2023). Ran weekly 5S audits. Proceedings of the Practice Forum, 10(2), pp. 11–20.
Teaching
Workshop leader, “Forklift Operation” (6 sessions), 2022
Education
High School Diploma — Lincoln Park High School, Chicago, IL (2013 – 2017)
Methods and Skills
Forklift Operation; Order Fulfillment; Teamwork
"""


def test_appointments_are_jobs_and_publications_are_not() -> None:
    profile = parse_profile(RESUME)
    assert [(j.role, j.company) for j in profile.experience] == [
        ("Warehouse Associate", "Midwest Distribution Co."),
        ("Order Picker", "Lakeside Foods"),
    ]
    assert [e.institution for e in profile.education] == ["Lincoln Park High School"]
    names = profile.skill_names()
    assert "Forklift Operation" in names and "Teamwork" in names
    assert not any("Proceedings" in n or "Workshop" in n for n in names)
    assert profile.summary.startswith("Reliable warehouse associate")
