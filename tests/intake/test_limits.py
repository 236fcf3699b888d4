"""Refusals: wrong type, empty, too big, too long, broken, too slow, too hungry; parent lives."""

from __future__ import annotations

import asyncio
import io
import os
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from core import intake
from core.errors import ResumeError
from core.intake import (
    NO_TEXT,
    IntakeError,
    Limits,
    detect_kind,
    extract_text,
    extract_text_sync,
    parse_resume_file,
)
from core.resume.parser import parse_profile
from core.resume.text import normalise_text, strip_markdown

RESUMES = Path(__file__).resolve().parents[2] / ".." / "shared" / "resumes"
JULIE = RESUMES / "Amsterdam-Modern-Resume-Template.pdf"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def pdf_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    return pdf_bytes(writer)


def bomb_pdf(inflated: int) -> bytes:
    """One page whose content stream is tiny compressed and `inflated` bytes unpacked."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    stream = StreamObject()
    stream.set_data(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET\n" + b" " * inflated, 1))
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    return pdf_bytes(writer)


def refusal(data: bytes, filename: str, limits: Limits | None = None) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        extract_text_sync(data, filename, limits=limits or Limits())
    return caught.value


@pytest.mark.parametrize(
    ("data", "filename", "reason", "words"),
    [
        (PNG, "resume.pdf", "wrong_type", ["named .pdf but is not a PDF", "PNG"]),
        (b"MZ\x90\x00" + b"\x00" * 60, "resume.exe", "wrong_type", ["Windows program"]),
        (b"MZ\x90\x00" + b"\x00" * 60, "resume.pdf", "wrong_type", ["not a PDF"]),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 60, "scan.jpg", "wrong_type", ["JPEG image"]),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 60, "cv.doc", "wrong_type", [".doc"]),
        (b"Plain words, not a PDF at all", "resume.pdf", "wrong_type", ["not a PDF"]),
        (b"some text", "resume.odt", "wrong_type", [".odt"]),
        (b"\x00\x01\x02\x03" * 100, "resume.txt", "not_text", ["not look like a text file"]),
        (b"", "resume.pdf", "empty", ["empty"]),
        (b"Hi", "resume.txt", "no_text", ["No text found"]),
    ],
)
def test_wrong_or_empty_files_are_refused_plainly(
    data: bytes, filename: str, reason: str, words: list[str]
) -> None:
    err = refusal(data, filename)
    assert err.reason == reason
    assert isinstance(err, ResumeError)
    for word in words:
        assert word in str(err)
    assert len(str(err)) < 200


def test_a_zip_that_is_not_a_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/me.txt", "hello")
    assert refusal(buffer.getvalue(), "resume.docx").reason == "wrong_type"


def test_a_docx_that_unpacks_too_big_is_refused_before_parsing() -> None:
    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\x00" * 2_000_000)
    small = Limits(max_unpacked_bytes=1_000_000)
    with pytest.raises(IntakeError) as caught:
        detect_kind(buffer.getvalue(), "resume.docx", small)
    assert caught.value.reason == "unpacked_too_big"


def test_empty_and_broken_docx() -> None:
    buffer = io.BytesIO()
    Document().save(buffer)
    assert refusal(buffer.getvalue(), "blank.docx").reason == "no_text"
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>not closed")
    assert refusal(broken.getvalue(), "broken.docx").reason == "corrupt"


def test_kind_comes_from_the_bytes_not_the_name() -> None:
    pdf = JULIE.read_bytes()
    assert detect_kind(pdf, "resume.docx") == "pdf"
    assert detect_kind(pdf, "resume") == "pdf"
    assert detect_kind(b"# Jane", "cv.md") == "markdown"
    assert detect_kind(b"Jane", "cv") == "text"


def test_over_ten_megabytes() -> None:
    big = b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024)
    assert refusal(big, "big.pdf").reason == "too_big"
    assert "10 MB" in str(refusal(big, "big.pdf"))


def test_over_twenty_pages() -> None:
    err = refusal(blank_pdf(21), "long.pdf")
    assert err.reason == "too_many_pages" and "20 pages" in str(err)


def test_empty_pdf_means_no_text() -> None:
    err = refusal(blank_pdf(1), "scan.pdf")
    assert err.reason == "no_text" and str(err) == NO_TEXT
    assert str(err).startswith("No text found: send a text PDF or a DOCX")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 20,
        JULIE.read_bytes()[:20_000],
        b"%PDF-1.4\n%%EOF\n",
    ],
    ids=["garbage", "truncated", "header-only"],
)
def test_corrupt_pdf(data: bytes) -> None:
    assert refusal(data, "broken.pdf").reason == "corrupt"


def test_password_protected_pdf() -> None:
    writer = PdfWriter(clone_from=PdfReader(JULIE))
    writer.encrypt("secret")
    assert refusal(pdf_bytes(writer), "locked.pdf").reason == "encrypted"


async def test_a_child_past_its_time_limit_is_killed() -> None:
    with pytest.raises(IntakeError) as caught:
        await extract_text(JULIE.read_bytes(), "julie.pdf", limits=Limits(timeout_s=0.01))
    assert caught.value.reason == "timeout"
    assert refusal(JULIE.read_bytes(), "julie.pdf", Limits(timeout_s=0.01)).reason == "timeout"
    # the parent is fine and the next file goes through
    assert "JULIE MONROE" in await extract_text(JULIE.read_bytes(), "julie.pdf")


async def test_a_decompression_bomb_hits_the_memory_limit() -> None:
    tight = Limits(memory_mb=160, max_stream_mb=0)  # the memory limit alone, no stream cap
    bomb = bomb_pdf(70_000_000)
    assert len(bomb) < 1_000_000
    with pytest.raises(IntakeError) as caught:
        await extract_text(bomb, "bomb.pdf", limits=tight)
    assert caught.value.reason in {"memory", "crashed"}
    # the same limit leaves room for a real resume, and the parent is unharmed
    assert "JULIE MONROE" in await extract_text(JULIE.read_bytes(), "julie.pdf", limits=tight)


def test_parse_resume_file_refuses_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(ResumeError):
        parse_resume_file(tmp_path / "missing.pdf")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(ResumeError, match="10 MB"):
        parse_resume_file(huge)


async def test_parallel_uploads_all_finish() -> None:
    data = JULIE.read_bytes()
    texts = await asyncio.gather(*(extract_text(data, f"julie{i}.pdf") for i in range(4)))
    assert len(set(texts)) == 1 and "JULIE MONROE" in texts[0]


def test_the_child_gets_no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", "123:secret")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:pw@db/x")
    env = intake._env()
    assert "TELEGRAM_TOKEN" not in env and "DATABASE_URL" not in env
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(Path(intake.__file__).parents[1])


def test_a_long_text_file_is_refused_before_any_clean_up() -> None:
    words = ("Python developer " * 200_000).encode()
    assert refusal(words, "cv.md", Limits(max_chars=150_000)).reason == "too_long"


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "a-" * 75_000,
        "Skills\n" + "a," * 75_000,
        "Skills\n" + "(a, " * 35_000,
        "Jane Doe" + ", Ab" * 35_000,
        "1 " * 75_000,
        "[" * 150_000,
        "_a " * 50_000,
        "Experience\n" + "Nurse, Acme\n2019 - 2020\n" * 6_000,
    ],
    ids=["hyphens", "commas", "parens", "credentials", "digits", "brackets", "underscores", "jobs"],
)
def test_hostile_text_stays_linear(text: str) -> None:
    """Text at the size limit, shaped to make careless regular expressions backtrack."""
    profile = parse_profile(normalise_text(strip_markdown(text)))
    assert len(profile.skills) <= 400
