"""Date ranges written in French, Spanish, German, Portuguese, Italian and Dutch: month
names full and abbreviated, the words for "now", the words between a range's ends."""

from __future__ import annotations

import pytest

from core.resume.dates import find_dates
from core.resume.parser import parse_profile


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("janvier 2019 – mars 2021", "Janvier 2019", "Mars 2021"),
        ("févr. 2017 à déc. 2019", "Févr. 2017", "Déc. 2019"),
        ("Sept. 2018 - Aujourd'hui", "Sept. 2018", "Aujourd'hui"),
        ("juil. 2015 - août 2016", "Juil. 2015", "Août 2016"),
        ("Enero de 2019 – Actualidad", "Enero de 2019", "Actualidad"),
        ("ene 2019 - dic 2020", "Ene 2019", "Dic 2020"),
        ("marzo 2014 hasta agosto 2016", "Marzo 2014", "Agosto 2016"),
        ("März 2019 – heute", "März 2019", "Heute"),
        ("Okt 2016 bis Dez 2018", "Okt 2016", "Dez 2018"),
        ("Jänner 2015 - Mai 2017", "Jänner 2015", "Mai 2017"),
        ("janeiro de 2018 a outubro de 2020", "Janeiro de 2018", "Outubro de 2020"),
        ("set 2019 – atual", "Set 2019", "Atual"),
        ("gennaio 2019 – oggi", "Gennaio 2019", "Oggi"),
        ("giu 2015 - lug 2017", "Giu 2015", "Lug 2017"),
        ("maart 2019 – heden", "Maart 2019", "Heden"),
        ("mrt 2016 tot okt 2018", "Mrt 2016", "Okt 2018"),
    ],
)
def test_month_names_in_six_more_languages(line: str, start: str, end: str) -> None:
    assert find_dates(line) == (start, end, "")


def test_since_in_other_languages_runs_to_present() -> None:
    assert find_dates("seit 2020")[:2] == ("2020", "Present")
    assert find_dates("desde marzo 2021")[:2] == ("Marzo 2021", "Present")


def test_a_range_word_needs_a_date_on_both_sides() -> None:
    """ "a", "al", "bis" join two dates only: an employer after a year stays the employer."""
    assert find_dates("Banco Sol | 2019 a 2021") == ("2019", "2021", "Banco Sol")
    assert find_dates("2019 | Al Futtaim Group") == (None, "2019", "Al Futtaim Group")


def test_a_spanish_entry_reads_its_dates() -> None:
    text = (
        "Lucía Fernández\nExperience\nEnfermera | Hospital Clínic\n"
        "Enero de 2019 – Actualidad\nAtención a pacientes de cirugía.\n"
        "Auxiliar de Enfermería | Clínica Dexeus\nmarzo 2015 - dic 2018\n"
    )
    jobs = parse_profile(text).experience
    assert [(j.start, j.end) for j in jobs] == [
        ("Enero de 2019", "Actualidad"),
        ("Marzo 2015", "Dic 2018"),
    ]
