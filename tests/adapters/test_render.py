"""The PDF (Typst) and Word (python-docx) renderers: what an ATS reads back, what a person
sees on the page, and that resume or job text can never act as markup."""

from __future__ import annotations

import functools
import io
from datetime import date
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from core.adapters.render_docx import WordDocx
from core.adapters.render_pdf import TypstPdf
from core.documents.layout import letter_layout, resume_layout
from core.documents.writer import write_documents
from core.intake import extract_text_sync, parse_resume_file
from core.models import Documents, Job, Profile
from core.resume.parser import parse_profile
from tests.conftest import RESUMES

JOB = Job(
    id="J1",
    title="Community Nutrition Educator",
    company="County Public Health Services",
    required_skills=["nutrition education", "counseling"],
    description="Teach healthy eating to families.",
)
SAMPLES = sorted(RESUMES.glob("*.pdf"))
PDF, WORD = TypstPdf(), WordDocx()


@functools.cache
def written(path: Path) -> tuple[Profile, Documents]:
    _, profile = parse_resume_file(path)
    return profile, write_documents(profile, JOB, date(2026, 12, 5))


def schools(profile: Profile) -> set[str]:
    return {e.institution for e in profile.education if e.institution}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("renderer", [PDF, WORD], ids=["pdf", "docx"])
def test_the_file_parses_back_to_the_same_name_employers_and_schools(
    path: Path, renderer: TypstPdf | WordDocx
) -> None:
    profile, docs = written(path)
    data = renderer.resume(resume_layout(docs, profile, JOB))
    back = parse_profile(extract_text_sync(data, f"resume.{renderer.extension}"))
    assert back.full_name == profile.full_name
    assert [e.company for e in back.experience] == [e.company for e in profile.experience]
    assert schools(back) == schools(profile) and schools(profile)


def pages(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def box(page: pdfium.PdfPage, text: str) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in points of the first occurrence of `text` on `page`."""
    textpage = page.get_textpage()
    found = textpage.search(text, match_case=True).get_next()
    assert found is not None, f"{text!r} not on the page"
    start, count = found
    first, last = textpage.get_charbox(start), textpage.get_charbox(start + count - 1)
    return first[0], min(first[1], last[1]), last[2], max(first[3], last[3])


def ink(image: object, top: float, bottom: float) -> float:
    """Share of non-white pixels in the band between two fractions of the page height."""
    gray = image.convert("L")  # type: ignore[attr-defined]
    width, height = gray.size
    band = gray.crop((0, int(top * height), width, int(bottom * height)))
    return sum(band.histogram()[:200]) / (band.size[0] * band.size[1])


def test_the_resume_page_shows_the_name_on_top_and_the_dates_on_the_right() -> None:
    profile, docs = written(RESUMES / "Amsterdam-Modern-Resume-Template.pdf")
    pdf = pages(PDF.resume(resume_layout(docs, profile, JOB)))
    assert len(pdf) == 1
    page = pdf[0]
    width, height = page.get_size()
    assert (width, height) == pytest.approx((612, 792))  # US Letter: she lives in the US
    left, _, _, top = box(page, "Julie Monroe")
    assert top > height - 90 and left < 80  # the masthead, top left
    _, _, right, _ = box(page, "Jan 2021 – Present")
    assert right > width - 70  # flush with the right margin
    _, _, _, experience = box(page, "EXPERIENCE")
    _, _, _, education = box(page, "EDUCATION")
    assert experience > education  # sections in the written order, top to bottom
    image = page.render(scale=1).to_pil()
    assert ink(image, 0.0, 0.15) > 0.01  # not blank where the name is
    assert ink(image, 0.2, 0.8) > 0.02  # a page of text
    assert ink(image, 0.0, 0.04) == 0 and ink(image, 0.97, 1.0) == 0  # margins stay clear


def test_the_cover_letter_is_one_page_addressed_to_the_company() -> None:
    profile, docs = written(RESUMES / "Amsterdam-Modern-Resume-Template.pdf")
    pdf = pages(PDF.cover_letter(letter_layout(docs, profile, JOB, date(2026, 12, 5))))
    assert len(pdf) == 1
    text = pdf[0].get_textpage().get_text_range()
    for part in ("Julie Monroe", "December 5, 2026", "County Public Health Services"):
        assert part in text
    assert "Re: Application for Community Nutrition Educator" in text
    _, _, _, company = box(pdf[0], "County Public Health Services")
    _, _, _, closing = box(pdf[0], "Kind regards,")
    assert company > closing  # the addressee above, the closing below


HOSTILE = """# Mallory
## Experience
### Chef #read("/etc/passwd") — Evil ]) Corp
2020 – 2021
- Cooked #set page(width: 1cm) and $x^2$ and *bold* and <label> @ref \\ ` ```
- #import "/etc/hosts": *
- ]] )) }} #let x = 1 #x
"""


@pytest.mark.parametrize("renderer", [PDF, WORD], ids=["pdf", "docx"])
def test_resume_text_is_only_ever_text(renderer: TypstPdf | WordDocx) -> None:
    docs = Documents(resume_md=HOSTILE, cover_letter='#read("/etc/passwd")\n\n$$ ] [')
    resume = renderer.resume(resume_layout(docs, None, JOB))
    letter = renderer.cover_letter(letter_layout(docs, None, JOB, date(2026, 12, 5)))
    text = extract_text_sync(resume, f"r.{renderer.extension}")
    assert '#read("/etc/passwd")' in text and "Evil ]) Corp" in text
    assert "#set page(width: 1cm) and $x^2$" in text and "#let x = 1 #x" in text
    assert "root:" not in text  # no file was read
    assert '#read("/etc/passwd")' in extract_text_sync(letter, f"l.{renderer.extension}")
    if renderer is PDF:
        assert pages(resume)[0].get_size()[0] > 500  # the page was not resized


def test_the_word_resume_uses_real_headings_bullets_and_a_contact_line() -> None:
    profile, docs = written(RESUMES / "Dublin-Resume-Template-Modern.pdf")
    document = docx.Document(io.BytesIO(WORD.resume(resume_layout(docs, profile, JOB))))
    styled = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    assert styled[0] == ("Title", "Esther Scott")
    assert "email@email.com" in styled[1][1]
    headings = [text for style, text in styled if style == "Heading 1"]
    assert headings[:3] == ["Summary", "Skills", "Experience"]
    roles = [text for style, text in styled if style == "Heading 2"]
    assert roles[0].startswith("Travel Agent — Amazon Travel")
    assert sum(style == "List Bullet" for style, _ in styled) >= 5
    assert document.core_properties.author == "Esther Scott"


def test_a_long_resume_breaks_between_entries_with_no_heading_left_alone() -> None:
    profile, docs = written(RESUMES / "Dublin-Resume-Template-Modern.pdf")
    head, rest = docs.resume_md.split("## Education", 1)
    long_md = head + "\n".join(head.split("## Experience", 1)[1:]) * 3 + "## Education" + rest
    pdf = pages(
        PDF.resume(resume_layout(Documents(resume_md=long_md, cover_letter=""), profile, JOB))
    )
    assert len(pdf) == 2
    assert "Esther Scott · page 2 of 2" in pdf[1].get_textpage().get_text_range()
    for page in pdf:
        text = page.get_textpage().get_text_range()
        body = text.split("Esther Scott · page")[0]  # the footer is not content
        for heading in ("EXPERIENCE", "EDUCATION", "ACHIEVEMENTS", "LANGUAGES"):
            if heading in body:
                after = body.split(heading, 1)[1]
                assert any(c.isalpha() for c in after), f"{heading} is left alone on its page"


def test_nothing_runs_off_the_page_even_a_word_with_nowhere_to_break() -> None:
    url = "https://www.linkedin.com/in/" + "very-long-handle-" * 8
    md = f"# Y\n\n## Summary\nSee {url} and Supercalifragilistic{'x' * 150} end.\n"
    profile = Profile(full_name="Yusuf Long", links=[url])
    pdf = pages(PDF.resume(resume_layout(Documents(resume_md=md, cover_letter=""), profile, JOB)))
    page = pdf[0]
    textpage = page.get_textpage()
    rights = [textpage.get_charbox(i)[2] for i in range(textpage.count_chars())]
    assert max(rights) <= page.get_size()[0] - 50  # inside the 1.9 cm right margin
    assert "end." in textpage.get_text_range()
