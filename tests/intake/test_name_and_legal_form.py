"""The name the e-mail spells beats a title above it; a legal form marks the employer."""

from __future__ import annotations

from core.resume.parser import parse_profile

_OLDEST_FIRST = """Commercial Beekeeper
Hemi Tautahi
WORK EXPERIENCE
Comvita New Zealand Limited — Te Puke | Sep 2016 - Jul 2020
Beekeeper
- Moved hives into kiwifruit orchards for pollination contracts.
Kawai Musical Instruments Mfg. Co., Ltd. — Nagoya | Apr 2012 - Mar 2016
Piano Tuner
- Tuned about 900 upright and grand pianos a year.
PERSONAL DETAILS
Email: | hemi.tautahi@example.co.nz
"""


def test_the_line_the_email_spells_is_the_name() -> None:
    assert parse_profile(_OLDEST_FIRST).full_name == "Hemi Tautahi"


def test_an_umlaut_spelt_out_in_the_email_still_matches() -> None:
    text = "Master Orthotist\nMatthias Brandstätter\nm.brandstaetter@example.de\n"
    assert parse_profile(text).full_name == "Matthias Brandstätter"


def test_a_name_line_first_is_kept_when_the_email_spells_nothing() -> None:
    text = "Jane Doe\nCommercial Beekeeper\nbees4ever@example.com\n"
    assert parse_profile(text).full_name == "Jane Doe"


def test_a_company_with_a_legal_form_is_never_the_role() -> None:
    jobs = parse_profile(_OLDEST_FIRST).experience
    assert [(j.role, j.company) for j in jobs] == [
        ("Beekeeper", "Comvita New Zealand Limited"),
        ("Piano Tuner", "Kawai Musical Instruments Mfg. Co., Ltd."),
    ]
