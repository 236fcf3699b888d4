"""blind14 and blind15: each new layout shows what its family is known for (no parser)."""

from __future__ import annotations

import io
import zipfile

from core.adapters.resume_extract import extract_pdf
from core.intake import extract_text_sync
from tests.intake.resume_set.generate import cases, of_layout, render
from tests.intake.resume_set.personas import plain

NEW = [c for c in cases(blind14=True, blind15=True) if c.group in ("blind14", "blind15")]


def test_the_oldest_first_cv_ends_with_the_current_job() -> None:
    for c in of_layout(NEW, "oldest_first"):
        data, name = render(c.person, c.layout)
        text = extract_text_sync(data, name)
        at = [text.index(j.employer) for j in c.person.jobs]
        assert at == sorted(at, reverse=True)  # the person's first job first, the current last
        schools = [text.index(s.school) for s in c.person.schools]
        assert schools == sorted(schools, reverse=True) and max(schools) < min(at)


def test_every_soft_return_entry_is_one_word_paragraph() -> None:
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for c in of_layout(NEW, "docx_soft_breaks"):
        data, _ = render(c.person, c.layout)
        root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p")]
        for job in c.person.jobs:  # role, employer and every bullet in the same paragraph
            held = [p for p in paragraphs if job.role in p and job.employer in p]
            assert len(held) == 1 and all(plain(b) in held[0] for b in job.bullets)
        assert len(list(root.iter(f"{w}br"))) >= 10


def test_the_text_resume_is_boxed_and_indented_by_tabs() -> None:
    for c in of_layout(NEW, "txt_ascii_boxes"):
        text, _ = render(c.person, c.layout)
        lines = text.decode().splitlines()
        assert lines[0].startswith("+===") and lines[1].startswith("|  ")
        assert len({len(line) for line in lines[:4]}) == 1  # the box is closed on the right
        assert any(line.startswith("--[ ") for line in lines)
        assert f"\t\t{c.person.jobs[0].employer}, {c.person.jobs[0].city}" in lines


def test_the_markdown_export_carries_the_file_name_and_the_print_date() -> None:
    for c in of_layout(NEW, "markdown_pdf_export"):
        data, name = render(c.person, c.layout)
        # the raw text: the intake's clean-up drops a print header, as no part of the resume
        text, _ = extract_pdf(data, 20, "words")
        assert text.splitlines()[0].endswith("/2026") and ".md" in text.splitlines()[0]
        assert ".md" not in extract_text_sync(data, name)


def test_the_europass_grid_gives_levels_and_the_mother_tongue_apart() -> None:
    for c in of_layout(NEW, "docx_europass_grid"):
        data, name = render(c.person, c.layout)
        text = extract_text_sync(data, name)
        assert "Mother tongue(s)" in text and "Occupation or position held" in text
        others = [n for n, level in c.person.languages if level != "native"]
        assert "Spoken interaction" in text and all(n in text for n in others)
