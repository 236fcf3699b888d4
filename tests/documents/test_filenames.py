"""File names named for the job: every filesystem accepts them, and they stay readable."""

from __future__ import annotations

import unicodedata

import pytest

from core.documents.filenames import (
    COVER_LETTER,
    MAX_NAME_BYTES,
    RESUME,
    document_filename,
    job_folder_name,
)

REFUSED_SOMEWHERE = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


def test_the_name_says_who_what_and_for_which_job() -> None:
    name = document_filename("Julie Monroe", RESUME, "Balanced Bite Co.", "Nutritionist", "pdf")
    assert name == "Julie Monroe - Resume - Balanced Bite Co. - Nutritionist.pdf"
    letter = document_filename("Julie Monroe", COVER_LETTER, "Acme", "Chef", "DOCX")
    assert letter == "Julie Monroe - Cover Letter - Acme - Chef.docx"


@pytest.mark.parametrize(
    ("company", "title"),
    [
        ("AT&T / Bell: Labs*", 'Senior "Lead" <Engineer>?'),
        ("..\\..\\etc", "passwd\x00|x"),
        ("Tab\tand\nnewline Inc", "Night\r\nNurse"),
    ],
)
def test_characters_any_filesystem_refuses_are_gone(company: str, title: str) -> None:
    name = document_filename("Zoë Ní Bhriain", RESUME, company, title, "pdf")
    assert not set(name) & REFUSED_SOMEWHERE, name
    assert name.startswith("Zoë Ní Bhriain - Resume - ") and name.endswith(".pdf")
    assert "  " not in name and not name.startswith(".")


def test_names_are_nfc_so_the_same_name_is_the_same_file_on_every_system() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Ní Bhriain")
    name = document_filename(decomposed, RESUME, "Café Müller", "Barista", "pdf")
    assert name == unicodedata.normalize("NFC", name)
    assert name.startswith("Zoë Ní Bhriain - Resume - Café Müller")


def test_long_names_are_trimmed_at_words_and_keep_the_kind_and_extension() -> None:
    title = "Senior Principal Staff Nutrition and Wellness Consultant for Elderly Care " * 5
    name = document_filename(
        "Julie Monroe", COVER_LETTER, "Ünïcode Health Services " * 6, title, "pdf"
    )
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert name.startswith("Julie Monroe - Cover Letter - Ünïcode Health") and name.endswith(".pdf")
    assert not name.removesuffix(".pdf").endswith((" ", "."))


def test_missing_parts_are_left_out_not_left_empty() -> None:
    assert document_filename("", RESUME, "", "Chef", "pdf") == "Resume - Chef.pdf"
    assert document_filename("Ann", RESUME, "", "", "md") == "Ann - Resume.md"


def test_a_job_folder_is_named_for_the_job_and_never_ends_on_a_dot() -> None:
    assert job_folder_name("Balanced Bite Co.", "Nutritionist", "J1") == (
        "Balanced Bite Co. - Nutritionist"
    )
    assert job_folder_name("Balanced Bite Co.", "", "J1") == "Balanced Bite Co"
    assert job_folder_name("", " ", "J0042") == "J0042"
    assert job_folder_name("", "", "..") == "job"
