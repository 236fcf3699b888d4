"""Resumes written in German, Spanish, Portuguese, Italian or Dutch: their headings, month
names and language names, as people in those countries write them."""

from __future__ import annotations

import pytest

from core.resume.languages import language_of
from core.resume.parser import parse_profile
from core.resume.sections import heading_of

GERMAN = """Jonas Lindqvist-Brenner
jonas.brenner@example.de | +49 151 2345 6789 | Köln

Profil
Elektroniker für Betriebstechnik mit acht Jahren Erfahrung in der Instandhaltung.

Berufserfahrung
Elektroniker | Rheinwerk Anlagenbau GmbH | Köln
März 2018 – heute
• Wartung und Reparatur von Schaltanlagen
• Prüfung elektrischer Anlagen nach DGUV V3

Ausbildung
Ausbildung zum Elektroniker für Betriebstechnik | IHK Köln
2014 – 2018

Kenntnisse
SPS, Siemens S7, Schaltschrankbau, Elektroinstallation

Sprachen
Deutsch (Muttersprache), Englisch (B2)
"""


def test_a_german_resume_reads_by_its_german_headings() -> None:
    profile = parse_profile(GERMAN)
    assert [(e.role, e.company) for e in profile.experience] == [
        ("Elektroniker", "Rheinwerk Anlagenbau GmbH")
    ]
    assert profile.experience[0].start == "März 2018"
    assert [e.institution for e in profile.education] == ["IHK Köln"]
    assert {s.name for s in profile.skills} >= {"Siemens S7", "Schaltschrankbau"}
    assert profile.languages == ["Deutsch (Muttersprache)", "Englisch (B2)"]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Experiencia laboral", "experience"),
        ("BERUFSERFAHRUNG", "experience"),
        ("Esperienza professionale", "experience"),
        ("Werkervaring", "experience"),
        ("Formación académica", "education"),
        ("Opleiding", "education"),
        ("Habilidades", "skills"),
        ("Competenze", "skills"),
        ("Idiomas", "languages"),
        ("Sprachkenntnisse", "languages"),
        ("Certificaciones", "certifications"),
        ("Sobre mí", "summary"),
    ],
)
def test_section_headings_in_five_more_languages(line: str, section: str) -> None:
    found = heading_of(line)
    assert found is not None and found.section == section


@pytest.mark.parametrize(
    ("item", "read"),
    [
        ("Español: nativo", "Español (nativo)"),
        ("Inglés (C1)", "Inglés (C1)"),
        ("Italiano - madrelingua", "Italiano (madrelingua)"),
        ("Nederlands (moedertaal)", "Nederlands (moedertaal)"),
        ("Englisch – verhandlungssicher", "Englisch (verhandlungssicher)"),
    ],
)
def test_language_names_and_levels_as_written_in_other_languages(item: str, read: str) -> None:
    assert language_of(item) == read
